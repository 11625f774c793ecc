"""The first window: check a disc image or folder and show the verdict, the cases and files.

The clerk's full day (deliveries, register, printing) comes with the GUI issue; this window is
the disc check it will grow from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME_ZH, __version__
from app.core.entities import DiscReading, filesystems_text
from app.core.findings import Finding
from app.core.progress import CancelToken, ProgressSink
from app.core.verdict import verdict_text
from app.errors import IntakeError
from app.gui.jobs import Job
from app.services.verify import Verification, verify

_SEVERITY_COLOURS = {"error": QColor("#b3261e"), "warning": QColor("#9a6700"),
                     "info": QColor("#44546a")}
# Verdict -> (text colour, background): the banner a clerk reads from across the desk.
_VERDICT_COLOURS = {"accept": ("#0f5132", "#d1e7dd"), "accept_with_notes": ("#664d03", "#fff3cd"),
                    "return_for_correction": ("#842029", "#f8d7da"),
                    "unreadable": ("#41464b", "#e2e3e5")}
SEAL_ICON = QSize(56, 56)


def _size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Intake Desk") + f" ({APP_NAME_ZH}) {__version__}")
        self.setAcceptDrops(True)
        self.job: Job | None = None
        self.reading: DiscReading | None = None
        self.result: Verification | None = None
        self._progress: QProgressDialog | None = None
        self._build()

    # ---- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        open_image = QAction(self.tr("Open disc &image…"), self)
        open_image.setShortcut(QKeySequence.StandardKey.Open)
        open_image.triggered.connect(self.choose_image)
        open_folder = QAction(self.tr("Open disc &folder…"), self)
        open_folder.setShortcut(QKeySequence("Ctrl+Shift+O"))
        open_folder.triggered.connect(self.choose_folder)
        menu = self.menuBar().addMenu(self.tr("&Disc"))
        menu.addAction(open_image)
        menu.addAction(open_folder)

        image_button = QPushButton(self.tr("Open disc image…"))
        image_button.clicked.connect(self.choose_image)
        folder_button = QPushButton(self.tr("Open disc folder…"))
        folder_button.clicked.connect(self.choose_folder)
        hint = QLabel(self.tr("or drop an image file (.iso) or a folder on this window"))
        hint.setStyleSheet("color: palette(mid);")
        buttons = QHBoxLayout()
        buttons.addWidget(image_button)
        buttons.addWidget(folder_button)
        buttons.addWidget(hint, 1)

        self.summary = QFormLayout()
        self.summary_labels: dict[str, QLabel] = {}
        for key, title in (("source", self.tr("Source")), ("label", self.tr("Disc label")),
                           ("filesystems", self.tr("File systems")),
                           ("sessions", self.tr("Sessions")), ("readable", self.tr("Readable")),
                           ("sha256", self.tr("Image SHA-256"))):
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_labels[key] = value
            self.summary.addRow(title + "：" if self._chinese() else title + ":", value)
        summary_box = QGroupBox(self.tr("Disc"))
        summary_box.setLayout(self.summary)
        self.verdict = QLabel(self.tr("Open a disc to check it."))
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumWidth(260)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._paint_verdict(None)
        top = QHBoxLayout()
        top.addWidget(summary_box, 3)
        top.addWidget(self.verdict, 1)

        self.cases = self._table([self.tr("Order"), self.tr("Case"), self.tr("Applicant"),
                                  self.tr("Editable version"), self.tr("Stamped scan"),
                                  self.tr("Seal"), self.tr("Problems")])
        self.cases.setIconSize(SEAL_ICON)
        self.cases.verticalHeader().setDefaultSectionSize(SEAL_ICON.height() + 6)
        cases_box = QGroupBox(self.tr("Cases"))
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.addWidget(self.cases)

        self.findings = self._table([self.tr("Severity"), self.tr("Problem"), self.tr("File"),
                                     self.tr("Detail")])

        self.files = self._table([self.tr("Path"), self.tr("Role"), self.tr("Case"),
                                  self.tr("Size"), self.tr("Type"), "SHA-256"])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.findings, self.tr("Problems"))
        self.tabs.addTab(self.files, self.tr("Files"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(cases_box)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 240])  # five cases with their seal pictures fit without scrolling

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Ready. Nothing on a disc is ever opened or run."))
        self.resize(1180, 820)

    @staticmethod
    def _chinese() -> bool:
        return QLocale().language() == QLocale.Language.Chinese

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    # ---- choosing a source ---------------------------------------------------------------

    @Slot()
    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open disc image"), "",
            self.tr("Disc images (*.iso *.img *.udf);;All files (*)"))
        if path:
            self.start_reading(path)

    @Slot()
    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open disc folder"))
        if path:
            self.start_reading(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.start_reading(urls[0].toLocalFile())

    # ---- the job -------------------------------------------------------------------------

    def start_reading(self, path: str) -> None:
        if self.job is not None:
            return

        def work(progress: ProgressSink, cancel: CancelToken) -> Verification:
            return verify(path, progress=progress, cancel=cancel)

        self.job = Job(work)
        dialog = QProgressDialog(self.tr("Reading {name}…").format(name=Path(path).name),
                                 self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Reading the disc"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.canceled.connect(self.job.cancel)
        self._progress = dialog
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.statusBar().showMessage(self.tr("Reading {path}…").format(path=path))
        self.job.start()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, stage: str) -> None:
        if self._progress is not None:
            if stage == "check":
                self._progress.setLabelText(self.tr("Checking the stamped scans…"))
            self._progress.setMaximum(max(total, 1))
            self._progress.setValue(min(done, max(total, 1)))

    def _finish_job(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if self.job is not None:
            self.job.wait()
            self.job = None

    @Slot(object)
    def _on_done(self, result: Verification) -> None:
        self._finish_job()
        self.show_result(result)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._finish_job()
        if isinstance(error, IntakeError):
            path = error.params.get("path", "")
            text = self.tr("The source cannot be opened: {path}").format(path=path)
            reason = error.params.get("reason")
            if reason:
                text += f"\n{reason}"
        else:
            text = self.tr("An internal error stopped the reading. Please report it:\n{error}"
                           ).format(error=f"{type(error).__name__}: {error}")
        self.statusBar().showMessage(self.tr("Reading failed."))
        QMessageBox.warning(self, self.tr("Reading failed"), text)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish_job()
        self.statusBar().showMessage(self.tr("Reading cancelled."))

    # ---- showing the result --------------------------------------------------------------

    def _paint_verdict(self, result: Verification | None) -> None:
        key = result.verdict if result is not None else "unreadable"
        fg, bg = _VERDICT_COLOURS[key]
        size = "20pt" if result is not None else "12pt"
        self.verdict.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; border-radius: 6px;"
                                   f" padding: 12px; font-size: {size}; font-weight: bold; }}")
        if result is None:
            return
        lang = "zh" if self._chinese() else "en"
        errors = sum(1 for f in result.findings if f.severity.value == "error")
        warnings = sum(1 for f in result.findings if f.severity.value == "warning")
        detail = self.tr("{cases} cases · {errors} errors · {warnings} warnings").format(
            cases=len(result.linking.cases), errors=errors, warnings=warnings)
        self.verdict.setText(f"{verdict_text(result.verdict, lang)}<br><span style='font-size: "
                             f"11pt; font-weight: normal;'>{detail}</span>")

    def show_result(self, result: Verification) -> None:
        self.result = result
        self.show_reading(result.reading, result.findings)
        self._paint_verdict(result)
        self._show_cases(result)
        self._show_files(result)
        self.statusBar().showMessage(self.tr("{files} files, {problems} problems.").format(
            files=len(result.items), problems=len(result.findings)))

    def _show_cases(self, result: Verification) -> None:
        lang = "zh" if self._chinese() else "en"
        self.cases.setRowCount(len(result.linking.cases))
        for row, case in enumerate(result.linking.cases):
            editable = case.paths["editable"]
            scans = case.paths["scan"]
            pages, seal_pages = result.scan_pages(row)
            seals = [seal for scan in result.scans_of(row) for seal in scan.seals]
            problems = result.case_findings[row]
            cells = [
                "—" if case.order is None else str(case.order),
                case.name or "—",
                case.row.applicant if case.row else self.tr("(not in the summary table)"),
                "✓ " + editable[0].rsplit("/", 1)[-1] if editable else "✗",
                (self.tr("✓ {pages} pages").format(pages=pages) if scans else "✗"),
                self.tr("page {pages}").format(pages=", ".join(map(str, seal_pages)))
                if seal_pages else "—",
                "；".join(f.text(lang) for f in problems) or self.tr("none"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5 and seals and seals[0].crop_png:
                    picture = QPixmap()
                    picture.loadFromData(seals[0].crop_png, "PNG")
                    item.setIcon(QIcon(picture))
                if column == 6 and problems:
                    worst = max(problems, key=lambda f: f.severity.rank)
                    item.setForeground(_SEVERITY_COLOURS[worst.severity.value])
                    item.setToolTip("\n".join(_finding_line(f, lang) for f in problems))
                self.cases.setItem(row, column, item)
        self._fit(self.cases)

    def _show_files(self, result: Verification) -> None:
        roles = {"editable": self.tr("editable version"), "scan": self.tr("stamped scan"),
                 "proof": self.tr("proof"), "summary": self.tr("summary table"),
                 "summary_scan": self.tr("summary table scan"), "archive": self.tr("archive"),
                 "executable": self.tr("program"), "autorun": self.tr("autorun"),
                 "junk": self.tr("junk"), "note": self.tr("read-me note"),
                 "superseded": self.tr("superseded"), "other": self.tr("other")}
        self.files.setRowCount(len(result.items))
        for row, item in enumerate(result.items):
            role = result.linking.roles.get(item.path, "other")
            index = result.linking.case_of.get(item.path)
            cells = [item.path, roles.get(role, role), "" if index is None else str(index + 1),
                     _size_text(item.size), item.type or "", item.sha256 or self.tr("incomplete")]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 0:
                    cell.setToolTip(text)  # long paths are cut short in the column
                if column == 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.files.setItem(row, column, cell)
        self._fit(self.files)

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            if table.columnWidth(column) > 320:
                table.setColumnWidth(column, 320)
        table.horizontalHeader().setSectionResizeMode(
            table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)

    def show_reading(self, reading: DiscReading, findings: list[Finding] | None = None) -> None:
        self.reading = reading
        findings = reading.findings if findings is None else findings
        lang = "zh" if self._chinese() else "en"
        volume = reading.volume
        readable = {True: self.tr("readable"), "partial": self.tr("partly readable"),
                    False: self.tr("unreadable")}[reading.readable]
        values = {
            "source": f"{reading.source.path}  ({_size_text(reading.source.size)})",
            "label": volume.label if volume and volume.label else "—",
            "filesystems": filesystems_text(volume.filesystems) if volume and volume.filesystems
            else "—",
            "sessions": str(volume.sessions) if volume else "—",
            "readable": readable,
            "sha256": reading.source.sha256 or "—",
        }
        for key, value in values.items():
            self.summary_labels[key].setText(value)
        severity = {"error": self.tr("Error"), "warning": self.tr("Warning"),
                    "info": self.tr("Note")}
        self.findings.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            cells = [severity[finding.severity.value], finding.text(lang), finding.path or "",
                     finding.detail_text(lang)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{finding.code}: {text}")
                if column == 0:
                    item.setForeground(_SEVERITY_COLOURS[finding.severity.value])
                self.findings.setItem(row, column, item)
        self._fit(self.findings)

    def closeEvent(self, event: object) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def _finding_line(finding: Finding, lang: str) -> str:
    where = f" — {finding.path}" if finding.path else ""
    return f"{finding.text(lang)}{where}"
