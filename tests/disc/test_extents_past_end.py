"""A file whose extent lies past the image's end (a burner that died, a hostile record): it is
listed with the size its records declare, as incomplete, with `file_unreadable`; never with a
negative size, the empty file's digest, or silence; `verify` and `disc add` finish."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pycdlib
import pytest
import submissions as S

from app.cli.main import main
from app.disc.sources import read_source

SCAN = S.scan_pdf(2, seal_pages=(1,))


def _image(tmp_path: Path, sector: str) -> Path:
    """A hybrid ISO9660/Joliet image whose one file's records both point `sector`: "far"
    beyond the end, "last" at the last sector (its data runs past the end)."""
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, joliet=3)
    iso.add_fp(io.BytesIO(SCAN), len(SCAN), "/SCAN.PDF;1", joliet_path="/盖章版.pdf")
    out = io.BytesIO()
    iso.write_fp(out)
    iso.close()
    data = bytearray(out.getvalue())
    sectors = len(data) // 2048
    where = sectors + 100 if sector == "far" else sectors - 1
    for name in (b"SCAN.PDF;1", "盖章版.pdf".encode("utf-16-be")):
        record = data.index(name) - 33
        struct.pack_into("<I", data, record + 2, where)
        struct.pack_into(">I", data, record + 6, where)
    path = tmp_path / f"{sector}.iso"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("sector", ["far", "last"])
def test_a_file_past_the_end_is_said_unreadable_with_its_declared_size(
        tmp_path: Path, sector: str) -> None:
    reading = read_source(_image(tmp_path, sector))
    [scan] = reading.files
    assert scan.path == "/盖章版.pdf" and scan.size == len(SCAN)
    assert not scan.complete and scan.sha256 is None
    unreadable = [f for f in reading.findings if f.code == "file_unreadable"]
    assert [f.path for f in unreadable] == ["/盖章版.pdf"]


@pytest.mark.parametrize("sector", ["far", "last"])
def test_verify_and_disc_add_finish_on_it(tmp_path: Path, sector: str) -> None:
    image = _image(tmp_path, sector)
    assert main(["verify", str(image)]) == 20  # returned: its scan cannot be read
    data = tmp_path / "data"
    assert main(["--data", str(data), "audit", "make-keyfile"]) == 0
    assert main(["--data", str(data), "disc", "add", str(image), "--unit", "西安市数据局",
                 "--quiet"]) == 20


def test_an_editable_whose_data_lies_past_the_end_is_unreadable_not_empty(
        tmp_path: Path) -> None:
    """Its bytes are missing, not absent from the document: the case says the file cannot be
    read, not that the unit sent an empty application."""
    from app.services.verify import verify

    editable = S.docx("智能标注案例")
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, joliet=3)
    iso.add_fp(io.BytesIO(editable), len(editable), "/APP.DOCX;1",
               joliet_path="/智能标注案例-可编辑版.docx")
    iso.add_fp(io.BytesIO(SCAN), len(SCAN), "/SCAN.PDF;1", joliet_path="/智能标注案例-盖章版.pdf")
    out = io.BytesIO()
    iso.write_fp(out)
    iso.close()
    data = bytearray(out.getvalue())
    for name in (b"APP.DOCX;1", "智能标注案例-可编辑版.docx".encode("utf-16-be")):
        record = data.index(name) - 33
        struct.pack_into("<I", data, record + 2, len(data) // 2048 + 50)
        struct.pack_into(">I", data, record + 6, len(data) // 2048 + 50)
    image = tmp_path / "cut.iso"
    image.write_bytes(bytes(data))
    result = verify(image)
    [own] = result.case_findings
    codes = [f.code for f in own]
    assert "file_unreadable" in codes and "editable_empty" not in codes
    assert "editable_corrupt" not in codes
