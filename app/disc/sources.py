"""Open a source (an image file or a mounted folder) and read it whole: volume, files, digests.

The one entry point for the services: read_source() never raises for a problem in the
submission; it raises typed errors only when the source itself is missing or the machine fails.
"""

from __future__ import annotations

import os
import stat
import time
from datetime import datetime, timezone
from pathlib import Path

from app.core.entities import DiscFile, DiscReading, SourceInfo, VolumeInfo
from app.core.findings import Finding
from app.core.progress import CancelToken, ProgressSink, no_progress
from app.disc.hashing import hash_files, hash_image
from app.disc.volume import read_volume
from app.documents.formats import extension_mismatch, file_type, sniff
from app.errors import SourceNotFound, SourceNotReadable


def read_source(path: str | os.PathLike[str], *, progress: ProgressSink = no_progress,
                cancel: CancelToken | None = None, sm3: bool = False) -> DiscReading:
    source = Path(path)
    try:
        info = source.stat()
    except FileNotFoundError as exc:
        raise SourceNotFound(path=str(source)) from exc
    except OSError as exc:
        raise SourceNotReadable(path=str(source), reason=exc.strerror or str(exc)) from exc
    started = time.monotonic()
    if stat.S_ISDIR(info.st_mode):
        reading = read_folder(source, progress=progress, cancel=cancel, sm3=sm3)
    else:
        kind = "device" if stat.S_ISBLK(info.st_mode) else "iso"
        reading = read_image(source, kind=kind, progress=progress, cancel=cancel, sm3=sm3)
    reading.source.read_seconds = round(time.monotonic() - started, 3)
    return reading


def read_image(path: Path, *, kind: str = "iso", progress: ProgressSink = no_progress,
               cancel: CancelToken | None = None, sm3: bool = False) -> DiscReading:
    cancel = cancel or CancelToken()
    try:
        fp = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below, after two passes
    except OSError as exc:
        raise SourceNotReadable(path=str(path), reason=exc.strerror or str(exc)) from exc
    with fp:
        size = fp.seek(0, os.SEEK_END)
        progress(0, size, "read")
        structure = read_volume(fp, size)  # type: ignore[arg-type]
        cancel.raise_if_cancelled()
        try:
            digest = hash_image(fp, size, structure.files, progress=progress,  # type: ignore[arg-type]
                                cancel=cancel, sm3=sm3)
        except OSError as exc:
            raise SourceNotReadable(path=str(path), reason=exc.strerror or str(exc)) from exc
    source = SourceInfo(kind="device" if kind == "device" else "iso", path=str(path), size=size,
                        sha256=digest.sha256, sm3=digest.sm3)
    reading = DiscReading(source=source, volume=structure.volume, files=structure.files,
                          findings=list(structure.findings))
    for disc_file in reading.files:
        _classify(disc_file, digest.head_of(disc_file), reading.findings)
    return reading


def _classify(disc_file: DiscFile, head: bytes, findings: list[Finding]) -> None:
    kind = sniff(head, disc_file.size)
    disc_file.type = file_type(disc_file.name, kind)
    if not disc_file.complete:
        findings.append(Finding("file_unreadable", path=disc_file.path,
                                detail=f"{disc_file.bytes_read} of {disc_file.size} bytes",
                                params={"read": disc_file.bytes_read, "size": disc_file.size}))
    elif extension_mismatch(disc_file.name, kind):
        findings.append(Finding("extension_mismatch", path=disc_file.path,
                                detail=f"content is {kind}", params={"kind": kind}))


def read_folder(root: Path, *, progress: ProgressSink = no_progress,
                cancel: CancelToken | None = None, sm3: bool = False) -> DiscReading:
    """The operating system's view of a disc: a drive letter or a mount point."""
    files: list[tuple[DiscFile, str]] = []
    findings: list[Finding] = []
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as entries:
                children = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            findings.append(Finding("file_unreadable", path=prefix or "/",
                                    detail=exc.strerror or str(exc)))
            continue
        for entry in children:
            visible = f"{prefix}/{entry.name}"
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((Path(entry.path), visible))
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError as exc:
                findings.append(Finding("file_unreadable", path=visible,
                                        detail=exc.strerror or str(exc)))
                continue
            modified = datetime.fromtimestamp(info.st_mtime, tz=timezone.utc)
            files.append((DiscFile(path=visible, size=info.st_size, modified=modified,
                                   local_path=entry.path), entry.path))
    files.sort(key=lambda pair: pair[0].path)
    heads = hash_files(files, progress=progress, cancel=cancel, sm3=sm3)
    label = root.name or str(root)
    volume = VolumeInfo(label=label, labels={}, filesystems=[], sessions=1,
                        declared_size=sum(f.size for f, _ in files))
    source = SourceInfo(kind="folder", path=str(root), size=volume.declared_size)
    reading = DiscReading(source=source, volume=volume, files=[f for f, _ in files],
                          findings=findings)
    for disc_file in reading.files:
        _classify(disc_file, heads.get(id(disc_file), b""), reading.findings)
    return reading
