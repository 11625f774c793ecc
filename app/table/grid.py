"""A workbook as plain text grids, whichever program wrote it: .xlsx through openpyxl's
read-only (streaming) mode, .xls/.et through xlrd. Merged cells are filled with their top-left
value, the way a person reads them.

Only the first MAX_ROWS x MAX_COLUMNS cells are ever read: a 200 KB workbook may declare five
million cells, which openpyxl's ordinary mode would build as objects (1.7 GB). Read-only mode
does not keep merged cells, so their ranges are found by scanning the sheet's XML as bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field

MAX_ROWS = 200  # a summary table has a handful of rows; nothing past this is read
MAX_COLUMNS = 40


# An XML part of a summary table is well under 1 MiB. openpyxl parses a sheet that does not
# state its size (<dimension>) to the end before the first row is read: 288 MB of XML took 15 s.
MAX_XML_PART = 32 << 20


class TableUnreadable(Exception):
    """The workbook cannot be opened; the message says why (for the log), `why` in a word
    the findings know: damaged | too_large."""

    def __init__(self, message: str, why: str = "damaged") -> None:
        super().__init__(message)
        self.why = why


@dataclass
class Sheet:
    name: str
    rows: list[list[str]]
    # Rows (0-based) whose every filled cell is struck through: withdrawn, as units mark them.
    struck: set[int] = field(default_factory=set)
    hidden: set[int] = field(default_factory=set)  # rows hidden from view


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


def _largest_xml_part(data: bytes) -> int:
    """The largest size an XML part of the package declares (zipfile never inflates a part
    past what it declares); 0 when it is no zip, which openpyxl will say."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return max((i.file_size for i in package.infolist()
                        if i.filename.lower().endswith((".xml", ".rels"))), default=0)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return 0


def _xlsx_grids(data: bytes) -> list[Sheet]:
    import openpyxl  # costs 0.2 s to import; only tables need it

    largest = _largest_xml_part(data)
    if largest > MAX_XML_PART:
        raise TableUnreadable(f"an XML part of {largest} bytes", why="too_large")
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; a unit's workbook is
            # not ours to lint.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            sheets = []
            for sheet in book.worksheets:
                rows, struck = [], set()
                for index, cells in enumerate(sheet.iter_rows(
                        min_row=1, max_row=MAX_ROWS, max_col=MAX_COLUMNS)):
                    rows.append([_cell_text(getattr(c, "value", None)) for c in cells])
                    if _struck_through(cells):
                        struck.add(index)
                width = max((len(r) for r in rows), default=0)
                rows = [r + [""] * (width - len(r)) for r in rows]
                marks = _sheet_marks(book, sheet)
                for r0, c0, r1, c1 in marks.merged:
                    _fill(rows, r0, c0, r1, c1)
                sheets.append(Sheet(sheet.title, rows, struck, marks.hidden))
            book.close()
    except Exception as exc:  # whatever openpyxl raises on submitted bytes
        raise TableUnreadable(str(exc) or type(exc).__name__) from exc
    return sheets


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="'
                    rb'([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="(\d{1,7})"')


def _struck_through(cells: tuple[object, ...]) -> bool:
    """Whether every filled cell of a row is in struck-through type (字体删除线)."""
    filled = [c for c in cells if _cell_text(getattr(c, "value", None))]
    return bool(filled) and all(bool(getattr(getattr(c, "font", None), "strike", False))
                                for c in filled)


@dataclass
class _Marks:
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden: set[int] = field(default_factory=set)
MAX_MERGES = 10_000
_SCAN = 1 << 20


def _sheet_marks(book: object, sheet: object) -> _Marks:
    """The sheet's merged ranges (0-based, ends exclusive) that touch the cells read, and its
    hidden rows among them, found in its XML part chunk by chunk: read-only mode keeps
    neither, and memory stays flat whatever the sheet holds."""
    from openpyxl.utils.cell import column_index_from_string

    marks = _Marks()
    path = getattr(sheet, "_worksheet_path", None)
    archive = getattr(book, "_archive", None)
    if path is None or archive is None:
        return marks
    tail = b""
    with archive.open(path) as part:
        while chunk := part.read(_SCAN):
            text = tail + chunk
            last = 0
            for row in _HIDDEN_ROW.finditer(text):
                last = max(last, row.end())
                number = _ROW_NUMBER.search(row.group(0))
                if number and int(number.group(1)) <= MAX_ROWS:
                    marks.hidden.add(int(number.group(1)) - 1)
            for match in _MERGE.finditer(text):
                last = max(last, match.end())
                c0, r0, c1, r1 = match.groups()
                top, left = int(r0) - 1, column_index_from_string(c0.decode()) - 1
                if top < MAX_ROWS and left < MAX_COLUMNS:
                    marks.merged.append((top, left, int(r1),
                                         column_index_from_string(c1.decode())))
                if len(marks.merged) >= MAX_MERGES:
                    return marks
            tail = text[max(last, len(text) - 200):]  # a tag cut by the chunk's end
    return marks


def _xls_grids(data: bytes) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except Exception as exc:  # xlrd raises many kinds on damaged files
        raise TableUnreadable(str(exc) or type(exc).__name__) from exc
    sheets = []
    for sheet in book.sheets():
        height, width = min(sheet.nrows, MAX_ROWS), min(sheet.ncols, MAX_COLUMNS)
        rows, struck = [], set()
        for r in range(height):
            row, strikes = [], []
            for c in range(width):
                cell = sheet.cell(r, c)
                if cell.ctype == xlrd.XL_CELL_DATE:
                    row.append(_cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode)))
                else:
                    row.append(_cell_text(cell.value))
                if row[-1]:
                    strikes.append(_xls_struck(book, cell.xf_index))
            rows.append(row)
            if strikes and all(strikes):
                struck.add(r)
        for r0, r1, c0, c1 in sheet.merged_cells:
            _fill(rows, r0, c0, r1, c1)
        hidden = {r for r, info in sheet.rowinfo_map.items() if r < height and info.hidden}
        sheets.append(Sheet(sheet.name, rows, struck, hidden))
    return sheets


def _xls_struck(book: object, xf_index: int) -> bool:
    try:
        font = book.font_list[book.xf_list[xf_index].font_index]  # type: ignore[attr-defined]
    except (IndexError, AttributeError, TypeError):
        return False
    return bool(getattr(font, "struck_out", False))


def _fill(rows: list[list[str]], r0: int, c0: int, r1: int, c1: int) -> None:
    """Copy a merged range's value into every cell it covers (r1, c1 exclusive)."""
    if r0 >= len(rows) or c0 >= len(rows[r0]):
        return
    value = rows[r0][c0]
    for r in range(r0, min(r1, len(rows))):
        for c in range(c0, min(c1, len(rows[r]))):
            rows[r][c] = value
