"""The audit trail's head: what a window watches to learn that another desk recorded
something. On a shared register it is asked on one kept connection, not a new one (with its
start-up queries) every few seconds per desk, and that connection LISTENs: every change on
PostgreSQL sends a NOTIFY with its commit (Register.changes), so a window hears of another
desk's record at once and asks the head only then, or after a quiet while as a fallback. On
SQLite, a local file, a connection is cheap and the window looks every few seconds."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from app.store.db import database_url, open_register_database

CHANNEL = "intake_trail"


def _head(conn: Any) -> int:
    row = conn.execute("SELECT max(seq) FROM audit").fetchone()
    return int(row[0] or 0) if row else 0


class TrailHead:
    def __init__(self) -> None:
        self._conn: Any = None
        self._url: str | None = None
        self._stopped = threading.Event()

    def stop(self) -> None:
        """A wait under way ends within half a second (the window is closing)."""
        self._stopped.set()

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
        return _head(self._shared(data_dir, url))

    def _shared(self, data_dir: Path, url: str) -> Any:
        if self._conn is not None and (url != self._url or self._conn.closed):
            self.close()  # another register, or a connection the server dropped
        if self._conn is None:
            self._conn, self._url = open_register_database(data_dir), url
            self._conn.execute(f"LISTEN {CHANNEL}")
        return self._conn

    def wait(self, data_dir: Path, seconds: float) -> int:
        """On a shared register: wait up to `seconds` for another desk's change, then the
        head. On SQLite: the head at once (nothing to wait on)."""
        url = database_url()
        if url is not None:
            conn = self._shared(data_dir, url)
            deadline = time.monotonic() + seconds
            while not self._stopped.is_set() and time.monotonic() < deadline:
                if conn.wait_for_notice(CHANNEL, min(0.5, seconds)):
                    break
        return self.read(data_dir)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = self._url = None
