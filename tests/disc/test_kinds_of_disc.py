"""Every kind of disc the burners in use write: names, sizes, digests and findings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from images import (
    disc_multisession,
    genisoimage,
    office_package,
    pycdlib_hybrid,
    set_udf_label,
    sha256,
    write_tree,
    xorriso_sessions,
)

from app.disc.sources import read_source

MATERIALS = {
    "西安市数据局/01-智能标注平台/智能标注平台申报书（可编辑版）.docx": office_package(),
    "西安市数据局/01-智能标注平台/智能标注平台申报书（盖章版）.pdf": b"%PDF-1.7\n" + b"p" * 70000,
    "西安市数据局/附件2 数据标注优秀案例申报汇总表.xlsx": office_package("xl/workbook.xml"),
    "说明.txt": "本光盘共1个案例。\n".encode(),
}


def codes(reading) -> list[str]:
    return sorted(f.code for f in reading.findings)


def by_path(reading) -> dict[str, object]:
    return {f.path: f for f in reading.files}


def assert_materials(reading, files: dict[str, bytes]) -> None:
    found = by_path(reading)
    assert sorted(found) == sorted("/" + p for p in files)
    for rel, data in files.items():
        entry = found["/" + rel]
        assert entry.size == len(data)
        assert entry.sha256 == sha256(data)
        assert entry.complete


def assert_extents_hold_content(image: Path, reading, files: dict[str, bytes]) -> None:
    raw = image.read_bytes()
    for f in reading.files:
        body = b"".join(raw[o:o + n] for o, n in f.extents)
        assert body == files[f.path[1:]]


def test_joliet_rock_ridge_as_nero_and_imgburn_write(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "tree", MATERIALS)
    image = genisoimage(tmp_path / "jr.iso", tree, "-J", "-R", "-V", "XIAN_SJJ")
    reading = read_source(image)
    assert reading.readable is True
    assert codes(reading) == []
    assert reading.volume.filesystems == ["iso9660", "joliet", "rockridge"]
    assert reading.volume.label == "XIAN_SJJ"
    assert reading.volume.sessions == 1
    assert_materials(reading, MATERIALS)
    assert_extents_hold_content(image, reading, MATERIALS)
    assert reading.source.sha256 == sha256(image.read_bytes())
    entry = by_path(reading)["/说明.txt"]
    assert entry.names["joliet"] == "/说明.txt"
    assert entry.names["rockridge"] == "/说明.txt"
    assert entry.names["iso9660"].isascii()
    assert entry.type == "txt"


def test_udf_hybrid_as_windows_burns_it(tmp_path: Path) -> None:
    image = pycdlib_hybrid(tmp_path / "udf.iso", MATERIALS, label="SJBZ2025")
    reading = read_source(image)
    assert reading.readable is True
    assert codes(reading) == []
    assert reading.volume.filesystems == ["iso9660", "joliet", "rockridge", "udf"]
    assert reading.volume.labels["udf"] == "SJBZ2025"
    assert reading.volume.label == "SJBZ2025"
    assert_materials(reading, MATERIALS)
    assert_extents_hold_content(image, reading, MATERIALS)
    entry = by_path(reading)["/说明.txt"]
    assert set(entry.names) == {"udf", "joliet", "rockridge", "iso9660"}
    assert entry.names["iso9660"].startswith("/F")


def test_windows_shows_the_udf_label(tmp_path: Path) -> None:
    image = set_udf_label(pycdlib_hybrid(tmp_path / "l.iso", MATERIALS, label="CDROM"),
                          "西安市数据局申报材料")
    reading = read_source(image)
    assert codes(reading) == []
    assert reading.volume.label == "西安市数据局申报材料"
    assert reading.volume.labels == {"iso9660": "CDROM", "joliet": "CDROM",
                                     "udf": "西安市数据局申报材料"}


def test_plain_iso9660_with_8_3_names(tmp_path: Path) -> None:
    files = {"SBS01.DOC": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
             "SMJ/GZB01.PDF": b"%PDF-1.4\n" + bytes(5000)}
    tree = write_tree(tmp_path / "tree", files)
    image = genisoimage(tmp_path / "plain.iso", tree)
    reading = read_source(image)
    assert reading.volume.filesystems == ["iso9660"]
    assert reading.volume.iso_level == 1
    assert codes(reading) == ["names_8_3_only"]
    assert_materials(reading, files)
    assert by_path(reading)["/SBS01.DOC"].type == "doc"


def test_iso9660_names_in_gbk_as_old_burners_write_them(tmp_path: Path) -> None:
    names = {"数据标注案例申报书（盖章版）.pdf": b"%PDF-1.5\n" + b"s" * 4000,
             "汇总表.xlsx": b"PK\x03\x04" + b"t" * 100}
    tree = write_tree(tmp_path / "tree", {n.encode("gbk"): d for n, d in names.items()})
    image = genisoimage(tmp_path / "gbk.iso", tree, "-iso-level", "4",
                        "-input-charset", "iso8859-1")
    reading = read_source(image)
    assert reading.readable is True
    assert codes(reading) == ["nonstandard_name_encoding"]
    assert_materials(reading, names)


def test_multisession_disc_read_in_its_final_state(tmp_path: Path) -> None:
    first = write_tree(tmp_path / "s1", {"案例一申报书.docx": b"PK\x03\x04old" + bytes(3000),
                                         "案例一盖章版.pdf": b"%PDF-1.6\n" + bytes(9000)})
    second = write_tree(tmp_path / "s2",
                        {"案例一申报书（更正）.docx": b"PK\x03\x04new" + bytes(2000)})
    image = disc_multisession(tmp_path / "ms.iso", [first, second])
    reading = read_source(image)
    assert reading.volume.sessions == 2
    assert codes(reading) == ["multisession"]
    paths = sorted(by_path(reading))
    assert paths == ["/案例一申报书.docx", "/案例一申报书（更正）.docx", "/案例一盖章版.pdf"]
    assert by_path(reading)["/案例一申报书（更正）.docx"].sha256 == sha256(
        b"PK\x03\x04new" + bytes(2000))
    assert by_path(reading)["/案例一盖章版.pdf"].sha256 == sha256(b"%PDF-1.6\n" + bytes(9000))


def test_multisession_image_appended_by_xorriso(tmp_path: Path) -> None:
    image = xorriso_sessions(tmp_path / "x.iso", [
        {"申报书.docx": b"PK\x03\x04" + b"1" * 100},
        {"申报书-更正.docx": b"PK\x03\x04" + b"2" * 100},
        {"盖章版.pdf": b"%PDF-1.7\n" + b"3" * 100},
    ], tmp_path)
    reading = read_source(image)
    assert reading.volume.sessions == 3
    assert codes(reading) == ["multisession"]
    assert sorted(by_path(reading)) == ["/申报书-更正.docx", "/申报书.docx", "/盖章版.pdf"]


def test_long_joliet_name_shown_from_rock_ridge(tmp_path: Path) -> None:
    long_name = "陕西省数据标注优秀案例" * 5 + "申报书（盖章版）.pdf"  # 67 characters
    data = b"%PDF-1.7\n" + bytes(100)
    tree = write_tree(tmp_path / "tree", {long_name: data})
    image = genisoimage(tmp_path / "long.iso", tree, "-J", "-R")
    reading = read_source(image)
    assert codes(reading) == ["joliet_name_truncated"]
    (entry,) = reading.files
    assert entry.path == "/" + long_name
    assert len(entry.names["joliet"]) == 65  # "/" + 64 characters
    assert reading.findings[0].path == "/" + long_name


def test_deep_tree_relocated_in_iso9660(tmp_path: Path) -> None:
    deep = "/".join(f"第{i}层" for i in range(1, 11))
    files = {f"{deep}/证明材料.pdf": b"%PDF-1.4\n" + bytes(500)}
    tree = write_tree(tmp_path / "tree", files)
    image = genisoimage(tmp_path / "deep.iso", tree, "-J", "-R")
    reading = read_source(image)
    assert "path_too_deep" in codes(reading)
    assert_materials(reading, files)
    (entry,) = reading.files
    assert entry.names["rockridge"] == f"/{deep}/证明材料.pdf"
    assert entry.names["iso9660"].upper().startswith("/RR_MOVED")


@pytest.mark.parametrize("keep", [0.5, 0.8])
def test_truncated_image_lists_everything_and_hashes_what_is_there(tmp_path: Path,
                                                                 keep: float) -> None:
    files = {f"案例{i}.pdf": b"%PDF-1.7\n" + bytes([i]) * 200_000 for i in range(1, 6)}
    tree = write_tree(tmp_path / "tree", files)
    whole = genisoimage(tmp_path / "whole.iso", tree, "-J", "-R")
    raw = whole.read_bytes()
    cut = tmp_path / "cut.iso"
    cut.write_bytes(raw[: int(len(raw) * keep) // 2048 * 2048])
    reading = read_source(cut)
    assert reading.readable == "partial"
    assert "image_truncated" in codes(reading)
    assert len(reading.files) == 5
    whole_reading = read_source(whole)
    extents = {f.path: f.extents for f in whole_reading.files}
    end = cut.stat().st_size
    for f in reading.files:
        data = files[f.path[1:]]
        offset, _ = extents[f.path][0]
        if offset + len(data) <= end:
            assert f.sha256 == sha256(data)
        else:
            assert f.sha256 is None and not f.complete
            assert f.bytes_read == max(0, end - offset)
            assert any(x.code == "file_unreadable" and x.path == f.path for x in reading.findings)


@pytest.mark.parametrize("damage", ["zero_pvd", "not_an_image", "empty", "garbage_pvd"])
def test_unreadable_sources_become_a_finding(tmp_path: Path, damage: str) -> None:
    tree = write_tree(tmp_path / "tree", {"a.txt": b"abc"})
    image = genisoimage(tmp_path / "d.iso", tree, "-J")
    raw = bytearray(image.read_bytes())
    if damage == "zero_pvd":
        raw[16 * 2048:17 * 2048] = bytes(2048)
    elif damage == "not_an_image":
        raw = bytearray(b"PK\x03\x04 this is a zip, not a disc" * 100)
    elif damage == "empty":
        raw = bytearray()
    else:  # both trees' descriptors: with either left, its tree is listed
        for sector in (16, 17):
            raw[sector * 2048 + 80:sector * 2048 + 200] = b"\xff" * 120
    image.write_bytes(bytes(raw))
    reading = read_source(image)
    assert reading.readable is False
    assert codes(reading) == ["image_unreadable"]
    assert reading.files == []


def test_content_not_matching_extension(tmp_path: Path) -> None:
    files = {"盖章版.pdf": b"\xff\xd8\xff\xe0" + bytes(300),  # a JPG named .pdf
             "申报书.doc": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(60),
             "申报书.docx": b"PK\x03\x04" + bytes(300)}
    tree = write_tree(tmp_path / "tree", files)
    reading = read_source(genisoimage(tmp_path / "m.iso", tree, "-J", "-R"))
    mismatched = sorted(f.path for f in reading.findings if f.code == "extension_mismatch")
    assert mismatched == ["/申报书.doc", "/盖章版.pdf"]


def test_mounted_folder_is_a_source_too(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "E盘", MATERIALS)
    reading = read_source(tree)
    assert reading.source.kind == "folder"
    assert reading.readable is True
    assert_materials(reading, MATERIALS)


def test_unreadable_primary_tree_is_listed_from_joliet(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "tree", {"西安/申报书.docx": b"PK" + bytes(300)})
    image = genisoimage(tmp_path / "d.iso", tree, "-J")
    raw = bytearray(image.read_bytes())
    raw[16 * 2048 + 80:16 * 2048 + 200] = b"\xff" * 120  # the PVD's sizes and root record
    image.write_bytes(bytes(raw))
    reading = read_source(image)
    assert reading.readable is True
    assert [f.path for f in reading.files] == ["/西安/申报书.docx"]
    assert reading.files[0].sha256 == sha256(b"PK" + bytes(300))
    assert codes(reading) == []


def _break_last_session(image: Path, *, joliet_too: bool) -> None:
    raw = bytearray(image.read_bytes())
    last_pvd = max(s for s in range(16, len(raw) // 2048)
                   if raw[s * 2048:s * 2048 + 7] == b"\x01CD001\x01")
    broken = (last_pvd, last_pvd + 1) if joliet_too else (last_pvd,)
    for sector in broken:  # the root directory record of the session's descriptors
        raw[sector * 2048 + 156:sector * 2048 + 190] = b"\xff" * 34
    image.write_bytes(bytes(raw))


def test_damaged_last_session_is_read_from_its_joliet_tree(tmp_path: Path) -> None:
    first = write_tree(tmp_path / "s1", {"申报书.docx": office_package()})
    second = write_tree(tmp_path / "s2", {"更正.docx": office_package(size=10)})
    image = disc_multisession(tmp_path / "ms.iso", [first, second], gap=6_900)
    _break_last_session(image, joliet_too=False)
    reading = read_source(image)
    assert sorted(by_path(reading)) == ["/更正.docx", "/申报书.docx"]
    assert "the last one was read" in next(
        f.detail for f in reading.findings if f.code == "multisession")
    assert reading.readable is True


def test_damaged_last_session_falls_back_to_the_first(tmp_path: Path) -> None:
    first = write_tree(tmp_path / "s1", {"申报书.docx": office_package()})
    second = write_tree(tmp_path / "s2", {"更正.docx": office_package(size=10)})
    image = disc_multisession(tmp_path / "ms.iso", [first, second], gap=6_900)
    _break_last_session(image, joliet_too=True)
    reading = read_source(image)
    assert sorted(by_path(reading)) == ["/申报书.docx"]
    assert reading.volume.sessions == 2
    assert "the first one was read" in next(
        f.detail for f in reading.findings if f.code == "multisession")
    assert reading.readable == "partial"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX folders")
def test_links_and_pipes_in_a_folder_are_said_not_skipped(tmp_path: Path) -> None:
    root = tmp_path / "disc"
    root.mkdir()
    (root / "申报书.docx").write_bytes(b"PK\x03\x04" + bytes(40))
    (root / "链接.pdf").symlink_to("/etc/passwd")
    os.mkfifo(root / "管道")
    reading = read_source(root)
    assert [f.path for f in reading.files] == ["/申报书.docx"]
    said = {(f.code, f.path, f.params.get("why")) for f in reading.findings}
    assert ("symlink_present", "/链接.pdf", None) in said
    assert ("file_unreadable", "/管道", "special_file") in said


def _joliet_named(tmp_path: Path, shown: str, written: str) -> Path:
    """An image whose Joliet name of its one file is `written` (patched in after pycdlib,
    which would refuse it): `shown` is a same-length stand-in."""
    import io

    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, joliet=3)
    iso.add_fp(io.BytesIO(b"%PDF-1.4\n"), 9, "/X.PDF;1", joliet_path=f"/{shown}")
    out = io.BytesIO()
    iso.write_fp(out)
    iso.close()
    data = out.getvalue().replace(shown.encode("utf-16-be"), written.encode("utf-16-be"))
    path = tmp_path / "named.iso"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("shown", "written", "listed"), [
    ("abcx.pdf", "..\\x.pdf", "/..<U+005C>x.pdf"),
    ("a_b.pdf", "a/b.pdf", "/a<U+002F>b.pdf"),
])
def test_a_name_holding_a_separator_is_suspicious(tmp_path: Path, shown: str, written: str,
                                                  listed: str) -> None:
    reading = read_source(_joliet_named(tmp_path, shown, written))
    assert [f.path for f in reading.files] == [listed]  # one file, at the root, as it is
    assert [(f.code, f.path) for f in reading.findings if f.code == "suspicious_name"] == [
        ("suspicious_name", listed)]
