"""Moving up: a desk's SQLite register copied whole into the office's PostgreSQL database, its
audit chain with it, and checked there before anyone works on it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from app.core.progress import ProgressSink, no_progress
from app.errors import RegisterError
from app.services.register import Register
from app.store import audit, pg, state_seal
from app.store.db import open_postgres


@dataclass(frozen=True)
class Copied:
    tables: int
    rows: int
    entries: int  # audit entries, verified on the copy


def _tables(conn: sqlite3.Connection) -> list[str]:
    """In the order they were made, so a table comes after those it refers to."""
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid")]


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
