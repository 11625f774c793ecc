"""The shared register's server goes away while the window is open: the clerk is told in plain
words, what was typed in the form stays, and the banner goes by itself once the server is
back (the window's look at the trail, every few seconds, finds it)."""

from __future__ import annotations

from pathlib import Path

import pgserver
import pytest
from conftest import Answers, idle
from PySide6.QtCore import Qt

from app.gui import desk
from app.gui.main_window import MainWindow
from app.services.intake import Delivery, receive
from app.services.register import Register


@pytest.fixture
def server(own_pg_server: pgserver.Server, monkeypatch: pytest.MonkeyPatch) -> pgserver.Server:
    """The window's register on a server of the test's own (set before the window opens)."""
    monkeypatch.setenv("INTAKE_DB", own_pg_server.new_database())
    return own_pg_server


def test_the_window_says_the_register_is_away_and_clears_when_it_is_back(
        server: pgserver.Server, monkeypatch: pytest.MonkeyPatch, request, qtbot,
        answers: Answers) -> None:
    monkeypatch.setattr(desk, "POLL_MS", 200)
    win: MainWindow = request.getfixturevalue("window")
    assert win.desk.view is not None and not win.banner.isVisible()

    server.halt()
    page = win.deliveries
    win.show_page(1)
    page.unit.lineEdit().insert("宝鸡市数据局")
    page.deliverer.setText("李四")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    assert answers.warnings and "cannot be reached" in answers.warnings[-1]
    assert "nothing was recorded" in answers.warnings[-1]
    assert win.banner.isVisible() and "goes away by itself" in win.banner.text()
    assert page.unit.currentText() == "宝鸡市数据局" and page.deliverer.text() == "李四"

    server.start()
    qtbot.waitUntil(lambda: not win.banner.isVisible(), timeout=20_000)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)  # the same form, sent again
    idle(qtbot, win)
    assert "SJBZ-2025-0001" in page.done_label.text()


def test_another_desks_record_shows_without_waiting_for_a_poll(
        server: pgserver.Server, monkeypatch: pytest.MonkeyPatch, request, qtbot,
        hermetic: Path) -> None:
    """The window LISTENs on its kept connection: another desk's change NOTIFYs with its
    commit. Here a look waits ten minutes to be told, so only the notice can show the unit."""
    monkeypatch.setattr(desk, "POLL_MS", 100)
    monkeypatch.setattr(desk, "LISTEN_S", 600.0)
    win: MainWindow = request.getfixturevalue("window")
    qtbot.waitUntil(lambda: win.desk._head is not None and win.desk._watching,
                    timeout=20_000)
    with Register(hermetic) as other_desk:
        receive(other_desk, Delivery("汉中市数据局"))
    qtbot.waitUntil(lambda: win.desk.view is not None and any(
        u.name == "汉中市数据局" for u in win.desk.view.status.units), timeout=60_000)


def test_settings_show_this_desks_signing_key_for_it(
        server: pgserver.Server, request, qtbot) -> None:
    """On a shared register IT registers each desk's public key: Settings shows it to copy,
    made the first time, never the private key."""
    win: MainWindow = request.getfixturevalue("window")
    page = win.settings
    qtbot.waitUntil(lambda: len(page.signing_key.text()) > 64, timeout=20_000)
    key = page.signing_key.text().split(": ", 1)[1].split(" ", 1)[0]
    assert len(key) == 64 and int(key, 16) >= 0
