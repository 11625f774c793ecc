"""Disc images built in code, the way the burners in use write them."""

from __future__ import annotations

import binascii
import hashlib
import io
import os
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

from app.demo.burn import write_iso as pycdlib_hybrid

__all__ = ["pycdlib_hybrid"]  # the tests burn their discs through this module

SECTOR = 2048


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        raise RuntimeError(f"{tool} is not installed; .ci/run installs it")
    return found


def office_package(main_part: str = "word/document.xml", size: int = 2000) -> bytes:
    """A zip laid out as Word and WPS save a .docx (enough for format sniffing)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr(main_part, "<w:document>" + "字" * size + "</w:document>")
    return buffer.getvalue()


def write_tree(root: Path, files: dict[str, bytes]) -> Path:
    """files: relative path (str, or bytes for names in a legacy encoding) -> content."""
    root.mkdir(parents=True, exist_ok=True)
    for rel, data in files.items():
        target = root / (os.fsdecode(rel) if isinstance(rel, bytes) else rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def genisoimage(out: Path, tree: Path, *args: str) -> Path:
    subprocess.run([need("genisoimage"), "-quiet", "-o", str(out), *args, str(tree)],
                   check=True, capture_output=True)
    return out


def find_descriptors(image: bytes, ident: bytes = b"CD001") -> list[int]:
    return [s for s in range(16, min(len(image) // SECTOR, 64))
            if image[s * SECTOR + 1:s * SECTOR + 6] == ident]


def strip_iso9660(image_path: Path, *, compact: bool = True) -> Path:
    """Remove the ISO9660 descriptors of a UDF hybrid, leaving what a UDF-only burn has.
    compact: move the UDF recognition sequence to sector 16, where Windows writes it;
    otherwise leave blank sectors in front of it."""
    data = bytearray(image_path.read_bytes())
    for sector in find_descriptors(bytes(data)):
        data[sector * SECTOR:(sector + 1) * SECTOR] = bytes(SECTOR)
    if compact:
        udf = [s for s in range(16, 64)
               if data[s * SECTOR + 1:s * SECTOR + 6] in (b"BEA01", b"NSR02", b"NSR03", b"TEA01")]
        sequence = [bytes(data[s * SECTOR:(s + 1) * SECTOR]) for s in udf]
        for s in udf:
            data[s * SECTOR:(s + 1) * SECTOR] = bytes(SECTOR)
        for index, sector_data in enumerate(sequence):
            data[(16 + index) * SECTOR:(17 + index) * SECTOR] = sector_data
    image_path.write_bytes(bytes(data))
    return image_path


def disc_multisession(out: Path, sessions: list[Path], gap: int = 11_400) -> Path:
    """What reading a multi-session CD-R gives: each later session written by genisoimage -C/-M
    at the next writable address, behind the lead-out/lead-in gap."""
    need("genisoimage")
    work = out.parent / (out.name + ".sessions")
    work.mkdir(exist_ok=True)
    image = bytearray()
    prev_start: int | None = None
    for index, tree in enumerate(sessions):
        session_file = work / f"s{index}.iso"
        args = ["-J", "-R"]
        if prev_start is None:
            genisoimage(session_file, tree, *args)
            start = 0
        else:
            start = len(image) // SECTOR + gap
            genisoimage(session_file, tree, *args, "-C", f"{prev_start},{start}",
                        "-M", str(out))
        data = session_file.read_bytes()
        image.extend(bytes(start * SECTOR - len(image)))
        image.extend(data)
        out.write_bytes(bytes(image))
        prev_start = start
    return out


def xorriso_sessions(out: Path, sessions: list[dict[str, bytes]], work: Path) -> Path:
    """Sessions appended by xorriso to an image file (its emulated multi-session TOC)."""
    xorriso = need("xorriso")
    for index, files in enumerate(sessions):
        tree = write_tree(work / f"x{index}", files)
        cmd = [xorriso, "-dev" if out.exists() else "-outdev", str(out), "-joliet", "on",
               "-rockridge", "on"]
        for rel in files:
            cmd += ["-map", str(tree / rel), "/" + rel]
        subprocess.run([*cmd, "-commit"], check=True, capture_output=True)
    return out


def _udf_descriptors(data: bytes) -> list[int]:
    """Sectors of the main and reserve volume descriptor sequences, from the anchor at 256."""
    anchor = 256 * SECTOR
    sectors = []
    for at in (16, 24):
        length, location = struct.unpack_from("<II", data, anchor + at)
        sectors.extend(range(location, location + length // SECTOR))
    return sectors


def seal_udf_tag(data: bytearray, start: int) -> None:
    crc_length = struct.unpack_from("<H", data, start + 10)[0]
    body = bytes(data[start + 16:start + 16 + crc_length])
    struct.pack_into("<H", data, start + 8, binascii.crc_hqx(body, 0))
    data[start + 4] = sum(data[start + i] for i in range(16) if i != 4) & 0xFF


def set_udf_label(image_path: Path, label: str) -> Path:
    """Give a UDF volume a label in Chinese (CS0 with 16-bit characters), as Windows does."""
    data = bytearray(image_path.read_bytes())
    encoded = b"\x10" + label.encode("utf-16-be")
    for sector in _udf_descriptors(bytes(data)):
        start = sector * SECTOR
        tag = struct.unpack_from("<H", data, start)[0]
        if tag == 6:  # logical volume descriptor: identifier at 84, 128 bytes
            field = encoded.ljust(127, b"\0") + bytes([len(encoded)])
            data[start + 84:start + 212] = field
        elif tag == 1:  # primary volume descriptor: identifier at 24, 32 bytes
            field = encoded[:31].ljust(31, b"\0") + bytes([min(len(encoded), 31)])
            data[start + 24:start + 56] = field
        else:
            continue
        seal_udf_tag(data, start)
    image_path.write_bytes(bytes(data))
    return image_path


def _descriptor_sectors(data: bytes, wanted: int) -> list[int]:
    return [s for s in _udf_descriptors(data) if struct.unpack_from("<H", data, s * SECTOR)[0]
            == wanted]


def _tag_header(ident: int, location: int, body_length: int) -> bytearray:
    tag = bytearray(16)
    struct.pack_into("<HHBBHHHI", tag, 0, ident, 2, 0, 0, 0, 0, body_length, location)
    return tag


def udf_to_vat(image_path: Path, *, revision: int = 0x0201, closed: bool = False) -> Path:
    """Turn a UDF-only image (one physical partition) into what an incremental CD-R burn
    leaves: a virtual partition whose blocks the VAT in the last sector maps. The file set
    descriptor and the root directory's entry are moved to new blocks at the end, so only a
    reader that follows the VAT finds them. closed: an anchor follows the VAT, as when the
    disc is closed."""
    data = bytearray(image_path.read_bytes())
    (lvd,) = _descriptor_sectors(bytes(data), 6)[:1]
    pds = _descriptor_sectors(bytes(data), 5)
    lvd_at = lvd * SECTOR
    part_start, part_length = struct.unpack_from("<II", data, pds[0] * SECTOR + 188)
    part_number = struct.unpack_from("<H", data, pds[0] * SECTOR + 22)[0]

    # Every reference into the partition goes through the virtual one (reference 1).
    fsd_block = struct.unpack_from("<I", data, lvd_at + 252)[0]
    struct.pack_into("<H", data, lvd_at + 256, 1)
    fsd_at = (part_start + fsd_block) * SECTOR
    root_block = struct.unpack_from("<I", data, fsd_at + 404)[0]
    struct.pack_into("<H", data, fsd_at + 408, 1)
    seal_udf_tag(data, fsd_at)
    for sector in range(part_start, part_start + part_length):
        at = sector * SECTOR
        while at + 38 <= (sector + 1) * SECTOR and struct.unpack_from("<H", data, at)[0] == 257:
            struct.pack_into("<H", data, at + 28, 1)
            seal_udf_tag(data, at)
            length = 38 + struct.unpack_from("<H", data, at + 36)[0] + data[at + 19]
            at += (length + 3) // 4 * 4

    # The partition maps: the physical partition, then the virtual one on top of it.
    virtual = bytearray(64)
    virtual[0:2] = bytes([2, 64])
    virtual[5:5 + 22] = b"*UDF Virtual Partition"
    struct.pack_into("<HHH", virtual, 29, revision, 1, part_number)  # suffix, vol seq, part
    struct.pack_into("<H", virtual, 36, 1)
    struct.pack_into("<H", virtual, 38, part_number)
    physical = struct.pack("<BBHH", 1, 6, 1, part_number)
    maps = physical + bytes(virtual)
    data[lvd_at + 440:lvd_at + 440 + len(maps)] = maps
    struct.pack_into("<II", data, lvd_at + 264, len(maps), 2)
    struct.pack_into("<H", data, lvd_at + 216 + 24, revision)
    struct.pack_into("<H", data, lvd_at + 10, 440 + len(maps) - 16)
    for sector in _descriptor_sectors(bytes(data), 6):
        data[sector * SECTOR:(sector + 1) * SECTOR] = data[lvd_at:lvd_at + SECTOR]
        struct.pack_into("<I", data, sector * SECTOR + 12, sector)  # the tag says where it is
        seal_udf_tag(data, sector * SECTOR)

    # Move the file set descriptor and the root's entry past the end; the VAT says where.
    data.extend(bytes(-len(data) % SECTOR))
    table = list(range(part_length))
    for block in (fsd_block, root_block):
        moved_to = len(data) // SECTOR - part_start
        at = (part_start + block) * SECTOR
        data.extend(data[at:at + SECTOR])
        data[at:at + SECTOR] = bytes(SECTOR)
        table[block] = moved_to
    entries = struct.pack(f"<{len(table)}I", *table)
    if revision >= 0x0200:
        header = bytearray(152)
        struct.pack_into("<HH", header, 0, 152, 0)
        struct.pack_into("<IIIHHH", header, 132, 0xFFFFFFFF, 0, 0, revision, revision, revision)
        body = bytes(header) + entries
        file_type = 248
    else:
        ident = bytearray(32)
        ident[1:23] = b"*UDF Virtual Alloc Tbl"
        body = entries + bytes(ident) + struct.pack("<I", 0xFFFFFFFF)
        file_type = 0
    body_block = len(data) // SECTOR - part_start
    data.extend(body.ljust(-(-len(body) // SECTOR) * SECTOR, b"\0"))
    icb_block = len(data) // SECTOR - part_start
    entry = bytearray(SECTOR)
    entry[27] = file_type
    struct.pack_into("<H", entry, 34, 0)  # short allocation descriptors
    struct.pack_into("<Q", entry, 56, len(body))
    struct.pack_into("<II", entry, 168, 0, 8)
    struct.pack_into("<II", entry, 176, len(body), body_block)
    entry[:16] = _tag_header(261, icb_block, 176 + 8 - 16)
    seal_udf_tag(entry, 0)
    data.extend(entry)
    new_length = len(data) // SECTOR - part_start
    if closed:
        anchor_at = len(data) // SECTOR
        anchor = bytearray(data[256 * SECTOR:257 * SECTOR])
        struct.pack_into("<I", anchor, 12, anchor_at)
        seal_udf_tag(anchor, 0)
        data.extend(anchor)
    for sector in pds:
        struct.pack_into("<I", data, sector * SECTOR + 192, new_length)
        seal_udf_tag(data, sector * SECTOR)
    image_path.write_bytes(bytes(data))
    return image_path
