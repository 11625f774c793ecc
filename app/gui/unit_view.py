"""One unit as a whole: its deliveries, discs, paper and e-mail, and every finding that is the
unit's (late, paper, summary, e-mail) beside its discs' — with waive / withdraw and recording
an e-mail. Opened by double-clicking a unit on the Overview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.verdict import standing_text
from app.gui.desk import Desk
from app.gui.lang import core_lang
from app.gui.models.findings import FindingsModel
from app.gui.waivers import button_text, waive_or_withdraw
from app.gui.widgets import fit_columns, model_table
from app.services.intake import record_email
from app.services.status import Shown, UnitStatus


class UnitView(QDialog):
    def __init__(self, desk: Desk, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.unit = desk, unit
        self.setWindowTitle(unit)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = FindingsModel()
        self.table = model_table()
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.waive_button = QPushButton(button_text(None))
        self.waive_button.setEnabled(False)
        self.waive_button.clicked.connect(self.waive_or_withdraw)
        self.email_button = QPushButton(self.tr("Record an e-mail submission…"))
        self.email_button.clicked.connect(self.record_email)
        actions = QHBoxLayout()
        actions.addWidget(self.email_button)
        actions.addStretch(1)
        actions.addWidget(self.waive_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        heading = QLabel(unit)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Findings of the unit and of its newest disc")))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(960, 560)
        desk.viewChanged.connect(self._view_changed)  # a bound slot: let go when deleted
        self.refresh()

    def _view_changed(self, _view: object) -> None:
        self.refresh()

    def status(self) -> UnitStatus | None:
        view = self.desk.view
        if view is None:
            return None
        return next((u for u in view.status.units if u.name == self.unit), None)

    def refresh(self) -> None:
        unit = self.status()
        if unit is None:
            return
        call = self.desk.view.status.call  # type: ignore[union-attr]
        lines = [self.tr("Standing: {standing}").format(
            standing=standing_text(unit.verdict, unit.delivered, core_lang()))]
        for d in unit.deliveries:
            late = self.tr(" (late)") if d.late else ""
            lines.append(self.tr("Delivery {receipt}: {when}{late}").format(
                receipt=d.receipt, when=call.shown(d.received_at), late=late))
        lines.append(self.tr("Discs: {discs}").format(
            discs="、".join(d.number for d in unit.discs) or self.tr("none read yet")))
        lines.append(self.tr("E-mail submissions recorded: {count}").format(count=unit.emails))
        self.summary.setText("\n".join(lines))
        self.model.set_rows(unit.findings)
        fit_columns(self.table)
        self._chosen()

    def _selected(self) -> Shown | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _chosen(self) -> None:
        shown = self._selected()
        self.waive_button.setEnabled(shown is not None)
        self.waive_button.setText(button_text(shown))

    def waive_or_withdraw(self) -> None:
        shown = self._selected()
        if shown is not None:
            waive_or_withdraw(self, self.desk, self.unit, shown)

    def record_email(self) -> None:
        view = self.desk.view
        if view is None:
            return
        zone = view.status.call.zone
        now = dt.datetime.now(zone).strftime("%Y-%m-%d %H:%M")
        text, ok = QInputDialog.getText(
            self, self.tr("Record an e-mail submission"),
            self.tr("When did the unit's e-mail arrive (Beijing time)?"), text=now)
        if not ok:
            return
        try:
            when = dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        except ValueError:
            QMessageBox.warning(self, self.tr("Record an e-mail submission"),
                                self.tr("Write the time as 2025-10-24 17:40."))
            return
        unit = self.unit
        self.desk.run(lambda reg, _p, _c: record_email(reg, unit, when), None, parent=self,
                      writes=True)
