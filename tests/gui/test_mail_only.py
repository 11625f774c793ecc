"""A unit that sent only its e-mail has delivered, by e-mail: 已送达（邮件） with the mail's time
against the deadline, its cases in 案例汇总 and in the workbook, in every view alike."""

from __future__ import annotations

from pathlib import Path

import maillab as M
import openpyxl
import pytest
from conftest import Answers, idle
from deliveries import case_names, disc_files
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.gui.main_window import MainWindow
from app.services.intake import expect_units

UNIT = "西安市数据局"


def test_a_unit_that_only_mailed_has_delivered_by_mail(window: MainWindow, qtbot,
                                                       tmp_path: Path, answers: Answers,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []

    def get_item(_parent, _title, _label, items, current=0, *_rest, **_kw):
        offered.append(items[current])
        return items[current], True  # the clerk takes the unit offered

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", get_item)
    window.desk.run(lambda reg, _p, _c: expect_units(reg, ["宝鸡市数据局", UNIT]), writes=True)
    idle(qtbot, window)
    files = disc_files(UNIT, case_names(UNIT, 2))
    mail = tmp_path / "来信.eml"
    mail.write_bytes(M.eml(f"{UNIT}+数据标注优秀案例",
                           {k.rsplit("/", 1)[-1]: v for k, v in files.items()},
                           sent=M.at("2025-10-24 17:20")))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(mail))])
    # The clerk drags the saved mail onto the window and lets go (Qt takes a drop only
    # where the drag entered).
    for event in (QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data,
                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
        assert QApplication.sendEvent(window, event)
    idle(qtbot, window)

    assert offered == [UNIT]  # the unit the subject names, not the first in the list
    assert any(UNIT in text and "attachments" in text for text in answers.infos)

    overview = window.overview
    units = overview.units_model
    row = next(r for r in range(units.rowCount())
               if units.row_at(units.index(r, 0)).name == UNIT)
    assert units.data(units.index(row, 1)).startswith("2025-10-24 17:20")
    assert "e-mail" in units.data(units.index(row, 1))
    assert units.data(units.index(row, 5)) == "delivered by e-mail"
    assert units.data(units.index(row, 3)) == "2"
    assert overview.tiles["delivered"].value.text() == "1"

    window.show_page(3)
    cases = window.cases.model
    assert sorted(cases.data(cases.index(r, 2)) for r in range(cases.rowCount())) == \
        case_names(UNIT, 2)
    target = tmp_path / "汇总.xlsx"
    window.cases.export_to(target)
    idle(qtbot, window)
    book = openpyxl.load_workbook(target)
    unit_sheet = book["单位"]
    titles = [c.value for c in unit_sheet[1]]
    unit_row = next(r for r in unit_sheet.iter_rows(min_row=2, values_only=True)
                    if r[0] == UNIT)
    assert unit_row[titles.index("是否送达")] == "是（仅邮件）"
    assert unit_row[titles.index("首次送达时间")] == "2025-10-24 17:20"
    assert unit_row[titles.index("结论")] == "已送达（邮件）"
    assert book["案例"].max_row == 3
