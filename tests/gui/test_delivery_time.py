"""送达时间: it follows the clock until the clerk types a time, and is the call's (Beijing)
time whatever zone the PC is set to."""

from __future__ import annotations

import sqlite3

from conftest import idle
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox

from app.gui.main_window import MainWindow
from app.store.db import DATABASE_NAME

BEIJING = QTimeZone(b"Asia/Shanghai")


def _received(window: MainWindow) -> list[str]:
    conn = sqlite3.connect(window.desk.data_dir / DATABASE_NAME)
    try:
        return [r[0] for r in conn.execute("SELECT received_at FROM deliveries ORDER BY id")]
    finally:
        conn.close()


def _register(window: MainWindow, qtbot, unit: str) -> None:
    page = window.deliveries
    page.unit.lineEdit().clear()
    page.unit.lineEdit().insert(unit)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)


def test_a_window_left_open_stamps_the_real_arrival(window: MainWindow, qtbot) -> None:
    page = window.deliveries
    window.show_page(1)
    opened = QDateTime(QDate(2025, 10, 24), QTime(17, 50), BEIJING)
    page.clock = lambda: opened
    page.set_now()
    assert page.received.text() == "2025-10-24 17:50"
    page.clock = lambda: opened.addSecs(15 * 60)  # 18:05: after the deadline
    qtbot.waitUntil(lambda: page.received.text() == "2025-10-24 18:05", timeout=5000)
    _register(window, qtbot, "铜川市数据局")
    assert _received(window)[0].startswith("2025-10-24T18:05")
    assert "截止" in page.done_label.text() or "deadline" in page.done_label.text()


def test_a_typed_time_stays_and_now_takes_the_clock_again(window: MainWindow, qtbot) -> None:
    page = window.deliveries
    window.show_page(1)
    page.received.setFocus()
    page.received.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(page.received, "202510241740")
    assert page.received.text() == "2025-10-24 17:40"
    page.unit.setFocus()
    qtbot.wait(1500)  # ticks of the clock do not overwrite what the clerk typed
    assert page.received.text() == "2025-10-24 17:40" and page.now_button.isEnabled()
    _register(window, qtbot, "宝鸡市数据局")
    assert _received(window)[0].startswith("2025-10-24T17:40")
    assert page.received.text() != "2025-10-24 17:40"  # the next delivery starts from now
    assert not page.now_button.isEnabled()


def test_the_time_is_beijing_time_on_a_pc_set_to_another_zone(window: MainWindow,
                                                              qtbot) -> None:
    page = window.deliveries
    window.show_page(1)
    assert page.zone_label.text() in ("北京时间", "Beijing time")
    here = QTimeZone.systemTimeZone().offsetFromUtc(QDateTime.currentDateTime())
    assert page.zone_warning.isVisibleTo(window) == (here != 8 * 3600)
    instant = QDateTime(QDate(2025, 10, 24), QTime(9, 40), QTimeZone(b"UTC"))  # 17:40 in Beijing
    page.clock = lambda: instant
    page.set_now()
    assert page.received.text() == "2025-10-24 17:40"
    _register(window, qtbot, "汉中市数据局")
    assert _received(window)[0].startswith("2025-10-24T17:40")


def test_a_mistyped_unit_is_asked_about_and_the_likely_one_offered(window: MainWindow, qtbot,
                                                                   monkeypatch) -> None:
    _register(window, qtbot, "宝鸡市数据局")
    asked: list[str] = []

    def question(_parent, _title, text, *_rest):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", question)
    page = window.deliveries
    page.unit.lineEdit().clear()
    page.unit.lineEdit().insert("宝鸡数据局")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert len(asked) == 1 and "宝鸡市数据局" in asked[0]
    assert len(_received(window)) == 1  # nothing registered for the typo
    assert page.unit.currentText() == "宝鸡市数据局"  # the likely one offered instead


def test_a_delivery_logged_by_mistake_is_voided_from_the_list(window: MainWindow, qtbot,
                                                              answers) -> None:
    _register(window, qtbot, "铜川市数据局")
    page = window.deliveries
    page.table.selectRow(0)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)  # the reason is answered
    idle(qtbot, window)
    conn = sqlite3.connect(window.desk.data_dir / DATABASE_NAME)
    try:
        voided = conn.execute("SELECT voided_reason FROM deliveries").fetchall()
    finally:
        conn.close()
    assert voided == [(answers.reason,)]
    text = page.model.data(page.model.index(0, page.model.columnCount() - 1))
    assert "voided" in text and answers.reason in text
