"""Discs with UDF only, as Windows burns "like a USB flash drive": listed by our own reader with
the same names, sizes and digests as any other disc."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from images import (
    genisoimage,
    office_package,
    pycdlib_hybrid,
    set_udf_label,
    sha256,
    strip_iso9660,
    udf_to_vat,
    write_tree,
)

from app.disc.drives import imaging
from app.disc.drives.block_source import FileSource
from app.disc.drives.imaging import image_disc
from app.disc.sources import read_source

MATERIALS = {
    "西安市数据局/01-智能标注平台/智能标注平台申报书（可编辑版）.docx": office_package(),
    "西安市数据局/01-智能标注平台/智能标注平台申报书（盖章版）.pdf": b"%PDF-1.7\n" + b"p" * 70000,
    "西安市数据局/02-医疗影像标注/医疗影像标注申报书（可编辑版）.docx": office_package(size=9000),
    "西安市数据局/附件2 数据标注优秀案例申报汇总表.xlsx": office_package("xl/workbook.xml"),
    "说明.txt": "本光盘共2个案例。\n".encode(),
    "空文件.txt": b"",
}


def listing(reading) -> dict[str, tuple[int, str | None]]:  # a DiscReading or a VolumeRead
    return {f.path.lstrip("/"): (f.size, f.sha256) for f in reading.files}


EXPECTED = {path: (len(data), sha256(data)) for path, data in MATERIALS.items()}


def codes(reading) -> list[str]:
    return sorted(f.code for f in reading.findings)


@pytest.fixture
def windows_like(tmp_path: Path) -> Path:
    """A hybrid with its ISO9660 descriptors removed and a Chinese label, as Windows leaves."""
    image = pycdlib_hybrid(tmp_path / "lfs.iso", MATERIALS, label="SJBZ")
    return strip_iso9660(set_udf_label(image, "申报材料"))


@pytest.fixture
def genisoimage_udf(tmp_path: Path) -> Path:
    tree = write_tree(tmp_path / "tree", MATERIALS)
    return strip_iso9660(genisoimage(tmp_path / "g.iso", tree, "-udf", "-J", "-R"),
                         compact=False)


def test_a_windows_style_udf_disc_lists_exact_names_sizes_and_digests(windows_like: Path) -> None:
    reading = read_source(windows_like)
    assert listing(reading) == EXPECTED
    assert codes(reading) == ["udf_only"]
    assert reading.volume.filesystems == ["udf"]
    assert reading.volume.label == "申报材料"
    assert reading.readable is True
    assert reading.source.sha256 == sha256(windows_like.read_bytes())
    docx = next(f for f in reading.files if f.path.endswith("（可编辑版）.docx"))
    assert docx.type == "docx" and docx.modified is not None


def test_genisoimage_udf_with_blank_sectors_before_it_is_read(genisoimage_udf: Path) -> None:
    reading = read_source(genisoimage_udf)
    assert listing(reading) == EXPECTED
    assert codes(reading) == ["udf_only"]


@pytest.mark.parametrize(("revision", "closed"), [(0x0150, False), (0x0201, False),
                                                  (0x0201, True)])
def test_a_packet_written_disc_is_read_through_its_vat(tmp_path: Path, revision: int,
                                                       closed: bool) -> None:
    tree = write_tree(tmp_path / "tree", MATERIALS)
    udf_only = strip_iso9660(genisoimage(tmp_path / "g.iso", tree, "-udf"))
    image = udf_to_vat(udf_only, revision=revision, closed=closed)
    reading = read_source(image)
    assert listing(reading) == EXPECTED
    expected = ["udf_only"] if closed else ["disc_not_closed", "udf_only"]
    assert codes(reading) == expected
    udf = next(f for f in reading.findings if f.code == "udf_only")
    assert udf.params["partition"] == "virtual"
    if shutil.which("udfinfo"):  # udftools' own reader agrees where the table is
        info = subprocess.run(["udfinfo", str(image)], capture_output=True, text=True).stdout
        assert f"vatblock={image.stat().st_size // 2048 - (2 if closed else 1)}" in info


@pytest.mark.skipif(shutil.which("mkudffs") is None, reason="udftools is not installed")
@pytest.mark.parametrize(("media", "revision"), [("hd", "1.02"), ("hd", "1.50"), ("hd", "2.01"),
                                                 ("cdr", "1.50"), ("cdr", "2.01"),
                                                 ("dvdr", "2.50"), ("cdrw", "2.01")])
def test_empty_discs_formatted_by_mkudffs_open_with_their_label(
        tmp_path: Path, media: str, revision: str) -> None:
    image = tmp_path / "blank.img"
    subprocess.run(["mkudffs", "--new-file", "--blocksize=2048", f"--media-type={media}",
                    f"--udfrev={revision}", "--label=空白光盘", str(image), "20000"],
                   check=True, capture_output=True, env={"LANG": "C.UTF-8", "PATH": "/usr/sbin"
                                                         ":/usr/bin:/sbin:/bin"})
    reading = read_source(image)
    assert reading.files == []
    assert reading.volume.label == "空白光盘"
    udf = next(f for f in reading.findings if f.code == "udf_only")
    assert udf.params["read"] is True and udf.params["revision"] == revision


def test_a_damaged_directory_is_named_and_the_rest_is_listed(windows_like: Path) -> None:
    data = bytearray(windows_like.read_bytes())
    reading = read_source(windows_like)
    case2 = next(f for f in reading.files if "02-医疗影像标注" in f.path)
    # The directory's identifiers sit in the sector before its file's entry: find the one
    # naming the file and break its tag.
    name = "医疗影像标注申报书（可编辑版）.docx".encode("utf-16-be")
    at = bytes(data).find(name)
    fid = bytes(data).rfind(b"\x01\x01", 0, at)  # the identifier's tag: 257, little-endian
    data[fid + 4] ^= 0xFF
    windows_like.write_bytes(bytes(data))

    damaged = read_source(windows_like)
    assert case2.path not in {f.path for f in damaged.files}
    assert {f.path for f in damaged.files} == {f.path for f in reading.files} - {case2.path}
    broken = [f for f in damaged.findings if f.code == "directory_damaged"]
    assert [f.path for f in broken] == ["/西安市数据局/02-医疗影像标注"]
    assert broken[0].detail_text("zh") == (
        f"无法完整列出的目录1处：/西安市数据局/02-医疗影像标注；已列出{len(damaged.files)}个文件")


def test_a_disc_whose_udf_cannot_be_followed_points_to_the_drive_folder(
        windows_like: Path) -> None:
    data = bytearray(windows_like.read_bytes())
    data[256 * 2048:257 * 2048] = bytes(2048)  # no anchor where readers look first
    data[-2048:] = bytes(2048)
    windows_like.write_bytes(bytes(data))
    reading = read_source(windows_like)
    assert reading.files == []
    udf = next(f for f in reading.findings if f.code == "udf_only")
    assert udf.params["read"] is False and "drive folder" in udf.detail
    assert reading.readable == "partial"


def test_imaging_a_udf_only_disc_digests_its_files_in_the_same_pass(
        windows_like: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imaging, "CHUNK", 64 << 10)
    monkeypatch.setattr(imaging, "FIRST_LOOK", 64 << 10)
    with FileSource(str(windows_like)) as source:
        imaged = image_disc(source, tmp_path / "copy.iso")
    assert imaged.structure_at < imaged.size
    assert listing(imaged.structure) == EXPECTED  # the structure lists files as a reading does
