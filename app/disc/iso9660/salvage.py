"""List what can be listed of a session pycdlib refuses: its ISO9660 (with Rock Ridge) and Joliet
trees walked record by record, ignoring the path table.

What peers (7-Zip, xorriso, Windows) show of a damaged disc is what the clerk needs to see, and
the parts that cannot be listed are named instead of the whole disc being given up. Every walk
is bounded: each directory is read once (a directory reached again is a loop), depth and record
counts are capped, and no length read off the disc is trusted beyond the image's end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

from app.disc.descriptors import SECTOR, IsoDescriptorSet
from app.disc.iso9660.records import (
    FLAG_ASSOCIATED,
    FLAG_MORE_EXTENTS,
    Directory,
    DirRecord,
    RecordReader,
    root_record,
)
from app.disc.iso9660.rock_ridge import read_rock_ridge, susp_skip
from app.disc.names import decode_iso_name, strip_iso_version
from app.disc.namespaces import NamespaceEntry

MAX_DEPTH = 64  # ISO9660 allows 8; Rock Ridge relocation goes deeper, but not this deep
MAX_RECORDS = 200_000  # records of one tree; a submission has hundreds, a burner folder thousands

# Why a directory could not be listed (in full), as the finding's parameters name it.
OUTSIDE, LOOP, DAMAGED, TOO_DEEP, TOO_MANY = "outside", "loop", "damaged", "too_deep", "too_many"


@dataclass
class TreeWalk:
    """One tree as far as it could be walked."""

    entries: list[NamespaceEntry] = field(default_factory=list)
    lost: list[tuple[str, str]] = field(default_factory=list)  # (directory path, why)
    rock_ridge: bool = False
    walked: bool = False  # the root directory at least could be read


@dataclass
class SalvagedSession:
    trees: dict[str, list[NamespaceEntry]] = field(default_factory=dict)
    lost: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # per tree
    rock_ridge: bool = False


@dataclass
class _Pending:
    """A directory waiting to be read, with its paths in each naming."""

    record: DirRecord
    path: str
    rr_path: str | None
    depth: int
    relocated: bool = False


class _Walk:
    def __init__(self, reader: RecordReader, joliet: bool) -> None:
        self.reader = reader
        self.joliet = joliet
        self.skip = 0
        self.rock_ridge = False
        self.out = TreeWalk()
        self.visited: set[int] = set()
        self.records = 0
        # Rock Ridge moves directories deeper than eight levels to rr_moved and leaves a child
        # link (CL) in their place: their real path is known once the link has been seen.
        self.linked: dict[int, str] = {}
        self.deferred: list[_Pending] = []
        self.pending: list[_Pending] = []

    def name(self, record: DirRecord) -> tuple[str, str | None]:
        if self.joliet:
            raw = record.name.decode("utf-16-be", errors="replace")
            return (raw.split(";", 1)[0] if ";" in raw else raw), None
        return decode_iso_name(strip_iso_version(record.name))

    def open_root(self, root: DirRecord | None) -> Directory | None:
        if root is None or not root.is_dir:
            self.out.lost.append(("/", DAMAGED))
            return None
        directory = self.reader.directory(root, 0, rock_ridge=False)
        if directory is None:
            self.out.lost.append(("/", OUTSIDE))
            return None
        if not self.joliet:
            first = directory.records[0] if directory.records else None
            skip = susp_skip(first.system_use) if first is not None else None
            if skip is not None:
                self.skip, self.rock_ridge = skip, True
                directory = self.reader.directory(root, skip, rock_ridge=True)
            else:
                # An SP entry damaged or missing: the entries themselves may still be there.
                self.read_rock_ridge(directory)
                self.rock_ridge = any(r.rock_ridge is not None for r in directory.records)
        return directory

    def read_rock_ridge(self, directory: Directory) -> None:
        for child in directory.records:
            child.rock_ridge = read_rock_ridge(child.system_use, self.reader.read_continuation)

    def run(self, root: DirRecord | None) -> TreeWalk:
        first = self.open_root(root)
        if first is None or root is None:
            return self.out
        self.out.rock_ridge = self.rock_ridge
        self.out.walked = True
        self.visited.add(root.extent)
        self.children(first, _Pending(root, "", "" if self.rock_ridge else None, 0))
        while True:
            while self.pending:
                self.directory(self.pending.pop())
            if not self.deferred:
                break
            # Relocated directories whose link was seen get their real path; the rest are
            # listed under rr_moved with no Rock Ridge path.
            linked = [p for p in self.deferred if p.record.extent in self.linked]
            self.deferred = [p for p in self.deferred if p.record.extent not in self.linked]
            if not linked:
                linked, self.deferred = self.deferred, []
            for item in linked:
                item.rr_path = self.linked.get(item.record.extent)
                self.pending.append(item)
        return self.out

    def directory(self, item: _Pending) -> None:
        shown = item.path or "/"
        if item.record.extent in self.visited:
            self.out.lost.append((shown, LOOP))
            return
        if item.depth > MAX_DEPTH:
            self.out.lost.append((shown, TOO_DEEP))
            return
        self.visited.add(item.record.extent)
        # Records past the tree's cap are not even parsed: one past it is enough to say so.
        directory = self.reader.directory(item.record, self.skip, self.rock_ridge,
                                          limit=MAX_RECORDS - self.records + 1)
        if directory is None:
            self.out.lost.append((shown, OUTSIDE))
            return
        self.children(directory, item)

    def children(self, directory: Directory, parent: _Pending) -> None:
        # Every directory starts with its own "." record; without it, the data read is not
        # a directory (a wrong location or block size), whatever else it seems to hold.
        first = directory.records[0] if directory.records else None
        if directory.skipped or first is None or first.name != b"\x00":
            self.out.lost.append((parent.path or "/", DAMAGED))
        chain: NamespaceEntry | None = None
        for record in directory.records:
            self.records += 1
            if self.records > MAX_RECORDS:
                self.out.lost.append((parent.path or "/", TOO_MANY))
                self.pending.clear()
                self.deferred.clear()
                return
            if record.is_self_or_parent or record.flags & FLAG_ASSOCIATED:
                continue
            chain = self.child(record, parent, chain)

    def child(self, record: DirRecord, parent: _Pending,
              chain: NamespaceEntry | None) -> NamespaceEntry | None:
        """Take one record; returns the multi-extent file it continues, if it is unfinished."""
        name, encoding = self.name(record)
        rr = record.rock_ridge
        rr_name = rr.name if rr is not None and rr.name else name
        path = f"{parent.path}/{name}"
        rr_path = f"{parent.rr_path}/{rr_name}" if parent.rr_path is not None else None
        if rr is not None and rr.child_link is not None:
            if rr_path is not None:
                self.linked[rr.child_link] = rr_path
            return None  # a placeholder; the directory itself sits in rr_moved
        if record.is_dir:
            pending = _Pending(record, path, rr_path, parent.depth + 1, parent.relocated)
            if rr is not None and rr.relocated:
                pending.relocated = True
                self.deferred.append(pending)
            else:
                self.pending.append(pending)
            return None
        extent = (record.extent * self.reader.block_size, record.length)
        if chain is not None and chain.names[self.tree] == path:
            chain.size += record.length
            if record.length:
                chain.extents.append(extent)
            return chain if record.flags & FLAG_MORE_EXTENTS else None
        entry = NamespaceEntry(names={self.tree: path}, size=record.length,
                               extents=[extent] if record.length else [],
                               stamp=record.date, iso_depth=parent.depth + 1,
                               relocated=parent.relocated)
        if encoding:
            entry.name_encoding = encoding
        if rr_path is not None:
            entry.names["rockridge"] = rr_path
        if rr is not None:
            entry.link = rr.symlink
            entry.zisofs_size = rr.zisofs_size
        self.out.entries.append(entry)
        return entry if record.flags & FLAG_MORE_EXTENTS else None

    @property
    def tree(self) -> str:
        return "joliet" if self.joliet else "iso9660"


def walk_tree(fp: BinaryIO, size: int, descriptor: bytes, joliet: bool) -> TreeWalk:
    # Every optical disc uses 2048-byte blocks; a descriptor saying otherwise is damaged.
    reader = RecordReader(fp, size, SECTOR)
    return _Walk(reader, joliet).run(root_record(descriptor))


def salvage_session(fp: BinaryIO, size: int, session: IsoDescriptorSet) -> SalvagedSession:
    """The ISO9660 and Joliet trees of one session, each as far as it can be walked."""
    salvaged = SalvagedSession()
    for tree, descriptor in (("iso9660", session.pvd), ("joliet", session.joliet)):
        if not descriptor:
            continue
        walk = walk_tree(fp, size, descriptor, joliet=tree == "joliet")
        salvaged.lost[tree] = walk.lost
        if walk.walked:
            salvaged.trees[tree] = walk.entries
            salvaged.rock_ridge = salvaged.rock_ridge or walk.rock_ridge
    return salvaged
