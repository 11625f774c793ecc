"""Our own reader of UDF file systems (ECMA-167 part 3/4, OSTA UDF 1.02-2.60), for the discs
pycdlib cannot open: those with UDF only, as Windows burns "like a USB flash drive".

It lists files with their names, sizes, dates and byte extents in the image, so the same
hashing pass and checks serve these discs as any other. Partitions: physical, sparable (read as
physical: the sparing table only matters on a rewritten CD-RW), virtual (a VAT, as an unclosed
CD-R/DVD-R written packet by packet carries) and metadata (UDF 2.50+).

Everything here reads submitted bytes: what does not parse raises UdfError, which the caller
turns into a finding; a damaged directory is skipped and named in `problems`.

Longer than our modules' 400 lines, and kept whole for now: the partition maps (VAT, metadata
partition) install the block mapping that the reader's walk then uses, both on one _Reader; a
split must give the reader and the maps a small base of their own first (issue 34).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import BinaryIO

from app.disc.descriptors import SECTOR, anchor_at, decode_cs0, decode_dstring, find_anchor
from app.disc.names import shown_component
from app.disc.namespaces import LOST_DIRECTORY, LOST_ENTRY, MAX_LENGTH, UNWRITTEN, NamespaceEntry

TAG_PD, TAG_LVD, TAG_TD = 5, 6, 8
TAG_FSD, TAG_FID, TAG_AED, TAG_IE, TAG_FE, TAG_EFE = 256, 257, 258, 259, 261, 266
FILE_DIR, FILE_BYTES, FILE_VAT = 4, 5, 248
MAX_ENTRIES = 200_000  # far beyond any submission; a looping structure stops here
MAX_DEPTH = 64
MAX_DIRECTORY = 64 << 20  # bytes of one directory's identifiers
MAX_LOOKUPS = 1 << 22  # blocks mapped one at a time on one disc: 8 GiB, beyond any DVD


class UdfError(Exception):
    pass


@dataclass
class UdfVolume:
    label: str
    revision: str  # "2.01"
    entries: list[NamespaceEntry]
    partition: str  # physical | sparable | virtual | metadata
    closed: bool = True  # a VAT disc that was not closed still has its session open
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, LOST_... / UNWRITTEN)


def _tag(data: bytes, expected: tuple[int, ...]) -> int:
    """The tag's identifier, once its checksum proves the sector holds a descriptor."""
    if len(data) < 16:
        raise UdfError("short descriptor")
    ident = struct.unpack_from("<H", data, 0)[0]
    if sum(data[:4]) + sum(data[5:16]) & 0xFF != data[4] or ident not in expected:
        raise UdfError(f"expected descriptor {expected}, found {ident}")
    return int(ident)


def _timestamp(raw: bytes) -> datetime | None:
    kind_zone, year, month, day, hour, minute, second = struct.unpack_from("<HhBBBBB", raw, 0)
    zone = kind_zone & 0x0FFF
    zone = zone - 0x1000 if zone & 0x0800 else zone
    if zone == -2047 or not -1440 <= zone <= 1440:
        zone = 0
    try:
        return datetime(year, month, day, hour, minute, second,
                        tzinfo=timezone(timedelta(minutes=zone)))
    except (ValueError, OverflowError):
        return None


def _name(raw: bytes) -> str:
    if raw and raw[0] in (254, 255):  # UDF 2.50's forms of 8- and 16-bit names
        raw = bytes([8 if raw[0] == 254 else 16]) + raw[1:]
    return decode_cs0(raw)


@dataclass
class _Icb:
    file_type: int
    size: int
    modified: datetime | None
    extents: list[tuple[int, int]]  # absolute byte offset, length
    complete: bool  # every byte of the file has a place on the disc


class _Reader:
    def __init__(self, fp: BinaryIO, size: int) -> None:
        self.fp = fp
        self.size = size
        self.maps: list[Callable[[int], int]] = []  # partition reference -> block -> sector
        # Partitions whose blocks lie in one run (physical, sparable): reference -> first
        # sector. An extent there is one run, however long it says it is.
        self.linear: dict[int, int] = {}
        self.lookups = 0  # blocks mapped one by one (a VAT's, a metadata file's), bounded
        self.problems: list[tuple[str, str]] = []

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

    # ---- files -----------------------------------------------------------------------------

    def icb(self, partition: int, number: int, hops: int = 0) -> tuple[_Icb, int]:
        """The file (extended) entry at a logical block, following indirect entries."""
        at = self.block(partition, number)
        data = self.sector(at)
        ident = _tag(data, (TAG_FE, TAG_EFE, TAG_IE))
        if ident == TAG_IE:
            if hops > 8:
                raise UdfError("indirect entries loop")
            block, ref = struct.unpack_from("<IH", data, 40)
            return self.icb(ref, block, hops + 1)
        return self._entry(data, at, partition, ident == TAG_EFE), at

    def _entry(self, data: bytes, at: int, partition: int, extended: bool) -> _Icb:
        file_type = data[27]
        flags = struct.unpack_from("<H", data, 34)[0]
        size = struct.unpack_from("<Q", data, 56)[0]
        if size > MAX_LENGTH:
            raise UdfError("an impossible information length")
        if extended:
            modified = _timestamp(data[92:104])
            ea_length, ad_length = struct.unpack_from("<II", data, 208)
            start = 216 + ea_length
        else:
            modified = _timestamp(data[84:96])
            ea_length, ad_length = struct.unpack_from("<II", data, 168)
            start = 176 + ea_length
        if start + ad_length > SECTOR:
            raise UdfError("allocation descriptors run past their entry")
        kind = flags & 7
        if kind == 3:  # the data sits in the entry itself
            return _Icb(file_type, size, modified, [(at * SECTOR + start, min(ad_length, size))]
                        if size else [], ad_length >= size)
        extents, complete = self._allocations(data[start:start + ad_length], kind, partition)
        return _Icb(file_type, size, modified, extents, complete)

    def _allocations(self, area: bytes, kind: int, partition: int
                     ) -> tuple[list[tuple[int, int]], bool]:
        step = {0: 8, 1: 16, 2: 20}.get(kind)
        if step is None:
            raise UdfError(f"allocation descriptor type {kind}")
        extents: list[tuple[int, int]] = []
        complete = True
        followed = 0
        while area:
            at = 0
            next_area = b""
            while at + step <= len(area):
                raw_length, = struct.unpack_from("<I", area, at)
                length, extent_type = raw_length & 0x3FFFFFFF, raw_length >> 30
                if kind == 0:
                    block, ref = struct.unpack_from("<I", area, at + 4)[0], partition
                elif kind == 1:
                    block, ref = struct.unpack_from("<IH", area, at + 4)
                else:
                    block, ref = struct.unpack_from("<IH", area, at + 12)
                at += step
                if length == 0:
                    break
                if extent_type == 3:  # the descriptors go on in another block
                    followed += 1
                    if followed > 4096:
                        raise UdfError("allocation extents loop")
                    more = self.sector(self.block(ref, block))
                    _tag(more, (TAG_AED,))
                    count = struct.unpack_from("<I", more, 20)[0]
                    next_area = more[24:24 + min(count, SECTOR - 24)]
                    break
                if extent_type != 0:
                    complete = False  # allocated but never written: no bytes on the disc
                    continue
                extents.extend(self._absolute(ref, block, length))
            area = next_area
        return _merged(extents), complete

    def _absolute(self, ref: int, block: int, length: int) -> list[tuple[int, int]]:
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
        return _merged(runs)

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

    def walk(self, root: tuple[int, int]) -> list[NamespaceEntry]:
        entries: list[NamespaceEntry] = []
        seen: set[int] = set()
        stack: list[tuple[tuple[int, int], str, int]] = [(root, "", 0)]
        while stack:
            (ref, block), path, depth = stack.pop()
            try:
                directory, at = self.icb(ref, block)
                if at in seen or depth > MAX_DEPTH:
                    continue
                seen.add(at)
                data = self.read_extents(directory.extents, MAX_DIRECTORY)[:directory.size]
            except (UdfError, struct.error, ValueError):
                self.problems.append((path or "/", LOST_DIRECTORY))
                continue
            children: list[tuple[str, tuple[int, int], bool]] = []
            try:
                children.extend(_identifiers(data))
            except (UdfError, struct.error, ValueError):
                # The identifiers before the damaged one are listed; the rest are lost.
                self.problems.append((path or "/", LOST_DIRECTORY))
            for name, child, is_dir in children:
                child_path = f"{path}/{shown_component(name)}"
                if is_dir:
                    stack.append((child, child_path, depth + 1))
                    continue
                try:
                    found, _ = self.icb(*child)
                except (UdfError, struct.error, ValueError):
                    self.problems.append((child_path, LOST_ENTRY))
                    continue
                if found.file_type != FILE_BYTES:
                    continue  # links, devices, streams: nothing a clerk opens
                if not found.complete:
                    self.problems.append((child_path, UNWRITTEN))
                entries.append(NamespaceEntry(names={"udf": child_path}, size=found.size,
                                              extents=found.extents, stamp=found.modified))
                if len(entries) > MAX_ENTRIES:
                    raise UdfError("too many files")
        return entries


def _merged(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for offset, length in runs:
        if merged and merged[-1][0] + merged[-1][1] == offset and merged[-1][1] % SECTOR == 0:
            merged[-1] = (merged[-1][0], merged[-1][1] + length)
        else:
            merged.append((offset, length))
    return merged


def _identifiers(data: bytes) -> Iterator[tuple[str, tuple[int, int], bool]]:
    """(name, (partition, block), is directory) of each live entry of a directory."""
    at = 0
    while at + 38 <= len(data):
        _tag(data[at:at + 16], (TAG_FID,))
        characteristics, name_length = data[at + 18], data[at + 19]
        block, ref = struct.unpack_from("<IH", data, at + 24)
        use_length = struct.unpack_from("<H", data, at + 36)[0]
        name_at = at + 38 + use_length
        raw = data[name_at:name_at + name_length]
        at += (38 + use_length + name_length + 3) // 4 * 4
        if at > len(data) + 3:
            raise UdfError("an identifier runs past the end of its directory")
        if characteristics & 0x0C or not raw:  # deleted, or the parent
            continue
        yield _name(raw), (ref, block), bool(characteristics & 0x02)
    if at < len(data):
        raise UdfError("the directory ends inside an identifier")


# ---- volume and partitions ---------------------------------------------------------------------

def _volume_descriptors(reader: _Reader, anchor: bytes) -> tuple[bytes, dict[int, bytes]]:
    for extent_at in (16, 24):  # main, then reserve sequence
        length, location = struct.unpack_from("<II", anchor, extent_at)
        logical = b""
        partitions: dict[int, bytes] = {}
        for index in range(min(length // SECTOR, 64)):
            try:
                data = reader.sector(location + index)
                ident = struct.unpack_from("<H", data, 0)[0]
            except (UdfError, struct.error):
                break
            if ident == TAG_LVD and not logical:
                logical = data
            elif ident == TAG_PD:
                partitions.setdefault(struct.unpack_from("<H", data, 22)[0], data)
            elif ident == TAG_TD:
                break
        if logical and partitions:
            return logical, partitions
    raise UdfError("no logical volume or partition descriptor")


def _physical(partitions: dict[int, bytes], number: int) -> tuple[int, int]:
    found = partitions.get(number)
    if found is None:
        raise UdfError(f"partition {number} is not described")
    start, length = struct.unpack_from("<II", found, 188)
    return start, length


def _find_vat(reader: _Reader, start: int) -> tuple[list[int], bool]:
    """The virtual allocation table: the file entry in the last written sectors."""
    last = reader.size // SECTOR - 1
    for at in range(last, max(start, last - 32) - 1, -1):
        try:
            data = reader.sector(at)
            ident = _tag(data, (TAG_FE, TAG_EFE))
        except UdfError:
            continue
        # Its blocks are in the physical partition (reference 0 while the VAT is being read).
        entry = reader._entry(data, at, 0, ident == TAG_EFE)
        table = reader.read_extents(entry.extents, 64 << 20)[:entry.size]
        if entry.file_type == FILE_VAT and len(table) >= 152:
            header = struct.unpack_from("<H", table, 0)[0]
            body = table[header:]
        elif entry.file_type == 0 and table[-36:-4][1:23] == b"*UDF Virtual Alloc Tbl":
            body = table[:-36]  # UDF 1.50: the entries, then an identifier and a pointer
        else:
            continue
        return list(struct.unpack_from(f"<{len(body) // 4}I", body)), at == last
    raise UdfError("no virtual allocation table in the last sectors")


def _partition_maps(reader: _Reader, logical: bytes, partitions: dict[int, bytes]) -> str:
    count = struct.unpack_from("<I", logical, 268)[0]
    at = 440
    kinds: list[tuple[str, bytes]] = []
    for _ in range(min(count, 8)):
        map_type, map_length = logical[at], logical[at + 1]
        if map_length < 6:
            raise UdfError("damaged partition map")
        entry = logical[at:at + map_length]
        if map_type == 1:
            kinds.append(("physical", entry))
        else:
            ident = entry[5:28].rstrip(b"\0")
            kinds.append(({b"*UDF Virtual Partition": "virtual",
                           b"*UDF Sparable Partition": "sparable",
                           b"*UDF Metadata Partition": "metadata"}.get(ident, "unknown"), entry))
        at += map_length
    described = "physical"
    for kind, entry in kinds:
        number = struct.unpack_from("<H", entry, 4 if kind == "physical" else 38)[0]
        start, _ = _physical(partitions, number)
        if kind in ("physical", "sparable"):
            reader.linear[len(reader.maps)] = start
            reader.maps.append(lambda block, s=start: s + block)
        elif kind == "virtual":
            reader.maps.append(lambda block: _unmapped(block))  # filled once the VAT is read
        elif kind == "metadata":
            reader.maps.append(lambda block: _unmapped(block))
        else:
            raise UdfError(f"partition map {entry[5:28]!r} is not supported")
        if kind != "physical":
            described = kind
    for index, (kind, entry) in enumerate(kinds):
        number = struct.unpack_from("<H", entry, 4 if kind == "physical" else 38)[0]
        start, _ = _physical(partitions, number)
        if kind == "virtual":
            table, _ = _find_vat(reader, start)
            reader.maps[index] = lambda block, s=start, t=table: s + _lookup(t, block)
        elif kind == "metadata":
            reader.maps[index] = _metadata_map(reader, entry, start)
    return described


def _unmapped(block: int) -> int:
    raise UdfError(f"block {block} of a partition not yet known")


def _lookup(table: list[int], block: int) -> int:
    if not 0 <= block < len(table) or table[block] == 0xFFFFFFFF:
        raise UdfError(f"virtual block {block} is not in the allocation table")
    return table[block]


def _metadata_map(reader: _Reader, entry: bytes, start: int) -> Callable[[int], int]:
    main, mirror = struct.unpack_from("<II", entry, 40)
    failure: Exception | None = None
    for location in (main, mirror):
        try:
            data = reader.sector(start + location)
            ident = _tag(data, (TAG_FE, TAG_EFE))
            # The metadata file's descriptors are short_ads in the physical partition.
            physical = len(reader.maps)
            reader.maps.append(lambda block, s=start: s + block)
            reader.linear[physical] = start
            try:
                found = reader._entry(data, start + location, physical, ident == TAG_EFE)
            finally:
                reader.maps.pop()
                del reader.linear[physical]
        except (UdfError, struct.error) as exc:
            failure = exc
            continue
        runs = [(offset // SECTOR, length // SECTOR) for offset, length in found.extents]
        return lambda block, r=runs: _in_runs(r, block)
    raise UdfError(f"metadata file unreadable: {failure}")


def _in_runs(runs: list[tuple[int, int]], block: int) -> int:
    for sector, count in runs:
        if block < count:
            return sector + block
        block -= count
    raise UdfError(f"block {block} is past the metadata file")


def read_udf(fp: BinaryIO, size: int) -> UdfVolume:
    """List a UDF volume's files; UdfError when its structures cannot be followed."""
    reader = _Reader(fp, size)
    anchor = find_anchor(fp, size)
    if anchor is None:
        raise UdfError("no anchor volume descriptor (sector 256 or the end)")
    logical, partitions = _volume_descriptors(reader, anchor)
    if struct.unpack_from("<I", logical, 212)[0] != SECTOR:
        raise UdfError("logical block size is not 2048")
    label = decode_dstring(logical[84:212])
    revision = struct.unpack_from("<H", logical, 216 + 24)[0]
    partition = _partition_maps(reader, logical, partitions)
    closed = partition != "virtual" or _closed(reader)
    fsd_block, fsd_ref = struct.unpack_from("<IH", logical, 252)
    fsd = reader.sector(reader.block(fsd_ref, fsd_block))
    _tag(fsd, (TAG_FSD,))
    root_block, root_ref = struct.unpack_from("<IH", fsd, 404)
    entries = reader.walk((root_ref, root_block))
    return UdfVolume(label=label, revision=f"{revision >> 8:x}.{revision & 0xFF:02x}",
                     entries=entries, partition=partition, closed=closed,
                     problems=reader.problems)


def _closed(reader: _Reader) -> bool:
    """A VAT disc is closed when a second anchor was written at its end."""
    last = reader.size // SECTOR - 1
    return any(anchor_at(reader.fp, at) is not None for at in (last, last - 256))
