"""A disc's findings with their waivers and a person's looks at uncertain seals: what the clerk
reads, confirms or waives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor

from app.core.rules import CallRules
from app.gui.lang import SEVERITY_COLOURS, core_lang
from app.gui.models.rows import RowsModel
from app.services.standing import settled_text
from app.services.status import Shown


class FindingsModel(RowsModel[Shown]):
    def headers(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Problem"), self.tr("Case"), self.tr("File"),
                self.tr("Detail"), self.tr("Settled")]

    def severity_text(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"),
                "info": self.tr("Note")}[severity]

    def __init__(self, call_of: Callable[[], CallRules | None] = lambda: None) -> None:
        super().__init__()
        self.call_of = call_of  # times are shown in the call's zone, as on paper

    def settled(self, shown: Shown) -> str:
        return settled_text(shown, self.call_of() or CallRules("", {}), core_lang())

    def cell(self, shown: Shown, column: int) -> Any:
        lang = core_lang()
        finding = shown.finding
        return (self.severity_text(finding.severity.value), finding.text(lang),
                shown.case if shown.case is not None else "", finding.path or "",
                finding.detail_text(lang), self.settled(shown))[column]

    def colour(self, shown: Shown, column: int) -> QColor | None:
        if not shown.open:
            return QColor("#6c757d")
        return SEVERITY_COLOURS[shown.finding.severity.value] if column == 0 else None

    def tip(self, shown: Shown, column: int) -> str | None:
        """The whole of what a narrow column cuts off."""
        lang = core_lang()
        return "\n".join(x for x in (shown.finding.text(lang), shown.finding.path or "",
                                      shown.finding.detail_text(lang), self.settled(shown)) if x)
