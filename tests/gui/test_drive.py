"""Reading the disc in the drive from the disc check page. A loop device stands in for the
drive (root and losetup); the tray is not a loop device's, so its opening is recorded."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import Answers, idle, unit_disc
from drives import loop_device
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.demo.season import DemoUnit
from app.disc.drives.listing import Drive
from app.gui.main_window import MainWindow

UNIT = "渭南市数据局"


def _drive_button(window: MainWindow) -> QPushButton:
    return next(b for b in window.disc_check.findChildren(QPushButton)
                if b.text() == "Read the disc in the drive")


def test_the_disc_in_the_drive_is_read_recorded_and_the_tray_opens(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    image = unit_disc(tmp_path, DemoUnit(UNIT, 2))
    opened: list[str] = []
    with loop_device(image) as device:
        drive = Drive(device, "sr0", "device", True, "TEST", image.stat().st_size)
        monkeypatch.setattr("app.gui.pages.disc_source.optical_drives", lambda: [drive])
        monkeypatch.setattr("app.gui.pages.disc_check.eject", opened.append)
        window.show_page(2)
        page = window.disc_check
        qtbot.waitUntil(lambda: page.drive.currentText().startswith("sr0 — TEST ("))
        page.unit.setCurrentText(UNIT)
        qtbot.mouseClick(_drive_button(window), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.disc_number is not None, timeout=60_000)
        idle(qtbot, window)
    assert page.disc_number is not None
    assert opened == [device]
    assert page.result.reading.source.kind == "device"
    archived = window.desk.data_dir / "archive" / "discs" / f"{page.disc_number}.iso"
    assert archived.read_bytes() == image.read_bytes()


def test_an_empty_drive_says_so_instead_of_reading(window: MainWindow, answers: Answers,
                                                  qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = Drive("/dev/sr0", "sr0", "device", False)
    monkeypatch.setattr("app.gui.pages.disc_source.optical_drives", lambda: [empty])
    window.show_page(2)
    page = window.disc_check
    qtbot.waitUntil(lambda: page.drive.currentText() == "sr0: no disc")
    qtbot.mouseClick(_drive_button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answers.infos))
    assert "no disc in drive sr0" in answers.infos[0]
    assert not window.desk.busy


def test_a_drive_slow_to_answer_never_holds_the_window(window: MainWindow, qtbot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows asks a drive that is spinning a disc up for its label, which takes seconds.
    release, asked_on = threading.Event(), []
    spinning = Drive("/dev/sr0", "sr0", "device", True, "SLOW", 2048 * 300)

    def slow() -> list[Drive]:
        asked_on.append(threading.current_thread())
        release.wait(30)
        return [spinning]

    monkeypatch.setattr("app.gui.pages.disc_source.optical_drives", slow)
    window.show_page(2)
    page = window.disc_check
    qtbot.waitUntil(lambda: bool(asked_on))
    page.unit.setCurrentText(UNIT)  # the window still takes the clerk's typing meanwhile
    assert page.unit.currentText() == UNIT
    assert threading.main_thread() not in asked_on
    release.set()
    qtbot.waitUntil(lambda: page.drive.currentText().startswith("sr0 — SLOW"))
