"""A fault of ours that escapes a slot reaches the clerk as a message and the log, not only
stderr."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.gui.faults import install_fault_handler
from app.store.fault_log import LOG_NAME


@pytest.mark.qt_no_exception_capture
def test_a_fault_behind_a_button_is_shown_and_logged(qtbot, tmp_path: Path) -> None:
    before = sys.excepthook
    install_fault_handler(lambda: tmp_path)
    try:
        button = QPushButton("go")
        qtbot.addWidget(button)

        def broken() -> None:
            raise ValueError("a fault of ours")

        button.clicked.connect(broken)
        shown: list[str] = []

        def read_and_close() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            shown.append(box.text())
            box.accept()

        QTimer.singleShot(300, read_and_close)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    finally:
        sys.excepthook = before
    log = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError: a fault of ours" in log
    assert str(tmp_path / LOG_NAME) in shown[0]
    assert "ValueError" not in shown[0]  # the clerk is told what to do, not the trace
