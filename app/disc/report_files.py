"""A disc's files read back later through its report: out of the archived image by the extents
the report kept, or out of the archived folder. Printouts crop seals from them and the master
workbook copies them out for the experts; every file is checked against its manifest hash, so
nothing altered in the archive is passed on as the submitted file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from app.core.entities import DiscFile, DiscReading, SourceInfo
from app.disc.content import ContentReader, FileTooLarge


class ReportFiles:
    def __init__(self, root: Path, files: list[dict[str, Any]]) -> None:
        folder = root.is_dir()
        self._entries = {entry["path"]: entry for entry in files}
        self._files = {
            entry["path"]: DiscFile(
                entry["path"], int(entry.get("size") or 0),
                [(int(o), int(n)) for o, n in entry.get("extents", [])],
                local_path=str(root / entry["path"].lstrip("/")) if folder else None)
            for entry in files if "!" not in entry["path"]}  # members live inside archives
        self._reader = ContentReader(DiscReading(
            SourceInfo("folder" if folder else "iso", str(root), 0), None))

    def __enter__(self) -> ReportFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self._reader.close()

    def read(self, path: str) -> bytes | None:
        """The file's bytes, or None when it is not there as received (missing, changed,
        too large, inside an archive on the disc)."""
        disc_file = self._files.get(path)
        if disc_file is None:
            return None
        try:
            data = self._reader.read(disc_file)
        except (OSError, FileTooLarge):
            return None
        expected = self._entries[path].get("sha256")
        if expected and hashlib.sha256(data).hexdigest() != expected:
            return None
        return data
