"""The window fits the office screen: maximised the first time, then where the clerk left it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QSplitter

from app.gui.main_window import MainWindow


def test_first_start_is_maximised_then_the_size_is_remembered(qtbot, hermetic: Path) -> None:
    first = MainWindow(hermetic)
    qtbot.addWidget(first)
    first.show_on_desk()
    assert first.windowState() & Qt.WindowState.WindowMaximized
    first.showNormal()
    first.setGeometry(QRect(40, 50, first.minimumSizeHint().width(), 700))
    qtbot.wait(50)
    left = (first.width(), first.height())  # as the (small offscreen) screen allowed
    first.close()
    again = MainWindow(hermetic)
    qtbot.addWidget(again)
    again.show_on_desk()
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert (again.width(), again.height()) == left
    again.close()


def test_the_title_names_the_program_once(qtbot, hermetic: Path) -> None:
    window = MainWindow(hermetic)
    qtbot.addWidget(window)
    assert window.windowTitle().count("收件核验台") == 1


def test_the_split_of_the_disc_page_is_where_the_clerk_left_it(qtbot, hermetic: Path) -> None:
    first = MainWindow(hermetic)
    qtbot.addWidget(first)
    first.resize(1200, 760)
    first.show()
    first.show_page(2)
    split = first.disc_check.findChild(QSplitter)
    total = sum(split.sizes())
    qtbot.wait(50)
    split.moveSplitter(total // 4, 1)  # as a drag of the handle does
    dragged = split.sizes()
    first.close()
    again = MainWindow(hermetic)
    qtbot.addWidget(again)
    again.resize(1200, 760)
    again.show()
    again.show_page(2)
    qtbot.wait(50)
    assert again.disc_check.findChild(QSplitter).sizes() == dragged
    again.close()


def test_another_desks_record_appears_without_pressing_anything(qtbot, hermetic: Path) -> None:
    from app.services.intake import Delivery, receive
    from app.services.register import Register

    window = MainWindow(hermetic)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.desk.view is not None and not window.desk.busy,
                    timeout=30_000)
    window.desk.poll.setInterval(200)
    qtbot.waitUntil(lambda: window.desk._head is not None, timeout=10_000)
    with Register(hermetic) as other_desk:  # the desk beside this one, same register
        receive(other_desk, Delivery("铜川市数据局"))
    qtbot.waitUntil(lambda: window.overview.tiles["delivered"].value.text() == "1",
                    timeout=15_000)
    window.close()
