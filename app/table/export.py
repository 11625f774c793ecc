"""The master workbook (spec/printouts.md §4) written with openpyxl, and read back: sheets of
plain rows with a frozen header, filters, widths that fit Chinese text, hyperlinks, and lists
or length limits on the columns people fill in."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

MAX_WIDTH = 60
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
EDITABLE_FILL = PatternFill("solid", fgColor="FFF7D6")  # the columns people may fill in


@dataclass(frozen=True)
class Col:
    title: str
    choices: tuple[str, ...] = ()  # a list to pick from
    editable: bool = False  # free text people may write (length-limited)
    link: bool = False  # the cell's value is "text\tlink target"


@dataclass
class SheetRows:
    name: str
    columns: list[Col]
    rows: list[list[object]] = field(default_factory=list)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_workbook(sheets: Sequence[SheetRows]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for spec in sheets:
        _write_sheet(book.create_sheet(spec.name), spec)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _write_sheet(ws: Any, spec: SheetRows) -> None:  # openpyxl ships no type stubs
    ws.append([c.title for c in spec.columns])
    for row in spec.rows:
        ws.append([_value(v, c) for v, c in zip(row, spec.columns, strict=True)])
    widths = [display_width(c.title) for c in spec.columns]
    for r, row in enumerate(spec.rows, start=2):
        for i, (value, col) in enumerate(zip(row, spec.columns, strict=True)):
            text = _value(value, col)
            longest = max((display_width(line) for line in str(text or "").split("\n")),
                          default=0)
            widths[i] = max(widths[i], longest)
            cell = ws.cell(row=r, column=i + 1)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if col.link and isinstance(value, str) and "\t" in value:
                cell.hyperlink = value.split("\t", 1)[1]
                cell.style = "Hyperlink"
            if col.choices or col.editable:
                cell.fill = EDITABLE_FILL
    for i, col in enumerate(spec.columns, start=1):
        header = ws.cell(row=1, column=i)
        header.font = Font(bold=True)
        header.fill = HEADER_FILL
        header.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = min(MAX_WIDTH, widths[i - 1] + 2)
        last = max(2, len(spec.rows) + 1)
        if col.choices:
            rule = DataValidation(type="list", formula1='"' + ",".join(col.choices) + '"',
                                  allow_blank=True, showErrorMessage=True,
                                  errorTitle=col.title, error="请从列表中选择")
        elif col.editable:
            rule = DataValidation(type="textLength", operator="lessThanOrEqual",
                                  formula1="500", allow_blank=True, showErrorMessage=True,
                                  errorTitle=col.title, error="不超过500字")
        else:
            continue
        ws.add_data_validation(rule)
        rule.add(f"{letter}2:{letter}{last}")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{len(spec.rows) + 1}"


def _value(value: object, col: Col) -> object:
    if col.link and isinstance(value, str):
        return value.split("\t", 1)[0]
    return value


def read_workbook(data: bytes) -> dict[str, list[dict[str, str]]]:
    """Each sheet's rows as {header: text}; what people typed, read back."""
    book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    sheets: dict[str, list[dict[str, str]]] = {}
    for ws in book.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        if not rows:
            continue
        header = ["" if h is None else str(h) for h in rows[0]]
        sheets[ws.title] = [
            {h: "" if v is None else str(v) for h, v in zip(header, row, strict=False)}
            for row in rows[1:] if any(v not in (None, "") for v in row)]
    return sheets
