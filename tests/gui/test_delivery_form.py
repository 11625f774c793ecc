"""The delivery form as a clerk uses it on deadline day: each unit starts from the call's
defaults, a typed time is that minute, and a slip (a time ahead of the clock, the same unit
twice) is asked about before anything is recorded."""

from __future__ import annotations

import pytest
from conftest import idle, query, questions
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox
from test_flows import pick

from app.gui.main_window import MainWindow

BEIJING = QTimeZone(b"Asia/Shanghai")


def _type_unit(window: MainWindow, unit: str) -> None:
    page = window.deliveries
    page.unit.lineEdit().clear()
    page.unit.lineEdit().insert(unit)  # Chinese comes committed by the input method


def test_the_next_unit_starts_from_the_calls_paper_count(window: MainWindow, qtbot) -> None:
    page = window.deliveries
    window.show_page(1)
    _type_unit(window, "铜川市数据局")
    page.copies.setFocus()
    page.copies.selectAll()
    qtbot.keyClicks(page.copies, "1")  # this unit brought one copy per case
    qtbot.mouseClick(page.stamped, Qt.MouseButton.LeftButton)
    page.method.setCurrentIndex(page.method.findData("post"))
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert page.copies.value() == 2 and page.stamped.isChecked()
    assert page.method.currentData() == "hand"
    _type_unit(window, "宝鸡市数据局")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    paper = query(window, "SELECT u.name, p.received, p.stamped, d.method FROM paper_copies p "
                           "JOIN deliveries d ON d.id = p.delivery_id "
                           "JOIN units u ON u.id = d.unit_id ORDER BY p.id")
    assert paper == [("铜川市数据局", 1, 0, "post"), ("宝鸡市数据局", 2, 2, "hand")]


def test_a_typed_time_is_that_minute(window: MainWindow, qtbot) -> None:
    page = window.deliveries
    window.show_page(1)
    page.clock = lambda: QDateTime(QDate(2025, 10, 24), QTime(18, 3, 41), BEIJING)
    page.set_now()
    page.received.setFocus()
    page.received.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(page.received, "202510241800")
    _type_unit(window, "铜川市数据局")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert query(window, "SELECT received_at FROM deliveries") == [
        ("2025-10-24T18:00:00+08:00",)]
    assert "deadline" not in page.done_label.text() and "截止" not in page.done_label.text()


def test_a_time_ahead_of_the_clock_is_asked_about(window: MainWindow, qtbot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.deliveries
    window.show_page(1)
    page.clock = lambda: QDateTime(QDate(2025, 10, 24), QTime(11, 20), BEIJING)
    page.set_now()
    asked = questions(monkeypatch, [QMessageBox.StandardButton.No])
    page.received.setFocus()
    page.received.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(page.received, "202510241720")  # 17:20 typed for 11:20
    _type_unit(window, "铜川市数据局")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert len(asked) == 1 and "17:20" in asked[0]
    assert query(window, "SELECT count(*) FROM deliveries") == [(0,)]
    assert page.received.hasFocus()


def test_the_same_unit_twice_within_minutes_is_asked_about(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.deliveries
    window.show_page(1)
    _type_unit(window, "铜川市数据局")
    page.note.setFocus()
    qtbot.keyClick(page.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    asked = questions(monkeypatch, [QMessageBox.StandardButton.No])
    page.note.setFocus()
    qtbot.keyClick(page.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    assert len(asked) == 1 and "铜川市数据局" in asked[0]
    assert query(window, "SELECT count(*) FROM deliveries") == [(1,)]


def test_another_printout_chosen_takes_the_old_preview_away(window: MainWindow, qtbot) -> None:
    window.show_page(1)
    for unit in ("铜川市数据局", "宝鸡市数据局"):
        _type_unit(window, unit)
        qtbot.mouseClick(window.deliveries.save, Qt.MouseButton.LeftButton)
        idle(qtbot, window)
    receipts = [r[0] for r in query(window, "SELECT receipt_number FROM deliveries "
                                             "ORDER BY id")]
    page = window.printing
    window.deliveries.printRequested.emit("receipt", receipts[0])
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert page.print_button.isEnabled() and receipts[0] in page.status.text()
    pick(qtbot, page.subject, f"{receipts[1]}  宝鸡市数据局")
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.pages_layout.count() == 0
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert page.print_button.isEnabled() and receipts[1] in page.status.text()
    assert page.made is not None and page.made.subject == receipts[1]


def test_one_tab_leaves_the_time(window: MainWindow, qtbot) -> None:
    page = window.deliveries
    window.show_page(1)
    page.received.setFocus()
    qtbot.waitUntil(page.received.hasFocus)
    qtbot.keyClick(page.received, Qt.Key.Key_Tab)
    assert page.deliverer.hasFocus()
