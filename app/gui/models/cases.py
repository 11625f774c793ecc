"""All cases of the call, and the filters the Cases page offers over them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QColor

from app.gui.lang import SEVERITY_COLOURS, core_lang, verdict_words
from app.gui.models.rows import ROW_ROLE, SORT_ROLE, RowsModel
from app.services.case_list import CaseLine

YES, NO = "✓", "✗"
COLUMN_OF = {5: "editable", 6: "scan", 7: "seal", 8: "paper"}  # shown red when lacking


class CasesModel(RowsModel[CaseLine]):
    def __init__(self, paper_copies: int = 2) -> None:
        super().__init__()
        self.paper_copies = paper_copies

    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("Order"), self.tr("Case"), self.tr("Applicant"),
                self.tr("Direction"), self.tr("Editable"), self.tr("Scan"), self.tr("Seal"),
                self.tr("Paper"), self.tr("Verdict"), self.tr("Problems")]

    def seal_text(self, line: CaseLine) -> str:
        return line.seal.words(core_lang()) or "—"

    def cell(self, line: CaseLine, column: int) -> Any:
        lang = core_lang()
        return (line.unit, line.order if line.order is not None else "", line.name,
                line.applicant, line.direction, YES if line.editable else NO,
                YES if line.scan else NO, self.seal_text(line),
                f"{line.paper}/{self.paper_copies}", verdict_words(line.verdict),
                "；".join(f.text(lang) for f in line.problems))[column]

    def colour(self, line: CaseLine, column: int) -> QColor | None:
        lacks = line.lacks(self.paper_copies)
        if lacks.get(COLUMN_OF.get(column, "")):
            return SEVERITY_COLOURS["error"]
        if column == 10 and line.problems:
            return SEVERITY_COLOURS[max(line.problems, key=lambda f: f.severity.rank)
                                    .severity.value]
        return None

    def tip(self, line: CaseLine, column: int) -> str | None:
        if column == 10 and line.problems:
            return "\n".join(f.text(core_lang()) for f in line.problems)
        return None


class CaseFilter(QSortFilterProxyModel):
    """Unit, direction, verdict, 'only cases missing a scan / seal / paper', and free text."""

    def __init__(self) -> None:
        super().__init__()
        self.unit = ""
        self.direction = ""
        self.verdict = ""
        self.lacking = ""  # "", "scan", "editable", "seal", "paper"
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set(self, **values: str) -> None:
        # Qt 6.10 ends a filter change with endFilterChange(); 6.9 has beginFilterChange() but
        # ends it with invalidateFilter(), and 6.8 has only invalidateFilter(). Ask for the
        # method that ends the change, since that is the one that differs.
        ending = getattr(self, "endFilterChange", None)
        if ending is not None:
            self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        if ending is not None:
            ending()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        line: CaseLine = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        lacking = line.lacks(getattr(model, "paper_copies", 0))
        return ((not self.unit or line.unit == self.unit)
                and (not self.direction or line.direction == self.direction)
                and (not self.verdict or line.verdict == self.verdict)
                and (not self.lacking or lacking.get(self.lacking, True))
                and (not self.text or self.text.lower() in
                     f"{line.name} {line.applicant} {line.unit}".lower()))
