"""The printout commands as a clerk runs them: a pre-check sheet for a disc not yet received,
the sheet of a registered disc, and checking a presented printout's code."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest
from deliveries import case_names, disc_image

from app.cli.main import main

XIAN = "西安市数据局"


def run(data: Path, *args: str) -> int:
    return main(["--data", str(data), "--lang", "zh_CN", *args])


def test_a_disc_checked_before_intake_gets_a_pre_check_sheet(hermetic: Path,
                                                             tmp_path: Path) -> None:
    image = disc_image(tmp_path / "xian.iso", XIAN, case_names(XIAN, 2), without_scan=(2,))
    pdf = tmp_path / "预检.pdf"
    assert run(hermetic, "verify", str(image), "--pdf", str(pdf), "--quiet") == 20
    with pymupdf.open(pdf) as doc:
        text = "".join(page.get_text() for page in doc)
    assert "未登记收件：本核验单仅为预检结果，不作为收件凭证。" in text.replace("\n", "")
    assert "缺少盖章版扫描件" in text and "核验码 —" in text


def test_print_then_check_a_sheet(hermetic: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    image = disc_image(tmp_path / "xian.iso", XIAN, case_names(XIAN, 2))
    assert run(hermetic, "disc", "add", str(image), "--unit", XIAN) in (0, 10, 20)
    capsys.readouterr()
    pdf = tmp_path / "核验单.pdf"
    assert run(hermetic, "sheet", "SJBZ-2025-GP001", "--pdf", str(pdf)) == 0
    code = re.search(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", capsys.readouterr().out).group(0)
    with pymupdf.open(pdf) as doc:
        assert all(f"核验码 {code}" in page.get_text() for page in doc)
    assert run(hermetic, "printout", "check", "SJBZ-2025-0001", code) == 0
    assert run(hermetic, "paper", "--unit", XIAN, "--received", "2", "--stamped", "2") == 0
    assert run(hermetic, "printout", "check", "SJBZ-2025-0001", code) == 4  # superseded
    assert run(hermetic, "printout", "check", "SJBZ-2025-0001", "ABCD-EFGH-IJKL") == 1
    assert run(hermetic, "sheet", "SJBZ-2025-GP009", "--pdf", str(pdf)) == 2


def test_a_paper_catches_a_register_put_back_past_it(hermetic: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    """Every printout carries where the register's trail stood; a register put back to an
    older copy (its anchors gone with the desk too) no longer holds that entry, and the paper
    says so when it is checked."""
    assert run(hermetic, "receive", "--unit", XIAN) == 0
    database = hermetic / "register.sqlite3"
    older = database.read_bytes()
    pdf = tmp_path / "回执.pdf"
    assert run(hermetic, "receipt", "SJBZ-2025-0001", "--pdf", str(pdf)) == 0
    code = re.search(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", capsys.readouterr().out).group(0)
    with pymupdf.open(pdf) as doc:
        text = "".join(page.get_text() for page in doc)
    mark = re.search(r"登记簿位置 (\d+-[0-9A-F]{8})", text).group(1)
    assert run(hermetic, "printout", "check", "SJBZ-2025-0001", code, "--trail", mark) == 0
    capsys.readouterr()
    for extra in hermetic.glob("register.sqlite3-*"):
        extra.unlink()
    database.write_bytes(older)  # the register as it was before the receipt was printed
    assert run(hermetic, "printout", "check", "SJBZ-2025-0001", code, "--trail", mark) == 1
    assert "不再包含这张纸所见的内容" in capsys.readouterr().err
