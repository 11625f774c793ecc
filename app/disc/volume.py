"""Read an image's file systems into a list of files, every name and extent, and findings.

The newest session is read first, by pycdlib (the reader of record); where pycdlib refuses it,
our salvage walker lists what it can and names what it cannot; only when neither lists
anything is an older session tried. Nothing raised on damaged bytes leaves this module: the
caller gets a reading either way, and every finding says what happened in words of our own.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import BinaryIO

from app.core.entities import DiscFile, VolumeInfo
from app.core.findings import Finding
from app.disc.descriptors import DiscLayout, IsoDescriptorSet, read_layout
from app.disc.iso9660 import salvage
from app.disc.iso9660.records import directory_bytes
from app.disc.merge import merge_namespaces
from app.disc.name_findings import name_findings
from app.disc.namespaces import LOST_DIRECTORY, UNWRITTEN
from app.disc.trees import (
    PARSE_ERRORS,
    Trees,
    pycdlib_trees,
    salvaged_trees,
    session_view,
)
from app.disc.udf.blocks import UdfError
from app.disc.udf.volume import read_udf

LARGE_DIRECTORIES = 6 << 20  # bytes of ISO9660 directory records: about 40,000 files
MAX_NAMED_DIRECTORIES = 10  # a finding names this many lost directories and counts the rest


class VolumeRead:
    """The outcome of reading an image's structures (no file data read yet)."""

    def __init__(self) -> None:
        self.volume: VolumeInfo | None = None
        self.files: list[DiscFile] = []
        self.findings: list[Finding] = []
        self.fell_back_to_first = False
        self.read_by = "pycdlib"  # or "intake": our own walker (pycdlib refused, or too large)


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


def _unreadable(why: str, detail: str) -> Finding:
    return Finding("image_unreadable", detail=detail, params={"why": why})


def _read_volume(fp: BinaryIO, size: int) -> VolumeRead:
    result = VolumeRead()
    layout = read_layout(fp, size)
    if not layout.has_iso9660:
        if layout.udf_recognised:
            _read_udf_only(fp, size, layout, result)
        elif size == 0:
            result.findings.append(_unreadable("empty", "the image file is empty"))
        else:
            result.findings.append(_unreadable(
                "no_descriptor", "no ISO9660 or UDF volume descriptor at sector 16"))
        return result

    newest = layout.last
    assert newest is not None
    older = layout.first if len(layout.sessions) > 1 and not layout.emulated_toc else None
    attempts: list[tuple[str, IsoDescriptorSet]] = [("last" if older else "first", newest)]
    if older is not None:
        attempts.append(("first", older))
    for which, session in attempts:
        # pycdlib holds every record of every tree as objects (about 3.4 KB a file); a disc
        # of sample data with tens of thousands of files is listed by our own lean walker.
        large = directory_bytes(fp, size, session.pvd) > LARGE_DIRECTORIES
        trees = None if large else pycdlib_trees(session_view(fp, size, layout, which))
        if trees is None or not any(trees.trees.values()):
            # pycdlib refused the session, or read it as empty (it takes a zeroed root
            # directory for an empty one): our walker says what is there and what is lost.
            salvaged = salvaged_trees(fp, size, session, with_udf=layout.udf_recognised
                                      and session is newest)
            if trees is None or (salvaged is not None and salvaged.damaged):
                trees = salvaged
        if trees is not None:
            result.fell_back_to_first = session is not newest
            result.read_by = trees.read_by
            _list_files(trees, layout, session, size, result)
            return result

    # Not one directory tree could be walked: keep what the descriptors say.
    result.volume = _volume_info(layout, newest, size, [])
    if layout.declared_size <= size:
        result.findings.append(_unreadable(
            "no_tree", "the volume descriptors are there, but no directory can be read"))
    _session_findings(layout, size, result)
    return result


def _volume_info(layout: DiscLayout, session: IsoDescriptorSet, size: int,
                 filesystems: list[str]) -> VolumeInfo:
    labels = {"iso9660": session.iso_label}
    if session.joliet:
        labels["joliet"] = session.joliet_label
    if layout.udf_label:
        labels["udf"] = layout.udf_label
    label = labels.get("udf") or labels.get("joliet") or labels.get("iso9660", "")
    return VolumeInfo(label=label, labels=labels, filesystems=filesystems,
                      sessions=len(layout.sessions),
                      declared_size=layout.declared_size or size,
                      block_size=session.block_size)


def _read_udf_only(fp: BinaryIO, size: int, layout: DiscLayout, result: VolumeRead) -> None:
    """Discs burnt "like a USB flash drive": pycdlib needs an ISO9660 volume, our reader does
    not; where it fails too, the clerk is told to read the disc from its drive folder."""
    result.volume = VolumeInfo(label=layout.udf_label, labels={"udf": layout.udf_label},
                               filesystems=["udf"], declared_size=size)
    try:
        udf = read_udf(fp, size)
    except (UdfError, *PARSE_ERRORS):
        result.findings.append(Finding(
            "udf_only", detail="the UDF structures cannot be followed; read the disc from its "
            "drive folder instead", params={"read": False, "why": "unreadable"}))
        return
    result.volume.label = udf.label or layout.udf_label
    result.volume.labels["udf"] = result.volume.label
    trees = {"udf": udf.entries}
    result.files = merge_namespaces(trees, result.findings)
    result.findings.append(Finding(
        "udf_only", detail=f"UDF {udf.revision}, {udf.partition} partition",
        params={"revision": udf.revision, "partition": udf.partition, "read": True}))
    if not udf.closed:
        result.findings.append(Finding(
            "disc_not_closed", detail="written in packets (VAT) and left open for more"))
    result.findings.extend(_udf_problem_findings(udf.problems, len(result.files)))
    result.findings.extend(name_findings(trees, result.files, ["udf"], 0))


def _udf_problem_findings(problems: list[tuple[str, str]], listed: int) -> list[Finding]:
    lost = [(path, why) for path, why in problems if why == LOST_DIRECTORY]
    findings = _lost_findings(lost, listed)
    for path, why in problems:
        if why == UNWRITTEN:
            findings.append(Finding("file_unreadable", path=path,
                                    detail="part of the file was never written",
                                    params={"why": "unwritten"}))
        elif why != LOST_DIRECTORY:
            findings.append(Finding("file_unreadable", path=path,
                                    detail="the file's entry cannot be read; it is not listed",
                                    params={"why": "entry"}))
    return findings


def _lost_findings(lost: list[tuple[str, str]], listed: int) -> list[Finding]:
    """One finding for every directory of the shown tree that could not be listed (in full)."""
    if not lost:
        return []
    paths = list(dict.fromkeys(path for path, _ in lost))
    named = paths[:MAX_NAMED_DIRECTORIES]
    params: dict[str, object] = {"directories": named, "count": len(paths), "listed": listed}
    if any(why == salvage.TOO_MANY for _, why in lost):
        # Not damage the clerk could see on the disc: a folder past what we list.
        params["too_many"] = salvage.MAX_RECORDS
    return [Finding("directory_damaged", path=paths[0],
                    detail=f"{len(paths)} directories not listed in full: {', '.join(named)}; "
                    f"{listed} files listed", params=params)]


def _list_files(trees: Trees, layout: DiscLayout, session: IsoDescriptorSet, size: int,
                result: VolumeRead) -> None:
    filesystems = trees.filesystems
    result.volume = _volume_info(layout, session, size, filesystems)
    result.volume.read_by = trees.read_by
    result.volume.iso_level = trees.iso_level
    result.volume.block_size = trees.block_size
    if "joliet" not in trees.trees:
        result.volume.labels.pop("joliet", None)
    if "udf" not in trees.trees:
        result.volume.labels.pop("udf", None)
    labels = result.volume.labels
    result.volume.label = labels.get("udf") or labels.get("joliet") or labels.get("iso9660", "")

    lead = next((t for t in ("udf", "joliet", "iso9660") if t in trees.trees), "")
    lead_whole = not trees.lost.get(lead) and not (lead == "udf" and trees.udf_problems)
    result.files = merge_namespaces(trees.trees, result.findings, lead_whole=lead_whole)
    # Names are judged by what Windows would show of the disc as written: a Joliet tree that
    # cannot be walked still stands where the clerk would look.
    declared = [*filesystems, *(["joliet"] if session.joliet and "joliet" not in filesystems
                                else [])]
    result.findings.extend(name_findings(trees.trees, result.files, declared,
                                         result.volume.iso_level or 0))
    if "udf" in trees.trees:
        result.findings.extend(_udf_problem_findings(trees.udf_problems, len(result.files)))
    else:
        shown = "joliet" if session.joliet else "iso9660"
        result.findings.extend(_lost_findings(trees.lost.get(shown, []), len(result.files)))
    if result.fell_back_to_first:
        # A short image gets its own image_truncated finding below.
        result.findings.append(Finding(
            "file_unreadable", detail="the newest session cannot be read; the files of the "
            "first session are listed", params={"why": "newest_session"}))
    _session_findings(layout, size, result)


def _session_findings(layout: DiscLayout, size: int, result: VolumeRead) -> None:
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
