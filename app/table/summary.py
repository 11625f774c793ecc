"""Read a unit's summary table (附件2 申报汇总表) the way a person does.

Units fill the template in very different ways: a title and the 推荐单位（盖章）/填表日期 lines
above the header, merged cells, full-width characters, their own words for the columns
(推荐排序, 申报主体, 所属方向, 手机号码 …), a two-row header, no order column at all, notes below.
This module finds the header by its words, maps the columns and normalises each row.
"""

from __future__ import annotations

import re

from app.core.entities import SummaryRow, SummaryTable
from app.core.normalise import comparable, plain, small_number
from app.table.grid import Sheet

HEADER_SCAN_ROWS = 25
# Field -> words that name its column (compared without spaces, width or brackets). Checked in
# this order, so 申报单位名称 is an applicant before it is a name, 联系人电话 a phone,
# 案例联系人 a contact.
_HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("order", ("推荐顺序", "推荐排序", "推荐次序", "推荐序号", "排序", "顺序")),
    ("phone", ("联系电话", "手机号码", "手机号", "电话", "手机", "联系方式")),
    ("applicant", ("申报单位", "申报主体", "申报企业", "申报机构", "单位名称", "实施单位")),
    ("direction", ("申报方向", "所属方向", "案例方向", "方向", "申报类别", "案例类别")),
    ("contact", ("联系人", "负责人", "姓名")),
    ("name", ("案例名称", "项目名称", "案例名", "名称", "案例")),
    ("seq", ("序号", "编号")),
)
_NOTE_ROW = re.compile(r"^(注|备注|说明|填表说明|填表人|审核人|联系人[:：])")
_UNIT = re.compile(r"推荐单位(?:[(（]盖章[)）])?\s*[:：]?\s*(.*)")
_DATE = re.compile(r"填表日期\s*[:：]?\s*(.*)")


Words = dict[str, tuple[str, ...]]  # a call's own words for some fields, tried first


_COMBINED = (("联系人", "负责人", "姓名"), ("电话", "手机", "联系方式"))
# A phone number in a combined 联系人及电话 cell: a mobile, or a landline with its area code.
_PHONE = re.compile(r"(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}|0\d{2,3}[- ]?\d{7,8}"
                    r"(?:[-转]\d{1,5})?")


def field_of(label: str, own: Words | None = None) -> str | None:
    text = comparable(label)
    if not text or len(text) > 24:  # a title or a note, not a column name
        return None
    if all(any(word in text for word in words) for words in _COMBINED):
        return "contact_phone"  # 联系人及电话: one column holds both
    for name, words in own.items() if own else ():
        if any(comparable(word) in text for word in words):
            return name
    for name, words in _HEADER_WORDS:
        if any(word in text for word in words):
            return name
    return None


def _columns(row: list[str], own: Words | None) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, label in enumerate(row):
        name = field_of(label, own)
        if name is not None and name not in columns:
            columns[name] = index
    return columns


def find_header(sheet: Sheet, own: Words | None = None) -> tuple[int, dict[str, int]] | None:
    """The header row (0-based) and the column of each field, or None when no row looks like
    one: it must name the case and at least two other fields."""
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        columns = _columns(row, own)
        if "name" in columns and len(columns) >= 3:
            return index, _with_subheader(sheet.rows, index, columns, own)
    return None


def _with_subheader(rows: list[list[str]], index: int, columns: dict[str, int],
                    own: Words | None) -> dict[str, int]:
    """A two-row header (联系人 merged over 姓名 | 电话): the second row says what each merged
    column holds. It is a header row only if every cell in it is a column name or repeats the
    cell above (a header merged downwards)."""
    if index + 1 >= len(rows):
        return columns
    above, below = rows[index], rows[index + 1]
    named: dict[str, int] = {}
    for column, label in enumerate(below):
        if not label or (column < len(above) and label == above[column]):
            continue
        name = field_of(label, own)
        if name is None:
            return columns
        named[name] = column
    if not named:
        return columns
    return {**columns, **named, "_skip": 1}


def parse_summary(sheets: list[Sheet], path: str | None = None, own: Words | None = None
                  ) -> SummaryTable | None:
    """The first sheet with a recognisable header, read into rows; None when none has one.
    `own`: the call's words for its columns."""
    for sheet in sheets:
        found = find_header(sheet, own)
        if found is None:
            continue
        header, columns = found
        table = SummaryTable(path=path, sheet=sheet.name, header_row=header + 1,
                             order_column="order" in columns)
        _read_preamble(sheet.rows[:header] + sheet.rows[header + 1:], table)
        first = header + 1 + columns.pop("_skip", 0)
        for row in _data_rows(sheet.rows, first, columns):
            row.hidden = row.row - 1 in sheet.hidden
            (table.withdrawn if row.row - 1 in sheet.struck else table.rows).append(row)
        return table
    return None


def _read_preamble(rows: list[list[str]], table: SummaryTable) -> None:
    for row in rows:
        cells = [plain(c) for c in row if c]
        for position, cell in enumerate(cells):
            after = cells[position + 1] if position + 1 < len(cells) else ""
            unit = _UNIT.search(cell)
            if unit and not table.unit:
                table.unit = (unit.group(1) or after).strip()
            date = _DATE.search(cell)
            if date and not table.date:
                table.date = (date.group(1) or after).strip()


def _split_contact(text: str) -> tuple[str, str]:
    """张三 13900000000 / 张三（13900000000） / 张三，029-88886666: the name and the number."""
    phone = _PHONE.search(text)
    if phone is None:
        return text, ""
    name = (text[:phone.start()] + text[phone.end():]).strip(" ,，;；:：/、()（）")
    return name, phone.group(0)


def _data_rows(rows: list[list[str]], first: int, columns: dict[str, int]):  # noqa: ANN202
    def cell(row: list[str], name: str) -> str:
        column = columns.get(name)
        if column is None and name in ("contact", "phone") and "contact_phone" in columns:
            return _split_contact(cell(row, "contact_phone"))[name == "phone"]
        return plain(row[column]) if column is not None and column < len(row) else ""

    empty_run = 0
    for index in range(first, len(rows)):
        row = rows[index]
        texts = [plain(c) for c in row if plain(c)]
        if not texts:
            empty_run += 1
            if empty_run >= 3:
                return
            continue
        empty_run = 0
        if _NOTE_ROW.match(texts[0]) or _UNIT.search(texts[0]) or _DATE.search(texts[0]):
            return
        name = cell(row, "name")
        filled = [cell(row, f) for f in ("name", "applicant", "direction", "contact", "phone")]
        if not any(filled):
            continue  # a template row with only its number filled in
        order_text = cell(row, "order") if "order" in columns else cell(row, "seq")
        order = small_number(order_text) if order_text else None
        yield SummaryRow(order=order, name=name, applicant=cell(row, "applicant"),
                         direction=cell(row, "direction"), contact=cell(row, "contact"),
                         phone=cell(row, "phone"), row=index + 1, order_text=order_text)
