"""A clerk's day on the command line, and what the papers then say: a delivery with a note, a
disc whose seal the program was not sure of, the clerk's look at it, the sheet, the workbook,
a disc read from its folder, and the audit trail checked. No internal code reaches paper or
workbook; the note, the confirmation (有章（人工确认）) and the clerk's name do."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pymupdf
from deliveries import case_names, disc_files, disc_image

from app.cli.main import main
from app.core.findings import CATALOGUE

XIAN, BAOJI = "西安市数据局", "宝鸡市数据局"
CLERK = "王经办"
ROLE_CODES = ("editable", "scan", "summary", "summary_scan", "proof", "other", "superseded")


def intake(data: Path, *args: str) -> int:
    return main(["--data", str(data), "--lang", "zh_CN", "--operator", CLERK, *args])


def test_a_day_gives_papers_a_clerk_can_sign(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    assert intake(data, "receive", "--unit", XIAN, "--at", "2025-10-22 10:00", "--by", "李四",
                  "--note", "光盘外盒破损") == 0
    image = disc_image(tmp_path / "xian.iso", XIAN, case_names(XIAN, 2), half_sealed=(2,))
    assert intake(data, "disc", "add", str(image), "--unit", XIAN, "--quiet") in (0, 10)
    capsys.readouterr()
    assert intake(data, "status", "--unit", XIAN, "--json", "-") == 0
    unit = next(u for u in json.loads(capsys.readouterr().out)["units"] if u["name"] == XIAN)
    doubt = next(f for f in unit["findings"] if f["code"] == "scan_seal_uncertain")
    assert intake(data, "seal", "--unit", XIAN, "--stamped", doubt["key"]) == 0
    disc = unit["discs"][0]["number"]

    sheet = tmp_path / "sheet.pdf"
    assert intake(data, "sheet", "--pdf", str(sheet), disc) == 0
    with pymupdf.open(sheet) as pdf:
        text = "".join(page.get_text() for page in pdf).replace("\n", "")
    assert "光盘外盒破损" in text and CLERK in text and "有章（人工确认）" in text
    assert f"人工确认有章（{CLERK}" in text  # the findings list says who settled it
    assert not [code for code in CATALOGUE if code in text]

    book = tmp_path / "汇总.xlsx"
    assert intake(data, "export", "--xlsx", str(book), "shaanxi-2025-data-annotation") == 0
    workbook = openpyxl.load_workbook(book)
    cells = [str(c.value) for sheet_ in workbook for row in sheet_.iter_rows() for c in row
             if c.value is not None]
    assert "有章（人工确认）" in cells and "未检出" not in cells
    assert "光盘外盒破损" in cells  # the note typed at the delivery
    assert not [c for c in cells if c in CATALOGUE or c in ROLE_CODES]

    folder = tmp_path / "宝鸡光盘"
    for path, content in disc_files(BAOJI, case_names(BAOJI, 1)).items():
        target = folder / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    assert intake(data, "receive", "--unit", BAOJI, "--at", "2025-10-23 09:00") == 0
    assert intake(data, "disc", "add", str(folder), "--unit", BAOJI, "--quiet") in (0, 10)
    capsys.readouterr()
    assert intake(data, "audit", "verify") == 0, capsys.readouterr().err
