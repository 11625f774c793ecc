"""The File and Help menus: the keys a clerk uses, and the register's backup."""

from __future__ import annotations

from pathlib import Path

from conftest import Answers, idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.gui.main_window import MainWindow


def _action(window: MainWindow, menu_title: str, text: str):
    # QAction.menu() hands back a wrapper PySide 6.9 deletes at once; the menu bar's children
    # are the menus themselves.
    menu = next(m for m in window.menuBar().findChildren(QMenu) if menu_title in m.title())
    return next(a for a in menu.actions() if text in a.text())


def test_ctrl_p_opens_printing_and_f5_reads_the_register_again(window: MainWindow,
                                                                qtbot) -> None:
    window.show_page(0)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.printing
    seen = []
    window.desk.viewChanged.connect(lambda view: seen.append(view))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)


def test_the_register_is_backed_up_from_the_file_menu(window: MainWindow, qtbot,
                                                      tmp_path: Path, answers: Answers,
                                                      monkeypatch) -> None:
    target = tmp_path / "usb" / "backup"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory",
                        lambda *a, **k: str(target))
    _action(window, "File", "Back up").trigger()
    idle(qtbot, window)
    assert (target / "manifest.json").exists() or any(target.iterdir())
    assert answers.infos and str(target) in answers.infos[-1]
