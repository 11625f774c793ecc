"""Open a source (an image file, a drive, or a mounted folder) and read it whole: volume, files,
digests.

The one entry point for the services: read_source() never raises for a problem in the
submission; it raises typed errors only when the source itself is missing or the machine fails.
A drive is never parsed in place (an optical drive pays a seek for each of the parser's small
reads): it is imaged once, sequentially, and everything after reads the image.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from app.core.entities import DiscFile, DiscReading, SourceInfo, VolumeInfo
from app.core.findings import Finding, Severity
from app.core.progress import CancelToken, ProgressSink, no_progress
from app.disc.drives.block_source import SECTOR, BlockSource, FileSource, device_path, is_device
from app.disc.drives.imaging import Imaged, files_hit, image_disc
from app.disc.drives.windows_volume import WindowsVolume, is_windows_volume
from app.disc.hashing import CopyNotWritten, hash_files, hash_image
from app.disc.names import separators_in, shown_component
from app.disc.volume import VolumeRead, read_volume
from app.documents.formats import extension_mismatch, file_type
from app.errors import ImageNotWritten, SourceNotFound, SourceNotReadable, os_reason


def read_source(path: str | os.PathLike[str], *, progress: ProgressSink = no_progress,
                cancel: CancelToken | None = None, sm3: bool = False,
                image_to: Path | None = None, copy_to: Path | None = None) -> DiscReading:
    """image_to: where a drive's image is written (and an interrupted one resumed from); the
    caller owns it, and must give it for a drive. copy_to: for an image file, where the one
    read of it also writes the archive's copy (see read_image)."""
    source = Path(path)
    started = time.monotonic()
    if is_device(str(path)):
        if image_to is None:
            raise ValueError("a drive is read into an image: say where (image_to)")
        reading = read_device(str(path), image_to, progress=progress, cancel=cancel, sm3=sm3)
        reading.source.read_seconds = round(time.monotonic() - started, 3)
        return said_empty(reading)
    try:
        info = source.stat()
    except FileNotFoundError as exc:
        raise SourceNotFound(path=str(source)) from exc
    except OSError as exc:
        raise SourceNotReadable(path=str(source), reason=os_reason(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        reading = read_folder(source, progress=progress, cancel=cancel, sm3=sm3)
    else:
        reading = read_image(source, progress=progress, cancel=cancel, sm3=sm3, copy_to=copy_to)
    reading.source.read_seconds = round(time.monotonic() - started, 3)
    return said_empty(reading)


def said_empty(reading: DiscReading) -> DiscReading:
    """A disc (or folder) that was read whole and holds no file at all is said to be empty;
    one whose files were lost to damage says that instead."""
    damaged = any(f.severity == Severity.ERROR for f in reading.findings)
    if not reading.files and not damaged:
        reading.findings.append(Finding("disc_empty"))
    return reading


def image_drive(path: str, target: Path, *, progress: ProgressSink = no_progress,
                cancel: CancelToken | None = None, sm3: bool = False) -> Imaged:
    """Copy the drive's disc into target (resuming an earlier run's map), with the drive's and
    our disk's failures as the typed errors the front ends explain."""
    where = device_path(path)  # "D:" on Windows is its volume, \\.\D:
    try:
        device: BlockSource = WindowsVolume(where) if is_windows_volume(where) \
            else FileSource(where)
    except FileNotFoundError as exc:
        raise SourceNotFound(path=path) from exc
    except OSError as exc:
        raise SourceNotReadable(path=path, reason=os_reason(exc)) from exc
    with device:
        if device.size <= 0:
            raise SourceNotReadable(path=path, reason="no disc in the drive")
        try:
            return image_disc(device, target, progress=progress, cancel=cancel, sm3=sm3)
        except OSError as exc:  # the image could not be written: our side, not the disc's
            raise ImageNotWritten(path=str(target), reason=os_reason(exc)) from exc


def read_device(path: str, target: Path, *, progress: ProgressSink = no_progress,
                cancel: CancelToken | None = None, sm3: bool = False) -> DiscReading:
    """Image the drive into target and read the image."""
    imaged = image_drive(path, target, progress=progress, cancel=cancel, sm3=sm3)
    source = SourceInfo(kind="device", path=path, size=imaged.size, sha256=imaged.sha256,
                        sm3=imaged.sm3)
    reading = _reading(source, imaged.structure, imaged.kinds)
    reading.image_path = str(target)
    reading.findings.extend(bad_sector_findings(imaged, reading.files))
    return reading


def bad_sector_findings(imaged: Imaged, files: list[DiscFile]) -> list[Finding]:
    """One finding per file an unreadable area falls in, one for what falls in no file. A hit
    file keeps no digest: its bytes are partly zeros the disc did not hold."""
    if not imaged.bad:
        return []
    hit = files_hit(files, imaged.bad)
    findings = []
    for disc_file in files:
        lost = hit.get(disc_file.path)
        if lost:
            disc_file.sha256 = disc_file.sm3 = None
            findings.append(Finding("bad_sectors", path=disc_file.path,
                                    detail=f"{-(-lost // SECTOR)} unreadable sectors in this file",
                                    params={"sectors": -(-lost // SECTOR), "bytes": lost}))
    in_files = sum(hit.values())
    outside = imaged.bad_sectors - in_files // SECTOR
    if outside > 0:
        first = imaged.bad[0].start // SECTOR
        findings.append(Finding("bad_sectors",
                                detail=f"{outside} unreadable sectors outside the files "
                                f"(the first at sector {first})",
                                params={"sectors": outside, "first": first}))
    return findings


def _reading(source: SourceInfo, structure: VolumeRead, kinds: dict[int, str]) -> DiscReading:
    reading = DiscReading(source=source, volume=structure.volume, files=structure.files,
                          findings=list(structure.findings))
    for disc_file in reading.files:
        _classify(disc_file, kinds.get(id(disc_file), "empty"), reading.findings)
    return reading


def read_image(path: Path, *, progress: ProgressSink = no_progress,
               cancel: CancelToken | None = None, sm3: bool = False,
               copy_to: Path | None = None) -> DiscReading:
    """copy_to: where the same read writes a durable copy of the image (the archive's); the
    reading's files are then read from the copy, never from the source again."""
    cancel = cancel or CancelToken()
    try:
        fp = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below, after two passes
    except OSError as exc:
        raise SourceNotReadable(path=str(path), reason=os_reason(exc)) from exc
    with fp:
        size = fp.seek(0, os.SEEK_END)
        progress(0, size, "read")
        structure = read_volume(fp, size)  # type: ignore[arg-type]
        cancel.raise_if_cancelled()
        with _copy(copy_to) as copy_fd:
            try:
                digest = hash_image(fp, size, structure.files,  # type: ignore[arg-type]
                                    progress=progress, cancel=cancel, sm3=sm3, copy_to=copy_fd)
            except CopyNotWritten as exc:
                raise ImageNotWritten(path=str(copy_to), reason=os_reason(exc)) from exc
            except OSError as exc:
                raise SourceNotReadable(path=str(path),
                                        reason=os_reason(exc)) from exc
    if copy_to is not None and digest.bytes_read != size:
        raise SourceNotReadable(path=str(path), reason="io_error")
    source = SourceInfo(kind="iso", path=str(path), size=size, sha256=digest.sha256,
                        sm3=digest.sm3)
    reading = _reading(source, structure, digest.kinds)
    if copy_to is not None:
        reading.image_path = str(copy_to)
    return reading


@contextlib.contextmanager
def _copy(target: Path | None) -> Iterator[int | None]:
    """The descriptor of the copy being written, made durable once the pass has ended."""
    if target is None:
        yield None
        return
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     0o644)
    except OSError as exc:
        raise ImageNotWritten(path=str(target), reason=os_reason(exc)) from exc
    try:
        yield fd
        try:
            os.fsync(fd)
        except OSError as exc:
            raise ImageNotWritten(path=str(target), reason=os_reason(exc)) from exc
    finally:
        os.close(fd)


def _classify(disc_file: DiscFile, kind: str, findings: list[Finding]) -> None:
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
        except OSError as exc:  # the OS's words stay in the log: the finding says it plainly
            findings.append(Finding("file_unreadable", path=prefix or "/",
                                    detail=exc.strerror or "", params={"why": "read_failed"}))
            continue
        for entry in children:
            visible = f"{prefix}/{shown_component(entry.name)}"
            try:
                if entry.is_symlink():  # never followed: it may point anywhere on this PC
                    target = os.readlink(entry.path)
                    findings.append(Finding("symlink_present", path=visible,
                                            detail=f"points to {target}",
                                            params={"target": target}))
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append((Path(entry.path), visible))
                    continue
                if not entry.is_file(follow_symlinks=False):  # a pipe, socket or device
                    findings.append(Finding("file_unreadable", path=visible,
                                            detail="not a regular file",
                                            params={"why": "special_file"}))
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError as exc:
                findings.append(Finding("file_unreadable", path=visible,
                                        detail=exc.strerror or "", params={"why": "read_failed"}))
                continue
            modified = datetime.fromtimestamp(info.st_mtime, tz=timezone.utc)
            files.append((DiscFile(path=visible, size=info.st_size, modified=modified,
                                   local_path=entry.path), entry.path))
            if separators_in(visible):
                findings.append(Finding("suspicious_name", path=visible,
                                        detail="a name holds a separator",
                                        params={"separators": separators_in(visible)}))
    files.sort(key=lambda pair: pair[0].path)
    kinds = hash_files(files, progress=progress, cancel=cancel, sm3=sm3)
    label = root.name or str(root)
    volume = VolumeInfo(label=label, labels={}, filesystems=[], sessions=1,
                        declared_size=sum(f.size for f, _ in files))
    source = SourceInfo(kind="folder", path=str(root), size=volume.declared_size)
    structure = VolumeRead()
    structure.volume, structure.files, structure.findings = volume, [f for f, _ in files], findings
    return _reading(source, structure, kinds)
