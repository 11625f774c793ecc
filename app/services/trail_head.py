"""The audit trail's head: what a window watches to learn that another desk recorded
something. On a shared register it is asked on one kept connection, not a new one (with its
start-up queries) every few seconds per desk; on SQLite, a local file, a connection is cheap."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.store.db import database_url, open_register_database


def _head(conn: Any) -> int:
    row = conn.execute("SELECT max(seq) FROM audit").fetchone()
    return int(row[0] or 0) if row else 0


class TrailHead:
    def __init__(self) -> None:
        self._conn: Any = None
        self._url: str | None = None

    def read(self, data_dir: Path) -> int:
        """The trail's newest entry number; RegisterUnavailable when the server is away
        (the kept connection reconnects at the next read)."""
        url = database_url()
        if url is None:
            self.close()
            conn = open_register_database(data_dir)
            try:
                return _head(conn)
            finally:
                conn.close()
        if self._conn is None or url != self._url:
            self.close()
            self._conn, self._url = open_register_database(data_dir), url
        return _head(self._conn)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = self._url = None
