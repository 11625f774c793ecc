"""`intake inspect --json` writes the report as it is made (a disc of 100,000 files is not held
as dicts twice over); what it writes is the report, the same as made whole."""

from __future__ import annotations

import json
from pathlib import Path

from deliveries import case_names, disc_image

from app.cli.main import main
from app.disc.sources import read_source
from app.services.disc_report import inspection_report


def test_the_streamed_report_is_the_whole_report(tmp_path: Path) -> None:
    image = disc_image(tmp_path / "x.iso", "西安市数据局", case_names("西安市数据局", 3))
    target = tmp_path / "report.json"
    assert main(["inspect", "--json", str(target), "--quiet", str(image)]) == 0
    written = json.loads(target.read_text(encoding="utf-8"))
    whole = json.loads(json.dumps(inspection_report(read_source(image))))
    for report in (written, whole):
        report["source"].pop("read_seconds", None)
    assert written == whole and len(written["files"]) == 7
    assert not list(tmp_path.glob("*.part"))
