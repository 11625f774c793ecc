"""Mistakes put right in the window, each in the audit trail with its reason: a delivery's
paper count and note corrected, a mistyped unit folded into the right one (opened with Enter
from the Overview), and the note shown again in the list and the unit's view."""

from __future__ import annotations

import json

import pytest
from conftest import Answers, idle, query
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.gui.delivery_editor import DeliveryEditor
from app.gui.main_window import MainWindow


def _register(window: MainWindow, qtbot, unit: str, note: str = "") -> None:
    page = window.deliveries
    page.unit.lineEdit().clear()
    page.unit.lineEdit().insert(unit)
    page.note.insert(note)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)


def _when_dialog(act) -> None:
    """Act on the modal dialog once it is up."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DeliveryEditor):
            act(dialog)
        else:
            QTimer.singleShot(50, poll)
    QTimer.singleShot(50, poll)


def test_a_paper_count_is_corrected_with_a_reason(window: MainWindow, qtbot) -> None:
    window.show_page(1)
    _register(window, qtbot, "铜川市数据局", note="外盒破损")
    page = window.deliveries
    note_column = page.model.headers().index("Note")
    assert page.model.data(page.model.index(0, note_column)) == "外盒破损"

    def correct(editor: DeliveryEditor) -> None:
        editor.copies.setFocus()
        editor.copies.selectAll()
        qtbot.keyClicks(editor.copies, "1")
        editor.stamped.selectAll()
        qtbot.keyClicks(editor.stamped, "1")
        editor.reason.insert("实际只收到一份")
        qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    page.table.selectRow(0)
    _when_dialog(correct)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert query(window, "SELECT received, stamped FROM paper_copies") == [(1, 1)]
    audit = query(window, "SELECT before, after FROM audit WHERE action = 'delivery.correct'")
    assert len(audit) == 1
    before, after = (json.loads(x) for x in audit[0])
    assert before == {"copies": 2, "stamped": 2}
    assert after["copies"] == 1 and after["reason"] == "实际只收到一份"


def test_a_correction_without_a_reason_is_not_taken(window: MainWindow, qtbot,
                                                    answers: Answers) -> None:
    window.show_page(1)
    _register(window, qtbot, "铜川市数据局")
    page = window.deliveries

    def no_reason(editor: DeliveryEditor) -> None:
        editor.deliverer.insert("张三")
        qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        assert editor.isVisible()  # asked for the reason, not closed
        editor.reject()

    page.table.selectRow(0)
    _when_dialog(no_reason)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert answers.warnings and "why" in answers.warnings[-1]
    assert query(window, "SELECT deliverer FROM deliveries") == [("",)]


def test_a_mistyped_unit_is_merged_from_its_view(window: MainWindow, qtbot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page(1)
    _register(window, qtbot, "宝鸡市数据局")
    _register(window, qtbot, "宝鸡数据局", note="代送")
    window.show_page(0)
    overview = window.overview
    names = [overview.units_model.row_at(overview.units_model.index(r, 0)).name
             for r in range(overview.units_model.rowCount())]
    overview.units.setFocus()
    overview.units.setCurrentIndex(overview.units_model.index(names.index("宝鸡数据局"), 0))
    qtbot.keyClick(overview.units, Qt.Key.Key_Return)  # Enter opens the unit, as a click does
    qtbot.waitUntil(lambda: hasattr(window, "unit_view"), timeout=5000)
    view = window.unit_view
    assert "代送" in view.summary.text()
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: ("宝鸡市数据局", True))
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert query(window, "SELECT name FROM units ORDER BY id") == [("宝鸡市数据局",)]
    assert query(window, "SELECT count(*) FROM deliveries d JOIN units u ON u.id = d.unit_id "
                          "WHERE u.name = '宝鸡市数据局'") == [(2,)]
    assert view.windowTitle() == "宝鸡市数据局"
    assert query(window, "SELECT action FROM audit WHERE action = 'unit.merge'") == [
        ("unit.merge",)]
