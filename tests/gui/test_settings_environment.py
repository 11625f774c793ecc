"""Settings shows what the program really works with: a register, desk name or archive given
where it was started (INTAKE_DB, INTAKE_DESK, INTAKE_ARCHIVE) is shown, not a blank field, and
cannot be edited there; a password in the address is never shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Answers, idle

from app.gui.application import create_application
from app.gui.main_window import MainWindow
from app.store.db import shown_address


def test_settings_show_what_the_environment_chose(qtbot, answers: Answers, hermetic: Path,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "共享归档"
    monkeypatch.setenv("INTAKE_DESK", "收件台9")
    monkeypatch.setenv("INTAKE_ARCHIVE", str(shared))
    create_application()
    win = MainWindow(hermetic)
    qtbot.addWidget(win)
    win.show()
    idle(qtbot, win)
    page = win.settings
    assert page.desk_name.text() == "收件台9" and page.desk_name.isReadOnly()
    assert page.archive.text() == str(shared) and page.archive.isReadOnly()
    assert "INTAKE_ARCHIVE" in page.archive.toolTip()
    assert page.database.text() == "" and not page.database.isReadOnly()  # its own register


def test_a_password_in_the_registers_address_is_never_shown() -> None:
    assert shown_address("postgresql://desk1:s3cret@10.0.0.5:5432/register") == \
        "postgresql://desk1:***@10.0.0.5:5432/register"
    assert shown_address("postgresql://desk1@10.0.0.5/register") == \
        "postgresql://desk1@10.0.0.5/register"
