"""Deliveries, newest first: who brought what, when, and how the unit stands."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont

from app.core.deliveries import method_words
from app.core.verdict import standing_text
from app.gui.lang import SEVERITY_COLOURS, core_lang
from app.gui.models.rows import RowsModel
from app.services.desk_view import DeliveryRow


class DeliveriesModel(RowsModel[DeliveryRow]):
    def headers(self) -> list[str]:
        return [self.tr("Receipt number"), self.tr("Unit"), self.tr("Received"), self.tr("Method"),
                self.tr("Deliverer"), self.tr("Phone"), self.tr("Tracking number"),
                self.tr("Discs"), self.tr("Note"), self.tr("Unit's verdict")]

    def cell(self, row: DeliveryRow, column: int) -> Any:
        line = row.line
        received = line.received_at.strftime("%Y-%m-%d %H:%M")
        if line.late:
            received += " " + self.tr("(late)")
        return (line.receipt, row.unit, received, method_words(line.method),
                line.deliverer, line.phone, line.tracking, "、".join(row.discs) or "—", line.note,
                self.tr("voided: {reason}").format(reason=line.voided) if line.voided
                else standing_text(row.verdict, True, core_lang()))[column]

    def colour(self, row: DeliveryRow, column: int) -> QColor | None:
        if row.line.voided:
            return QColor("#6c757d")
        return SEVERITY_COLOURS["error"] if column == 2 and row.line.late else None

    def font(self, row: DeliveryRow, column: int) -> QFont | None:
        """A voided delivery is struck through: it counts for nothing."""
        if not row.line.voided:
            return None
        struck = QFont()
        struck.setStrikeOut(column != self.columnCount() - 1)
        return struck
