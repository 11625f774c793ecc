"""The first window: a clerk opens an image and sees its files and problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from images import genisoimage, write_tree

from app.gui.application import create_application
from app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    create_application()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_reading_an_image_fills_the_tables(window, qtbot, tmp_path: Path) -> None:
    files = {"西安市/申报书.docx": b"PK\x03\x04" + bytes(100),
             "西安市/盖章版.pdf": b"\xff\xd8\xff" + bytes(50)}
    image = genisoimage(tmp_path / "d.iso", write_tree(tmp_path / "t", files), "-J", "-R",
                        "-V", "XIAN")
    window.start_reading(str(image))
    qtbot.waitUntil(lambda: window.reading is not None and window.job is None, timeout=10_000)
    assert window.files.rowCount() == 2
    paths = {window.files.item(r, 0).text() for r in range(2)}
    assert paths == {"/西安市/申报书.docx", "/西安市/盖章版.pdf"}
    assert window.summary_labels["label"].text() == "XIAN"
    problems = [window.findings.item(r, 1).text() for r in range(window.findings.rowCount())]
    assert problems == ["The extension does not match the content"]


def test_a_missing_file_is_reported_not_raised(window, qtbot, tmp_path: Path,
                                               monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("app.gui.main_window.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    window.start_reading(str(tmp_path / "gone.iso"))
    qtbot.waitUntil(lambda: window.job is None and bool(shown), timeout=10_000)
    assert "gone.iso" in shown[0]
