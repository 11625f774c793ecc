"""The summary table (附件2), read the way a person reads it, and checked against the call."""

from __future__ import annotations

import io

import pytest
import submissions as S
import xlwt

from app.core.summary_checks import check_summary
from app.services.calls import builtin_call
from app.table.grid import TableUnreadable, read_grids
from app.table.summary import parse_summary

ROWS = [
    (1, "智能医疗影像标注平台", "陕西甲科技有限公司", "行业应用深化", "张三", "13800000001"),
    (2, "工业质检数据标注", "陕西乙数据有限公司", "技术研发创新", "李四", "13800000002"),
]


def _table(data: bytes, kind: str = "xlsx"):
    table = parse_summary(read_grids(data, kind), "/汇总表.xlsx")
    assert table is not None
    return table


def test_title_unit_and_date_lines_above_the_header() -> None:
    table = _table(S.summary_xlsx(ROWS, unit="西安市数据局"))
    assert table.header_row == 4 and table.unit == "西安市数据局"
    assert table.date == "2025年10月20日"
    assert [(r.order, r.name, r.direction, r.phone) for r in table.rows] == [
        (1, "智能医疗影像标注平台", "行业应用深化", "13800000001"),
        (2, "工业质检数据标注", "技术研发创新", "13800000002")]
    assert check_summary(table, builtin_call()) == []


def test_header_synonyms_full_width_and_a_two_row_header() -> None:
    header = ("推荐排序", "项目名称", "申报主体", "所属方向", "联系人", "手机号码")
    rows = [("１", "《智能医疗影像标注平台》", "陕西甲科技有限公司", "一是技术研发创新", "张三",
             "13800000001")]
    table = _table(S.summary_xlsx(rows, header=header, two_row_header=True))
    row = table.rows[0]
    assert (row.order, row.contact, row.phone) == (1, "张三", "13800000001")
    assert builtin_call().direction(row.direction) == "技术研发创新"


def test_no_order_column_uses_the_row_number() -> None:
    header = ("序号", "案例名称", "申报单位", "申报方向", "联系人", "联系电话")
    table = _table(S.summary_xlsx(ROWS, header=header))
    assert not table.order_column and [r.order for r in table.rows] == [1, 2]
    codes = [f.code for f in check_summary(table, builtin_call())]
    assert codes == ["summary_no_order_column"]


def test_quota_repeated_orders_gaps_directions_and_empty_fields() -> None:
    rows = [(n, f"案例{n}号平台", "陕西甲科技有限公司", "行业应用深化", "张三", "138")
            for n in (1, 2, 2, 4, 5, 6)]
    rows[0] = (1, "案例1号平台", "", "元宇宙", "张三", "138")
    findings = check_summary(_table(S.summary_xlsx(rows)), builtin_call())
    codes = sorted(f.code for f in findings)
    assert codes == ["summary_direction_invalid", "summary_duplicate_order",
                     "summary_field_missing", "summary_order_gap", "summary_over_limit"]
    duplicate = next(f for f in findings if f.code == "summary_duplicate_order")
    assert duplicate.params["order"] == 2 and len(duplicate.params["rows"]) == 2


def test_an_old_xls_table_is_read() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    sheet.write_merge(0, 0, 0, 5, "数据标注优秀案例申报汇总表")
    sheet.write(1, 0, "推荐单位（盖章）：宝鸡市数据局")
    header = ("推荐顺序", "案例名称", "申报单位", "申报方向", "联系人", "联系电话")
    for c, label in enumerate(header):
        sheet.write(2, c, label)
    for r, row in enumerate(ROWS, start=3):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    table = _table(buffer.getvalue(), "xls")
    assert table.unit == "宝鸡市数据局" and [r.order for r in table.rows] == [1, 2]


def test_a_broken_workbook_is_unreadable_not_a_crash() -> None:
    with pytest.raises(TableUnreadable):
        read_grids(b"PK\x03\x04 not a workbook", "xlsx")


def test_a_sheet_without_a_header_gives_no_table() -> None:
    assert parse_summary(read_grids(S.summary_xlsx([], header=("甲", "乙")), "xlsx")) is None


# A table as units edit it: case 3 struck through (字体删除线), case 2 hidden, a name wrapped
# with Alt+Enter, one 联系人及电话 column.
EDITED = [("推荐顺序", "案例名称", "申报单位", "申报方向", "联系人及电话"),
          (1, "智能医疗影像\n标注平台", "陕西甲科技有限公司", "行业应用深化", "张三 13800000001"),
          (2, "工业质检数据标注", "陕西乙数据有限公司", "技术研发创新", "李四，029-88886666"),
          (3, "已撤回的案例", "陕西丙公司", "技术研发创新", "王五（13800000003）")]


def _edited_xlsx() -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    for row in EDITED:
        sheet.append(list(row))
    for cell in sheet[4]:
        cell.font = Font(strike=True)
    sheet.row_dimensions[3].hidden = True
    sheet.append(["注：已撤回的案例以删除线标出"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _edited_xls() -> bytes:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    struck = xlwt.easyxf("font: struck_out on")
    for r, row in enumerate(EDITED):
        for c, value in enumerate(row):
            if r == 3:
                sheet.write(r, c, value, struck)
            else:
                sheet.write(r, c, value)
    sheet.row(2).hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("kind", "make"), [("xlsx", _edited_xlsx), ("xls", _edited_xls)])
def test_the_table_is_read_as_the_unit_edited_it(kind: str, make) -> None:
    """A struck-through row counted as a case made the quota "exceeded" and two cases
    "missing"; a wrapped name read with a space; a combined contact column read as no contact."""
    table = _table(make(), kind)
    assert [r.name for r in table.rows] == ["智能医疗影像标注平台", "工业质检数据标注"]
    assert [r.name for r in table.withdrawn] == ["已撤回的案例"]
    assert [(r.contact, r.phone) for r in table.rows] == [("张三", "13800000001"),
                                                         ("李四", "029-88886666")]
    assert [r.hidden for r in table.rows] == [False, True]
    findings = check_summary(table, builtin_call())
    assert sorted(f.code for f in findings) == ["summary_row_hidden", "summary_row_withdrawn"]
    withdrawn = next(f for f in findings if f.code == "summary_row_withdrawn")
    assert withdrawn.params == {"row": 4, "name": "已撤回的案例"}
