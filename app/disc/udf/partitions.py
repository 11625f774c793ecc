"""A UDF volume's descriptors and partition maps: which partitions the logical volume uses and
how each maps its blocks to the image's sectors — in one run (physical, sparable), through a
virtual allocation table (an unclosed disc written packet by packet) or through the metadata
file (UDF 2.50+)."""

from __future__ import annotations

import struct
from collections.abc import Callable

from app.disc.descriptors import SECTOR
from app.disc.udf.blocks import TAG_EFE, TAG_FE, TAG_LVD, TAG_PD, TAG_TD, Blocks, UdfError, tag
from app.disc.udf.entries import FILE_VAT, file_entry


def volume_descriptors(blocks: Blocks, anchor: bytes) -> tuple[bytes, dict[int, bytes]]:
    for extent_at in (16, 24):  # main, then reserve sequence
        length, location = struct.unpack_from("<II", anchor, extent_at)
        logical = b""
        partitions: dict[int, bytes] = {}
        for index in range(min(length // SECTOR, 64)):
            try:
                data = blocks.sector(location + index)
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


def _find_vat(blocks: Blocks, start: int) -> tuple[list[int], bool]:
    """The virtual allocation table: the file entry in the last written sectors."""
    last = blocks.size // SECTOR - 1
    for at in range(last, max(start, last - 32) - 1, -1):
        try:
            data = blocks.sector(at)
            ident = tag(data, (TAG_FE, TAG_EFE))
        except UdfError:
            continue
        # Its blocks are in the physical partition (reference 0 while the VAT is being read).
        entry = file_entry(blocks, data, at, 0, ident == TAG_EFE)
        table = blocks.read_extents(entry.extents, 64 << 20)[:entry.size]
        if entry.file_type == FILE_VAT and len(table) >= 152:
            header = struct.unpack_from("<H", table, 0)[0]
            body = table[header:]
        elif entry.file_type == 0 and table[-36:-4][1:23] == b"*UDF Virtual Alloc Tbl":
            body = table[:-36]  # UDF 1.50: the entries, then an identifier and a pointer
        else:
            continue
        return list(struct.unpack_from(f"<{len(body) // 4}I", body)), at == last
    raise UdfError("no virtual allocation table in the last sectors")


def install_maps(blocks: Blocks, logical: bytes, partitions: dict[int, bytes]) -> str:
    """Give `blocks` one map per partition reference; the kind the volume is described by."""
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
            blocks.linear[len(blocks.maps)] = start
            blocks.maps.append(lambda block, s=start: s + block)
        elif kind == "virtual":
            blocks.maps.append(lambda block: _unmapped(block))  # filled once the VAT is read
        elif kind == "metadata":
            blocks.maps.append(lambda block: _unmapped(block))
        else:
            raise UdfError(f"partition map {entry[5:28]!r} is not supported")
        if kind != "physical":
            described = kind
    for index, (kind, entry) in enumerate(kinds):
        number = struct.unpack_from("<H", entry, 4 if kind == "physical" else 38)[0]
        start, _ = _physical(partitions, number)
        if kind == "virtual":
            table, _ = _find_vat(blocks, start)
            blocks.maps[index] = lambda block, s=start, t=table: s + _lookup(t, block)
        elif kind == "metadata":
            blocks.maps[index] = _metadata_map(blocks, entry, start)
    return described


def _unmapped(block: int) -> int:
    raise UdfError(f"block {block} of a partition not yet known")


def _lookup(table: list[int], block: int) -> int:
    if not 0 <= block < len(table) or table[block] == 0xFFFFFFFF:
        raise UdfError(f"virtual block {block} is not in the allocation table")
    return table[block]


def _metadata_map(blocks: Blocks, entry: bytes, start: int) -> Callable[[int], int]:
    main, mirror = struct.unpack_from("<II", entry, 40)
    failure: Exception | None = None
    for location in (main, mirror):
        try:
            data = blocks.sector(start + location)
            ident = tag(data, (TAG_FE, TAG_EFE))
            # The metadata file's descriptors are short_ads in the physical partition.
            physical = len(blocks.maps)
            blocks.maps.append(lambda block, s=start: s + block)
            blocks.linear[physical] = start
            try:
                found = file_entry(blocks, data, start + location, physical, ident == TAG_EFE)
            finally:
                blocks.maps.pop()
                del blocks.linear[physical]
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
