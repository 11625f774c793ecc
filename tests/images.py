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


def _seal_tag(data: bytearray, start: int) -> None:
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
        _seal_tag(data, start)
    image_path.write_bytes(bytes(data))
    return image_path
