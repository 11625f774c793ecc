"""`intake verify` as a clerk or another tool uses it: the report, the summary, exit codes."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import submissions as S
from images import pycdlib_hybrid, write_tree

from app.cli.main import main

NAMES = ["智能医疗影像标注平台", "工业质检数据标注实践"]
ROWS = [(i, n, "陕西某某科技有限公司", "技术研发创新", "张三", "13800000000")
        for i, n in enumerate(NAMES, start=1)]


def disc_files(scan_seal: bool = True) -> dict[str, bytes]:
    files = {"汇总表.xlsx": S.summary_xlsx(ROWS)}
    for order, name in enumerate(NAMES, start=1):
        files[f"{order}-{name}/{name}.docx"] = S.docx(name)
        files[f"{order}-{name}/{name}-盖章版.pdf"] = S.scan_pdf(
            2, seal_pages=(1,) if scan_seal else ())
    return files


def test_report_contract_and_exit_code_of_a_good_disc(tmp_path: Path, capsys) -> None:
    image = pycdlib_hybrid(tmp_path / "good.iso", disc_files())
    out = tmp_path / "report.json"
    assert main(["verify", str(image), "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"schema", "tool", "source", "volume", "readable", "files", "summary", "cases",
            "problems", "verdict"} <= set(report)
    assert report["verdict"] == "accept"
    assert [r["name"] for r in report["summary"]["rows"]] == NAMES
    case = report["cases"][0]
    assert case["editable"]["present"] and case["editable"]["valid"]
    seals = case["scan"].pop("seals")  # where each seal is, for the sheet's picture
    assert [(s["path"], s["page"]) for s in seals] == [(case["scan"]["paths"][0], 1)]
    assert 20 <= seals[0]["box_mm"][2] <= 70  # a seal's width in mm
    assert case["scan"] == {"present": True, "paths": [f"/1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf"],
                            "format": "pdf", "pages": 2, "image_only": True,
                            "seal_pages": [1], "doubts": [], "electronic_seal": False,
                            "encrypted": False, "seal_name": "陕西某某科技有限公司",
                            "seal_name_page": 1, "grey_named": False}
    files = {f["path"]: f for f in report["files"]}
    assert files[f"/1-{NAMES[0]}/{NAMES[0]}.docx"]["role"] == "editable"
    assert files[f"/1-{NAMES[0]}/{NAMES[0]}.docx"]["case"] == 1
    assert files["/汇总表.xlsx"]["role"] == "summary"
    text = capsys.readouterr().out
    assert "Verdict: Accept" in text and NAMES[1] in text


def test_exit_codes_follow_the_verdict(tmp_path: Path, capsys) -> None:
    unstamped = write_tree(tmp_path / "unstamped", disc_files(scan_seal=False))
    assert main(["verify", str(unstamped), "--quiet"]) == 20
    notes = disc_files()
    notes["Thumbs.db"] = b"\0" * 10
    notes["说明.txt"] = "材料说明".encode()
    notes["申报材料.zip"] = S.zip_of({"x.txt": b"x"})
    assert main(["verify", str(write_tree(tmp_path / "notes", notes)), "--quiet"]) == 10
    blank = tmp_path / "blank.iso"
    blank.write_bytes(bytes(64 * 2048))
    assert main(["verify", str(blank), "--quiet"]) == 30
    assert main(["verify", str(tmp_path / "missing.iso")]) == 2
    capsys.readouterr()


def test_chinese_summary_by_default(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("INTAKE_LANG")
    folder = write_tree(tmp_path / "d", disc_files(scan_seal=False))
    assert main(["verify", str(folder)]) == 20
    text = capsys.readouterr().out
    assert "盖章版扫描件未见印章" in text and "需退回补正" in text
    assert "共2页，均未见红色印章" in text  # the particulars too, not only the problem


@pytest.mark.parametrize("seed", range(int(__import__("os").environ.get("FUZZ_DISCS", "12"))))
def test_damaged_discs_end_in_findings_never_a_traceback(tmp_path: Path, seed: int,
                                                          capsys) -> None:
    """Bytes flipped anywhere in a real image: whatever breaks, the clerk gets a verdict."""
    image = pycdlib_hybrid(tmp_path / "d.iso", disc_files())
    data = bytearray(image.read_bytes())
    rng = random.Random(seed)
    for _ in range(rng.choice((20, 200, 2000))):
        data[rng.randrange(16 * 2048, len(data))] = rng.randrange(256)
    image.write_bytes(bytes(data))
    out = tmp_path / "r.json"
    assert main(["verify", str(image), "--json", str(out), "--quiet"]) in (0, 10, 20, 30)
    assert json.loads(out.read_text(encoding="utf-8"))["verdict"]
    assert "Traceback" not in capsys.readouterr().err
