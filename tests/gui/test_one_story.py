"""What a person settled shows the same everywhere: a seal the clerk confirmed on the disc page
is 有章（人工确认） in the case's row, in 案例汇总, in the workbook and on the sheet, and no
longer counts as a problem or as a waiver; times are the call's (Beijing) time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from conftest import Answers, idle, unit_disc
from PySide6.QtCore import Qt
from test_flows import UNIT, check_disc, deliver, rows

from app.demo.season import DemoUnit
from app.gui.main_window import MainWindow


def test_a_confirmed_seal_is_confirmed_in_every_view(window: MainWindow, qtbot,
                                                     tmp_path: Path, answers: Answers) -> None:
    deliver(window, qtbot, UNIT)  # its paper, whole
    check_disc(window, qtbot, tmp_path, DemoUnit(UNIT, 2, half_sealed=(2,)))
    page = window.disc_check
    codes = [s.finding.code for s in page.findings_model.rows]
    page.findings.selectRow(codes.index("scan_seal_uncertain"))
    qtbot.mouseClick(page.stamped_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    row_text = page.cases.item(1, 5).text()
    assert "confirmed" in row_text and not row_text.startswith("?")
    # The time it was confirmed is the call's time, not the register's UTC.
    checked_at = rows(window, "SELECT checked_at FROM seal_checks")[0]["checked_at"]
    beijing = dt.datetime.fromisoformat(checked_at).astimezone(
        dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")
    handled = page.findings_model.data(
        page.findings_model.index(codes.index("scan_seal_uncertain"), 5))
    assert beijing in handled
    tip = page.findings_model.data(page.findings_model.index(0, 1),
                                   Qt.ItemDataRole.ToolTipRole)
    assert not any(code in tip for code in codes)  # no internal code under the pointer

    window.show_page(3)
    cases = window.cases.model
    seal_column = [cases.data(cases.index(r, 7)) for r in range(cases.rowCount())]
    assert seal_column[1] == "seal (confirmed by a person)"
    assert cases.data(cases.index(1, 10)) == ""  # no problem left on the case
    target = tmp_path / "汇总.xlsx"
    window.cases.export_to(target)
    idle(qtbot, window)
    book = openpyxl.load_workbook(target)
    sheet = book["案例"]
    titles = [c.value for c in sheet[1]]
    assert sheet.cell(3, titles.index("印章") + 1).value == "有章（人工确认）"
    units = book["单位"]
    unit_titles = [c.value for c in units[1]]
    assert units.cell(2, unit_titles.index("已豁免问题") + 1).value == 0
    roles = {c.value for c in book["文件"]["F"][1:]}
    assert roles <= {"可编辑版", "盖章版扫描件", "汇总表", "汇总表扫描件", "佐证材料", "其他"}


def test_a_disc_opened_from_the_list_leaves_no_unit_for_the_next(
        window: MainWindow, qtbot, tmp_path: Path, answers: Answers) -> None:
    first = check_disc(window, qtbot, tmp_path, DemoUnit(UNIT, 1))
    page = window.disc_check
    assert page.unit.currentText() == ""  # recorded: the next disc's unit is chosen afresh
    page.unit.setCurrentText("宝鸡市数据局")  # the clerk starts on the next unit…
    window.show_page(1)
    table = window.deliveries.table
    index = table.model().index(0, 0)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle(qtbot, window)
    assert page.disc_number == first and UNIT in page.summary.labels["disc"].text()
    assert page.unit.currentText() == ""  # …and opening an older disc does not keep it


def test_a_disc_whose_table_names_another_unit_is_said_at_once(
        window: MainWindow, qtbot, tmp_path: Path, answers: Answers) -> None:
    image = unit_disc(tmp_path, DemoUnit(UNIT, 1))
    page = window.disc_check
    window.show_page(2)
    page.unit.setCurrentText("宝鸡市数据局")
    page.start_reading(str(image))
    idle(qtbot, window)
    assert any(UNIT in text and "宝鸡市数据局" in text for text in answers.warnings)
