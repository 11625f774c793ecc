"""The machine-readable report of ../shared/spec/report.md, built from a DiscReading."""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from app import APP_ID, __version__
from app.core.entities import DiscReading
from app.store.durable import write_durably_from

if TYPE_CHECKING:  # the checks' modules load PDF and image libraries: inspect needs none
    from app.services.verify import Verification

SCHEMA = 1


def _file_entry(reading: DiscReading, index: int) -> dict[str, Any]:
    f = reading.files[index]
    entry: dict[str, Any] = {
        "path": f.path, "size": f.size, "sha256": f.sha256, "type": f.type,
        "role": None, "case": None, "complete": f.complete,
        "names": dict(f.names),
        "modified": f.modified.isoformat() if f.modified else None,
        "extents": [list(e) for e in f.extents],
    }
    if f.sm3:
        entry["sm3"] = f.sm3
    if f.link is not None:
        entry["link"] = f.link
    if f.zisofs_size is not None:
        entry["compressed"] = {"method": "zisofs", "size": f.zisofs_size}
    if not f.complete:
        entry["bytes_read"] = f.bytes_read
    return entry


class FileEntries(list):  # type: ignore[type-arg]
    """The files of a report, each made as the report is written and let go after: a disc of
    100,000 files is not held twice over as dicts (write_json streams it)."""

    def __init__(self, reading: DiscReading) -> None:
        super().__init__()
        self._reading = reading

    def __iter__(self) -> Iterator[dict[str, Any]]:  # type: ignore[override]
        return (_file_entry(self._reading, i) for i in range(len(self._reading.files)))

    def __len__(self) -> int:
        return len(self._reading.files)

    def __bool__(self) -> bool:
        return bool(self._reading.files)


def inspection_report(reading: DiscReading, *, streamed: bool = False) -> dict[str, Any]:
    """The keys `intake inspect` promises: tool, source, volume, readable, files, problems.
    `streamed`: the files are made only as write_json writes them (nothing may change them)."""
    volume = reading.volume
    source: dict[str, Any] = {"kind": reading.source.kind, "path": reading.source.path,
                              "size": reading.source.size, "sha256": reading.source.sha256}
    if reading.source.sm3:
        source["sm3"] = reading.source.sm3
    if reading.source.read_seconds is not None:
        source["read_seconds"] = reading.source.read_seconds
    return {
        "schema": SCHEMA,
        "tool": {"name": APP_ID, "version": __version__},
        "source": source,
        "volume": None if volume is None else {
            "label": volume.label,
            "labels": dict(volume.labels),
            "filesystems": list(volume.filesystems),
            "iso_level": volume.iso_level,
            "sessions": volume.sessions,
            "declared_size": volume.declared_size,
            "read_by": volume.read_by,
        },
        "readable": reading.readable,
        "files": FileEntries(reading) if streamed else [
            _file_entry(reading, i) for i in range(len(reading.files))],
        "problems": [f.as_report() for f in reading.findings],
    }


def verification_report(v: Verification) -> dict[str, Any]:
    """The whole report of report.md: the inspection, plus roles, the table, cases, verdict."""
    report = inspection_report(v.reading)
    report["call"] = v.call.id
    report["problems"] = [f.as_report() for f in v.findings]
    entries = {entry["path"]: entry for entry in report["files"]}
    for item in v.items:
        entry = entries.get(item.path)
        if entry is None:  # a member of an archive
            entry = {"path": item.path, "size": item.size, "sha256": item.sha256,
                     "type": item.type, "complete": item.sha256 is not None,
                     "archive": v.members.get(item.path)}
            report["files"].append(entry)
        entry["type"] = item.type
        entry["role"] = v.linking.roles.get(item.path, "other")
        index = v.linking.case_of.get(item.path)
        entry["case"] = None if index is None else index + 1
        if index is not None:
            case = v.linking.cases[index]
            entry["match"] = {"score": case.scores.get(item.path),
                              "by": case.evidence.get(item.path)}
        if item.inner_name:
            entry["inner_name"] = item.inner_name
    table = v.table
    report["summary"] = None if table is None else {
        "path": table.path, "sheet": table.sheet, "header_row": table.header_row,
        "unit": table.unit, "date": table.date, "order_column": table.order_column,
        "rows": [{"order": r.order, "name": r.name, "applicant": r.applicant,
                  "direction": r.direction, "contact": r.contact, "phone": r.phone,
                  "row": r.row} for r in table.rows],
    }
    report["cases"] = [_case_entry(v, i) for i in range(len(v.linking.cases))]
    report["verdict"] = v.verdict
    return report


def _case_entry(v: Verification, index: int) -> dict[str, Any]:
    case = v.linking.cases[index]
    row = case.row
    editable = case.paths["editable"]
    scans = case.paths["scan"]
    office = [v.reviews[p].office if p in v.reviews else None for p in editable]
    analyses = v.scans_of(index)
    pages, seal_pages = v.scan_pages(index)
    named = v.seal_names[index] if index < len(v.seal_names) else None
    return {
        "order": case.order, "name": case.name,
        "applicant": row.applicant if row else None,
        "direction": row.direction if row else None,
        "in_summary": row is not None,
        "editable": {"present": bool(editable), "paths": editable,
                     "format": _type_of(v, editable),
                     "valid": bool(office) and all(c is not None and c.valid for c in office),
                     "pages": next((c.pages for c in office if c is not None and c.pages), None)},
        "scan": {"present": bool(scans), "paths": scans, "format": _type_of(v, scans),
                 "pages": pages,
                 "image_only": bool(analyses) and all(scan.image_only for scan in analyses),
                 "seal_pages": seal_pages,
                 # Whose seal: the expected name one bears, and where; a grey scan's ring
                 # that bears it is a seal.
                 "seal_name": named.matched if named else "",
                 "seal_name_page": named.page if named else 0,
                 "grey_named": bool(named and named.grey_pages),
                 "seals": _seal_marks(v, scans),
                 "doubts": _seal_marks(v, scans, doubts=True),
                 "electronic_seal": any(seal.electronic for scan in analyses
                                        for seal in scan.seals) or any(
                     scan.signed and scan.typed for scan in analyses),
                 "encrypted": any(scan.encrypted for scan in analyses)},
        "proofs": case.paths["proof"],
        "problems": [f.as_report() for f in v.case_findings[index]],
    }


def _seal_marks(v: Verification, scans: list[str], *, doubts: bool = False
                ) -> list[dict[str, Any]]:
    """Where each seal was found (page of its file, box in mm from the top left), or each ring
    the program was not sure about, so a printout can crop it again from the archived file."""
    marks = []
    for path in scans:
        review = v.reviews.get(path)
        scan = review.scan if review is not None else None
        for seal in (scan.doubts if doubts else scan.seals) if scan is not None else []:
            entry = {"path": path, "page": seal.page, "box_mm": seal.mark.box()}
            if seal.electronic:
                entry["electronic"] = True
            marks.append(entry)
    return marks


def _type_of(v: Verification, paths: list[str]) -> str | None:
    types = {item.path: item.type for item in v.items}
    return types.get(paths[0]) if paths else None


def write_json(report: dict[str, Any], target: str | os.PathLike[str]) -> None:
    """Written as it is encoded (the pure-Python encoder, which indent selects, walks lists by
    iterating them, so FileEntries streams); whole or not at all; "-" prints it."""
    chunks = json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(report)
    if str(target) == "-":
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.write("\n")
        return
    write_durably_from(target, (c.encode("utf-8") for c in itertools.chain(chunks, ["\n"])))
