"""Reading the disc in the drive from the disc check page. A loop device stands in for the
drive (root and losetup); the tray is not a loop device's, so its opening is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Answers, idle, unit_disc
from drives import loop_device

from app.demo.season import DemoUnit
from app.disc.drives import Drive
from app.gui.main_window import MainWindow

UNIT = "渭南市数据局"


def test_the_disc_in_the_drive_is_read_recorded_and_the_tray_opens(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    image = unit_disc(tmp_path, DemoUnit(UNIT, 2))
    opened: list[str] = []
    with loop_device(image) as device:
        drive = Drive(device, "sr0", "device", True, "TEST", image.stat().st_size)
        monkeypatch.setattr("app.gui.pages.disc_check.optical_drives", lambda: [drive])
        monkeypatch.setattr("app.gui.pages.disc_check.eject", opened.append)
        window.show_page(2)
        page = window.disc_check
        assert page.drive.currentText().startswith("sr0 — TEST (")
        page.unit.setCurrentText(UNIT)
        page.read_drive()
        idle(qtbot, window)
    assert page.disc_number is not None
    assert opened == [device]
    assert page.result.reading.source.kind == "device"
    archived = window.desk.data_dir / "archive" / "discs" / f"{page.disc_number}.iso"
    assert archived.read_bytes() == image.read_bytes()


def test_an_empty_drive_says_so_instead_of_reading(window: MainWindow, answers: Answers,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    empty = Drive("/dev/sr0", "sr0", "device", False)
    monkeypatch.setattr("app.gui.pages.disc_check.optical_drives", lambda: [empty])
    window.show_page(2)
    page = window.disc_check
    assert page.drive.currentText() == "sr0: no disc"
    page.read_drive()
    assert answers.infos and "no disc in drive sr0" in answers.infos[0]
    assert not window.desk.busy
