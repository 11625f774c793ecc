"""`intake inspect --json` writes the report as it is made (a disc of 100,000 files is not held
as dicts twice over); what it writes is the report, the same as made whole."""

from __future__ import annotations

import json
import os
import stat
import threading
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


def test_a_report_sent_to_a_pipe_is_written_into_it_not_over_it(tmp_path: Path) -> None:
    """`--json /dev/null` in a script once replaced the machine's /dev/null with a file: a
    target that is no regular file is written into. A named pipe stands in for it here."""
    image = disc_image(tmp_path / "x.iso", "西安市数据局", case_names("西安市数据局", 1))
    pipe = tmp_path / "report.fifo"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    assert main(["inspect", "--json", str(pipe), "--quiet", str(image)]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert json.loads(received[0].decode("utf-8"))["files"]
    assert not list(tmp_path.glob("*.part"))
