"""Names from discs and mails written as files that Windows accepts as well: a copy made on
one desk opens on the other, and nothing lands outside the folder it is written to."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.file_names import long_path, safe_part, safe_relative


@pytest.mark.parametrize(("name", "written"), [
    ("CON", "_CON"), ("nul.pdf", "_nul.pdf"), ("Com1.docx", "_Com1.docx"), ("lpt9", "_lpt9"),
    ("console.pdf", "console.pdf"), ("案例1-盖章版.pdf", "案例1-盖章版.pdf"),
    ("申报书. ", "申报书"), ("a:b?c*.pdf", "a_b_c_.pdf"), ("..", "_"), ("", "_"),
])
def test_names_windows_would_refuse_or_change(name: str, written: str) -> None:
    assert safe_part(name) == written


def test_a_long_name_keeps_its_extension_and_paths_stay_inside() -> None:
    long = safe_part("很" * 300 + ".pdf")
    assert len(long) <= 200 and long.endswith(".pdf")
    assert safe_relative("../../Windows/System32/aux.txt") == Path("Windows/System32/_aux.txt")
    assert safe_relative("a\\b\\c.") == Path("a/b/c")


def test_a_path_past_260_characters_gets_the_long_form_on_windows(tmp_path: Path) -> None:
    deep = tmp_path / ("目录" * 40) / ("文件" * 60 + ".pdf")
    assert long_path(deep, windows=True).startswith("\\\\?\\")
    assert long_path(tmp_path / "a.pdf", windows=True) == str((tmp_path / "a.pdf").absolute())
    assert long_path(deep, windows=False) == str(deep)
