"""`intake seal`: the clerk's answer where the program was not sure a scan is stamped."""

from __future__ import annotations

import json
from pathlib import Path

from deliveries import case_names, disc_image

from app.cli.main import main

UNIT = "商洛市数据局"


def intake(data: Path, *args: str) -> int:
    return main(["--data", str(data), *args])


def findings(data: Path, capsys) -> list[dict]:
    capsys.readouterr()
    assert intake(data, "status", "--json", "-") == 0
    return json.loads(capsys.readouterr().out)["units"][0]["findings"]


def test_a_doubtful_scan_is_answered_from_the_command_line(hermetic: Path, tmp_path: Path,
                                                           capsys) -> None:
    image = disc_image(tmp_path / "d.iso", UNIT, case_names(UNIT, 2), half_sealed=(1,))
    assert intake(hermetic, "receive", "--unit", UNIT, "--at", "2025-10-22 10:00",
                  "--summary-paper") == 0
    assert intake(hermetic, "disc", "add", str(image), "--unit", UNIT, "--quiet") == 10
    listed = findings(hermetic, capsys)
    number = next(n for n, f in enumerate(listed, start=1) if f["code"] == "scan_seal_uncertain")
    assert listed[number - 1]["detail"] == "a seal-like ring on page 1: look at it"
    assert intake(hermetic, "seal", "--unit", UNIT, "1", "--stamped") == 2  # not a doubt
    assert "only those can be confirmed" in capsys.readouterr().err
    assert intake(hermetic, "seal", "--unit", UNIT, str(number), "--stamped") == 0
    assert "a seal on the scan" in capsys.readouterr().out
    settled = findings(hermetic, capsys)[number - 1]
    assert settled["code"] == "scan_seal_uncertain" and not settled["open"]
    assert settled["seal_check"]["stamped"] is True
    assert intake(hermetic, "--lang", "zh_CN", "status", "--unit", UNIT) == 0
    assert "人工确认有章" in capsys.readouterr().out  # as the window and the sheet say it
