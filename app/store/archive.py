"""The archive folder: every disc's image (or, for a mounted folder, its files) kept under its
disc number, beside the register.

A disc enters in two steps so that a crash never leaves a record without its image: the bytes
are copied into staging and made durable first; the move to the disc's final name happens inside
the database transaction that records it, just before the commit. A crash after the move but
before the commit leaves a file under a number the register has not handed out; the next disc
to get that number replaces it.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.core.progress import CancelToken, ProgressSink, no_progress
from app.store import leftovers
from app.store.file_names import safe_part

ARCHIVE_DIR = "archive"
DISCS_DIR = "discs"
MAILS_DIR = "mails"  # saved e-mails, by their SHA-256
KEPT_DIRS = (DISCS_DIR, MAILS_DIR)  # what a backup copies of the archive
STAGING_DIR = ".staging"
CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class Staged:
    path: Path
    sha256: str | None  # of the image; None for a folder
    size: int
    is_folder: bool


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory; NTFS journals the rename itself
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def copy_and_hash(source: Path, target: Path, *, progress: ProgressSink = no_progress,
                  cancel: CancelToken | None = None, stage: str = "archive") -> tuple[str, int]:
    """Copy a file in one sequential read, hashing what is written, and make it durable."""
    cancel = cancel or CancelToken()
    digest = hashlib.sha256()
    total = source.stat().st_size if source.is_file() else 0
    done = 0
    buffer = bytearray(CHUNK)  # one buffer, unbuffered files: no copy of each chunk
    view = memoryview(buffer)
    with open(source, "rb", buffering=0) as reader, open(target, "xb", buffering=0) as writer:
        while count := reader.readinto(buffer):
            cancel.raise_if_cancelled()
            chunk = view[:count]
            written = 0
            while written < count:  # a raw write may take less than it is given
                written += writer.write(chunk[written:]) or 0
            digest.update(chunk)
            done += count
            progress(done, max(total, done), stage)
        os.fsync(writer.fileno())
    return digest.hexdigest(), done


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as reader:
        while count := reader.readinto(buffer):
            digest.update(view[:count])
    return digest.hexdigest()


def copy_kept(root: Path, dest: Path, *, progress: ProgressSink = no_progress,
              cancel: CancelToken | None = None, stage: str = "backup"
              ) -> list[tuple[str, int, str]]:
    """Every kept file of the archive at `root` (disc images and folders, saved mails) copied
    under `dest` at the same relative place: (relative path, size, SHA-256) of each."""
    cancel = cancel or CancelToken()
    files = sorted(p for kept in KEPT_DIRS if (root / kept).is_dir()
                   for p in (root / kept).rglob("*") if p.is_file())
    total = sum(p.stat().st_size for p in files)
    done = 0
    copied = []
    for path in files:
        relative = path.relative_to(root).as_posix()
        target = dest / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        sha256, size = copy_and_hash(path, target, cancel=cancel)
        done += size
        progress(done, total, stage)
        copied.append((relative, size, sha256))
    return copied


ARCHIVE_ENV = "INTAKE_ARCHIVE"  # a shared folder (SMB/NFS) every desk of a register sees


class Archive:
    def __init__(self, data_dir: Path) -> None:
        shared = os.environ.get(ARCHIVE_ENV, "").strip()
        self.root = Path(shared) if shared else data_dir / ARCHIVE_DIR
        self.discs = self.root / DISCS_DIR
        self.staging = self.root / STAGING_DIR

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def resolve(self, relative: str) -> Path:
        return self.root / relative

    def final_path(self, disc_number: str, *, is_folder: bool) -> Path:
        name = safe_part(disc_number)
        return self.discs / (name if is_folder else f"{name}.iso")

    def clear_stale(self) -> None:
        """Staged copies left by an ingest that was killed (see leftovers.py)."""
        if self.staging.is_dir():
            leftovers.clear(self.staging)

    def stage(self, source: Path, *, progress: ProgressSink = no_progress,
              cancel: CancelToken | None = None) -> Staged:
        target = self.new_stage()
        try:
            if source.is_dir():
                size = _copy_tree(source, target, progress, cancel or CancelToken())
                return Staged(target, None, size, True)
            sha256, size = copy_and_hash(source, target, progress=progress, cancel=cancel)
            return Staged(target, sha256, size, False)
        except BaseException:
            _remove(target)
            raise

    def new_stage(self) -> Path:
        """A fresh name in staging for a copy about to be written."""
        self.staging.mkdir(parents=True, exist_ok=True)
        self.clear_stale()
        return self.staging / f"{leftovers.owner_tag()}{uuid.uuid4().hex}.part"

    def drive_image(self, device: str, purpose: str = "disc") -> Path:
        """Where a drive is imaged: one name per drive, so an interrupted run resumes from its
        map (imaging.py) and the next disc in that drive replaces it."""
        self.staging.mkdir(parents=True, exist_ok=True)
        self.clear_stale()
        return self.staging / f"{purpose}-{safe_part(device).strip('_.')}.part"

    def discard(self, path: Path) -> None:
        """A staged copy, or a placed one whose record was not committed."""
        _remove(path)
        _remove(path.with_name(path.name + ".map"))

    def sweep(self, recorded: set[str]) -> list[Path]:
        """Images a desk placed but never recorded (killed between the two): every archived
        name that is no recorded image. Called under the register's write lock, so no other
        desk is between placing and recording."""
        if not self.discs.is_dir():
            return []
        gone = [entry for entry in self.discs.iterdir()
                if self.relative(entry) not in recorded and not entry.name.endswith(".part")]
        for entry in gone:
            _remove(entry)
        return gone

    def place(self, staged: Staged, disc_number: str) -> Path:
        """Move a staged copy to its disc number; durable before the caller commits."""
        final = self.final_path(disc_number, is_folder=staged.is_folder)
        final.parent.mkdir(parents=True, exist_ok=True)
        if staged.is_folder and final.exists():
            _remove(final)  # left by a crash before the commit that would have recorded it
        os.replace(staged.path, final)
        _fsync_dir(final.parent)
        _remove(staged.path.with_name(staged.path.name + ".map"))  # a drive's, done with
        return final


def _copy_tree(source: Path, target: Path, progress: ProgressSink, cancel: CancelToken) -> int:
    files = [p for p in sorted(source.rglob("*")) if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    done = 0
    for path in files:
        cancel.raise_if_cancelled()
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        done += copy_and_hash(path, out)[1]
        progress(done, max(total, done), "archive")
    target.mkdir(parents=True, exist_ok=True)
    for folder in sorted({p.parent for p in target.rglob("*")}, reverse=True):
        _fsync_dir(folder)  # the names, not only the bytes, must survive a power cut
    return done


_remove = leftovers.remove
