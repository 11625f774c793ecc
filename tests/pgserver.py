"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, listening on a
Unix socket there only, started and stopped with pg_ctl (as the postgres user when the tests
run as root, since PostgreSQL refuses to run as root). Each test gets a database of its own."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _as_owner(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class Server:
    def __init__(self) -> None:
        bin_dir = binaries()
        if bin_dir is None:
            raise RuntimeError("no PostgreSQL server installed (apt-get install postgresql)")
        self.root = Path(tempfile.mkdtemp(prefix="intake-pg-"))
        self.data = self.root / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        os.chmod(self.root, 0o755)
        subprocess.run(_as_owner([str(bin_dir / "initdb"), "-D", str(self.data), "-U",
                                  "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]),
                       check=True, capture_output=True)
        self._options = (f"-c listen_addresses='' -c unix_socket_directories={self.root} "
                         f"-c port={self.port} -c fsync=off -c max_connections=60")
        self._bin = bin_dir
        self.start()

    def start(self) -> None:
        subprocess.run(_as_owner([str(self._bin / "pg_ctl"), "-D", str(self.data), "-o",
                                  self._options, "-l", str(self.root / "log"), "-w", "start"]),
                       check=True, capture_output=True)

    def halt(self) -> None:
        """The server goes away as in a power cut or a crash (its data stays): every
        connection breaks; start() brings it back."""
        subprocess.run(_as_owner([str(self._bin / "pg_ctl"), "-D", str(self.data), "-m",
                                  "immediate", "stop"]), check=True, capture_output=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.root}&port={self.port}"

    def new_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(_as_owner([str(self._bin / "pg_ctl"), "-D", str(self.data), "-m",
                                  "immediate", "stop"]), check=False, capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)
