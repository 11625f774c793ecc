"""The register as the front ends use it: one database per data folder, every change written
together with its audit entry, the built-in call ready in a new register."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from app.services.calls import BUILTIN_CALL_ID, builtin_call, call_path
from app.store import audit
from app.store.db import DATABASE_NAME, database_id, open_database, transaction
from app.store.secrets import audit_key


class Register:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.conn = open_database(data_dir / DATABASE_NAME)
        self._key: bytes | None = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def key(self, *, create: bool = False) -> bytes:
        if self._key is None:
            self._key = audit_key(database_id(self.conn), self.data_dir, create=create)
        return self._key

    @contextmanager
    def change(self, action: str, entity: str, *, before: Any = None,
               after: Any = None) -> Iterator[sqlite3.Connection]:
        """A change and its audit entry, in one transaction."""
        key = self.key(create=True)  # before BEGIN: a keyring prompt must not hold the lock
        with transaction(self.conn) as conn:
            yield conn
            audit.append(conn, key, action, entity, before=before, after=after)

    def ensure_builtin_call(self) -> int:
        row = self.conn.execute("SELECT id FROM calls WHERE code = ?",
                                (BUILTIN_CALL_ID,)).fetchone()
        if row is not None:
            return int(row[0])
        call = builtin_call()
        rules = call_path(BUILTIN_CALL_ID).read_text(encoding="utf-8")
        created = datetime.now(timezone.utc).isoformat()
        with self.change("call.create", f"call:{call.id}", after={"code": call.id}) as conn:
            cursor = conn.execute(
                "INSERT INTO calls(code, title, rules, created_at) VALUES (?, ?, ?, ?)",
                (call.id, call.title.get("zh", call.id), rules, created))
            call_id = int(cursor.lastrowid or 0)
            conn.executemany("INSERT INTO counters(call_id, series) VALUES (?, ?)",
                             [(call_id, "receipt"), (call_id, "disc")])
        return call_id

    def verify_audit(self) -> audit.ChainCheck:
        return audit.verify_chain(self.conn, self.key())

