"""Backup and restore of a whole data folder: the register (a consistent copy through SQLite's
backup API), the archive of disc images, and a manifest of every file's SHA-256 that is
checked, all of it, before anything is restored.

The audit key is not in a backup, on purpose: a backup with its key could be rewritten
unnoticed. The key stays in the keyring (or the key file the office keeps apart).
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import APP_NAME, __version__
from app.core.progress import CancelToken, ProgressSink, no_progress
from app.errors import AuditKeyMissing, AuditKeyUnavailable, RegisterError
from app.services.disc_report import write_json
from app.services.register import Register, now
from app.store.archive import ARCHIVE_DIR, copy_and_hash, copy_kept, sha256_of
from app.store.audit import ChainCheck
from app.store.db import DATABASE_NAME, database_id, schema_version

MANIFEST = "MANIFEST.json"
FORMAT = 1


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    files: int
    size: int


@dataclass(frozen=True)
class RestoreResult:
    files: int
    set_aside: Path | None  # where the register that was replaced now lies
    chain: ChainCheck | None  # None when the audit key is not on this machine


def backup(reg: Register, dest: Path, *, progress: ProgressSink = no_progress,
           cancel: CancelToken | None = None) -> BackupResult:
    cancel = cancel or CancelToken()
    if not isinstance(reg.conn, sqlite3.Connection):
        raise RegisterError("db_backup_elsewhere")
    if dest.exists() and any(dest.iterdir()):
        raise RegisterError("backup_target_not_empty", path=str(dest))
    # Said before the copy, so the backup holds the entry that made it.
    reg.note("register.backup", "register", after={"to": str(dest)})
    dest.mkdir(parents=True, exist_ok=True)
    database = dest / DATABASE_NAME
    with sqlite3.connect(database) as out:
        reg.conn.backup(out)
    out.close()
    entries = [{"path": DATABASE_NAME, "size": database.stat().st_size,
                "sha256": sha256_of(database)}]
    for relative, size, sha256 in copy_kept(reg.archive.root, dest / ARCHIVE_DIR,
                                            progress=progress, cancel=cancel):
        entries.append({"path": f"{ARCHIVE_DIR}/{relative}", "size": size, "sha256": sha256})
    write_json({
        "format": FORMAT, "tool": {"name": APP_NAME, "version": __version__},
        "created_at": now(), "database_id": database_id(reg.conn),
        "schema": schema_version(reg.conn), "files": entries}, dest / MANIFEST)
    return BackupResult(dest, len(entries), sum(e["size"] for e in entries))


def check_backup(src: Path, *, progress: ProgressSink = no_progress) -> list[dict[str, object]]:
    """The manifest's entries, once every file is there with its size and hash and the
    register copy passes SQLite's integrity check."""
    manifest_path = src / MANIFEST
    if not manifest_path.is_file():
        raise RegisterError("backup_manifest_missing", path=str(src))
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        entries = list(manifest["files"])
    except (ValueError, KeyError, TypeError) as exc:
        raise RegisterError("backup_manifest_damaged", path=str(manifest_path)) from exc
    listed = {str(e["path"]) for e in entries}
    for path in sorted(src.rglob("*")):
        relative = path.relative_to(src).as_posix()
        if path.is_file() and relative != MANIFEST and relative not in listed:
            raise RegisterError("backup_file_unexpected", path=relative)
    total = sum(int(e["size"]) for e in entries)
    done = 0
    for entry in entries:
        path = src / str(entry["path"])
        if not path.is_file():
            raise RegisterError("backup_file_missing", path=str(entry["path"]))
        if path.stat().st_size != entry["size"] or sha256_of(path) != entry["sha256"]:
            raise RegisterError("backup_file_changed", path=str(entry["path"]))
        done += int(entry["size"])
        progress(done, total, "check")
    with sqlite3.connect(f"file:{src / DATABASE_NAME}?mode=ro", uri=True) as conn:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    if verdict != "ok":
        raise RegisterError("backup_file_changed", path=DATABASE_NAME)
    return entries


def restore(data_dir: Path, src: Path, *, progress: ProgressSink = no_progress) -> RestoreResult:
    """Put a checked backup in place; the register it replaces is moved aside, never deleted.
    No register may be open on data_dir meanwhile."""
    entries = check_backup(src, progress=progress)
    set_aside = None
    present = [data_dir / name for name in (DATABASE_NAME, f"{DATABASE_NAME}-wal",
                                            f"{DATABASE_NAME}-shm", ARCHIVE_DIR)]
    if any(p.exists() for p in present):
        set_aside = data_dir / f"replaced-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
        set_aside.mkdir(parents=True)
        for path in present:
            if path.exists():
                os.replace(path, set_aside / path.name)
    data_dir.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        target = data_dir / str(entry["path"])
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.unlink(missing_ok=True)
        if copy_and_hash(src / str(entry["path"]), partial)[0] != entry["sha256"]:
            raise RegisterError("backup_file_changed", path=str(entry["path"]))
        os.replace(partial, target)
    chain = None
    with Register(data_dir) as reg:
        try:
            reg.note("register.restore", "register",
                     after={"from": str(src), "set_aside": str(set_aside or "")},
                     restoring=True)
            chain = reg.verify_audit()
        except (AuditKeyMissing, AuditKeyUnavailable):
            chain = None  # restored; the key must be brought to this machine to go on
    return RestoreResult(len(entries), set_aside, chain)
