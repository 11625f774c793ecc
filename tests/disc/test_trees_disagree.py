"""What Windows shows is what is judged: when the Joliet record of the stamped scan points at a
blank page while the ISO9660/Rock Ridge record points at the stamped scan, the blank page is the
scan (as Windows, 7-Zip and `isoinfo -J` show it) and `tree_mismatch` says both sizes; two files
shown at one path are both listed, each with a finding, and both reach the register."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pycdlib
import submissions as S

from app.cli.main import main
from app.disc.sources import read_source

STAMPED = S.scan_pdf(2, seal_pages=(1,))
BLANK = S.scan_pdf(1, seal_pages=())


def _image(tmp_path: Path, joliet_names: tuple[str, str]) -> bytearray:
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, joliet=3, rock_ridge="1.09")
    iso.add_fp(io.BytesIO(STAMPED), len(STAMPED), "/SCAN.PDF;1", rr_name="盖章版.pdf",
               joliet_path=f"/{joliet_names[0]}")
    iso.add_fp(io.BytesIO(BLANK), len(BLANK), "/BLANK.PDF;1", rr_name="空白.pdf",
               joliet_path=f"/{joliet_names[1]}")
    out = io.BytesIO()
    iso.write_fp(out)
    iso.close()
    return bytearray(out.getvalue())


def _record(data: bytearray, name: str) -> int:
    return data.index(name.encode("utf-16-be")) - 33


def test_the_joliet_view_of_a_file_is_judged_and_the_difference_said(tmp_path: Path) -> None:
    data = _image(tmp_path, ("盖章版.pdf", "空白.pdf"))
    scan, blank = _record(data, "盖章版.pdf"), _record(data, "空白.pdf")
    data[scan + 2:scan + 18] = data[blank + 2:blank + 18]  # Joliet: the scan is the blank page
    image = tmp_path / "disagree.iso"
    image.write_bytes(bytes(data))
    reading = read_source(image)
    shown = {f.path: f.size for f in reading.files}
    assert shown["/盖章版.pdf"] == len(BLANK)
    mismatch = [f for f in reading.findings if f.code == "tree_mismatch"]
    assert [(f.path, f.params) for f in mismatch] == [
        ("/盖章版.pdf", {"shown": len(BLANK), "other": len(STAMPED)})]


def test_two_files_shown_at_one_path_are_two_rows(tmp_path: Path) -> None:
    # Two names Windows takes for one (it does not tell case apart).
    data = _image(tmp_path, ("申报书A.pdf", "申报书a.pdf"))
    image = tmp_path / "twice.iso"
    image.write_bytes(bytes(data))
    reading = read_source(image)
    paths = sorted(f.path for f in reading.files)
    assert len(paths) == 2 and len(set(paths)) == 2
    same = [f for f in reading.findings if f.code == "suspicious_name"]
    assert len(same) == 2
    register = tmp_path / "data"
    assert main(["--data", str(register), "audit", "make-keyfile"]) == 0
    assert main(["--data", str(register), "disc", "add", str(image), "--unit", "西安市数据局",
                 "--quiet"]) in (10, 20)
    conn = sqlite3.connect(register / "register.sqlite3")
    try:
        assert conn.execute("SELECT count(*) FROM disc_files").fetchone()[0] == 2
    finally:
        conn.close()
