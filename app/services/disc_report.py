"""The machine-readable report of ../shared/spec/report.md, built from a DiscReading."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app import APP_ID, __version__
from app.core.entities import DiscReading

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
    if not f.complete:
        entry["bytes_read"] = f.bytes_read
    return entry


def inspection_report(reading: DiscReading) -> dict[str, Any]:
    """The keys `intake inspect` promises: tool, source, volume, readable, files, problems."""
    volume = reading.volume
    source: dict[str, Any] = {"kind": reading.source.kind, "path": reading.source.path,
                              "size": reading.source.size, "sha256": reading.source.sha256}
    if reading.source.sm3:
        source["sm3"] = reading.source.sm3
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
        },
        "readable": reading.readable,
        "files": [_file_entry(reading, i) for i in range(len(reading.files))],
        "problems": [f.as_report() for f in reading.findings],
    }


def write_json(report: dict[str, Any], target: str | os.PathLike[str]) -> None:
    """Write through a temporary file so a crash never leaves half a report behind."""
    path = Path(target)
    if str(target) == "-":
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    temp = path.with_name(path.name + ".part")
    with open(temp, "w", encoding="utf-8") as out:
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)
