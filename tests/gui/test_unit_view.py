"""The unit view: a unit logged with paper only awaits its disc; its own findings (late,
e-mail) are seen, waived and withdrawn there, and an e-mail submission is recorded there."""

from __future__ import annotations

import sqlite3

from conftest import Answers, idle
from PySide6.QtCore import Qt

from app.gui.main_window import MainWindow
from app.store.db import DATABASE_NAME

UNIT = "安康市数据局"


def _count(window: MainWindow, sql: str) -> int:
    conn = sqlite3.connect(window.desk.data_dir / DATABASE_NAME)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_a_units_own_findings_are_handled_in_its_view(window: MainWindow, qtbot,
                                                      answers: Answers, monkeypatch) -> None:
    page = window.deliveries
    window.show_page(1)
    page.unit.lineEdit().insert(UNIT)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    window.show_page(0)
    overview = window.overview
    row = next(r for r in range(overview.units_model.rowCount())
               if overview.units_model.row_at(overview.units_model.index(r, 0)).name == UNIT)
    index = overview.units_model.index(row, 0)
    overview.units.scrollTo(index)
    rect = overview.units.visualRect(index)
    qtbot.mouseClick(overview.units.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(overview.units.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())
    qtbot.waitUntil(lambda: hasattr(window, "unit_view"), timeout=5000)
    view = window.unit_view
    assert "awaiting its disc" in view.summary.text()
    assert view.model.rowCount() >= 1  # the disc not yet there, the e-mail not yet sent…
    view.table.selectRow(0)
    qtbot.mouseClick(view.waive_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert _count(window, "SELECT count(*) FROM waivers") == 1
    view.table.selectRow(0)
    assert "Withdraw" in view.waive_button.text()
    qtbot.mouseClick(view.waive_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert _count(window, "SELECT count(*) FROM waivers") == 0
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: ("2025-10-24 17:40", True))
    qtbot.mouseClick(view.email_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert _count(window, "SELECT count(*) FROM emails") == 1
    assert "E-mail submissions recorded: 1" in view.summary.text()
    view.close()


def test_the_units_expected_are_kept_in_the_window(window: MainWindow, qtbot,
                                                   monkeypatch) -> None:
    listed = "西安市数据局\n宝鸡市数据局\n\n 咸阳市数据局 \n"
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getMultiLineText",
                        lambda *a, **k: (listed, True))
    overview = window.overview
    qtbot.mouseClick(overview.expected_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert overview.tiles["expected"].value.text() == "3"
    assert overview.tiles["waiting"].value.text() == "3"
    listed = "西安市数据局\n咸阳市数据局"  # 宝鸡 taken off the list again
    qtbot.mouseClick(overview.expected_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert overview.tiles["expected"].value.text() == "2"
    assert _count(window, "SELECT count(*) FROM audit WHERE action = 'unit.unexpect'") == 1


def test_a_saved_mail_is_imported_and_shown_beside_the_disc(window: MainWindow, qtbot,
                                                            monkeypatch, tmp_path) -> None:
    import maillab as M
    import submissions as S

    from app.demo.burn import write_iso
    from app.demo.season import DemoUnit, disc_files

    files = disc_files(DemoUnit(UNIT, 2))
    image = write_iso(tmp_path / "disc.iso", files, label="TEST")
    window.show_page(2)
    window.disc_check.unit.setCurrentText(UNIT)
    window.disc_check.start_reading(str(image))
    idle(qtbot, window)
    mailed = {path.rsplit("/", 1)[-1]: data for path, data in files.items()}
    scan = next(path.rsplit("/", 1)[-1] for path in files
                if path.startswith("2-") and path.endswith("盖章版.pdf"))
    mailed[scan] = S.scan_pdf(1, mark="another")
    saved = tmp_path / "mail.eml"
    saved.write_bytes(M.eml(f"{UNIT}+数据标注优秀案例", mailed, sent=M.at("2025-10-21 09:00")))
    window.open_unit(UNIT)
    view = window.unit_view
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert "read and held against the disc" in view.summary.text()
    lines = [view.cases.item(row, 2).text() for row in range(view.cases.rowCount())]
    assert lines[0] == "same as the disc" and lines[1].startswith("differs")
    assert _count(window, "SELECT count(*) FROM emails WHERE report IS NOT NULL") == 1
