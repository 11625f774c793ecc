"""A window over a fresh register in the test's data folder, with the dialogs that would wait
for a click answered by the test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.demo.burn import write_iso
from app.demo.season import DemoUnit, disc_files
from app.gui.application import create_application
from app.gui.main_window import MainWindow
from app.store.db import DATABASE_NAME


class Answers:
    """What the clerk would answer in each dialog, and what the dialogs said."""

    def __init__(self) -> None:
        self.reason = "经核实，纸质件已补交"
        self.case = 0
        self.save_as = ""
        self.warnings: list[str] = []
        self.infos: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()
    box = "PySide6.QtWidgets.QMessageBox"
    monkeypatch.setattr(f"{box}.warning", lambda _p, _t, text, *a: given.warnings.append(text))
    monkeypatch.setattr(f"{box}.information", lambda _p, _t, text, *a: given.infos.append(text))
    monkeypatch.setattr(f"{box}.question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: (given.reason, bool(given.reason)))
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem",
                        lambda _p, _t, _l, items, *a, **k: (items[given.case], True))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (given.save_as, ""))
    return given


@pytest.fixture
def window(qtbot, answers: Answers, hermetic: Path) -> MainWindow:
    create_application()
    win = MainWindow(hermetic)
    qtbot.addWidget(win)
    win.show()
    idle(qtbot, win)
    assert win.desk.view is not None, answers.warnings
    return win


def query(win: MainWindow, sql: str, *args: object) -> list[tuple]:
    """Rows of the window's register, read beside it as anyone could."""
    conn = sqlite3.connect(win.desk.data_dir / DATABASE_NAME)
    try:
        return [tuple(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


def questions(monkeypatch: pytest.MonkeyPatch, answer: list[QMessageBox.StandardButton]
              ) -> list[str]:
    """What the window asks from now on; each is answered with answer[0] (the test may
    change it between acts)."""
    asked: list[str] = []

    def question(_parent, _title, text, *_rest):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", question)
    return asked


def idle(qtbot, win: MainWindow, timeout: int = 60_000) -> None:
    """Until every job of the window has ended (and its result was shown)."""
    qtbot.waitUntil(lambda: not win.desk.busy, timeout=timeout)


def unit_disc(tmp_path: Path, unit: DemoUnit) -> Path:
    return write_iso(tmp_path / f"{unit.name}.iso", disc_files(unit), label="TEST")
