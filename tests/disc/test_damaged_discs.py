"""Discs damaged the ways peers still read: each is listed as far as it can be, the part lost is
named, and the clerk sees facts in words, never a traceback or a hang."""

from __future__ import annotations

import io
import struct
import subprocess
from pathlib import Path

import pycdlib
import pytest
from images import (
    SECTOR,
    genisoimage,
    need,
    pycdlib_hybrid,
    seal_udf_tag,
    sha256,
    strip_iso9660,
    write_tree,
)
from test_fuzz import time_bound

from app.disc.sources import read_source

FILES = {"西安/申报书.docx": b"PK\x03\x04" + bytes(3000),
         "西安/盖章版.pdf": b"%PDF-1.7\n" + bytes(5000),
         "宝鸡/申报书.docx": b"PK\x03\x04" + b"b" * 2000,
         "汇总表.xlsx": b"PK\x03\x04" + bytes(700)}


def codes(reading) -> list[str]:
    return sorted(f.code for f in reading.findings)


def listed(reading) -> dict[str, str | None]:
    return {f.path: f.sha256 for f in reading.files}


def whole(files: dict[str, bytes]) -> dict[str, str]:
    return {"/" + path: sha256(data) for path, data in files.items()}


@pytest.fixture
def disc(tmp_path: Path) -> Path:
    return genisoimage(tmp_path / "disc.iso", write_tree(tmp_path / "tree", FILES), "-J", "-R",
                       "-V", "XIAN_SJJ")


def edit(image: Path, change) -> Path:
    data = bytearray(image.read_bytes())
    change(data)
    image.write_bytes(bytes(data))
    return image


def read(image: Path):
    with time_bound(10):
        return read_source(image)


def directory_records(data: bytes, sector: int) -> list[tuple[int, bytes]]:
    """(offset in the image, identifier) of each record in one directory sector."""
    found, at = [], sector * SECTOR
    while data[at]:
        found.append((at, bytes(data[at + 33:at + 33 + data[at + 32]])))
        at += data[at]
    return found


def root_sector(data: bytes, descriptor: int = 16) -> int:
    return struct.unpack_from("<I", data, descriptor * SECTOR + 156 + 2)[0]


def test_volume_space_size_of_zero_neither_hangs_nor_loses_the_files(disc: Path) -> None:
    def zero_size(data: bytearray) -> None:
        struct.pack_into("<I", data, 16 * SECTOR + 80, 0)
        struct.pack_into(">I", data, 16 * SECTOR + 84, 0)

    reading = read(edit(disc, zero_size))
    assert listed(reading) == whole(FILES)
    assert reading.volume.sessions == 1
    assert reading.readable is True


@pytest.mark.parametrize("damage", ["zeroed", "garbage"])
def test_path_table_is_not_needed_to_list_the_disc(disc: Path, damage: str) -> None:
    def spoil_path_tables(data: bytearray) -> None:
        for descriptor in (16, 17):
            base = descriptor * SECTOR
            for at, order in ((140, "<"), (148, ">")):
                table = struct.unpack_from(f"{order}I", data, base + at)[0]
                fill = bytes(SECTOR) if damage == "zeroed" else b"\x07\xff" * (SECTOR // 2)
                data[table * SECTOR:(table + 1) * SECTOR] = fill

    reading = read(edit(disc, spoil_path_tables))
    assert listed(reading) == whole(FILES)
    assert codes(reading) == []
    assert reading.volume.label == "XIAN_SJJ"


def test_directory_loop_is_named_and_everything_else_listed(disc: Path) -> None:
    def loop_back(data: bytearray) -> None:
        for descriptor in (16, 17):  # in both trees, 西安 points back at the root
            root = root_sector(data, descriptor)
            for at, name in directory_records(data, root):
                if name not in (b"\x00", b"\x01") and data[at + 25] & 2:
                    wanted = "西安".encode("utf-16-be") if descriptor == 17 else None
                    if wanted is None or name == wanted:
                        struct.pack_into("<I", data, at + 2, root)
                        struct.pack_into(">I", data, at + 6, root)
                        break

    reading = read(edit(disc, loop_back))
    assert codes(reading) == ["directory_damaged"]
    lost = reading.findings[0]
    assert lost.path == "/西安"
    assert set(listed(reading)) >= {"/宝鸡/申报书.docx", "/汇总表.xlsx"}
    assert "西安" in lost.detail_text("zh") and "Error" not in lost.detail_text("zh")


def test_one_broken_record_costs_only_its_directory_sector(tmp_path: Path) -> None:
    files = {f"案例{i:02d}/申报书.docx": b"PK\x03\x04" + bytes([i]) * 500 for i in range(1, 9)}
    image = genisoimage(tmp_path / "d.iso", write_tree(tmp_path / "t", files), "-J", "-R")

    def break_one(data: bytearray) -> None:
        for descriptor in (16, 17):
            records = directory_records(data, root_sector(data, descriptor))
            at, _ = records[5]  # a record in the middle of the root: its length says 1
            data[at] = 1

    reading = read(edit(image, break_one))
    found = listed(reading)
    assert 1 <= len(found) < len(files)
    for path, digest in found.items():
        assert digest == sha256(files[path[1:]])
    (lost,) = [f for f in reading.findings if f.code == "directory_damaged"]
    assert lost.path == "/" and lost.params["listed"] == len(found)


def test_rock_ridge_continuation_loop(tmp_path: Path) -> None:
    name = "数据标注优秀案例申报书" * 6 + ".docx"  # long enough to need a continuation area
    files = {name: b"PK\x03\x04" + bytes(100), "说明.txt": b"readme"}
    image = genisoimage(tmp_path / "ce.iso", write_tree(tmp_path / "t", files), "-R", "-J",
                        "-joliet-long")

    def loop(data: bytearray) -> None:
        at = bytes(data).find(b"CE\x1c\x01")
        assert at > 0
        block, offset = divmod(at, SECTOR)  # the area it continues in is itself
        struct.pack_into("<II", data, at + 4, block, 0)
        struct.pack_into(">I", data, at + 8, block)
        struct.pack_into("<I", data, at + 12, offset)
        struct.pack_into(">I", data, at + 16, offset)

    reading = read(edit(image, loop))
    assert len(reading.files) == 2
    assert listed(reading)["/说明.txt"] == sha256(b"readme")


def test_zisofs_files_are_listed_and_flagged(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "t", {"申报书.docx": b"PK\x03\x04" + b"abc" * 30000,
                                       "说明.txt": b"readme"})
    image = tmp_path / "z.iso"
    subprocess.run([need("xorriso"), "-outdev", str(image), "-joliet", "on", "-rockridge", "on",
                    "-zisofs", "level=6", "-map", str(tree), "/", "-set_filter_r", "--zisofs",
                    "/", "--", "-commit"], check=True, capture_output=True)
    reading = read(image)
    assert sorted(listed(reading)) == ["/申报书.docx", "/说明.txt"]
    flagged = [f for f in reading.findings if f.code == "file_compressed_zisofs"]
    assert [f.path for f in flagged] == ["/申报书.docx"]
    assert flagged[0].params["size"] == 4 + 90000
    docx = next(f for f in reading.files if f.path == "/申报书.docx")
    assert docx.size < 90000  # as Windows shows it: the compressed bytes


def test_cut_before_the_directories_keeps_label_and_declared_size(disc: Path) -> None:
    size = disc.stat().st_size
    edit(disc, lambda data: data.__delitem__(slice(20 * SECTOR, None)))
    reading = read(disc)
    assert codes(reading) == ["image_truncated"]
    assert reading.readable == "partial"
    assert reading.volume.label == "XIAN_SJJ"
    assert reading.volume.declared_size == size
    (cut,) = reading.findings
    assert cut.detail_text("zh") == f"镜像仅有{20 * SECTOR}字节，文件系统声明{size}字节"


def test_cut_inside_the_directories_names_what_is_lost(disc: Path) -> None:
    data = disc.read_bytes()
    joliet_root = root_sector(data, 17)
    edit(disc, lambda raw: raw.__delitem__(slice((joliet_root + 1) * SECTOR, None)))
    reading = read(disc)
    assert "image_truncated" in codes(reading) and "directory_damaged" in codes(reading)
    assert reading.volume.label == "XIAN_SJJ"


def test_gbk_volume_label_reads_as_chinese(tmp_path: Path) -> None:
    files = {b"\xc9\xea\xb1\xa8\xca\xe9.doc": b"\xd0\xcf\x11\xe0" + bytes(500)}  # 申报书.doc
    image = genisoimage(tmp_path / "g.iso", write_tree(tmp_path / "t", files))

    def gbk_label(data: bytearray) -> None:
        data[16 * SECTOR + 40:16 * SECTOR + 72] = "西安市数据局".encode("gbk").ljust(32, b" ")

    reading = read(edit(image, gbk_label))
    assert reading.volume.label == "西安市数据局"


@pytest.mark.parametrize("kind", ["iso9660", "udf"])
def test_an_empty_disc_is_readable_and_empty(tmp_path: Path, kind: str) -> None:
    if kind == "iso9660":
        (tmp_path / "empty").mkdir()
        image = genisoimage(tmp_path / "e.iso", tmp_path / "empty", "-J", "-R")
    else:
        image = strip_iso9660(pycdlib_hybrid(tmp_path / "e.iso", {}))
    reading = read(image)
    assert reading.files == []
    assert reading.readable is True


def test_rock_ridge_without_joliet_warns_of_8_3_names(tmp_path: Path) -> None:
    image = genisoimage(tmp_path / "rr.iso", write_tree(tmp_path / "t", FILES), "-R")
    reading = read(image)
    assert "names_8_3_only" in codes(reading)
    assert listed(reading) == whole(FILES)  # the checks still see the Rock Ridge names


def test_invisible_and_right_to_left_characters_are_written_out(tmp_path: Path) -> None:
    names = ["申报书\u202excod.exe", "说明\u200b.txt", "表\ufffe.xlsx", "del\x7f.pdf"]
    iso = pycdlib.PyCdlib()
    iso.new(joliet=3)
    for index, name in enumerate(names):
        iso.add_fp(io.BytesIO(b"MZ" + bytes(index)), 2 + index, f"/F{index}.;1",
                   joliet_path="/" + name)
    image = tmp_path / "odd.iso"
    iso.write(str(image))
    iso.close()
    reading = read(image)
    shown = sorted(f.path for f in reading.files)
    assert shown == sorted(["/申报书<U+202E>xcod.exe", "/说明<U+200B>.txt", "/表<U+FFFE>.xlsx",
                            "/del<U+007F>.pdf"])
    flagged = {f.path: f.params["characters"] for f in reading.findings
               if f.code == "suspicious_name"}
    assert flagged["/申报书<U+202E>xcod.exe"] == ["U+202E"]
    assert len(flagged) == 4
    exe = next(f for f in reading.files if "xcod" in f.path)
    assert exe.name.endswith(".exe")  # what Windows would run, whatever it shows
    assert exe.names["joliet"] == "/" + names[0]


def test_symbolic_links_are_listed_as_links(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "t", {"西安/申报书.docx": b"PK\x03\x04" + bytes(100)})
    (tree / "快捷.docx").symlink_to("西安/申报书.docx")
    (tree / "passwd").symlink_to("/etc/passwd")
    reading = read(genisoimage(tmp_path / "l.iso", tree, "-J", "-R"))
    links = {f.path: f.params["target"] for f in reading.findings if f.code == "symlink_present"}
    assert links == {"/快捷.docx": "西安/申报书.docx", "/passwd": "/etc/passwd"}
    link = next(f for f in reading.files if f.path == "/快捷.docx")
    assert link.size == 0 and link.link == "西安/申报书.docx"


def test_a_file_of_hundreds_of_gigabyte_extents_is_read_at_once(tmp_path: Path) -> None:
    image = strip_iso9660(pycdlib_hybrid(tmp_path / "u.iso", {"数据集.zip": bytes(5000),
                                                               "说明.txt": b"readme"}))

    def huge_extents(data: bytearray) -> None:
        for sector in range(len(data) // SECTOR):
            at = sector * SECTOR
            if (struct.unpack_from("<H", data, at)[0] == 261 and data[at + 27] == 5
                    and struct.unpack_from("<Q", data, at + 56)[0] == 5000):
                ea_length = struct.unpack_from("<I", data, at + 168)[0]
                count = (SECTOR - 176 - ea_length) // 8
                ads = b"".join(struct.pack("<II", 0x3FFFF800, 1000 + i) for i in range(count))
                data[at + 176 + ea_length:at + 176 + ea_length + len(ads)] = ads
                struct.pack_into("<I", data, at + 172, len(ads))
                struct.pack_into("<Q", data, at + 56, 0x3FFFF800 * count)
                struct.pack_into("<H", data, at + 34, struct.unpack_from("<H", data, at + 34)[0]
                                 & ~7)  # short allocation descriptors
                struct.pack_into("<H", data, at + 10, SECTOR - 16)
                seal_udf_tag(data, at)
                return
        raise AssertionError("no file entry found")

    reading = read(edit(image, huge_extents))
    zipped = next(f for f in reading.files if f.path == "/数据集.zip")
    assert zipped.size > 200 << 30 and not zipped.complete
    assert listed(reading)["/说明.txt"] == sha256(b"readme")
    assert "file_unreadable" in codes(reading)
