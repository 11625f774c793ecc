"""Merged cells read as a person reads them, from the streaming reader: the top-left value in
every cell of the range; ranges past the cells read are left alone."""

from __future__ import annotations

import io

import openpyxl

from app.table.grid import MAX_ROWS, read_grids


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
