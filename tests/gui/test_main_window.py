"""The first window: a clerk opens an image and sees its files and problems."""

from __future__ import annotations

from pathlib import Path

import pytest
import submissions as S
from images import genisoimage, write_tree

from app.gui.application import create_application
from app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, monkeypatch):
    # A message box would wait for a click that never comes; tests read what it would say.
    monkeypatch.setattr("app.gui.main_window.QMessageBox.warning",
                        lambda parent, title, text: pytest.fail(text))
    create_application()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_checking_an_image_shows_verdict_cases_and_files(window, qtbot, tmp_path: Path) -> None:
    name = "智能医疗影像标注平台"
    rows = [(1, name, "陕西某某科技有限公司", "技术研发创新", "张三", "13800000000")]
    files = {"汇总表.xlsx": S.summary_xlsx(rows),
             f"1-{name}/{name}.docx": S.docx(name),
             f"1-{name}/{name}-盖章版.pdf": S.scan_pdf(2, seal_pages=()),
             "西安市/盖章版.pdf": b"\xff\xd8\xff" + bytes(50)}
    image = genisoimage(tmp_path / "d.iso", write_tree(tmp_path / "t", files), "-J", "-R",
                        "-V", "XIAN")
    window.start_reading(str(image))
    qtbot.waitUntil(lambda: window.result is not None and window.job is None, timeout=20_000)
    assert window.summary_labels["label"].text() == "XIAN"
    assert "Return for correction" in window.verdict.text()
    assert window.cases.rowCount() == 2  # the stray 西安市/盖章版.pdf is a case of its own
    assert window.cases.item(0, 1).text() == name
    assert window.cases.item(1, 2).text() == "(not in the summary table)"
    assert "No seal found on the stamped scan" in window.cases.item(0, 6).text()
    paths = {window.files.item(r, 0).text(): window.files.item(r, 1).text()
             for r in range(window.files.rowCount())}
    assert paths[f"/1-{name}/{name}.docx"] == "editable version"
    problems = [window.findings.item(r, 1).text() for r in range(window.findings.rowCount())]
    assert "The extension does not match the content" in problems


def test_a_missing_file_is_reported_not_raised(window, qtbot, tmp_path: Path,
                                               monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("app.gui.main_window.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    window.start_reading(str(tmp_path / "gone.iso"))
    qtbot.waitUntil(lambda: window.job is None and bool(shown), timeout=10_000)
    assert "gone.iso" in shown[0]
