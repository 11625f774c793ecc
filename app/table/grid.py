"""A workbook as plain text grids, whichever program wrote it: .xlsx through openpyxl (not
read-only: that mode loses merged cells), .xls/.et through xlrd. Merged cells are filled with
their top-left value, the way a person reads them."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from dataclasses import dataclass

MAX_ROWS = 200  # a summary table has a handful of rows; nothing past this is read
MAX_COLUMNS = 40


class TableUnreadable(Exception):
    """The workbook cannot be opened; the message says why."""


@dataclass
class Sheet:
    name: str
    rows: list[list[str]]


def read_grids(data: bytes, file_type: str) -> list[Sheet]:
    if file_type in ("xls", "et"):
        return _xls_grids(data)
    return _xlsx_grids(data)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return str(value).strip()


def _xlsx_grids(data: bytes) -> list[Sheet]:
    import openpyxl  # costs 0.2 s to import; only tables need it

    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; a unit's workbook is
            # not ours to lint.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # whatever openpyxl raises on submitted bytes
        raise TableUnreadable(str(exc) or type(exc).__name__) from exc
    sheets = []
    for sheet in book.worksheets:
        height = min(sheet.max_row, MAX_ROWS)
        width = min(sheet.max_column, MAX_COLUMNS)
        rows = [[_cell_text(cell.value) for cell in row]
                for row in sheet.iter_rows(min_row=1, max_row=height, max_col=width)]
        for merged in sheet.merged_cells.ranges:
            _fill(rows, merged.min_row - 1, merged.min_col - 1, merged.max_row, merged.max_col)
        sheets.append(Sheet(sheet.title, rows))
    return sheets


def _xls_grids(data: bytes) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except Exception as exc:  # xlrd raises many kinds on damaged files
        raise TableUnreadable(str(exc) or type(exc).__name__) from exc
    sheets = []
    for sheet in book.sheets():
        height, width = min(sheet.nrows, MAX_ROWS), min(sheet.ncols, MAX_COLUMNS)
        rows = []
        for r in range(height):
            row = []
            for c in range(width):
                cell = sheet.cell(r, c)
                if cell.ctype == xlrd.XL_CELL_DATE:
                    row.append(_cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode)))
                else:
                    row.append(_cell_text(cell.value))
            rows.append(row)
        for r0, r1, c0, c1 in sheet.merged_cells:
            _fill(rows, r0, c0, r1, c1)
        sheets.append(Sheet(sheet.name, rows))
    return sheets


def _fill(rows: list[list[str]], r0: int, c0: int, r1: int, c1: int) -> None:
    """Copy a merged range's value into every cell it covers (r1, c1 exclusive)."""
    if r0 >= len(rows) or c0 >= len(rows[r0]):
        return
    value = rows[r0][c0]
    for r in range(r0, min(r1, len(rows))):
        for c in range(c0, min(c1, len(rows[r]))):
            rows[r][c] = value
