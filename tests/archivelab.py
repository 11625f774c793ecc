"""Archives as units make them: 7z by the real 7-Zip, RAR4 and RAR5 written here byte by byte.

Nothing on Debian or PyPI writes RAR (the rar program is non-free), so the RAR writers follow
the published format (RAR 5.0 technote; RAR 2.9 as documented with unrar's sources): stored
members are real data a reader must unpack and check; "compressed" members carry real headers
(method, sizes, CRC) over bytes no one decompresses, which is all a reader without unrar sees.
"""

from __future__ import annotations

import binascii
import os
import struct
import subprocess
import tempfile
from pathlib import Path

from images import need


def _seven_zip_run(files: dict[str, bytes], out: Path, *options: str) -> None:
    """7-Zip itself adds the files (written to a folder first) to the archive `out`."""
    root = out.parent.parent / "in"
    for name, data in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([need("7z"), "a", "-bd", "-y", *options, str(out), "."], cwd=root,
                   check=True, capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"})


def seven_zip(files: dict[str, bytes], *, password: str | None = None,
              hide_names: bool = False, level: int = 5) -> bytes:
    """A .7z written by 7-Zip itself (solid LZMA2, as its defaults are)."""
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "out" / "out.7z"
        options = [f"-mx={level}"]
        if password:
            options += [f"-p{password}", f"-mhe={'on' if hide_names else 'off'}"]
        _seven_zip_run(files, out, *options)
        return out.read_bytes()


def seven_zip_volumes(files: dict[str, bytes], volume_kib: int) -> dict[str, bytes]:
    """A .7z split by 7-Zip itself into volumes of `volume_kib` KiB: name -> bytes, in order
    (材料.7z.001, .002 …)."""
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "out" / "材料.7z"
        _seven_zip_run(files, out, "-mx=1", f"-v{volume_kib}k")
        return {p.name: p.read_bytes() for p in sorted(out.parent.iterdir())}


def _vint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _rar5_block(kind: int, fields: bytes, *, flags: int = 0, data_size: int | None = None,
                extra: bytes = b"") -> bytes:
    head = _vint(kind)
    if extra:
        flags |= 0x1
    if data_size is not None:
        flags |= 0x2
    head += _vint(flags)
    if extra:
        head += _vint(len(extra))
    if data_size is not None:
        head += _vint(data_size)
    body = head + fields + extra
    sized = _vint(len(body)) + body
    return struct.pack("<I", binascii.crc32(sized)) + sized


def rar5(files: dict[str, bytes], *, compressed: bool = False, encrypted: bool = False,
         hide_names: bool = False) -> bytes:
    """A RAR5 archive. compressed: members claim method 3 (WinRAR's default) over bytes no
    reader without unrar can check; encrypted: each member carries an AES-256 record;
    hide_names: the archive's headers themselves are encrypted (WinRAR's 加密文件名)."""
    out = bytearray(b"Rar!\x1a\x07\x01\x00")
    if hide_names:
        fields = _vint(0) + _vint(0) + bytes([15]) + os.urandom(16)
        out += _rar5_block(4, fields)
        out += os.urandom(400)  # what follows is ciphertext
        return bytes(out)
    out += _rar5_block(1, _vint(0))
    for name, data in files.items():
        packed = data if not compressed else os.urandom(max(8, len(data) // 3))
        method = 3 if compressed else 0
        fields = (_vint(0x2 | 0x4) + _vint(len(data)) + _vint(0x20)
                  + struct.pack("<I", 1_760_000_000) + struct.pack("<I", binascii.crc32(data))
                  + _vint(method << 7) + _vint(0) + _vint(len(name.encode()))
                  + name.encode())
        extra = b""
        if encrypted:
            record = _vint(1) + _vint(0) + _vint(0) + bytes([15]) + os.urandom(32)
            extra = _vint(len(record)) + record
            packed = os.urandom(((len(data) + 15) // 16) * 16 or 16)
        out += _rar5_block(2, fields, data_size=len(packed), extra=extra) + packed
    out += _rar5_block(5, _vint(0))
    return bytes(out)


def _rar4_block(kind: int, flags: int, fields: bytes, add: bytes = b"") -> bytes:
    size = 7 + len(fields)
    body = struct.pack("<BHH", kind, flags, size) + fields
    return struct.pack("<H", binascii.crc32(body) & 0xFFFF) + body + add


def rar4(files: dict[str, bytes], *, compressed: bool = False,
         encrypted: bool = False) -> bytes:
    """A RAR 2.9 (RAR4) archive as WinRAR 3-4 wrote it, names in Unicode."""
    out = bytearray(b"Rar!\x1a\x07\x00")
    out += _rar4_block(0x73, 0, b"\0" * 6)
    for name, data in files.items():
        packed = data if not compressed and not encrypted else os.urandom(max(16, len(data) // 3))
        raw_name = name.encode()
        flags = 0x8000 | (0x200 if not name.isascii() else 0)
        salt = b""
        if encrypted:
            flags |= 0x4 | 0x400
            salt = os.urandom(8)
        fields = struct.pack("<IIBIIBBHI", len(packed), len(data), 2, binascii.crc32(data),
                             0x5B540000, 29, 0x33 if compressed else 0x30, len(raw_name), 0x20)
        out += _rar4_block(0x74, flags, fields + raw_name + salt, packed)
    out += _rar4_block(0x7B, 0x4000, b"")
    return bytes(out)


def rar4_volumes(files: dict[str, bytes], *, new_names: bool = True) -> list[bytes]:
    """Two RAR4 volumes as WinRAR writes a set (stored): the first file begun in volume 1 and
    ended in volume 2 (its header in both, split after / split before), the others whole in
    volume 2. `new_names`: the set is named .part1.rar, .part2.rar (else .rar, .r00)."""
    (first_name, first_data), *rest = files.items()
    cut = max(1, len(first_data) // 2)
    volumes = []
    for number, (part, split) in enumerate(((first_data[:cut], 0x02), (first_data[cut:], 0x01))):
        main = 0x0001 | (0x0010 if new_names else 0) | (0x0100 if number == 0 else 0)
        out = bytearray(b"Rar!\x1a\x07\x00") + _rar4_block(0x73, main, b"\0" * 6)
        entries = [(first_name, part, first_data, split)]
        if number == 1:
            entries += [(name, data, data, 0) for name, data in rest]
        for name, packed, whole, flags in entries:
            raw_name = name.encode()
            fields = struct.pack("<IIBIIBBHI", len(packed), len(whole), 2,
                                 binascii.crc32(packed), 0x5B540000, 29, 0x30, len(raw_name),
                                 0x20)
            flags |= 0x8000 | (0x200 if not name.isascii() else 0)
            out += _rar4_block(0x74, flags, fields + raw_name, packed)
        out += _rar4_block(0x7B, 0x4000 | (0x0001 if number == 0 else 0), b"")
        volumes.append(bytes(out))
    return volumes


def _number7z(value: int) -> bytes:
    """7z's NUMBER: 0xFF then eight little-endian bytes holds any value."""
    return value.to_bytes(1, "little") if value < 0x80 else b"\xff" + value.to_bytes(8, "little")


def seven_zip_header_bomb(unpacks_to: int, packed: bytes) -> bytes:
    """A .7z whose encoded header declares it unpacks to `unpacks_to` bytes from `packed`
    (raw LZMA): the start header is small, the header in memory is not."""
    lzma_props = b"\x5d\x00\x00\x00\x01"  # lc=3 lp=0 pb=2, 16 MiB dictionary
    header = (b"\x17"  # kEncodedHeader
              + b"\x06" + _number7z(0) + _number7z(1) + b"\x09" + _number7z(len(packed)) + b"\x00"
              + b"\x07\x0b" + _number7z(1) + b"\x00"  # one folder, not external
              + b"\x01" + b"\x23" + b"\x03\x01\x01" + _number7z(5) + lzma_props  # LZMA coder
              + b"\x0c" + _number7z(unpacks_to) + b"\x00"
              + b"\x00")
    start = struct.pack("<QQI", len(packed), len(header), binascii.crc32(header))
    return (b"7z\xbc\xaf\x27\x1c\x00\x04" + struct.pack("<I", binascii.crc32(start)) + start
            + packed + header)
