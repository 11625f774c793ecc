"""光盘核验: choose the unit and the drive, image or folder; the disc is read, checked, kept in
the archive and recorded (or only checked, when no unit is chosen). Then the cases with clear
marks, the findings to waive, the files to move to another case, and the scans to look at.
Where the disc comes from is disc_source.py's widget, the problems pane disc_problems.py's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import CancelToken, ProgressSink
from app.core.verdict import verdict as judge
from app.disc.content import file_bytes
from app.disc.drives.block_source import is_device
from app.disc.drives.listing import eject
from app.gui.desk import Desk
from app.gui.disc_lists import CasesTable, DiscSummary, FilesTree
from app.gui.lang import VERDICT_COLOURS, verdict_words
from app.gui.messages import describe
from app.gui.pages.disc_problems import ProblemsPane
from app.gui.pages.disc_source import DiscSource
from app.gui.scan_viewer import ScanViewer
from app.gui.unit_view import mail_paths
from app.gui.widgets import (
    remembered,
    with_actions,
)
from app.services.desk_view import DeskView
from app.services.ingest import Ingested, add_disc, disc_finding_keys
from app.services.register import Register
from app.services.relink import Moved, move_file, recheck
from app.services.status import (
    Shown,
    call_status,
    disc_line,
)
from app.services.verify import Verification, verify


class DiscCheckPage(QWidget):
    printRequested = Signal(str, str)  # kind, subject

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.result: Verification | None = None
        self.disc_number: str | None = None
        self.unit_name = ""
        self.viewer: ScanViewer | None = None
        self.setAcceptDrops(True)
        self._build()
        desk.viewChanged.connect(self.update_view)

    # ---- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.source = DiscSource(lambda: self.desk.busy)
        self.source.chosen.connect(lambda path, eject_after: self.start_reading(
            path, eject_after=eject_after))
        # The controls a clerk uses, reachable from the page (the window's menus, the tests).
        self.unit, self.drive = self.source.unit, self.source.drive

        summary_box = self.summary = DiscSummary()
        self.verdict = QLabel(self.tr("Choose the unit, then read its disc."))
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumWidth(260)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._paint_verdict(None)
        self.print_button = QPushButton(self.tr("Print the verification sheet…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(
            lambda: self.printRequested.emit("sheet", self.disc_number or ""))
        right = QVBoxLayout()
        right.addWidget(self.verdict, 1)
        right.addWidget(self.print_button)
        top = QHBoxLayout()
        top.addWidget(summary_box, 3)
        top.addLayout(right, 1)

        self.cases = CasesTable()
        self.cases.doubleClicked.connect(lambda index: self.view_scan(index.row()))
        view_button = QPushButton(self.tr("Look at the scan…"))
        view_button.clicked.connect(lambda: self.view_scan(self.cases.currentRow()))
        cases_box = QGroupBox(self.tr("Cases"))
        QVBoxLayout(cases_box).addWidget(with_actions(
            self.cases, view_button,
            note=QLabel(self.tr("Double-click a case to see its stamped scan."))))

        self.problems = ProblemsPane(self.desk)
        self.problems.changed.connect(self.reload_findings)
        self.problems.lookAt.connect(self.view_scan)
        self.findings, self.findings_model = self.problems.findings, self.problems.findings_model
        self.waive_button, self.look_button = self.problems.waive_button, self.problems.look_button
        self.stamped_button = self.problems.stamped_button
        self.unstamped_button = self.problems.unstamped_button

        self.files = FilesTree()
        self.move_button = QPushButton(self.tr("Move to another case…"))
        self.move_button.setEnabled(False)
        self.move_button.clicked.connect(self.move_selected)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(with_actions(self.files, self.move_button), self.tr("Files"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(cases_box)
        split.addWidget(self.tabs)
        split.setSizes([440, 180])
        remembered(split, "disc_check")

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def showEvent(self, event: QShowEvent) -> None:
        self.drive.refresh()  # a disc may have gone in or out since
        super().showEvent(event)

    def update_view(self, view: DeskView) -> None:
        self.source.update_view(view)

    def choose_image(self) -> None:
        self.source.choose_image()

    def choose_folder(self) -> None:
        self.source.choose_folder()

    # ---- choosing a source ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not mail_paths(event):  # a mail: the window's
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.start_reading(urls[0].toLocalFile())

    # ---- the jobs ------------------------------------------------------------------------

    def start_reading(self, path: str, unit: str | None = None, *,
                      eject_after: bool = False, again: bool = False,
                      unusable: bool = False) -> None:
        """Check the disc; with a unit, record it in the register for that unit. A drive's tray
        opens when its disc has been read, so the next one can go in."""
        unit = (self.unit.currentText() if unit is None else unit).strip()
        label = self.tr("Reading {name}…").format(name=Path(path).name or path)
        if not unit:
            def check(reg: Register, progress: ProgressSink, cancel: CancelToken
                      ) -> Verification:
                _, call = reg.call()
                # A drive is copied where the checks and the scan viewer can read it again.
                image_to = reg.archive.drive_image(path, "check") if is_device(path) else None
                v = verify(path, call=call, progress=progress, cancel=cancel, image_to=image_to)
                if eject_after:
                    eject(path)
                return v

            self.desk.run(check, self.show_checked, parent=self, label=label)
            return

        def ingest(reg: Register, progress: ProgressSink, cancel: CancelToken
                   ) -> tuple[Ingested, list[Shown]]:
            done = add_disc(reg, path, unit, progress=progress, cancel=cancel, again=again,
                            unusable=unusable)
            if eject_after:
                eject(path)
            return done, disc_line(call_status(reg), done.disc_number)[1].findings

        def refused(error: BaseException) -> None:
            asks = {"disc_already_recorded": self.tr("Record it once more anyway?"),
                    "source_not_a_disc": self.tr(
                        "Is it {unit}'s disc as it came, unreadable or empty? Then record it "
                        "so: it gets a disc number and the unit is returned for "
                        "correction.").format(unit=unit)}
            code = getattr(error, "code", "")
            if code not in asks:
                QMessageBox.warning(self, self.tr("Disc check"), describe(error))
                return
            answer = QMessageBox.question(
                self, self.tr("Disc check"), describe(error) + "\n\n" + asks[code],
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.start_reading(path, unit, eject_after=eject_after,
                                   again=again or code == "disc_already_recorded",
                                   unusable=unusable or code == "source_not_a_disc")

        self.desk.run(ingest, self.show_ingested, parent=self, label=label, writes=True,
                      on_error=refused)

    def open_registered(self, disc_number: str) -> None:
        """Show a disc already in the register, checked again from its archived copy."""
        def load(reg: Register, progress: ProgressSink, cancel: CancelToken
                 ) -> tuple[Verification, str, list[Shown]]:
            unit, line = disc_line(call_status(reg), disc_number)
            v = recheck(reg, disc_number, progress=progress, cancel=cancel)
            return v, unit.name, line.findings

        def shown(result: tuple[Verification, str, list[Shown]]) -> None:
            v, unit, findings = result
            self.show_result(v, disc_number, unit, findings)

        self.desk.run(load, shown, parent=self,
                      label=self.tr("Opening disc {disc} from the archive…").format(
                          disc=disc_number))

    def show_checked(self, v: Verification) -> None:
        shown = [Shown(k.key, k.finding, None, None, k.case)
                 for k in disc_finding_keys("-", v)]
        self.show_result(v, None, "", shown)

    def show_ingested(self, result: tuple[Ingested, list[Shown]]) -> None:
        done, findings = result
        self.show_result(done.verification, done.disc_number, done.unit, findings)
        other = next((s.finding.params.get("table") for s in findings
                      if s.finding.code == "disc_unit_mismatch"), None)
        if other:  # most often the wrong unit was left in the box
            QMessageBox.warning(self, self.tr("Disc check"), self.tr(
                "The summary table on disc {disc} names “{other}”, but the disc was recorded "
                "for “{unit}”. Ask the deliverer whose disc it is before anything is signed; "
                "if it is another unit's, void this delivery and register the disc with the "
                "right unit.").format(disc=done.disc_number, other=other, unit=done.unit))

    def reload_findings(self) -> None:
        number = self.disc_number
        if number is None:
            return
        self.desk.run(lambda reg, _p, _c: disc_line(call_status(reg), number)[1].findings,
                      self._show_findings)

    def move_selected(self) -> None:
        item = self.files.currentItem()
        v = self.result
        if item is None or v is None or self.disc_number is None or v.table is None:
            return
        path = item.data(0, Qt.ItemDataRole.UserRole)
        if not path:
            return
        choices = [f"{row.order}. {row.name}" for row in v.table.rows]
        current = v.linking.case_of.get(path)
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Move to another case"),
            self.tr("Which case of the summary table does {name} belong to?").format(
                name=path.rsplit("/", 1)[-1]),
            choices, current if current is not None and current < len(choices) else 0, False)
        if not ok:
            return
        index, number = choices.index(chosen), self.disc_number
        unit = self.unit_name

        def moved(result: tuple[Moved, list[Shown]]) -> None:
            done, findings = result
            self.show_result(done.verification, number, unit, findings)

        def work(reg: Register, progress: ProgressSink, cancel: CancelToken
                 ) -> tuple[Moved, list[Shown]]:
            done = move_file(reg, number, path, index, progress=progress, cancel=cancel)
            return done, disc_line(call_status(reg), number)[1].findings

        self.desk.run(work, moved, parent=self, writes=True,
                      label=self.tr("Checking the disc again with the file moved…"))

    # ---- showing the result --------------------------------------------------------------

    def _paint_verdict(self, verdict: str | None, detail: str = "") -> None:
        fg, bg = VERDICT_COLOURS[verdict or "unreadable"]
        size = "20pt" if verdict else "12pt"
        self.verdict.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; border-radius: 6px;"
                                   f" padding: 12px; font-size: {size}; font-weight: bold; }}")
        if verdict:
            self.verdict.setText(f"{verdict_words(verdict)}<br><span style='font-size: 11pt; "
                                 f"font-weight: normal;'>{detail}</span>")

    def show_result(self, v: Verification, disc_number: str | None, unit: str,
                    findings: list[Shown]) -> None:
        self.result, self.disc_number, self.unit_name = v, disc_number, unit
        if disc_number is not None:  # the next disc is a new one: its unit is chosen afresh
            self.unit.setCurrentText("")
        self.summary.show(v.reading, disc_number, unit)
        self.cases.show(v)
        self.files.show(v)
        self._show_findings(findings)
        self.print_button.setEnabled(disc_number is not None)
        self.move_button.setEnabled(disc_number is not None and v.table is not None)

    def _show_findings(self, findings: list[Shown]) -> None:
        self.problems.show_findings(findings, self.disc_number, self.unit_name)
        self.cases.show_seal_checks(findings)
        open_ones = [s.finding for s in findings if s.open]
        errors = sum(1 for f in open_ones if f.severity.value == "error")
        warnings = sum(1 for f in open_ones if f.severity.value == "warning")
        waived = len(findings) - len(open_ones)
        detail = self.tr("{cases} cases · {errors} errors · {warnings} warnings").format(
            cases=len(self.result.linking.cases) if self.result else 0, errors=errors,
            warnings=warnings)
        if waived:
            detail += " · " + self.tr("{count} waived").format(count=waived)
        if self.disc_number is None:
            detail += "<br>" + self.tr("Checked only: not recorded in the register.")
        outcome = judge(open_ones, readable=self.result.reading.readable if self.result else True)
        self._paint_verdict(outcome, detail)

    def view_scan(self, row: int) -> None:
        v = self.result
        if v is None or not 0 <= row < len(v.linking.cases):
            return
        scans = v.linking.cases[row].paths["scan"]
        if not scans:
            QMessageBox.information(self, self.tr("Stamped scan"),
                                    self.tr("This case has no stamped scan on the disc."))
            return
        path = scans[0]
        review = v.reviews.get(path)
        item = next((i for i in v.items if i.path == path), None)
        scan = review.scan if review is not None else None
        seals = scan.seals if scan is not None else []
        doubts = scan.doubts if scan is not None else []

        def show(data: bytes | None) -> None:
            if data is None:
                QMessageBox.warning(self, self.tr("Stamped scan"), self.tr(
                    "{path} cannot be read from the disc.").format(path=path))
                return
            self.viewer = ScanViewer(path.rsplit("/", 1)[-1], data,
                                     (item.type if item else None) or "pdf", seals, self,
                                     doubts=doubts)
            self.viewer.open()

        self.desk.run(lambda _reg, _p, _c: file_bytes(v.reading, path), show, parent=self)

