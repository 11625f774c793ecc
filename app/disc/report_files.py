"""A disc's files read back later through its report: out of the archived image by the extents
the report kept, or out of the archived folder. Printouts crop seals from them and the master
workbook copies them out for the experts; every file is checked against its manifest hash, so
nothing altered in the archive is passed on as the submitted file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, BinaryIO

from app.disc.content import MAX_CHECKED


class ReportFiles:
    def __init__(self, root: Path, files: list[dict[str, Any]]) -> None:
        self._root = root
        self._entries = {entry["path"]: entry for entry in files}
        self._image: BinaryIO | None = None

    def __enter__(self) -> ReportFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._image is not None:
            self._image.close()
            self._image = None

    def read(self, path: str) -> bytes | None:
        """The file's bytes, or None when it is not there as received (missing, changed,
        too large, inside an archive on the disc)."""
        entry = self._entries.get(path)
        if entry is None or "!" in path or entry.get("size", 0) > MAX_CHECKED:
            return None
        try:
            data = self._bytes(path, entry)
        except OSError:
            return None
        if entry.get("sha256") and hashlib.sha256(data).hexdigest() != entry["sha256"]:
            return None
        return data

    def _bytes(self, path: str, entry: dict[str, Any]) -> bytes:
        if self._root.is_dir():
            return (self._root / path.lstrip("/")).read_bytes()
        if self._image is None:
            self._image = open(self._root, "rb")  # noqa: SIM115 - closed on exit
        chunks = []
        for offset, length in entry.get("extents", []):
            self._image.seek(offset)
            chunks.append(self._image.read(length))
        return b"".join(chunks)[:entry["size"]]
