"""ECMA-119 directory records read leniently, for the discs pycdlib refuses.

pycdlib reads a disc whole or not at all: one bad record, an inconsistent path table or a Rock
Ridge entry it does not know, and it raises. Here a record that does not parse is skipped (the
rest of its sector with it, as records never cross a sector) and counted, so the directory's
other records are still listed. Nothing here trusts a length or a location read off the disc.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

from app.disc.descriptors import SECTOR
from app.disc.iso9660.rock_ridge import RockRidge, read_rock_ridge

MAX_DIRECTORY = 64 << 20  # bytes of one directory; no submission comes near it

FLAG_DIRECTORY = 0x02
FLAG_ASSOCIATED = 0x04
FLAG_MORE_EXTENTS = 0x80


@dataclass(slots=True)
class DirRecord:
    """One directory record: its identifier as raw bytes and what it points at."""

    name: bytes
    extent: int  # logical block
    length: int  # bytes of data
    flags: int
    date: bytes
    system_use: bytes
    rock_ridge: RockRidge | None = None

    @property
    def is_dir(self) -> bool:
        return bool(self.flags & FLAG_DIRECTORY)

    @property
    def is_self_or_parent(self) -> bool:
        return self.name in (b"\x00", b"\x01")


@dataclass
class Directory:
    """A directory's records, and how many could not be parsed."""

    records: list[DirRecord]
    skipped: int = 0


def _both_endian(data: bytes, at: int) -> int:
    """A both-byte-order number: the little-endian half, or the big-endian half where the
    little one is damaged beyond belief (larger than any disc)."""
    little = struct.unpack_from("<I", data, at)[0]
    big = struct.unpack_from(">I", data, at + 4)[0]
    return big if little != big and little >= 1 << 31 > big else little


def parse_record(data: bytes, at: int, susp_skip: int) -> DirRecord | None:
    """The record at `at`, or None when its own lengths contradict each other."""
    length = data[at]
    if length < 34 or at + length > len(data) or at % SECTOR + length > SECTOR:
        return None
    name_length = data[at + 32]
    if name_length == 0 or 33 + name_length > length:
        return None
    name = bytes(data[at + 33:at + 33 + name_length])
    use_at = at + 33 + name_length + (1 - name_length % 2)
    return DirRecord(name=name, extent=_both_endian(data, at + 2),
                     length=_both_endian(data, at + 10), flags=data[at + 25],
                     date=bytes(data[at + 18:at + 25]),
                     system_use=bytes(data[use_at + susp_skip:at + length]))


def parse_directory(data: bytes, susp_skip: int = 0, limit: int | None = None) -> Directory:
    """Every record of a directory's data (the first `limit` of them); a record that does not
    parse costs the rest of its sector (where the next record starts cannot be known), never
    the directory."""
    directory = Directory(records=[])
    at = 0
    while at < len(data) and (limit is None or len(directory.records) < limit):
        if data[at] == 0:  # the rest of the sector is padding: zeros, if it is not damage
            end = min((at // SECTOR + 1) * SECTOR, len(data))
            if data.count(0, at, end) != end - at:
                directory.skipped += 1
            at = end
            continue
        record = parse_record(data, at, susp_skip)
        if record is None:
            directory.skipped += 1
            at = (at // SECTOR + 1) * SECTOR
            continue
        directory.records.append(record)
        at += data[at]
    return directory


class RecordReader:
    """Reads directories and system-use continuation areas off an image, within its bounds."""

    def __init__(self, fp: BinaryIO, size: int, block_size: int) -> None:
        self.fp = fp
        self.size = size
        self.block_size = block_size if block_size in (512, 1024, 2048) else SECTOR

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self.size:
            return b""
        self.fp.seek(offset)
        return self.fp.read(min(length, self.size - offset))

    def directory(self, record: DirRecord, susp_skip: int, rock_ridge: bool,
                  limit: int | None = None) -> Directory | None:
        """The directory a record points at (its first `limit` records); None when none of it
        is on the image."""
        offset = record.extent * self.block_size
        length = min(record.length, MAX_DIRECTORY)
        data = self.read(offset, length)
        if not data:
            return None
        directory = parse_directory(data, susp_skip, limit)
        if rock_ridge:
            for child in directory.records:
                child.rock_ridge = read_rock_ridge(child.system_use, self.read_continuation)
        return directory

    def read_continuation(self, block: int, offset: int, length: int) -> bytes:
        if not 0 <= offset < self.block_size:
            return b""
        return self.read(block * self.block_size + offset, min(length, self.block_size))


def root_record(descriptor: bytes) -> DirRecord | None:
    """The root directory record a volume descriptor carries at byte 156."""
    if len(descriptor) < 190:
        return None
    return parse_record(descriptor[156:190].ljust(SECTOR, b"\0"), 0, 0)


MAX_PATH_TABLE = 16 << 20


def directory_bytes(fp: BinaryIO, size: int, descriptor: bytes) -> int:
    """How many bytes of directory records a tree holds, from its path table and each
    directory's own "." record: what a full parse will cost, learnt in one small read per
    directory. 0 when the path table cannot be read (the parse will say why)."""
    if len(descriptor) < 156:
        return 0
    table_size = min(struct.unpack_from("<I", descriptor, 132)[0], MAX_PATH_TABLE)
    location = struct.unpack_from("<I", descriptor, 140)[0]
    reader = RecordReader(fp, size, SECTOR)
    table = reader.read(location * SECTOR, table_size)
    total, at = 0, 0
    while at + 8 <= len(table):
        name_length = table[at]
        if name_length == 0:
            break
        extent = struct.unpack_from("<I", table, at + 2)[0]
        first = reader.read(extent * SECTOR, 34)
        if len(first) == 34 and first[0] >= 34:
            total += struct.unpack_from("<I", first, 10)[0]
        at += 8 + name_length + name_length % 2
    return total
