from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def hermetic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             request: pytest.FixtureRequest) -> Path:
    """Every test gets its own data folder and a fixed language; never the user's settings.
    INTAKE_TEST_ENGINE=postgresql runs every test's register on a fresh PostgreSQL database."""
    data = tmp_path / "data"
    monkeypatch.setenv("INTAKE_DATA", str(data))
    monkeypatch.setenv("INTAKE_LANG", "en")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # where anchors are kept
    monkeypatch.setenv("APPDATA", str(tmp_path / "config"))
    monkeypatch.delenv("INTAKE_OPERATOR", raising=False)  # Settings' 经办人 sets it
    monkeypatch.delenv("INTAKE_DB", raising=False)  # SQLite unless a test asks for both
    if os.environ.get("INTAKE_TEST_ENGINE") == "postgresql":
        monkeypatch.setenv("INTAKE_DB", request.getfixturevalue("pg_server").new_database())
    from PySide6.QtCore import QSettings  # the window's size and the language live there

    # Where XDG_CONFIG_HOME puts it, as on a desk: the command line reads it there without Qt.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    return data


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps its secrets in this process: tests go through the
    keyring API without touching the machine's keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True, scope="session")
def one_application(qapp):
    """One QApplication for the whole run: the CLI reuses whatever instance exists, and the
    window tests need a QApplication, not the QCoreApplication the CLI would make."""
    return qapp


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """One PostgreSQL server for the session; skipped where none is installed (CI installs
    Debian's postgresql, so the register's suite runs on both engines there)."""
    import pgserver

    if pgserver.binaries() is None:
        pytest.skip("PostgreSQL is not installed here")
    server = pgserver.Server()
    yield server
    server.stop()


@pytest.fixture
def own_pg_server() -> Iterator[Any]:
    """A PostgreSQL server of the test's own, which it may halt and start again."""
    import pgserver

    if pgserver.binaries() is None:
        pytest.skip("PostgreSQL is not installed here")
    own = pgserver.Server()
    yield own
    own.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The register on each engine: SQLite in the data folder, or a fresh PostgreSQL database
    named by INTAKE_DB."""
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        monkeypatch.setenv("INTAKE_DB", server.new_database())
    return request.param
