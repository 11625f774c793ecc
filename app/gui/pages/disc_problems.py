"""The disc check's problems: the findings of the disc shown, and what the clerk does with one —
look at its scan, say whether a doubtful seal is there, waive it (or withdraw a waiver)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.gui.desk import Desk
from app.gui.models.findings import FindingsModel
from app.gui.waivers import button_text, waive_or_withdraw
from app.gui.widgets import fit_columns, model_table, with_actions
from app.services.status import Shown, check_seal_finding


class ProblemsPane(QWidget):
    changed = Signal()  # a finding was waived or a seal looked at: read them again
    lookAt = Signal(int)  # the case (0-based) whose scan to show

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.disc_number: str | None = None
        self.unit_name = ""
        self.findings_model = FindingsModel(desk.call)
        self.findings = model_table()
        self.findings.setModel(self.findings_model)
        self.waive_button = QPushButton(button_text(None))
        self.waive_button.setEnabled(False)
        self.waive_button.clicked.connect(self.waive_selected)
        # Where the program was not sure of a seal, the clerk looks and says what they saw.
        self.stamped_button = QPushButton(self.tr("Seal seen: stamped"))
        self.stamped_button.setToolTip(self.tr(
            "You looked at the scan and a seal is there: the problem is cleared (recorded with "
            "your name)."))
        self.unstamped_button = QPushButton(self.tr("No seal: unstamped"))
        self.unstamped_button.setToolTip(self.tr(
            "You looked at the scan and there is no seal: it counts as an unstamped scan."))
        for button, stamped in ((self.stamped_button, True), (self.unstamped_button, False)):
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, s=stamped: self.check_seal_selected(s))
        self.look_button = QPushButton(self.tr("Look at the scan…"))
        self.look_button.setEnabled(False)
        self.look_button.clicked.connect(self.view_selected_finding)
        self.findings.selectionModel().selectionChanged.connect(self._finding_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(with_actions(self.findings, self.look_button, self.stamped_button,
                                      self.unstamped_button, self.waive_button))

    def show_findings(self, findings: list[Shown], disc_number: str | None,
                      unit: str) -> None:
        self.disc_number, self.unit_name = disc_number, unit
        self.findings_model.set_rows(findings)
        fit_columns(self.findings)
        self.waive_button.setEnabled(disc_number is not None and bool(findings))
        self._finding_chosen()

    def waive_selected(self) -> None:
        shown = self._selected_finding()
        if shown is None or self.disc_number is None:
            return
        waive_or_withdraw(self, self.desk, self.unit_name, shown, lambda _r: self.changed.emit())

    def _selected_finding(self) -> Shown | None:
        rows = self.findings.selectionModel().selectedRows()
        return self.findings_model.row_at(rows[0]) if rows else None

    def _finding_chosen(self) -> None:
        shown = self._selected_finding()
        doubt = shown is not None and shown.seal_doubt
        self.stamped_button.setEnabled(doubt and self.disc_number is not None)
        self.unstamped_button.setEnabled(doubt and self.disc_number is not None)
        self.look_button.setEnabled(shown is not None and shown.case is not None)
        self.waive_button.setText(button_text(shown))

    def check_seal_selected(self, stamped: bool) -> None:
        shown = self._selected_finding()
        if shown is None or not shown.seal_doubt or self.disc_number is None:
            return
        unit, key = self.unit_name, shown.key
        self.desk.run(lambda reg, _p, _c: check_seal_finding(reg, unit, key, stamped=stamped),
                      lambda _r: self.changed.emit(), parent=self, writes=True)

    def view_selected_finding(self) -> None:
        shown = self._selected_finding()
        if shown is not None and shown.case is not None:
            self.lookAt.emit(shown.case - 1)
