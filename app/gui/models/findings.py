"""A disc's findings with their waivers and a person's looks at uncertain seals: what the clerk
reads, confirms or waives."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from app.gui.lang import SEVERITY_COLOURS, core_lang
from app.gui.models.rows import RowsModel
from app.services.status import Shown


class FindingsModel(RowsModel[Shown]):
    def headers(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Problem"), self.tr("Case"), self.tr("File"),
                self.tr("Detail"), self.tr("Waived")]

    def severity_text(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"),
                "info": self.tr("Note")}[severity]

    def cell(self, shown: Shown, column: int) -> Any:
        lang = core_lang()
        finding = shown.finding
        waived = (self.tr("{reason} ({who}, {when})").format(
            reason=shown.waiver.reason, who=shown.waiver.waived_by,
            when=shown.waiver.waived_at[:16].replace("T", " "))
            if shown.waiver else "")
        if shown.seal_check is not None:
            seen = (self.tr("Checked by a person: stamped") if shown.seal_check.stamped
                    else self.tr("Checked by a person: no seal"))
            waived = self.tr("{what} ({who}, {when})").format(
                what=seen, who=shown.seal_check.checked_by,
                when=shown.seal_check.checked_at[:16].replace("T", " "))
        return (self.severity_text(finding.severity.value), finding.text(lang),
                shown.case if shown.case is not None else "", finding.path or "",
                finding.detail_text(lang), waived)[column]

    def colour(self, shown: Shown, column: int) -> QColor | None:
        if not shown.open:
            return QColor("#6c757d")
        return SEVERITY_COLOURS[shown.finding.severity.value] if column == 0 else None

    def tip(self, shown: Shown, column: int) -> str | None:
        return f"{shown.finding.code}: {shown.key}"
