"""The office sets up its next call in the window: a copy of the last one, edited, made
current; a delivery and a disc go into it; the overview switches back to the older call."""

from __future__ import annotations

from pathlib import Path

from conftest import idle, query, unit_disc
from PySide6.QtCore import Qt

from app.demo.season import DemoUnit
from app.gui.main_window import MainWindow

UNIT = "铜川市数据局"


def test_a_copied_call_is_edited_made_current_and_used(window: MainWindow, qtbot,
                                                       tmp_path: Path) -> None:
    overview = window.overview
    qtbot.mouseClick(overview.calls_button, Qt.MouseButton.LeftButton)
    calls = window.calls
    qtbot.waitUntil(lambda: calls.table.rowCount() == 1)
    calls.table.selectRow(0)
    qtbot.mouseClick(calls.new_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    form = calls.form
    assert form is not None and form.isVisible() and form.code.text() == ""
    qtbot.keyClicks(form.code, "city-2026")  # a code of its own, for the command line
    form.title.setText("2026年铜川市数据标注典型场景征集")
    form.deadline.setText("")
    qtbot.keyClicks(form.deadline, "2026-03-31 17:00")
    assert "SJBZ-2026-0001" in form.preview.text()  # the numbers follow the new year
    form.max_cases.setValue(3)
    form.directions.setPlainText("智能制造\n智慧医疗\n城市治理")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: calls.table.rowCount() == 2)
    assert calls.table.item(1, 0).text() == "city-2026"

    calls.table.selectRow(1)  # edited again: one paper copy is enough in this call
    qtbot.mouseClick(calls.edit_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    calls.form.paper_copies.setValue(1)
    qtbot.mouseClick(calls.form.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    calls.table.selectRow(1)
    qtbot.mouseClick(calls.use_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    calls.close()
    assert "2026年铜川市数据标注典型场景征集" in overview.title.text()

    window.show_page(1)
    page = window.deliveries
    page.unit.lineEdit().insert(UNIT)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    image = unit_disc(tmp_path, DemoUnit(UNIT, 2))
    window.show_page(2)
    window.disc_check.unit.setCurrentText(UNIT)
    window.disc_check.start_reading(str(image))
    idle(qtbot, window)
    assert window.disc_check.disc_number == "SJBZ-2026-GP001"
    assert query(window, "SELECT c.code, d.receipt_number FROM deliveries d JOIN units u "
                         "ON u.id = d.unit_id JOIN calls c ON c.id = u.call_id") == [
        ("city-2026", "SJBZ-2026-0001")]

    window.show_page(0)  # back to the older call: its own, empty, records
    older = overview.call_choice.findData("shaanxi-2025-data-annotation")
    overview.call_choice.setCurrentIndex(older)
    overview.call_choice.activated.emit(older)
    idle(qtbot, window)
    assert "2025 Shaanxi" in overview.title.text()
    assert overview.tiles["delivered"].value.text() == "0"
    assert window.desk.call_code == "shaanxi-2025-data-annotation"


def test_a_call_that_would_repeat_numbers_is_refused_and_the_form_kept(
        window: MainWindow, qtbot, answers) -> None:
    qtbot.mouseClick(window.overview.calls_button, Qt.MouseButton.LeftButton)
    calls = window.calls
    qtbot.waitUntil(lambda: calls.table.rowCount() == 1)
    calls.table.selectRow(0)
    qtbot.mouseClick(calls.new_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.keyClicks(calls.form.code, "copy-2025")  # same deadline year: same numbers
    qtbot.mouseClick(calls.form.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert answers.warnings and "SJBZ-2025-0001" in answers.warnings[-1]
    assert calls.form.isVisible() and calls.form.code.text() == "copy-2025"
    assert query(window, "SELECT count(*) FROM calls") == [(1,)]


def test_a_closed_call_is_shown_for_reference_only(window: MainWindow, qtbot,
                                                   answers) -> None:
    window.show_page(1)
    window.deliveries.unit.lineEdit().insert(UNIT)
    qtbot.mouseClick(window.deliveries.save, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.mouseClick(window.overview.calls_button, Qt.MouseButton.LeftButton)
    calls = window.calls
    qtbot.waitUntil(lambda: calls.table.rowCount() == 1)
    calls.table.selectRow(0)
    qtbot.mouseClick(calls.close_button, Qt.MouseButton.LeftButton)  # the clerk says yes
    idle(qtbot, window)
    assert window.banner.isVisible() and "closed" in window.banner.text()
    assert "closed" in calls.table.item(0, 3).text()
    assert "Reopen" in calls.close_button.text()
    # Nothing new is received: the form says so and takes no input.
    assert not window.deliveries.form_box.isEnabled()
    assert "closed" in window.deliveries.form_box.title()
    # A lost receipt is printed again all the same.
    receipt = query(window, "SELECT receipt_number FROM deliveries")[0][0]
    window.deliveries.printRequested.emit("receipt", receipt)
    qtbot.mouseClick(window.printing.make_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert window.printing.print_button.isEnabled(), answers.warnings
    # Closed by mistake: reopened with a reason, which the trail keeps.
    answers.reason = "仍有单位补交材料"
    qtbot.mouseClick(calls.close_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert query(window, "SELECT closed_at FROM calls") == [(None,)]
    assert window.deliveries.form_box.isEnabled() and not window.banner.isVisible()
    reopened = query(window, "SELECT after FROM audit WHERE action = 'call.reopen'")
    assert len(reopened) == 1 and "仍有单位补交材料" in reopened[0][0]


def test_a_call_is_made_without_codes_or_format_strings(window: MainWindow, qtbot) -> None:
    qtbot.mouseClick(window.overview.calls_button, Qt.MouseButton.LeftButton)
    calls = window.calls
    qtbot.waitUntil(lambda: calls.table.rowCount() == 1)
    calls.table.selectRow(0)
    qtbot.mouseClick(calls.new_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    form = calls.form
    assert form.zone.currentText() in ("Beijing time", "北京时间")
    assert form.receipt_format.text() == "SJBZ-YYYY-####"
    form.title.setText("2026年铜川市数据标注典型场景征集")
    for field, pattern in ((form.receipt_format, "TC-YYYY-####"),
                           (form.disc_format, "TC-YYYY-GP###")):
        field.selectAll()
        qtbot.keyClicks(field, pattern)
    assert "TC-2025-0001" in form.preview.text() and "TC-2025-GP001" in form.preview.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # no code typed
    idle(qtbot, window)
    qtbot.waitUntil(lambda: calls.table.rowCount() == 2)
    assert query(window, "SELECT receipt_format, disc_format, code LIKE 'call-%' FROM calls "
                         "ORDER BY id")[1] == ("TC-{year}-{number:04d}",
                                                "TC-{year}-GP{number:03d}", 1)
