"""Imaging a disc from its drive: a file stands in for the device, read through a source that
fails on chosen sectors, the way a scratched disc does."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from drives import ScratchedDisc, loop_device
from images import office_package, pycdlib_hybrid, sha256

from app.core.progress import CancelToken
from app.disc.drives import imaging
from app.disc.drives.block_source import SECTOR, FileSource
from app.disc.drives.imaging import files_hit, image_disc, map_path_for
from app.disc.drives.rescue_map import BAD, DONE, RescueMap
from app.errors import Cancelled, DriveLost

BIG = "西安市数据局/01-智能标注平台/宣传视频.mp4"
FILES = {
    "西安市数据局/01-智能标注平台/智能标注平台申报书（可编辑版）.docx": office_package(),
    BIG: os.urandom(3 << 20),
    "西安市数据局/附件2 数据标注优秀案例申报汇总表.xlsx": office_package("xl/workbook.xml"),
}

EXPECTED = {path: sha256(data) for path, data in FILES.items()}


def digests(imaged) -> dict[str, str | None]:
    return {f.path.lstrip("/"): f.sha256 for f in imaged.structure.files}


@pytest.fixture
def small_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reads a few times smaller than a real run's, so a test image spans many of them."""
    monkeypatch.setattr(imaging, "CHUNK", 256 << 10)
    monkeypatch.setattr(imaging, "RETRY_READ", 16 << 10)
    monkeypatch.setattr(imaging, "FIRST_LOOK", 64 << 10)


@pytest.fixture
def disc(tmp_path: Path) -> Path:
    return pycdlib_hybrid(tmp_path / "disc.iso", FILES, label="SJBZ")


def sectors_of(image: Path, name: str) -> range:
    """The sectors a file of the disc occupies, read from the disc's own structure."""
    with FileSource(str(image)) as whole:
        structure = image_disc(whole, image.with_name("probe.iso")).structure
    found = next(f for f in structure.files if f.path.endswith(name.rsplit("/", 1)[-1]))
    offset, length = found.extents[0]
    return range(offset // SECTOR, (offset + length) // SECTOR)


def test_a_whole_disc_is_copied_and_digested_in_one_pass(disc: Path, tmp_path: Path,
                                                         small_reads: None) -> None:
    out = tmp_path / "copy.iso"
    with ScratchedDisc(disc) as source:
        imaged = image_disc(source, out)
        assert source.read_bytes == disc.stat().st_size  # nothing read twice
    assert out.read_bytes() == disc.read_bytes()
    assert imaged.sha256 == sha256(disc.read_bytes())
    assert imaged.bad == [] and not imaged.resumed
    assert imaged.structure_at < imaged.size // 2  # the files were digested as they passed
    assert digests(imaged) == EXPECTED
    assert RescueMap.parse(map_path_for(out).read_text(), imaged.size).spans[0].state == DONE


def test_unreadable_sectors_are_mapped_to_the_files_they_fall_in(
        disc: Path, tmp_path: Path, small_reads: None) -> None:
    video = sectors_of(disc, BIG)
    bad = {video.start + 10, video.start + 11, video.start + 700}
    flaky = {video.start + 300}  # fails once, reads on the retry
    out = tmp_path / "copy.iso"
    with ScratchedDisc(disc, bad=bad, flaky=flaky) as source:
        imaged = image_disc(source, out)

    assert [(s.start // SECTOR, s.length // SECTOR) for s in imaged.bad] == [
        (video.start + 10, 2), (video.start + 700, 1)]
    assert imaged.bad_sectors == 3
    mapped = RescueMap.parse(map_path_for(out).read_text(), imaged.size)
    assert mapped.of_state(BAD) == imaged.bad
    original, copied = disc.read_bytes(), out.read_bytes()
    for sector in range(len(original) // SECTOR):
        span = slice(sector * SECTOR, (sector + 1) * SECTOR)
        expected = bytes(SECTOR) if sector in bad else original[span]
        assert copied[span] == expected, sector
    assert imaged.sha256 == sha256(copied)
    assert files_hit(imaged.structure.files, imaged.bad) == {"/" + BIG: 3 * SECTOR}
    others = [f for f in imaged.structure.files if not f.path.endswith(".mp4")]
    assert all(f.sha256 == sha256(FILES[f.path.lstrip("/")]) for f in others)


def test_an_interrupted_run_resumes_where_it_stopped(disc: Path, tmp_path: Path,
                                                     small_reads: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imaging, "CHECKPOINT_SECONDS", 0.0)
    out = tmp_path / "copy.iso"
    size = disc.stat().st_size
    cancel = CancelToken()
    with ScratchedDisc(disc, cancel_after=(size // 2, cancel)) as source, \
            pytest.raises(Cancelled):
        image_disc(source, out, cancel=cancel)
    left = RescueMap.parse(map_path_for(out).read_text(), size)
    copied_before = left.count(DONE)
    assert 0 < copied_before < size

    with ScratchedDisc(disc) as source:
        imaged = image_disc(source, out)
        # Only what was left, and the descriptors read again to see it is the same disc.
        assert source.read_bytes == size - copied_before + 32 * SECTOR
    assert imaged.resumed
    assert out.read_bytes() == disc.read_bytes()
    assert imaged.sha256 == sha256(disc.read_bytes())
    assert digests(imaged) == EXPECTED


def test_a_disc_shorter_than_its_device_says_is_mapped_not_failed(
        disc: Path, tmp_path: Path, small_reads: None) -> None:
    with ScratchedDisc(disc) as source:
        source.size += 64 * SECTOR  # the drive reports a size the medium does not reach
        imaged = image_disc(source, tmp_path / "copy.iso")
    assert [(s.start, s.length) for s in imaged.bad] == [(disc.stat().st_size, 64 * SECTOR)]
    assert files_hit(imaged.structure.files, imaged.bad) == {}


def test_a_loop_device_images_like_the_file_behind_it(disc: Path, tmp_path: Path) -> None:
    with loop_device(disc) as device, FileSource(device) as source:
        assert source.size == disc.stat().st_size
        imaged = image_disc(source, tmp_path / "copy.iso")
    assert imaged.sha256 == sha256(disc.read_bytes()) and imaged.bad == []


def test_a_different_disc_in_the_drive_starts_afresh(disc: Path, tmp_path: Path,
                                                     small_reads: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imaging, "CHECKPOINT_SECONDS", 0.0)
    out = tmp_path / "copy.iso"
    cancel = CancelToken()
    with ScratchedDisc(disc, cancel_after=(disc.stat().st_size // 2, cancel)) as source, \
            pytest.raises(Cancelled):
        image_disc(source, out, cancel=cancel)
    other = pycdlib_hybrid(tmp_path / "other.iso", {**FILES, "补充.txt": b"x"}, label="OTHER")
    with ScratchedDisc(other) as source:
        imaged = image_disc(source, out)
    assert not imaged.resumed
    assert out.read_bytes() == other.read_bytes()


def test_a_disc_taken_out_mid_copy_stops_with_a_clear_error_and_resumes(
        disc: Path, tmp_path: Path, small_reads: None) -> None:
    out = tmp_path / "copy.iso"

    class Ejected(ScratchedDisc):
        def read_into(self, offset: int, buffer: memoryview) -> int:
            if self.read_bytes >= self.size // 2:
                raise OSError(errno.ENOMEDIUM, "No medium found")
            return super().read_into(offset, buffer)

    with Ejected(disc) as drive, pytest.raises(DriveLost):
        image_disc(drive, out)
    assert RescueMap.parse(map_path_for(out).read_text(), drive.size).count(DONE) > 0
    with ScratchedDisc(disc) as drive:
        imaged = image_disc(drive, out)
    assert imaged.resumed and out.read_bytes() == disc.read_bytes()
