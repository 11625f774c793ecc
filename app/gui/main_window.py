"""The first window: read a disc image or folder and show what is on it.

The clerk's full day (deliveries, checks, printing) comes with the GUI issue; this window is the
disc reader it will grow from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QKeySequence
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
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME_ZH, __version__
from app.core.entities import DiscReading, filesystems_text
from app.core.progress import CancelToken, ProgressSink
from app.disc.sources import read_source
from app.errors import IntakeError
from app.gui.jobs import Job

_SEVERITY_COLOURS = {"error": QColor("#b3261e"), "warning": QColor("#9a6700"),
                     "info": QColor("#44546a")}


def _size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Intake Desk") + f" ({APP_NAME_ZH}) {__version__}")
        self.setAcceptDrops(True)
        self.job: Job | None = None
        self.reading: DiscReading | None = None
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

        self.findings = self._table([self.tr("Severity"), self.tr("Problem"), self.tr("File"),
                                     self.tr("Detail")])
        findings_box = QGroupBox(self.tr("Problems"))
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.addWidget(self.findings)

        self.files = self._table([self.tr("Path"), self.tr("Size"), self.tr("Type"),
                                  "SHA-256"])
        files_box = QGroupBox(self.tr("Files"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(findings_box)
        split.addWidget(files_box)
        split.setStretchFactor(1, 2)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(buttons)
        layout.addWidget(summary_box)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Ready. Nothing on a disc is ever opened or run."))
        self.resize(1100, 760)

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

        def work(progress: ProgressSink, cancel: CancelToken) -> DiscReading:
            return read_source(path, progress=progress, cancel=cancel)

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
    def _on_done(self, reading: DiscReading) -> None:
        self._finish_job()
        self.show_reading(reading)

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

    def show_reading(self, reading: DiscReading) -> None:
        self.reading = reading
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
        self.findings.setRowCount(len(reading.findings))
        for row, finding in enumerate(reading.findings):
            cells = [severity[finding.severity.value], finding.text(lang), finding.path or "",
                     finding.detail]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{finding.code}: {text}")
                if column == 0:
                    item.setForeground(_SEVERITY_COLOURS[finding.severity.value])
                self.findings.setItem(row, column, item)
        self.files.setRowCount(len(reading.files))
        for row, f in enumerate(reading.files):
            cells = [f.path, _size_text(f.size), f.type or "",
                     f.sha256 or self.tr("incomplete")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.files.setItem(row, column, item)
        for table in (self.findings, self.files):
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(
                table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.statusBar().showMessage(self.tr("{files} files, {problems} problems.").format(
            files=len(reading.files), problems=len(reading.findings)))

    def closeEvent(self, event: object) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)  # type: ignore[arg-type]
