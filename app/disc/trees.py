"""The file-system trees of one session, read by pycdlib or, where it refuses, by our salvage
walker: each tree's files with their names and extents, and the directories that were lost."""

from __future__ import annotations

import contextlib
import errno
import struct
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import pycdlib
from pycdlib.pycdlibexception import PyCdlibException

from app.disc.descriptors import SECTOR, DiscLayout, IsoDescriptorSet
from app.disc.image_view import ImageView
from app.disc.iso9660.salvage import salvage_session
from app.disc.names import is_eight_three
from app.disc.namespaces import NamespaceEntry, walk_joliet, walk_primary, walk_udf
from app.disc.udf.blocks import UdfError
from app.disc.udf.volume import read_udf

# What a damaged image makes pycdlib raise, besides its own exceptions.
PARSE_ERRORS: tuple[type[BaseException], ...] = (
    PyCdlibException, ValueError, struct.error, UnicodeDecodeError, IndexError, KeyError,
    AttributeError, TypeError, OverflowError, RecursionError, MemoryError, AssertionError,
)


@dataclass
class Trees:
    trees: dict[str, list[NamespaceEntry]]
    rock_ridge: bool
    block_size: int = SECTOR
    enhanced: bool = False  # an ISO9660:1999 descriptor (level 4)
    read_by: str = "pycdlib"  # or "intake": our own walker
    lost: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # tree -> (dir, why)
    udf_problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def filesystems(self) -> list[str]:
        found = [ns for ns in ("iso9660", "joliet") if ns in self.trees]
        if self.rock_ridge:
            found.append("rockridge")
        if "udf" in self.trees:
            found.append("udf")
        return found

    @property
    def damaged(self) -> bool:
        return any(self.lost.values()) or bool(self.udf_problems)

    @property
    def iso_level(self) -> int:
        """The ECMA-119 interchange level the names and files actually use (pycdlib's own
        guess counts things a reader need not care about)."""
        primary = self.trees.get("iso9660", [])
        if self.enhanced:
            return 4
        if any(len(e.extents) > 1 for e in primary):
            return 3
        parts = {p for e in primary for p in e.names["iso9660"].strip("/").split("/")}
        if all(is_eight_three(p) or is_eight_three(p, is_dir=True) for p in parts):
            return 1
        return 2


def session_view(fp: BinaryIO, size: int, layout: DiscLayout, which: str) -> BinaryIO:
    """What pycdlib must be handed to read a session: the newest session's descriptors shown
    where it looks (sector 16), and a short image's missing end read as zeros."""
    declared = layout.declared_size
    if which == "last":
        last = layout.last
        assert last is not None
        span = max(last.descriptor_sectors, 1) * SECTOR
        redirect = (16 * SECTOR, (last.start_sector + 16) * SECTOR, span)
        return ImageView(fp, size, declared, redirect)
    first = layout.first
    first_declared = first.end_sector(size // SECTOR) * SECTOR if first else 0
    whole = max(declared, first_declared)
    # The view costs a Python call per read; only a short image needs it on the first session.
    return ImageView(fp, size, whole) if whole > size else fp


class _DeclaredLengths(pycdlib.PyCdlib):  # type: ignore[misc]
    """pycdlib, remembering each file record's length as the disc declares it: pycdlib cuts a
    file that runs past the image's end to the image's end (a negative length when it starts
    past it), and the clerk must hear of a truncated file, not of a short or empty one."""

    def __init__(self) -> None:
        super().__init__()
        self.declared: dict[int, int] = {}

    def _link_file_record(self, new_record: Any, is_symlink: bool, data_length: int,
                          *rest: Any) -> int:
        self.declared[id(new_record)] = data_length
        return int(super()._link_file_record(new_record, is_symlink, data_length, *rest))


def pycdlib_trees(view: BinaryIO) -> Trees | None:
    """The trees as pycdlib reads them, or None when it refuses the session."""
    iso = _DeclaredLengths()
    try:
        iso.open_fp(view)
    except PARSE_ERRORS:
        return None
    except OSError as exc:  # a record sending it to seek before the image's start
        if exc.errno != errno.EINVAL:
            raise  # a drive or disk failing is no parse error: the reader says it
        return None
    try:
        block = iso.logical_block_size
        rock_ridge = bool(iso.has_rock_ridge())
        trees = {"iso9660": walk_primary(iso.pvd.root_directory_record(), block, rock_ridge,
                                         iso.declared)}
        if iso.has_joliet() and iso.joliet_vd is not None:
            trees["joliet"] = walk_joliet(iso.joliet_vd.root_directory_record(), block,
                                          iso.declared)
        problems: list[tuple[str, str]] = []
        if iso.has_udf() and iso.udf_root is not None:
            part_start = iso.udf_main_descs.partitions[0].part_start_location
            trees["udf"] = walk_udf(iso.udf_root, part_start, block, problems)
        return Trees(trees=trees, rock_ridge=rock_ridge, block_size=block,
                     enhanced=iso.enhanced_vd is not None, udf_problems=problems)
    except PARSE_ERRORS:
        return None
    finally:
        with contextlib.suppress(PARSE_ERRORS):
            iso.close()


def salvaged_trees(fp: BinaryIO, size: int, session: IsoDescriptorSet,
                   with_udf: bool) -> Trees | None:
    """The trees our own walkers can list; None when not even one root can be read."""
    salvaged = salvage_session(fp, size, session)
    trees = Trees(trees=salvaged.trees, rock_ridge=salvaged.rock_ridge,
                  read_by="intake", lost=salvaged.lost)
    if with_udf:
        try:
            udf = read_udf(fp, size)
        except (UdfError, *PARSE_ERRORS):
            pass
        else:
            trees.trees["udf"] = udf.entries
            trees.udf_problems = udf.problems
    return trees if trees.trees else None
