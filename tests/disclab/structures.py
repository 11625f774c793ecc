"""Where the structures of a disc image sit, so mutations can aim at them: volume descriptors,
path tables, directory records and their system-use entries, UDF descriptors by tag.

Found by a small walker of the lab's own (it must not share the reader's blind spots) and by
scanning for UDF tags whose checksum holds."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR = 2048
TAG_NAMES = {1: "pvd", 2: "avdp", 5: "pd", 6: "lvd", 8: "td", 256: "fsd", 257: "fid",
             258: "aed", 259: "ie", 261: "fe", 266: "efe"}


@dataclass
class Structures:
    size: int
    descriptors: list[int] = field(default_factory=list)  # sectors of PVDs and SVDs
    path_tables: list[tuple[int, int]] = field(default_factory=list)  # (byte offset, length)
    directories: list[tuple[int, int]] = field(default_factory=list)  # (byte offset, length)
    records: list[int] = field(default_factory=list)  # byte offsets of file/dir records
    dir_records: list[int] = field(default_factory=list)  # records of subdirectories
    susp: list[int] = field(default_factory=list)  # byte offsets of SUSP/RRIP entries
    tags: dict[str, list[int]] = field(default_factory=dict)  # UDF tag name -> byte offsets

    def of(self, name: str) -> list[int]:
        return self.tags.get(name, [])


def _tag_ok(data: bytes, at: int) -> bool:
    if at + 16 > len(data):
        return False
    return (sum(data[at:at + 4]) + sum(data[at + 5:at + 16])) & 0xFF == data[at + 4] and any(
        data[at:at + 16])


def _walk_directories(data: bytes, found: Structures, root_at: int) -> None:
    extent, length = struct.unpack_from("<I", data, root_at + 2)[0], struct.unpack_from(
        "<I", data, root_at + 10)[0]
    stack, seen = [(extent, length)], set()
    while stack and len(seen) < 10_000:
        extent, length = stack.pop()
        if extent in seen or extent * SECTOR >= len(data):
            continue
        seen.add(extent)
        start = extent * SECTOR
        end = min(start + length, len(data))
        found.directories.append((start, end - start))
        at = start
        while at < end:
            size = data[at]
            if size == 0:
                at = (at // SECTOR + 1) * SECTOR
                continue
            if size < 34 or at + size > end:
                break
            name_length = data[at + 32]
            if data[at + 33:at + 33 + name_length] not in (b"\x00", b"\x01"):
                found.records.append(at)
                if data[at + 25] & 2:
                    found.dir_records.append(at)
                    stack.append((struct.unpack_from("<I", data, at + 2)[0],
                                  struct.unpack_from("<I", data, at + 10)[0]))
            use = at + 33 + name_length + (1 - name_length % 2)
            while use + 4 <= at + size:
                entry_length = data[use + 2]
                if entry_length < 4 or not data[use:use + 2].isalpha():
                    break
                found.susp.append(use)
                use += entry_length
            at += size


def locate(data: bytes) -> Structures:
    found = Structures(size=len(data))
    for sector in range(16, len(data) // SECTOR):
        at = sector * SECTOR
        if data[at + 1:at + 6] == b"CD001" and data[at] in (1, 2):
            found.descriptors.append(sector)
            table_size = struct.unpack_from("<I", data, at + 132)[0]
            for where, order in ((140, "<"), (148, ">")):
                table = struct.unpack_from(f"{order}I", data, at + where)[0]
                if 0 < table * SECTOR < len(data):
                    found.path_tables.append((table * SECTOR, min(table_size, SECTOR * 4)))
            _walk_directories(data, found, at + 156)
        for offset in range(at, at + SECTOR, 4 if sector > 256 else SECTOR):
            if offset > at and data[offset:offset + 2] != b"\x01\x01":
                continue  # within a sector only file identifiers (tag 257) are sought
            if _tag_ok(data, offset):
                ident = struct.unpack_from("<H", data, offset)[0]
                name = TAG_NAMES.get(ident)
                if name is not None:
                    found.tags.setdefault(name, []).append(offset)
        if len(found.descriptors) > 64:
            break
    return found
