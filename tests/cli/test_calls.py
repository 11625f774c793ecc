"""Calls as records: the office makes the next call from the command line, and quota,
directions, required materials, numbers, printouts and verdicts follow the call in force."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import submissions as S
from deliveries import case_names, disc_image
from images import pycdlib_hybrid

from app.cli.main import main

BUILTIN = "shaanxi-2025-data-annotation"
CITY_TEMPLATE = "xian-2026-data-scenarios"
UNIT = "雁塔区数据局"


def intake(data: Path, *args: str) -> int:
    return main(["--data", str(data), *args])


def ok(data: Path, *args: str) -> None:
    assert intake(data, *args) == 0, args


def status(data: Path, capsys, *args: str) -> dict:
    capsys.readouterr()
    ok(data, *args, "status", "--json", "-")
    return json.loads(capsys.readouterr().out)


def open_codes(report: dict, unit: str) -> list[str]:
    entry = next(u for u in report["units"] if u["name"] == unit)
    return sorted(f["code"] for f in entry["findings"] if f["waived"] is None)


def test_a_new_call_from_a_copy_judges_by_its_own_rules(hermetic: Path, tmp_path: Path,
                                                        capsys) -> None:
    ok(hermetic, "receive", "--unit", "西安市数据局", "--at", "2025-10-20 10:00")
    ok(hermetic, "call", "new", "city-2026", "--from", BUILTIN, "--max-cases", "3",
       "--title", "2026年西安市数据标注典型场景征集",
       "--directions", "智能制造,智慧医疗,城市治理", "--deadline", "2026-03-31 17:00")
    ok(hermetic, "call", "use", "city-2026")
    ok(hermetic, "receive", "--unit", UNIT, "--at", "2026-03-30 09:00")
    image = disc_image(tmp_path / "five.iso", UNIT, case_names(UNIT, 5))
    assert intake(hermetic, "disc", "add", str(image), "--unit", UNIT, "--quiet") == 20
    report = status(hermetic, capsys)
    assert report["call"] == "city-2026"
    codes = open_codes(report, UNIT)
    assert "summary_over_limit" in codes and "summary_direction_invalid" in codes
    entry = report["units"][0]
    assert entry["deliveries"][0]["receipt"] == "SJBZ-2026-0001"  # its own numbers
    disc = entry["discs"][0]["number"]
    assert disc == "SJBZ-2026-GP001"
    sheet = tmp_path / "sheet.pdf"
    ok(hermetic, "sheet", disc, "--pdf", str(sheet))
    with pymupdf.open(sheet) as pdf:
        assert "2026年西安市数据标注典型场景征集" in pdf[0].get_text().replace("\n", "")
    # The built-in call's records stay as they were, and can still be looked at.
    older = status(hermetic, capsys, "--call", BUILTIN)
    assert [u["name"] for u in older["units"]] == ["西安市数据局"]
    assert older["units"][0]["deliveries"][0]["receipt"] == "SJBZ-2025-0001"
    capsys.readouterr()
    ok(hermetic, "call", "list")
    listing = capsys.readouterr().out
    assert "* city-2026" in listing and "2026年3月31日 17:00" in listing


def city_disc(out: Path, *, licences: tuple[int, ...]) -> Path:
    """Three cases, no summary table (the city call asks for none), licences for some."""
    files = {}
    for order, name in enumerate(case_names(UNIT, 3), start=1):
        files[f"{order}-{name}/{name}-申报书.docx"] = S.docx(name)
        files[f"{order}-{name}/{name}-盖章版.pdf"] = S.scan_pdf(2, mark=f"city-{order}")
        if order in licences:
            files[f"{order}-{name}/营业执照复印件.pdf"] = S.scan_pdf(1, mark=f"licence-{order}")
    return pycdlib_hybrid(out, files)


def test_the_city_template_differs_in_every_rule(hermetic: Path, tmp_path: Path,
                                                 capsys) -> None:
    ok(hermetic, "call", "new", "xa-2026", "--from", CITY_TEMPLATE)
    ok(hermetic, "--call", "xa-2026", "receive", "--unit", UNIT, "--at", "2026-03-20 10:00")
    image = city_disc(tmp_path / "city.iso", licences=(1, 2))
    assert intake(hermetic, "disc", "add", str(image), "--unit", UNIT, "--quiet",
                  "--call", "xa-2026") == 20
    ok(hermetic, "paper", "--unit", UNIT, "--received", "1", "--call", "xa-2026")
    report = status(hermetic, capsys, "--call", "xa-2026")
    entry = report["units"][0]
    assert entry["deliveries"][0]["receipt"] == "XACJ-2026-001"
    assert entry["discs"][0]["number"] == "XACJ-2026-D001"
    codes = open_codes(report, UNIT)
    # No table is asked for; one paper copy is enough; the third case lacks its licence, an
    # error in this call.
    assert "summary_missing" not in codes and "paper_copies_short" not in codes
    assert "proof_missing" in codes
    finding = next(f for f in entry["findings"] if f["code"] == "proof_missing")
    assert finding["severity"] == "error" and "营业执照复印件" in finding["detail"]
    assert entry["discs"][0]["verdict"] == "return_for_correction"
    assert "summary_over_limit" not in codes  # three cases: the city's quota exactly
    slip = tmp_path / "receipt.pdf"  # the receipt is titled by what this call collects
    ok(hermetic, "receipt", "XACJ-2026-001", "--pdf", str(slip))
    with pymupdf.open(slip) as pdf:
        assert pdf[0].get_text().startswith("typical data application scenarios")
    # The same disc under the built-in call: a table is required, no licence is.
    ok(hermetic, "receive", "--unit", UNIT, "--at", "2025-10-20 10:00")
    intake(hermetic, "disc", "add", str(image), "--unit", UNIT, "--quiet", "--again")
    builtin = open_codes(status(hermetic, capsys), UNIT)
    assert "summary_missing" in builtin and "proof_missing" not in builtin


def test_a_call_travels_as_a_file_and_a_closed_call_takes_no_more(
        hermetic: Path, tmp_path: Path, capsys) -> None:
    ok(hermetic, "call", "new", "xa-2026", "--from", CITY_TEMPLATE, "--max-cases", "4")
    exported = tmp_path / "xa-2026.json"
    ok(hermetic, "call", "export", "xa-2026", str(exported))
    other = tmp_path / "other-office"
    ok(other, "call", "import", str(exported))
    ok(other, "call", "use", "xa-2026")
    assert status(other, capsys)["call"] == "xa-2026"
    assert intake(other, "call", "import", str(exported)) == 2  # already there
    (tmp_path / "broken.json").write_text("{\"id\": ", encoding="utf-8")
    capsys.readouterr()
    assert intake(other, "call", "import", str(tmp_path / "broken.json")) == 2
    assert "broken.json" in capsys.readouterr().err
    ok(other, "call", "close", "xa-2026")
    capsys.readouterr()
    assert intake(other, "receive", "--unit", UNIT) == 2
    assert "closed" in capsys.readouterr().err
    ok(other, "--call", BUILTIN, "receive", "--unit", UNIT)  # the other call still takes them


def test_calls_are_refused_with_reasons(hermetic: Path, capsys) -> None:
    capsys.readouterr()
    assert intake(hermetic, "call", "new", "Bad Code!", "--from", BUILTIN) == 2
    assert intake(hermetic, "call", "new", "again", "--from", BUILTIN) == 2  # same numbers
    assert "shaanxi-2025-data-annotation" in capsys.readouterr().err
    assert intake(hermetic, "call", "new", "zero", "--from", BUILTIN, "--max-cases", "0",
                  "--deadline", "2027-01-01 12:00") == 2
    assert intake(hermetic, "call", "new", "late", "--from", BUILTIN,
                  "--deadline", "next tuesday") == 2
    assert intake(hermetic, "status", "--call", "nothing") == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "nothing" in err
