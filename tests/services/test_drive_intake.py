"""A disc read from its drive: imaged once straight into the archive, checked from that copy,
unreadable sectors named with the files and cases they hit. A loop device stands in for the
drive where the machine allows one (root and losetup); `intake image` works on any path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from deliveries import case_names, disc_image
from drives import ScratchedDisc, loop_device
from images import sha256

from app.cli.main import main
from app.disc.drives.block_source import SECTOR
from app.disc.drives.imaging import image_disc
from app.disc.sources import bad_sector_findings, read_source
from app.services.calls import builtin_call
from app.services.ingest import add_disc
from app.services.register import Register
from app.services.verify import verify_reading

XIAN = "西安市数据局"


@pytest.fixture
def unit_disc(tmp_path: Path) -> Path:
    return disc_image(tmp_path / "xian.iso", XIAN, case_names(XIAN, 2))


def test_a_disc_in_the_drive_is_imaged_once_into_the_archive(hermetic: Path,
                                                             unit_disc: Path) -> None:
    with loop_device(unit_disc) as device, Register(hermetic) as reg:
        done = add_disc(reg, device, XIAN)
        staging = list(reg.archive.staging.iterdir())
    assert done.verification.reading.source.kind == "device"
    assert done.verification.reading.source.path == device
    assert done.image.read_bytes() == unit_disc.read_bytes()
    assert done.report["source"]["sha256"] == sha256(unit_disc.read_bytes())
    assert staging == []  # no partial image or map left behind
    assert done.verification.verdict == "accept"


def test_verify_reads_a_drive_through_a_copy_it_does_not_keep(unit_disc: Path, tmp_path: Path,
                                                              capsys) -> None:
    with loop_device(unit_disc) as device:
        code = main(["verify", device, "--unit", XIAN, "--json", str(tmp_path / "r.json"),
                     "--pdf", str(tmp_path / "sheet.pdf")])
    assert code == 0
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("intake-drive-*/disc.iso"))


def test_the_image_command_copies_and_resumes_and_names_what_it_could_not_read(
        unit_disc: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "copy.iso"
    assert main(["--lang", "en", "image", str(unit_disc), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Every sector was read." in printed and sha256(unit_disc.read_bytes()) in printed
    assert out.read_bytes() == unit_disc.read_bytes()
    assert main(["--lang", "en", "image", str(unit_disc), str(out)]) == 0
    assert "already complete" in capsys.readouterr().out


def test_bad_sectors_become_findings_on_the_files_and_their_cases(unit_disc: Path,
                                                                 tmp_path: Path) -> None:
    scan = next(f for f in read_source(unit_disc).files if f.path.endswith("-盖章版.pdf"))
    sector = scan.extents[0][0] // SECTOR + 1
    with ScratchedDisc(unit_disc, bad={sector, 5}) as drive:
        imaged = image_disc(drive, tmp_path / "copy.iso")
    reading = read_source(tmp_path / "copy.iso")  # the copy, checked as the drive's reading is
    findings = bad_sector_findings(imaged, reading.files)
    assert [(f.code, f.path, f.params["sectors"]) for f in findings] == [
        ("bad_sectors", scan.path, 1), ("bad_sectors", None, 1)]
    hit = next(f for f in reading.files if f.path == scan.path)
    assert hit.sha256 is None  # its bytes are partly zeros: no digest to trust

    reading.findings.extend(findings)
    v = verify_reading(reading, unit=XIAN, call=builtin_call())
    case = next(i for i, c in enumerate(v.linking.cases) if scan.path in c.paths["scan"])
    assert "bad_sectors" in {f.code for f in v.case_findings[case]}
    assert v.verdict == "return_for_correction"
