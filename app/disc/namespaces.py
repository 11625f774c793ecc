"""Walk each file-system tree pycdlib parsed and list its files with their extents.

We walk pycdlib's records ourselves instead of calling walk(): its path look-ups are UTF-8 only
(GBK names break them) and it gives no extents without one look-up per file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from pycdlib.pycdlibexception import PyCdlibException

from app.disc.iso9660.dates import record_date
from app.disc.names import decode_iso_name, shown_component, strip_iso_version

# ECMA-167 allows 64 bits; no disc holds more than 2**62 bytes, and no register column could
# hold a length past 2**63 (it ended a `disc add` in an overflow).
MAX_LENGTH = 1 << 62
# What a UDF walk's `problems` says of a path (ours in udf.py, pycdlib's here): a directory that
# could not be listed, a file whose entry could not be read (so it is not listed), a file part
# of which was never written.
LOST_DIRECTORY, LOST_ENTRY, UNWRITTEN = "directory", "entry", "unwritten"


@dataclass(slots=True)
class NamespaceEntry:
    """One file as one tree names it. `names` holds the tree's path (and Rock Ridge's, which
    lives on the same ISO9660 record). `stamp` is the tree's raw date record, turned into a
    datetime only for the entry that ends up describing the file (see modified())."""

    names: dict[str, str]
    size: int
    extents: list[tuple[int, int]]
    stamp: Any = None
    name_encoding: str | None = None  # the non-standard encoding its ISO9660 name is in
    iso_depth: int = 0
    relocated: bool = False
    link: str | None = None  # a Rock Ridge symbolic link's target (the record holds no data)
    zisofs_size: int | None = None  # stored zisofs-compressed; this is its size uncompressed

    def modified(self) -> datetime | None:
        stamp = self.stamp
        if stamp is None:
            return None
        if isinstance(stamp, datetime):  # our own UDF reader's
            return stamp
        if isinstance(stamp, bytes):  # an ECMA-119 date as our own walker keeps it
            return record_date(stamp)
        try:
            if hasattr(stamp, "years_since_1900"):  # ECMA-119 directory record date
                if not stamp.month:
                    return None
                return datetime(1900 + stamp.years_since_1900, stamp.month, stamp.day_of_month,
                                stamp.hour, stamp.minute, stamp.second,
                                tzinfo=_zone(15 * stamp.gmtoffset))
            offset = stamp.tz if -1440 <= stamp.tz <= 1440 else 0  # ECMA-167 timestamp
            return datetime(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute,
                            stamp.second, tzinfo=_zone(offset))
        except (ValueError, OverflowError, AttributeError, TypeError):
            return None


_ZONES: dict[int, timezone] = {}


def _zone(minutes: int) -> timezone:
    zone = _ZONES.get(minutes)
    if zone is None:
        zone = _ZONES[minutes] = timezone(timedelta(minutes=minutes))
    return zone


def _iso_extents(rec: Any, block_size: int, declared: dict[int, int] | None = None
                 ) -> tuple[int, list[tuple[int, int]]]:
    """(declared size, extents) of a file record, following multi-extent continuations;
    `declared`: the lengths as the records gave them, before pycdlib cut any to the image."""
    extents: list[tuple[int, int]] = []
    size = 0
    current = rec
    while current is not None:
        length = (declared or {}).get(id(current), current.get_data_length())
        size += length
        if length:
            extents.append((current.extent_location() * block_size, length))
        current = current.data_continuation
    return size, extents


def _children(rec: Any) -> Iterator[Any]:
    previous = None
    for child in rec.children:
        if child is None or child.is_dot() or child.is_dotdot():
            continue
        # The later records of a multi-extent file repeat its name; the first carries the chain.
        if previous is not None and previous.data_continuation is child:
            previous = child
            continue
        previous = child
        yield child


def _symlink_target(record: Any) -> str:
    try:
        return str(record.rock_ridge.symlink_path().decode("utf-8", errors="replace"))
    except (PyCdlibException, AttributeError, ValueError, TypeError):
        return ""  # a link whose target cannot be spelt out is still a link


def walk_primary(root: Any, block_size: int, rock_ridge: bool,
                 declared: dict[int, int] | None = None) -> list[NamespaceEntry]:
    """The ISO9660 tree, with each record's Rock Ridge name beside its ISO9660 name.

    Rock Ridge relocates directories deeper than eight levels into rr_moved and leaves a child
    link where they belong; the ISO9660 path keeps the relocated place, the Rock Ridge path the
    real one.
    """
    entries: list[NamespaceEntry] = []
    by_record: dict[int, NamespaceEntry] = {}
    _walk_iso(root, "", 0, block_size, entries, by_record, declared or {})
    if rock_ridge:
        _walk_rr(root, "", block_size, by_record, set())
    return entries


def _walk_iso(directory: Any, prefix: str, depth: int, block_size: int,
              entries: list[NamespaceEntry], by_record: dict[int, NamespaceEntry],
              declared: dict[int, int]) -> None:
    stack: list[tuple[Any, str, int]] = [(directory, prefix, depth)]
    while stack:
        current, path, level = stack.pop()
        for child in _children(current):
            rr = child.rock_ridge
            if rr is not None and rr.child_link_record_exists():
                continue  # a placeholder for a relocated directory; the directory is listed
            raw = strip_iso_version(child.file_identifier())
            name, encoding = decode_iso_name(raw)
            child_path = f"{path}/{shown_component(name)}"
            if child.is_dir():
                stack.append((child, child_path, level + 1))
                continue
            size, extents = _iso_extents(child, block_size, declared)
            entry = NamespaceEntry(names={"iso9660": child_path}, size=size, extents=extents,
                                   stamp=child.date, iso_depth=level + 1)
            if child.is_symlink():
                entry.link = _symlink_target(child)
            if encoding:
                entry.name_encoding = encoding
            entries.append(entry)
            by_record[id(child)] = entry


def _walk_rr(directory: Any, prefix: str, block_size: int,
             by_record: dict[int, NamespaceEntry], seen: set[int]) -> None:
    stack: list[tuple[Any, str, bool]] = [(directory, prefix, False)]
    while stack:
        current, path, relocated = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for child in _children(current):
            rr = child.rock_ridge
            if rr is None:
                continue
            if rr.relocated_record():
                continue  # reached through its child link instead
            name = rr.name().decode("utf-8", errors="replace")
            child_path = f"{path}/{shown_component(name)}"
            if rr.child_link_record_exists():
                target = rr.cl_to_moved_dr
                if target is not None:
                    stack.append((target, child_path, True))
                continue
            if child.is_dir():
                stack.append((child, child_path, relocated))
                continue
            entry = by_record.get(id(child))
            if entry is not None:
                entry.names["rockridge"] = child_path
                entry.relocated = entry.relocated or relocated


def walk_joliet(root: Any, block_size: int,
                declared: dict[int, int] | None = None) -> list[NamespaceEntry]:
    entries: list[NamespaceEntry] = []
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        current, path = stack.pop()
        for child in _children(current):
            name = child.file_identifier().decode("utf-16-be", errors="replace")
            name = name.split(";", 1)[0] if ";" in name else name
            child_path = f"{path}/{shown_component(name)}"
            if child.is_dir():
                stack.append((child, child_path))
                continue
            size, extents = _iso_extents(child, block_size, declared)
            entries.append(NamespaceEntry(names={"joliet": child_path}, size=size,
                                          extents=extents, stamp=child.date))
    return entries


def walk_udf(root: Any, partition_start: int, block_size: int,
             problems: list[tuple[str, str]] | None = None) -> list[NamespaceEntry]:
    """pycdlib's UDF tree as entries; an entry whose length no disc could hold goes to
    `problems` as (path, "entry"), as our own UDF reader says it."""
    entries: list[NamespaceEntry] = []
    stack: list[tuple[Any, str]] = [(root, "")]
    seen: set[int] = set()
    while stack:
        current, path = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for ident in current.fi_descs.values():
            if ident.isparent or ident.file_entry is None:
                continue
            entry = ident.file_entry
            name = ident.fi.decode(ident.encoding or "utf-8", errors="replace")
            child_path = f"{path}/{shown_component(name)}"
            if entry.is_dir():
                stack.append((entry, child_path))
                continue
            if not entry.is_file():
                continue
            if entry.get_data_length() > MAX_LENGTH:
                if problems is not None:
                    problems.append((child_path, LOST_ENTRY))
                continue
            extents = [((partition_start + ad.log_block_num) * block_size + ad.offset,
                        ad.extent_length) for ad in entry.alloc_descs if ad.extent_length]
            entries.append(NamespaceEntry(names={"udf": child_path},
                                          size=entry.get_data_length(), extents=extents,
                                          stamp=entry.mod_time))
    return entries
