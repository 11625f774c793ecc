"""The units of the call as the Overview lists them: delivered or not, late, verdict."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from app.gui.lang import SEVERITY_COLOURS, core_lang
from app.gui.models.rows import RowsModel
from app.services.status import UnitStatus


class UnitsModel(RowsModel[UnitStatus]):
    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("First received"), self.tr("Discs"), self.tr("Cases"),
                self.tr("Open problems"), self.tr("Verdict")]

    def cell(self, unit: UnitStatus, column: int) -> Any:
        first = unit.first_received
        if first is None:
            received = self.tr("not yet delivered")
        else:
            received = first.strftime("%Y-%m-%d %H:%M")
            if unit.by_mail_only:
                received += " " + self.tr("(e-mail)")
            if unit.late:
                received += " " + self.tr("(late)")
        open_count = sum(1 for s in unit.findings if s.open)
        return (unit.name, received, len(unit.discs), len(unit.cases), open_count,
                unit.standing(core_lang()))[column]

    def colour(self, unit: UnitStatus, column: int) -> QColor | None:
        if column == 1 and (unit.late or not unit.arrived):
            return SEVERITY_COLOURS["error" if unit.late else "info"]
        return None
