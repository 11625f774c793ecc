"""The stream names inside an OLE2 compound file (.doc, .wps, .xls, .et), enough to say whether
the file is intact and what it holds. Only the directory is read; no stream content is parsed."""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE
_MAX_SECTORS = 1 << 20


class Ole2Error(ValueError):
    """The compound file's structure is broken."""


def stream_names(data: bytes) -> set[str]:
    """Names of the streams and storages in the file's directory; Ole2Error if it is broken."""
    if len(data) < 512 or not data.startswith(MAGIC):
        raise Ole2Error("not an OLE2 compound file")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise Ole2Error(f"sector shift {shift}")
    size = 1 << shift
    fat_count, first_dir = struct.unpack_from("<II", data, 0x2C)
    difat_first, difat_count = struct.unpack_from("<II", data, 0x44)
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _END]

    def sector(index: int) -> bytes:
        start = size + index * size  # the header occupies the first sector's place
        if index >= _MAX_SECTORS or start + size > len(data):
            raise Ole2Error(f"sector {index} lies past the end of the file")
        return data[start:start + size]

    next_difat, seen = difat_first, 0
    while next_difat < _END and seen < difat_count:
        block = struct.unpack(f"<{size // 4}I", sector(next_difat))
        fat_sectors.extend(s for s in block[:-1] if s < _END)
        next_difat, seen = block[-1], seen + 1
    if len(fat_sectors) < min(fat_count, 1):
        raise Ole2Error("no allocation table")
    fat: list[int] = []
    for index in fat_sectors[:fat_count]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(index)))
    names: set[str] = set()
    current, steps = first_dir, 0
    while current < _END:
        block = sector(current)
        for offset in range(0, size, 128):
            length, kind = struct.unpack_from("<HB", block, offset + 64)
            if kind in (1, 2, 5) and 2 <= length <= 64:
                names.add(block[offset:offset + length - 2].decode("utf-16-le", "replace"))
        if current >= len(fat):
            raise Ole2Error("directory chain leaves the allocation table")
        current, steps = fat[current], steps + 1
        if steps > _MAX_SECTORS:
            raise Ole2Error("directory chain loops")
    if not names:
        raise Ole2Error("empty directory")
    return names
