"""A unit that has delivered but whose disc is not read yet is awaiting its disc, not to be
returned: the paper alone decides nothing."""

from __future__ import annotations

import json
from pathlib import Path

from deliveries import case_names, disc_image

from app.cli.main import main

UNIT = "延安市数据局"


def test_a_unit_awaits_its_disc_until_it_is_read(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    assert main(["--data", str(data), "receive", "--unit", UNIT, "--at",
                 "2025-10-20 09:00"]) == 0
    capsys.readouterr()
    assert main(["--data", str(data), "--lang", "zh_CN", "status", "--unit", UNIT]) == 0
    assert "待核验光盘" in capsys.readouterr().out
    assert main(["--data", str(data), "status", "--json", "-"]) == 0
    unit = json.loads(capsys.readouterr().out)["units"][0]
    assert unit["verdict"] is None
    image = disc_image(tmp_path / "d.iso", UNIT, case_names(UNIT, 1))
    assert main(["--data", str(data), "disc", "add", str(image), "--unit", UNIT,
                 "--quiet"]) in (0, 10, 20)
    capsys.readouterr()
    assert main(["--data", str(data), "status", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["units"][0]["verdict"] is not None
