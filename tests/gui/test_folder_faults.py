"""A folder that fails the program (the archive on a read-only or forbidden place) is said in
the clerk's words, naming the folder and what to do; nothing is half-recorded, and the fault
is in errors.log for support. What is written is the user's alone."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from conftest import Answers, idle, questions, unit_disc
from PySide6.QtWidgets import QMessageBox
from test_flows import UNIT, rows

from app.demo.season import DemoUnit
from app.gui.main_window import MainWindow
from app.services.register import Register
from app.store.db import DATABASE_NAME
from app.store.fault_log import LOG_NAME, write_fault

FORBIDDEN = Path("/sys/intake-archive")  # sysfs: no file can be made there, not even by root


@pytest.mark.skipif(sys.platform == "win32" or not Path("/sys/fs").is_dir(),
                    reason="needs a Linux sysfs")
def test_an_archive_folder_that_cannot_be_written_is_said_plainly(
        window: MainWindow, qtbot, tmp_path: Path, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_ARCHIVE", str(FORBIDDEN))
    image = unit_disc(tmp_path, DemoUnit(UNIT, 1))
    page = window.disc_check
    window.show_page(2)
    page.unit.setCurrentText(UNIT)
    page.start_reading(str(image))
    idle(qtbot, window)
    assert answers.warnings, "the clerk was told nothing"
    said = answers.warnings[-1]
    assert str(FORBIDDEN) in said and "write" in said
    assert "Errno" not in said and "Error:" not in said and "Traceback" not in said
    assert rows(window, "SELECT count(*) AS n FROM discs")[0]["n"] == 0
    log = window.desk.data_dir / LOG_NAME
    assert log.exists() and "errno" in log.read_text(encoding="utf-8")
    assert UNIT not in log.read_text(encoding="utf-8")  # no personal data in the log


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_register_and_the_log_are_the_users_alone(window: MainWindow) -> None:
    """A register made by an older version (0644 in a 0755 folder) is tightened when opened,
    and the errors.log made now is the user's alone."""
    folder = window.desk.data_dir
    database = folder / DATABASE_NAME
    folder.chmod(0o755)
    database.chmod(0o644)
    with Register(folder):
        pass
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    log = write_fault(folder, "test")
    assert log is not None and stat.S_IMODE(log.stat().st_mode) == 0o600


def test_an_empty_folder_or_a_wrong_file_makes_no_record_unless_confirmed(
        window: MainWindow, qtbot, tmp_path: Path, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    wrong = tmp_path / "申报书.iso"
    wrong.write_bytes(b"")  # a 0-byte image
    answer = [QMessageBox.StandardButton.No]
    asked = questions(monkeypatch, answer)
    page = window.disc_check
    window.show_page(2)
    for source in (empty, wrong):
        page.unit.setCurrentText("新单位")
        page.start_reading(str(source))
        idle(qtbot, window)
        assert str(source) in asked[-1]
    assert rows(window, "SELECT count(*) AS n FROM units")[0]["n"] == 0
    assert rows(window, "SELECT count(*) AS n FROM deliveries")[0]["n"] == 0
    # The unit's disc really is unreadable: the clerk says so and it is recorded.
    answer[0] = QMessageBox.StandardButton.Yes
    page.unit.setCurrentText("新单位")
    page.start_reading(str(wrong))
    idle(qtbot, window)
    assert rows(window, "SELECT count(*) AS n FROM discs")[0]["n"] == 1
    assert "cannot be read" in page.verdict.text()
