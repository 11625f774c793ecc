"""File entries and directories of a UDF volume: a file's (extended) entry with its allocation
descriptors as byte runs in the image, and the walk from the root that lists every file."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from app.disc.descriptors import SECTOR, decode_cs0
from app.disc.names import shown_component
from app.disc.namespaces import LOST_DIRECTORY, LOST_ENTRY, MAX_LENGTH, UNWRITTEN, NamespaceEntry
from app.disc.udf.blocks import (
    TAG_AED,
    TAG_EFE,
    TAG_FE,
    TAG_FID,
    TAG_IE,
    Blocks,
    UdfError,
    merged,
    tag,
)

FILE_DIR, FILE_BYTES, FILE_VAT = 4, 5, 248
MAX_ENTRIES = 200_000  # far beyond any submission; a looping structure stops here
MAX_DEPTH = 64
MAX_DIRECTORY = 64 << 20  # bytes of one directory's identifiers


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
class Icb:
    file_type: int
    size: int
    modified: datetime | None
    extents: list[tuple[int, int]]  # absolute byte offset, length
    complete: bool  # every byte of the file has a place on the disc


def icb(blocks: Blocks, partition: int, number: int, hops: int = 0) -> tuple[Icb, int]:
    """The file (extended) entry at a logical block, following indirect entries."""
    at = blocks.block(partition, number)
    data = blocks.sector(at)
    ident = tag(data, (TAG_FE, TAG_EFE, TAG_IE))
    if ident == TAG_IE:
        if hops > 8:
            raise UdfError("indirect entries loop")
        block, ref = struct.unpack_from("<IH", data, 40)
        return icb(blocks, ref, block, hops + 1)
    return file_entry(blocks, data, at, partition, ident == TAG_EFE), at


def file_entry(blocks: Blocks, data: bytes, at: int, partition: int, extended: bool) -> Icb:
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
        return Icb(file_type, size, modified, [(at * SECTOR + start, min(ad_length, size))]
                   if size else [], ad_length >= size)
    extents, complete = _allocations(blocks, data[start:start + ad_length], kind, partition)
    return Icb(file_type, size, modified, extents, complete)


def _allocations(blocks: Blocks, area: bytes, kind: int, partition: int
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
                more = blocks.sector(blocks.block(ref, block))
                tag(more, (TAG_AED,))
                count = struct.unpack_from("<I", more, 20)[0]
                next_area = more[24:24 + min(count, SECTOR - 24)]
                break
            if extent_type != 0:
                complete = False  # allocated but never written: no bytes on the disc
                continue
            extents.extend(blocks.absolute(ref, block, length))
        area = next_area
    return merged(extents), complete


def walk(blocks: Blocks, root: tuple[int, int]
         ) -> tuple[list[NamespaceEntry], list[tuple[str, str]]]:
    """Every file under the root, and (path, LOST_... / UNWRITTEN) for what could not be."""
    entries: list[NamespaceEntry] = []
    problems: list[tuple[str, str]] = []
    seen: set[int] = set()
    stack: list[tuple[tuple[int, int], str, int]] = [(root, "", 0)]
    while stack:
        (ref, block), path, depth = stack.pop()
        try:
            directory, at = icb(blocks, ref, block)
            if at in seen or depth > MAX_DEPTH:
                continue
            seen.add(at)
            data = blocks.read_extents(directory.extents, MAX_DIRECTORY)[:directory.size]
        except (UdfError, struct.error, ValueError):
            problems.append((path or "/", LOST_DIRECTORY))
            continue
        children: list[tuple[str, tuple[int, int], bool]] = []
        try:
            children.extend(_identifiers(data))
        except (UdfError, struct.error, ValueError):
            # The identifiers before the damaged one are listed; the rest are lost.
            problems.append((path or "/", LOST_DIRECTORY))
        for name, child, is_dir in children:
            child_path = f"{path}/{shown_component(name)}"
            if is_dir:
                stack.append((child, child_path, depth + 1))
                continue
            try:
                found, _ = icb(blocks, *child)
            except (UdfError, struct.error, ValueError):
                problems.append((child_path, LOST_ENTRY))
                continue
            if found.file_type != FILE_BYTES:
                continue  # links, devices, streams: nothing a clerk opens
            if not found.complete:
                problems.append((child_path, UNWRITTEN))
            entries.append(NamespaceEntry(names={"udf": child_path}, size=found.size,
                                          extents=found.extents, stamp=found.modified))
            if len(entries) > MAX_ENTRIES:
                raise UdfError("too many files")
    return entries, problems


def _identifiers(data: bytes) -> Iterator[tuple[str, tuple[int, int], bool]]:
    """(name, (partition, block), is directory) of each live entry of a directory."""
    at = 0
    while at + 38 <= len(data):
        tag(data[at:at + 16], (TAG_FID,))
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
