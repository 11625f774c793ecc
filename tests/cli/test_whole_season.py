"""A whole call's season through the command line: 11 units, 55 cases, 15 discs, paper, late
arrivals, corrected discs and waivers; `intake status` then reports every unit exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from deliveries import case_names, disc_image

from app.cli.main import main

UNITS = ["西安市数据局", "宝鸡市数据局", "咸阳市数据局", "铜川市数据局", "渭南市数据局",
         "延安市数据局", "榆林市数据局", "汉中市数据局", "安康市数据局", "商洛市数据局",
         "杨凌示范区数据局"]
# Units whose first disc lacks the scan of one case and who bring a corrected disc.
CORRECTED = {"宝鸡市数据局": 3, "榆林市数据局": 4, "安康市数据局": 1, "杨凌示范区数据局": 5}


def intake(data: Path, *args: str) -> int:
    return main(["--data", str(data), *args])


def ok(data: Path, *args: str) -> None:
    assert intake(data, *args) == 0, args


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("discs")
    made = {}
    for unit in UNITS:
        names = case_names(unit, 5)
        made[unit] = disc_image(folder / f"{unit}.iso", unit, names)
        if unit in CORRECTED:
            made[f"{unit}-first"] = disc_image(folder / f"{unit}-first.iso", unit, names,
                                               without_scan=(CORRECTED[unit],))
    return made


def season(data: Path, images: dict[str, Path]) -> None:
    ok(data, "unit", "add", *UNITS)
    for number, unit in enumerate(UNITS):
        when = f"2025-10-{20 + number % 4} {9 + number}:00"
        receive = ["receive", "--unit", unit, "--at", when, "--by", f"经办人{number}",
                   "--phone", "029-88880000"]
        if unit == "咸阳市数据局":
            receive[4] = "2025-10-24 18:20"  # twenty minutes late
        if unit == "商洛市数据局":
            receive += ["--method", "courier", "--tracking", "SF1234567890"]
        if unit != "渭南市数据局":
            receive.append("--summary-paper")
        ok(data, *receive)
        copies = {"铜川市数据局": {"2": (1, 1)}, "汉中市数据局": {"5": (2, 1)}}.get(unit, {})
        ok(data, "paper", "--unit", unit, "--received", "2")  # two copies of every case...
        for case, (received, stamped) in copies.items():  # ...except where a case says less
            ok(data, "paper", "--unit", unit, "--case", case, "--received", str(received),
               "--stamped", str(stamped))
        if unit != "延安市数据局":
            ok(data, "email", "--unit", unit, "--at", "2025-10-19 16:00",
               "--subject", f"{unit}+数据标注优秀案例")
        first = images.get(f"{unit}-first", images[unit])
        assert intake(data, "disc", "add", str(first), "--unit", unit, "--quiet") in (0, 10, 20)
    for unit in CORRECTED:
        ok(data, "disc", "add", str(images[unit]), "--unit", unit, "--quiet")
    ok(data, "waive", "--unit", "咸阳市数据局", "late_delivery:SJBZ-2025-0003",
       "--reason", "道路管制，经征集办同意接收")
    ok(data, "paper", "--unit", "渭南市数据局", "--summary")


EXPECTED_OPEN = {
    "铜川市数据局": ["paper_copies_short"],
    "汉中市数据局": ["paper_unstamped"],
    "延安市数据局": ["email_missing"],
}


def test_a_whole_season_is_reported_exactly(hermetic: Path, images: dict[str, Path],
                                            capsys) -> None:
    season(hermetic, images)
    capsys.readouterr()
    ok(hermetic, "status", "--json", "-")
    report = json.loads(capsys.readouterr().out)
    assert report["totals"] == {"units": 11, "delivered": 11, "not_delivered": 0, "late": 1,
                                "discs": 15, "cases": 55,
                                "verdicts": {"accept": 9, "return_for_correction": 2}}
    disc_number = iter(range(1, 16))
    numbers = {unit: [f"SJBZ-2025-GP{next(disc_number):03d}"] for unit in UNITS}
    for unit in CORRECTED:
        numbers[unit].append(f"SJBZ-2025-GP{next(disc_number):03d}")
    for number, entry in enumerate(report["units"], start=1):
        unit = UNITS[number - 1]
        open_codes = sorted(f["code"] for f in entry["findings"] if f["waived"] is None)
        waived = [(f["code"], f["waived"]["reason"]) for f in entry["findings"] if f["waived"]]
        assert (entry["name"], [d["receipt"] for d in entry["deliveries"]]) == (
            unit, [f"SJBZ-2025-{number:04d}"])
        assert [d["number"] for d in entry["discs"]] == numbers[unit]
        assert [d["verdict"] for d in entry["discs"]] == (
            ["return_for_correction", "accept"] if unit in CORRECTED else ["accept"])
        assert [c["order"] for c in entry["cases"]] == [1, 2, 3, 4, 5]
        assert entry["late"] == (unit == "咸阳市数据局")
        assert open_codes == EXPECTED_OPEN.get(unit, []), unit
        assert waived == ([("late_delivery", "道路管制，经征集办同意接收")]
                          if unit == "咸阳市数据局" else [])
        expected = "return_for_correction" if unit in ("铜川市数据局", "汉中市数据局") \
            else "accept"
        assert entry["verdict"] == expected, unit
    assert report["units"][9]["deliveries"][0]["method"] == "courier"
    paper = {p["case"]: (p["received"], p["stamped"]) for p in report["units"][3]["paper"]}
    assert paper == {"1": (2, 2), "2": (1, 1), "3": (2, 2), "4": (2, 2), "5": (2, 2)}

    # The same, for people.
    ok(hermetic, "--lang", "zh_CN", "status")
    table = capsys.readouterr().out
    assert "单位：11，已送达 11，未送达 0，逾期 1" in table
    for unit in UNITS:
        assert unit in table
    ok(hermetic, "audit", "verify")
