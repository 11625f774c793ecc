"""Merged cells read as a person reads them, from the streaming reader: the top-left value in
every cell of the range; ranges past the cells read are left alone."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from app.core.details import detail_text
from app.services.summary_source import load_summary
from app.table.grid import MAX_ROWS, MAX_XML_PART, read_grids


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["推荐顺序", "案例名称", "申报单位", "申报方向"])
    sheet.append([1, "智慧交通", "某科技有限公司", "行业应用深化"])
    sheet.append([2, "智慧医疗", None, "标准规范建设"])
    sheet.merge_cells("C2:C3")  # one applicant for two cases, as units write it
    sheet.cell(row=MAX_ROWS + 50, column=1, value="far below")
    sheet.merge_cells(f"A{MAX_ROWS + 50}:B{MAX_ROWS + 51}")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_merged_applicant_counts_for_both_cases() -> None:
    [sheet] = read_grids(_workbook(), "xlsx")
    assert sheet.rows[1][2] == sheet.rows[2][2] == "某科技有限公司"
    assert len(sheet.rows) == MAX_ROWS


def test_a_workbook_far_larger_than_a_summary_table_is_refused_unread() -> None:
    """A sheet that does not state its size is parsed to its end by openpyxl before its first
    row: 288 MB of rows took 15 s. A part past MAX_XML_PART is refused as too large, and the
    finding says so in the clerk's words; the ordinary table still reads."""
    small = _workbook()
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
                    for n in range(1, 600_000))
    big = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(small)) as source, \
            zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                head = data[:data.index(b"<sheetData>")].replace(b'<dimension ref="A1:D251"/>', b"")
                data = head + b"<sheetData>" + rows + b"</sheetData></worksheet>"
                assert len(data) > MAX_XML_PART
            out.writestr(info.filename, data)
    attempt = load_summary(big.getvalue(), "xlsx", "/汇总表.xlsx")
    assert attempt.table is None and attempt.error == "too_large"
    assert detail_text("summary_unreadable", {"why": "too_large"}, "", "zh_CN").startswith(
        "工作簿内容过大")
    assert load_summary(small, "xlsx", "/汇总表.xlsx").error != "too_large"
