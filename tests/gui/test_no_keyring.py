"""A desk without a keyring: the banner says so in the clerk's words, and its button keeps the
key in a file; the register is usable at once."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
from conftest import Answers, idle
from PySide6.QtCore import Qt

from app.gui.application import create_application
from app.gui.main_window import MainWindow


def test_the_banner_offers_the_key_file_and_the_register_opens(qtbot, hermetic: Path,
                                                                answers: Answers) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    create_application()
    window = MainWindow(hermetic)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.key_file_button.isVisible(), timeout=20_000)
    text = window.banner.text()
    assert "keyring" in text and "http" not in text and "intake " not in text
    qtbot.mouseClick(window.key_file_button, Qt.MouseButton.LeftButton)  # answered Yes
    idle(qtbot, window)
    qtbot.waitUntil(lambda: window.desk.view is not None, timeout=20_000)
    assert (hermetic / "audit.key").exists()
    assert not window.key_file_button.isVisible()
