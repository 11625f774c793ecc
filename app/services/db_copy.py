"""Moving up: a desk's SQLite register copied whole into the office's PostgreSQL database, its
audit chain with it, and checked there before anyone works on it; the disc and mail archive
copied to the folder the desks share."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.progress import ProgressSink, no_progress
from app.errors import RegisterError
from app.services.register import Register
from app.store import audit, pg, state_seal
from app.store.archive import copy_kept, sha256_of
from app.store.db import open_postgres


@dataclass(frozen=True)
class Copied:
    tables: int
    rows: int
    entries: int  # audit entries, verified on the copy
    archive_files: int = 0  # disc images, disc folders' files and mails copied beside it


def _tables(conn: sqlite3.Connection) -> list[str]:
    """In the order they were made, so a table comes after those it refers to."""
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid")]


def archive_target_ready(source: Register, shared: Path) -> bool:
    """Whether the archive is to be copied to `shared` (False: it is the archive itself);
    refused when the folder already holds something (asked before the register is copied)."""
    if shared.resolve() == source.archive.root.resolve():
        return False
    if shared.exists() and any(shared.iterdir()):
        raise RegisterError("backup_target_not_empty", path=str(shared))
    return True


def copy_archive(source: Register, shared: Path, *,
                 progress: ProgressSink = no_progress) -> int:
    """The archive the register's records point at, copied to the folder every desk of the
    shared register sees (INTAKE_ARCHIVE): without it the other desks find no image and call
    the register tampered with. The copy's digests are those of the originals."""
    if not archive_target_ready(source, shared):
        return 0
    copied = copy_kept(source.archive.root, shared, progress=progress, stage="archive")
    for relative, _size, sha256 in copied:
        if sha256_of(source.archive.root / relative) != sha256:
            raise RegisterError("backup_file_changed", path=relative)
    return len(copied)


def copy_register(source: Register, url: str, *,
                  progress: ProgressSink = no_progress) -> Copied:
    if not isinstance(source.conn, sqlite3.Connection):
        raise RegisterError("db_copy_source", url=url)
    chain = source.verify_audit()
    if not chain.intact:
        raise RegisterError("db_copy_unverified", reason=chain.reason or "; ".join(
            chain.records))
    key = source.key()
    target = open_postgres(url)
    try:
        if target.execute("SELECT 1 FROM audit LIMIT 1").fetchone() is not None:
            raise RegisterError("db_not_empty", url=url)
        tables = _tables(source.conn)
        rows = 0
        target.execute("BEGIN")
        try:
            target.execute("DELETE FROM meta")  # its own new database_id: the copy keeps ours
            for done, table in enumerate(tables):
                progress(done, len(tables), "copy")
                rows += _copy_table(source.conn, target, table)
            for table in tables:
                if "id" in pg.table_columns(target, table):
                    target.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table}")
            # The seal covers the rows in each engine's own order: made again over the copy.
            state_seal.seal(target, key)
            target.execute("COMMIT")
        except BaseException:
            target.execute("ROLLBACK")
            raise
        check = audit.verify_chain(target, key)
        problems = state_seal.check(target, key)
        if check.first_bad is not None or check.reason or problems:
            raise RegisterError("db_copy_unverified",
                                reason=check.reason or "; ".join(problems))
        progress(len(tables), len(tables), "copy")
        return Copied(len(tables), rows, check.entries)
    finally:
        target.close()


def _copy_table(source: sqlite3.Connection, target: Any, table: str) -> int:
    wanted = set(pg.table_columns(target, table))
    if not wanted:
        return 0  # SQLite's own bookkeeping
    columns = [str(r[1]) for r in source.execute(f"PRAGMA table_info({table})")
               if str(r[1]) in wanted]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    count = 0
    for row in source.execute(f"SELECT {names} FROM {table} ORDER BY rowid"):
        target.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row))
        count += 1
    return count
