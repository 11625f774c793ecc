"""What every part of the UDF reader stands on: the image's sectors, each partition's mapping
from its blocks to them (partitions.py installs the maps, entries.py follows them), and the
descriptor tags that prove a sector holds what it should. Imports no other part of the reader."""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import BinaryIO

from app.disc.descriptors import SECTOR

TAG_PD, TAG_LVD, TAG_TD = 5, 6, 8
TAG_FSD, TAG_FID, TAG_AED, TAG_IE, TAG_FE, TAG_EFE = 256, 257, 258, 259, 261, 266
MAX_LOOKUPS = 1 << 22  # blocks mapped one at a time on one disc: 8 GiB, beyond any DVD


class UdfError(Exception):
    pass


def tag(data: bytes, expected: tuple[int, ...]) -> int:
    """The tag's identifier, once its checksum proves the sector holds a descriptor."""
    if len(data) < 16:
        raise UdfError("short descriptor")
    ident = struct.unpack_from("<H", data, 0)[0]
    if sum(data[:4]) + sum(data[5:16]) & 0xFF != data[4] or ident not in expected:
        raise UdfError(f"expected descriptor {expected}, found {ident}")
    return int(ident)


class Blocks:
    """The image read sector by sector, and the partitions' block maps, bounded."""

    def __init__(self, fp: BinaryIO, size: int) -> None:
        self.fp = fp
        self.size = size
        self.maps: list[Callable[[int], int]] = []  # partition reference -> block -> sector
        # Partitions whose blocks lie in one run (physical, sparable): reference -> first
        # sector. An extent there is one run, however long it says it is.
        self.linear: dict[int, int] = {}
        self.lookups = 0  # blocks mapped one by one (a VAT's, a metadata file's), bounded

    def sector(self, number: int, count: int = 1) -> bytes:
        if number < 0 or (number + count) * SECTOR > self.size:
            raise UdfError(f"sector {number} is past the end of the disc")
        self.fp.seek(number * SECTOR)
        data = self.fp.read(count * SECTOR)
        if len(data) < count * SECTOR:
            raise UdfError(f"sector {number} could not be read")
        return data

    def block(self, partition: int, number: int) -> int:
        if not 0 <= partition < len(self.maps):
            raise UdfError(f"partition reference {partition} is not defined")
        return self.maps[partition](number)

    def absolute(self, ref: int, block: int, length: int) -> list[tuple[int, int]]:
        """A partition extent as byte runs in the image (a VAT may scatter its blocks)."""
        if ref in self.linear:
            return [((self.linear[ref] + block) * SECTOR, length)]
        self.lookups += -(-length // SECTOR)
        if self.lookups > MAX_LOOKUPS:
            raise UdfError("more blocks than any disc holds")
        runs = []
        left = length
        number = block
        while left > 0:
            take = min(left, SECTOR)
            runs.append((self.block(ref, number) * SECTOR, take))
            left -= take
            number += 1
        return merged(runs)

    def read_extents(self, extents: list[tuple[int, int]], limit: int) -> bytes:
        parts = []
        total = 0
        for offset, length in extents:
            if offset + length > self.size:
                raise UdfError("directory data past the end of the disc")
            total += length
            if total > limit:
                raise UdfError("directory too large")
            self.fp.seek(offset)
            parts.append(self.fp.read(length))
        return b"".join(parts)


def merged(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for offset, length in runs:
        if out and out[-1][0] + out[-1][1] == offset and out[-1][1] % SECTOR == 0:
            out[-1] = (out[-1][0], out[-1][1] + length)
        else:
            out.append((offset, length))
    return out
