"""The register's database: SQLite in the data folder by default, opened with the settings
that keep records through power cuts; or PostgreSQL shared by several desks (INTAKE_DB or
--db postgresql://…, see pg.py). Either is brought up to date by the same numbered migrations
(on SQLite with a backup copy made first; on PostgreSQL under a lock, so two desks starting at
once migrate once)."""

from __future__ import annotations

import os
import re
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app.store.dialect import ddl
from app.store.private import tighten

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DATABASE_NAME = "register.sqlite3"
DB_ENV = "INTAKE_DB"  # postgresql://user@host/dbname: the office's shared register
_NUMBERED = re.compile(r"^(\d{4})_[\w-]+\.sql$")

# Once per register, whoever opens it first; both engines take this form.
_NAME_THE_DATABASE = "INSERT INTO meta(key, value) VALUES ('database_id', ?) ON CONFLICT DO NOTHING"


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


def is_postgres(conn: Any) -> bool:
    """Whether the register's connection is the shared PostgreSQL one (pg.Connection)."""
    return getattr(conn, "engine", "sqlite") == "postgresql"


def schema_version(conn: Any) -> int:
    if is_postgres(conn):
        from app.store import pg

        return pg.schema_version(conn)
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def database_url() -> str | None:
    url = os.environ.get(DB_ENV, "").strip()
    return url or None


def shown_address(url: str) -> str:
    """A register's address as it may be shown or printed: any password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def open_register_database(data_dir: Path) -> Any:
    """The register of this data folder: the shared PostgreSQL one when INTAKE_DB names it,
    else SQLite in the folder."""
    url = database_url()
    if url is None:
        return open_database(data_dir / DATABASE_NAME)
    return open_postgres(url)


def open_postgres(url: str) -> Any:
    import psycopg

    from app.errors import RegisterError
    from app.store import pg

    conn = pg.Connection(url)
    if schema_version(conn) == len(migrations()):
        return conn  # up to date: no lock, no DDL (each job of every desk opens the register)
    try:
        _migrate_postgres(conn)
    except psycopg.errors.InsufficientPrivilege as exc:
        # A desk's role may not make tables: the owner runs the migrations (`db setup`).
        conn.close()
        raise RegisterError("db_needs_setup", url=shown_address(url)) from exc
    return conn


def _migrate_postgres(conn: Any) -> None:
    from app.store import pg

    conn.execute("SELECT pg_advisory_lock(?)", (pg.MIGRATION_LOCK,))
    try:
        current = schema_version(conn)
        if current == 0:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
        for migration in migrations():
            if migration.number <= current:
                continue
            conn.execute("BEGIN")
            try:
                for statement in _statements(migration.sql):
                    conn.execute(ddl(statement))
                conn.execute("INSERT INTO schema_version(version) VALUES (?)",
                             (migration.number,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        conn.forget_tables()
        conn.execute(_NAME_THE_DATABASE, (str(uuid.uuid4()),))
    finally:
        conn.execute("SELECT pg_advisory_unlock(?)", (pg.MIGRATION_LOCK,))


def open_database(path: Path) -> sqlite3.Connection:
    """Open (or create) the register and apply the migrations it lacks. An existing database
    is copied beside itself first (SQLite's backup API, so the copy is consistent)."""
    existed = path.exists() and path.stat().st_size > 0
    path.parent.mkdir(parents=True, exist_ok=True)
    for private in (path.parent, path, path.with_name(path.name + "-wal")):
        tighten(private)  # a register made before files were kept private
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    conn.row_factory = sqlite3.Row
    _enter_wal(conn)
    conn.execute("PRAGMA synchronous=FULL")  # a committed record survives a power cut
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    pending = [m for m in migrations() if m.number > schema_version(conn)]
    if pending and existed:
        _backup_before(conn, path, pending[-1].number)
    if pending:
        _migrate(conn)
    conn.execute(_NAME_THE_DATABASE, (str(uuid.uuid4()),))
    return conn


def _enter_wal(conn: sqlite3.Connection, patience: float = 10.0) -> None:
    """Switch a new database to WAL. The switch needs the database to itself, and SQLite answers
    "locked" at once, without waiting, while another opener holds it (the window's reader and a
    job opening a new register together): wait for it here as the busy timeout would."""
    deadline = time.monotonic() + patience
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _statements(sql: str) -> list[str]:
    """A migration script cut into whole statements (SQLite says where one is complete)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current)
            current = ""
    if current.strip() and not all(part.strip().startswith("--") or not part.strip()
                                   for part in current.splitlines()):
        raise RuntimeError(f"an incomplete statement ends a migration: {current[:80]!r}")
    return statements


def _migrate(conn: sqlite3.Connection) -> None:
    """Every pending migration in one write transaction. The version is read again once the
    lock is held: two openers of a new register (the window's reader and a job) must not both
    migrate it; the second finds the work done."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in migrations():
            if migration.number <= schema_version(conn):
                continue
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.number}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


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
