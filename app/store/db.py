"""The register's SQLite database: opened with the settings that keep records through power
cuts, and brought up to date by numbered migrations, with a backup copy made first."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DATABASE_NAME = "register.sqlite3"
_NUMBERED = re.compile(r"^(\d{4})_[\w-]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    found = []
    for path in sorted(MIGRATIONS.iterdir()):
        match = _NUMBERED.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path.stem,
                                   path.read_text(encoding="utf-8")))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {numbers}")
    return found


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def open_database(path: Path) -> sqlite3.Connection:
    """Open (or create) the register and apply the migrations it lacks. An existing database
    is copied beside itself first (SQLite's backup API, so the copy is consistent)."""
    existed = path.exists() and path.stat().st_size > 0
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")  # a committed record survives a power cut
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    pending = [m for m in migrations() if m.number > schema_version(conn)]
    if pending and existed:
        _backup_before(conn, path, pending[-1].number)
    for migration in pending:
        # One transaction per migration: the version moves only if the whole script ran.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\n"
                               f"PRAGMA user_version = {migration.number};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('database_id', ?)",
                 (str(uuid.uuid4()),))
    return conn


def _backup_before(conn: sqlite3.Connection, path: Path, target: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}.before-v{target}.{stamp}{path.suffix}")
    with sqlite3.connect(copy) as out:
        conn.backup(out)
    out.close()
    return copy


def database_id(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()[0])


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: a record and its audit entry are written together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
