"""Read an image's file systems into a list of files, every name and extent, and findings.

Everything pycdlib or the descriptor reader raises on damaged bytes stops here and becomes a
finding; the caller gets a reading either way.
"""

from __future__ import annotations

import contextlib
import gc
import struct
from collections.abc import Iterator
from typing import Any, BinaryIO

import pycdlib
from pycdlib.pycdlibexception import PyCdlibException

from app.core.entities import NAMESPACES, DiscFile, VolumeInfo
from app.core.findings import Finding
from app.disc.descriptors import SECTOR, DiscLayout, read_layout
from app.disc.image_view import ImageView
from app.disc.names import (
    ISO_DEPTH_LIMIT,
    VISIBLE_PATH_LIMIT,
    is_eight_three,
    looks_joliet_truncated,
)
from app.disc.namespaces import NamespaceEntry, walk_joliet, walk_primary, walk_udf
from app.disc.udf import UdfError, read_udf

# What a damaged image makes the parsers raise, besides their own exceptions.
PARSE_ERRORS: tuple[type[BaseException], ...] = (
    PyCdlibException, ValueError, struct.error, UnicodeDecodeError, IndexError, KeyError,
    AttributeError, TypeError, OverflowError, RecursionError, MemoryError, AssertionError,
)


class VolumeRead:
    """The outcome of reading an image's structures (no file data read yet)."""

    def __init__(self) -> None:
        self.volume: VolumeInfo | None = None
        self.files: list[DiscFile] = []
        self.findings: list[Finding] = []
        self.fell_back_to_first = False


def _fault(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@contextlib.contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """pycdlib builds a few objects per directory record; on a 20,000-file disc the cyclic
    collector's passes over them cost a third of the listing time, for no garbage."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_volume(fp: BinaryIO, size: int) -> VolumeRead:
    with _no_gc_pauses():
        return _read_volume(fp, size)


def _read_volume(fp: BinaryIO, size: int) -> VolumeRead:
    result = VolumeRead()
    try:
        layout = read_layout(fp, size)
    except PARSE_ERRORS as exc:
        result.findings.append(Finding("image_unreadable", detail=_fault(exc)))
        return result

    if not layout.has_iso9660:
        if layout.udf_recognised:
            _read_udf_only(fp, size, layout, result)
        else:
            result.findings.append(Finding(
                "image_unreadable", detail="no ISO9660 or UDF volume descriptor at sector 16"))
        return result

    iso = _open_newest(fp, size, layout, result)
    if iso is None:
        return result
    try:
        _list_files(iso, layout, size, result)
    except PARSE_ERRORS as exc:
        result.files = []
        result.findings.append(Finding("image_unreadable", detail=_fault(exc)))
    finally:
        with contextlib.suppress(PARSE_ERRORS):
            iso.close()
    return result


def _read_udf_only(fp: BinaryIO, size: int, layout: DiscLayout, result: VolumeRead) -> None:
    """Discs burnt "like a USB flash drive": pycdlib needs an ISO9660 volume, our reader does
    not; where it fails too, the clerk is told to read the disc from its drive folder."""
    result.volume = VolumeInfo(label=layout.udf_label, labels={"udf": layout.udf_label},
                               filesystems=["udf"], declared_size=size)
    try:
        udf = read_udf(fp, size)
    except (UdfError, *PARSE_ERRORS) as exc:
        result.findings.append(Finding(
            "udf_only", detail=f"the UDF structures cannot be followed ({_fault(exc)}); "
            "read the disc from its drive folder instead", params={"read": False}))
        return
    result.volume.label = udf.label or layout.udf_label
    result.volume.labels["udf"] = result.volume.label
    result.files = merge_namespaces({"udf": udf.entries})
    result.findings.append(Finding(
        "udf_only", detail=f"UDF {udf.revision}, {udf.partition} partition",
        params={"revision": udf.revision, "partition": udf.partition, "read": True}))
    if not udf.closed:
        result.findings.append(Finding(
            "disc_not_closed", detail="written in packets (VAT) and left open for more"))
    for where, why in udf.problems:
        result.findings.append(Finding("file_unreadable", path=where, detail=why))
    result.findings.extend(name_findings({"udf": udf.entries}, result.files, ["udf"], 0))


def _open_newest(fp: BinaryIO, size: int, layout: DiscLayout,
                 result: VolumeRead) -> pycdlib.PyCdlib | None:
    """Open the last session; fall back to the first if the last one is damaged."""
    declared = layout.declared_size
    attempts: list[tuple[str, BinaryIO]] = []
    last = layout.last
    if last is not None and last.start_sector and not layout.emulated_toc:
        span = max(last.descriptor_sectors, 1) * SECTOR
        redirect = (16 * SECTOR, (last.start_sector + 16) * SECTOR, span)
        attempts.append(("last", ImageView(fp, size, declared, redirect)))
    first = layout.first
    first_declared = first.end_sector(size // SECTOR) * SECTOR if first else 0
    whole = max(declared, first_declared)
    # The view costs a Python call per read; only a short image needs it on the first session.
    attempts.append(("first", ImageView(fp, size, whole) if whole > size else fp))
    errors = []
    for which, view in attempts:
        iso = pycdlib.PyCdlib()
        try:
            iso.open_fp(view)
        except PARSE_ERRORS as exc:
            errors.append(_fault(exc))
            continue
        result.fell_back_to_first = which == "first" and len(attempts) > 1
        if result.fell_back_to_first:
            # A short image gets its own image_truncated finding from the listing.
            result.findings.append(Finding(
                "file_unreadable",
                detail="the newest session cannot be read (" + errors[0] + "); "
                "the files of the first session are listed"))
        return iso
    result.findings.append(Finding("image_unreadable", detail="; ".join(errors)))
    return None


def _labels(iso: pycdlib.PyCdlib, layout: DiscLayout) -> dict[str, str]:
    labels: dict[str, str] = {}
    newest = layout.last if not layout.emulated_toc else layout.first
    if newest is not None:
        labels["iso9660"] = newest.iso_label
        if iso.has_joliet():
            labels["joliet"] = newest.joliet_label
    if iso.has_udf() and layout.udf_label:
        labels["udf"] = layout.udf_label
    return labels


def _list_files(iso: pycdlib.PyCdlib, layout: DiscLayout, size: int, result: VolumeRead) -> None:
    block = iso.logical_block_size
    rock_ridge = bool(iso.has_rock_ridge())
    trees: dict[str, list[NamespaceEntry]] = {}
    primary = walk_primary(iso.pvd.root_directory_record(), block, rock_ridge)
    trees["iso9660"] = primary
    if iso.has_joliet() and iso.joliet_vd is not None:
        trees["joliet"] = walk_joliet(iso.joliet_vd.root_directory_record(), block)
    if iso.has_udf() and iso.udf_root is not None:
        part_start = iso.udf_main_descs.partitions[0].part_start_location
        trees["udf"] = walk_udf(iso.udf_root, part_start, block)

    filesystems = ["iso9660"]
    if iso.has_joliet():
        filesystems.append("joliet")
    if rock_ridge:
        filesystems.append("rockridge")
    if iso.has_udf():
        filesystems.append("udf")

    labels = _labels(iso, layout)
    label = labels.get("udf") or labels.get("joliet") or labels.get("iso9660", "")
    result.volume = VolumeInfo(
        label=label, labels=labels, filesystems=filesystems,
        iso_level=_iso_level(iso, primary), sessions=len(layout.sessions),
        declared_size=max(layout.declared_size, size if not layout.declared_size else 0),
        block_size=block)

    result.files = merge_namespaces(trees)
    result.findings.extend(name_findings(trees, result.files, filesystems,
                                         result.volume.iso_level or 0))
    if len(layout.sessions) > 1:
        which = "first" if result.fell_back_to_first else "last"
        result.findings.append(Finding(
            "multisession", detail=f"{len(layout.sessions)} sessions; the {which} one was read",
            params={"sessions": len(layout.sessions), "which": which}))
    if layout.declared_size > size:
        result.findings.append(Finding(
            "image_truncated",
            detail=f"{size} of {layout.declared_size} bytes present",
            params={"present": size, "declared": layout.declared_size}))


def _iso_level(iso: pycdlib.PyCdlib, primary: list[NamespaceEntry]) -> int:
    """The ECMA-119 interchange level the names and files actually use (pycdlib's own guess
    counts things a reader need not care about)."""
    if iso.enhanced_vd is not None:
        return 4
    if any(len(e.extents) > 1 for e in primary):
        return 3
    parts = {p for e in primary for p in e.names["iso9660"].strip("/").split("/")}
    if all(is_eight_three(p) or is_eight_three(p, is_dir=True) for p in parts):
        return 1
    return 2


def _primary_name(names: dict[str, str]) -> str:
    joliet = names.get("joliet")
    rr = names.get("rockridge")
    if "udf" in names:
        return names["udf"]
    if joliet is not None:
        if rr is not None and looks_joliet_truncated(joliet.rsplit("/", 1)[-1],
                                                     rr.rsplit("/", 1)[-1]):
            return rr
        return joliet
    for namespace in NAMESPACES:
        if namespace in names:
            return names[namespace]
    return "/"


def _clip(extents: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    clipped, left = [], size
    for offset, length in extents:
        if left <= 0:
            break
        take = min(length, left)
        clipped.append((offset, take))
        left -= take
    return clipped


def _path_of(entry: NamespaceEntry) -> str:
    return next(iter(entry.names.values()))


def merge_namespaces(trees: dict[str, list[NamespaceEntry]]) -> list[DiscFile]:
    """One DiscFile per file, whichever trees name it.

    A file's data is where its names meet: entries of different trees with the same first
    extent are one file. Hard links (two names, one extent, in one tree) stay two files, paired
    across trees in path order. Empty files have no extent and are paired by path.
    """
    order = [ns for ns in ("udf", "joliet", "iso9660") if ns in trees]
    groups: dict[Any, dict[str, list[NamespaceEntry]]] = {}
    for namespace in order:
        for entry in trees[namespace]:
            if entry.extents:
                key: Any = entry.extents[0][0]
            else:
                key = ("empty", (entry.names.get("rockridge") or _path_of(entry)).casefold())
            group = groups.get(key)
            if group is None:
                groups[key] = {namespace: [entry]}
            elif namespace in group:
                group[namespace].append(entry)
            else:
                group[namespace] = [entry]

    files: list[DiscFile] = []
    lead_tree = order[0]
    for key, by_tree in groups.items():
        if isinstance(key, tuple) and lead_tree not in by_tree and len(order) > 1:
            # Windows would not show it: an empty file only the fallback names list, whose
            # other names we could not pair.
            continue
        lists = [by_tree[ns] for ns in order if ns in by_tree]
        if len(lists) == 1 and len(lists[0]) == 1:
            rows: list[list[NamespaceEntry]] = [lists[0]]
        else:
            for entries in lists:
                entries.sort(key=_path_of)
            rows = [[entries[i] for entries in lists if i < len(entries)]
                    for i in range(max(len(entries) for entries in lists))]
        for parts in rows:
            names: dict[str, str] = {}
            for part in parts:
                names.update(part.names)
            lead = parts[0]
            extents = lead.extents
            if sum(length for _, length in extents) != lead.size:
                extents = _clip(extents, lead.size)
            files.append(DiscFile(path=_primary_name(names), size=lead.size, extents=extents,
                                  names=names, modified=lead.modified()))
    files.sort(key=lambda f: f.path)
    return files


def name_findings(trees: dict[str, list[NamespaceEntry]], files: list[DiscFile],
                  filesystems: list[str], iso_level: int) -> list[Finding]:
    findings: list[Finding] = []
    primary = trees.get("iso9660", [])
    encodings = sorted({enc for e in primary for enc in e.name_encodings})
    if encodings:
        only_iso = filesystems == ["iso9660"]
        # With no other file system the decoded ISO9660 name is the one shown, so name a file.
        example = next((e.names["iso9660"] for e in primary if e.name_encodings), None)
        detail = f"ISO9660 names in {', '.join(encodings)}"
        if not only_iso:
            detail += "; the other file systems' names are shown"
        findings.append(Finding("nonstandard_name_encoding",
                                path=example if only_iso else None, detail=detail))

    if filesystems == ["iso9660"] and not encodings and primary and iso_level == 1:
        findings.append(Finding("names_8_3_only", detail=f"{len(primary)} files",
                                params={"files": len(primary)}))

    for f in files:
        joliet = f.names.get("joliet")
        if joliet is None:
            continue
        full = f.names.get("rockridge")
        if looks_joliet_truncated(joliet.rsplit("/", 1)[-1],
                                  full.rsplit("/", 1)[-1] if full else None):
            detail = f"Joliet: {joliet.rsplit('/', 1)[-1]}"
            if full:
                detail += "; the Rock Ridge name is shown"
            findings.append(Finding("joliet_name_truncated", path=f.path, detail=detail))

    deep = [e for e in primary if e.relocated or e.iso_depth > ISO_DEPTH_LIMIT]
    long_paths = [f for f in files if len(f.path) > VISIBLE_PATH_LIMIT]
    if deep:
        findings.append(Finding("path_too_deep",
                                path=_visible_for(deep[0], files),
                                detail=f"{len(deep)} files below directory level "
                                f"{ISO_DEPTH_LIMIT} (relocated in ISO9660)",
                                params={"files": len(deep), "level": ISO_DEPTH_LIMIT}))
    for f in long_paths:
        findings.append(Finding("path_too_deep", path=f.path,
                                detail=f"path of {len(f.path)} characters",
                                params={"length": len(f.path)}))
    return findings


def _visible_for(entry: NamespaceEntry, files: list[DiscFile]) -> str | None:
    iso_path = entry.names.get("iso9660")
    return next((f.path for f in files if f.names.get("iso9660") == iso_path), iso_path)
