"""Mistakes put right from the command line, each in the audit trail: a waiver withdrawn, a
mistyped unit renamed or folded into the right one, the same disc read twice."""

from __future__ import annotations

import json
from pathlib import Path

from deliveries import case_names, disc_image

from app.cli.main import main

RIGHT, TYPO = "宝鸡市数据局", "宝鸡数据局"


def intake(data: Path, *args: str) -> int:
    return main(["--data", str(data), *args])


def status(data: Path, capsys, unit: str) -> dict:
    capsys.readouterr()
    assert intake(data, "status", "--json", "-") == 0
    report = json.loads(capsys.readouterr().out)
    return next(u for u in report["units"] if u["name"] == unit)


def test_a_waiver_withdrawn_counts_again(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    assert intake(data, "receive", "--unit", RIGHT, "--at", "2025-10-24 18:30") == 0
    assert intake(data, "waive", "--unit", RIGHT, "1", "--reason", "经同意") == 0
    assert intake(data, "unwaive", "--unit", RIGHT, "1") == 0
    assert "counts again" in capsys.readouterr().out
    assert intake(data, "unwaive", "--unit", RIGHT, "1") == 2  # not waived any more
    assert intake(data, "audit", "verify") == 0


def test_a_mistyped_unit_is_renamed_or_folded_into_the_right_one(tmp_path: Path,
                                                                  capsys) -> None:
    data = tmp_path / "data"
    image = disc_image(tmp_path / "d.iso", RIGHT, case_names(RIGHT, 2))
    assert intake(data, "receive", "--unit", "宝鸡市数剧局", "--at", "2025-10-20 09:00") == 0
    assert intake(data, "unit", "rename", "宝鸡市数剧局", "宝鸡市 数据局") == 0
    assert intake(data, "receive", "--unit", RIGHT, "--at", "2025-10-21 09:00") == 0
    assert intake(data, "receive", "--unit", TYPO, "--at", "2025-10-22 09:00") == 0
    assert intake(data, "disc", "add", str(image), "--unit", TYPO, "--quiet") in (0, 10, 20)
    assert intake(data, "unit", "rename", TYPO, RIGHT) == 0
    assert "folded into" in capsys.readouterr().out
    capsys.readouterr()
    assert intake(data, "status", "--json", "-") == 0
    units = {u["name"]: u for u in json.loads(capsys.readouterr().out)["units"]}
    assert TYPO not in units and "宝鸡市 数据局" in units
    assert len(units[RIGHT]["deliveries"]) == 2 and len(units[RIGHT]["discs"]) == 1
    assert intake(data, "audit", "verify") == 0  # the moved discs' digests were taken again


def test_the_same_image_is_recorded_once_unless_asked_again(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    image = disc_image(tmp_path / "d.iso", RIGHT, case_names(RIGHT, 1))
    assert intake(data, "disc", "add", str(image), "--unit", RIGHT, "--quiet") in (0, 10, 20)
    capsys.readouterr()
    assert intake(data, "disc", "add", str(image), "--unit", RIGHT, "--quiet") == 2
    assert "already recorded as disc" in capsys.readouterr().err
    assert intake(data, "disc", "add", str(image), "--unit", RIGHT, "--quiet",
                  "--again") in (0, 10, 20)
    capsys.readouterr()
    assert intake(data, "status", "--json", "-") == 0
    units = {u["name"]: u for u in json.loads(capsys.readouterr().out)["units"]}
    assert len(units[RIGHT]["discs"]) == 2


def test_a_delivery_logged_by_mistake_is_voided_and_its_number_stays_used(
        tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    image = disc_image(tmp_path / "d.iso", RIGHT, case_names(RIGHT, 1))
    assert intake(data, "receive", "--unit", RIGHT, "--at", "2025-10-24 18:30") == 0  # late
    assert intake(data, "disc", "add", str(image), "--unit", RIGHT, "--quiet") in (0, 10, 20)
    assert intake(data, "void", "SJBZ-2025-0001", "--reason", "登记错误，实为次日补送") == 0
    assert intake(data, "void", "SJBZ-2025-0001", "--reason", "again") == 2
    capsys.readouterr()
    assert intake(data, "status", "--json", "-") == 0
    unit = json.loads(capsys.readouterr().out)["units"][0]
    assert unit["deliveries"][0]["voided"] == "登记错误，实为次日补送"
    assert not unit["delivered"] and not unit["late"] and unit["discs"] == []
    assert intake(data, "receive", "--unit", RIGHT, "--at", "2025-10-24 10:00") == 0
    capsys.readouterr()
    assert intake(data, "status", "--json", "-") == 0
    unit = json.loads(capsys.readouterr().out)["units"][0]
    assert [d["receipt"] for d in unit["deliveries"]] == ["SJBZ-2025-0001", "SJBZ-2025-0002"]
    assert unit["delivered"] and not unit["late"]
    assert intake(data, "audit", "verify") == 0
