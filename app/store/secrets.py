"""The audit key: 32 random bytes kept in the OS keyring (Windows Credential Manager, the
Secret Service on Kylin/UOS), never in the database.

Without a usable keyring the program says so, and the clerk may choose the documented fallback:
`intake audit make-keyfile` writes the key to a file (audit.key in the data folder, or
INTAKE_KEY_FILE) that the office must keep apart from backups of the database. Keyring calls
may block on an unlock prompt: the GUI makes them off its own thread.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import threading
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qsl, urlsplit

from app.errors import AuditKeyMissing, AuditKeyUnavailable, NoKeyringForPassword
from app.paths import config_dir
from app.store.file_names import safe_part

SERVICE = "intake-desk"
KEY_FILE_ENV = "INTAKE_KEY_FILE"
KEY_FILE_NAME = "audit.key"
# The window's jobs open a new register from several threads at once: one of them makes its
# key, the others must find that key, not make a second one that would sign half the trail.
_creating = threading.Lock()


def use_platform_keyring() -> None:
    """Name this platform's keyring instead of letting keyring try every backend it knows:
    its macOS backend, imported everywhere, asks ctypes.util.find_library, which runs ldconfig
    and gcc on Linux at the window's start. A backend already chosen (the keyring
    configuration, PYTHON_KEYRING_BACKEND, a test's) is kept."""
    import keyring.backends.fail
    import keyring.core

    if getattr(keyring.core, "_keyring_backend", None) is not None \
            or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return
    if sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as Chosen
    elif sys.platform.startswith("linux"):
        from keyring.backends.SecretService import Keyring as Chosen  # Kylin/UOS, GNOME/KDE
    else:
        return
    try:
        usable = Chosen.priority > 0  # the backend's own test that its service answers
    except Exception:  # the backends raise their own kinds when their service is absent
        usable = False
    keyring.set_keyring(Chosen() if usable else keyring.backends.fail.Keyring())


def platform_keyring() -> ModuleType:
    """The keyring library, loaded when first needed (with its Secret Service backend it costs
    about 40 ms, which a command that only reads the register does not pay) and pointed at
    this platform's keyring. Its errors are `keyring.errors.KeyringError`."""
    import keyring
    import keyring.errors

    use_platform_keyring()
    return keyring


def _entry(database_id: str) -> str:
    return f"audit-key:{database_id}"


def key_file(data_dir: Path) -> Path:
    override = os.environ.get(KEY_FILE_ENV)
    return Path(override) if override else data_dir / KEY_FILE_NAME


def audit_key(database_id: str, data_dir: Path, *, create: bool = False) -> bytes:
    """The register's key: from a key file the clerk placed, else from the keyring (made there
    when `create` and none exists yet)."""
    with _creating:
        return _audit_key(database_id, data_dir, create=create)


def _audit_key(database_id: str, data_dir: Path, *, create: bool) -> bytes:
    placed = key_file(data_dir)
    if placed.exists():
        return bytes.fromhex(placed.read_text(encoding="ascii").strip())
    keyring = platform_keyring()
    try:
        value = keyring.get_password(SERVICE, _entry(database_id))
        if value is None and create:
            value = secrets.token_hex(32)
            keyring.set_password(SERVICE, _entry(database_id), value)
    except keyring.errors.KeyringError as exc:
        raise AuditKeyUnavailable(reason=str(exc) or type(exc).__name__,
                                  key_file=str(placed)) from exc
    if value is None:
        raise AuditKeyMissing(database_id=database_id, key_file=str(placed))
    return bytes.fromhex(value)


def make_key_file(database_id: str, data_dir: Path) -> Path:
    """The explicit fallback: write the key to a file readable by this user only. If the
    keyring already holds this register's key, that key is written; otherwise a new one."""
    with _creating:
        return _make_key_file(database_id, data_dir)


def _make_key_file(database_id: str, data_dir: Path) -> Path:
    path = key_file(data_dir)
    keyring = platform_keyring()
    if path.exists():
        raise FileExistsError(str(path))
    try:
        value = keyring.get_password(SERVICE, _entry(database_id)) or secrets.token_hex(32)
    except keyring.errors.KeyringError:
        value = secrets.token_hex(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(value + "\n")
    return path


def key_place(database_id: str, data_dir: Path) -> tuple[str, str]:
    """Where this register's key is kept, for the clerk to see: ("file", path),
    ("keyring", backend), ("missing", backend) or ("unavailable", reason). It may block on a
    keyring prompt: call it off the GUI thread."""
    placed = key_file(data_dir)
    if placed.exists():
        return "file", str(placed)
    keyring = platform_keyring()
    backend = type(keyring.get_keyring()).__name__
    try:
        value = keyring.get_password(SERVICE, _entry(database_id))
    except keyring.errors.KeyringError as exc:
        return "unavailable", str(exc) or type(exc).__name__
    return ("keyring" if value is not None else "missing"), backend


# The anchor: the last audit entry this desk wrote, kept outside the database and outside the
# data folder: in this user's configuration folder and in the keyring. A database put back
# from an older copy is behind its anchor, which the trail alone could never show (an older
# chain is a valid chain); a copy of the data folder put back carries no anchor with it.
# Registers made before kept it beside the key file (LEGACY_SUFFIX), read once and moved.
LEGACY_SUFFIX = ".anchor"


def _anchor_entry(database_id: str) -> str:
    return f"audit-anchor:{database_id}"


def anchor_file(database_id: str) -> Path:
    return config_dir() / "anchors" / f"{safe_part(database_id)}.json"


def save_anchor(database_id: str, data_dir: Path, text: str) -> None:
    """Best effort, in both places: a desk whose keyring refuses the write keeps working on
    the file; the next change writes them again."""
    keyring = platform_keyring()
    placed = anchor_file(database_id)
    try:
        placed.parent.mkdir(parents=True, exist_ok=True)
        partial = placed.with_name(placed.name + ".part")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, placed)
    except OSError:
        pass
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.set_password(SERVICE, _anchor_entry(database_id), text)


def load_anchors(database_id: str, data_dir: Path) -> list[str]:
    """Every anchor this desk kept for the register: its file, its keyring entry, and the
    file an older version kept beside the key file."""
    keyring = platform_keyring()
    found = []
    for place in (anchor_file(database_id),
                  key_file(data_dir).with_name(key_file(data_dir).name + LEGACY_SUFFIX)):
        with contextlib.suppress(OSError):
            found.append(place.read_text(encoding="utf-8"))
    try:
        kept = keyring.get_password(SERVICE, _anchor_entry(database_id))
    except keyring.errors.KeyringError:
        kept = None
    if kept:
        found.append(kept)
    return found


def _db_entry(url: str) -> str:
    """The keyring entry of a database's password: its address without any password."""
    parts = urlsplit(url)
    host = parts.hostname or dict(parse_qsl(parts.query)).get("host", "")
    return f"db:{parts.username or ''}@{host}:{parts.port or ''}{parts.path}"


def db_password(url: str) -> str | None:
    """The shared register's password, kept in the keyring (never in a file or the database);
    None when the address carries its own or none is kept."""
    if urlsplit(url).password:
        return None
    keyring = platform_keyring()
    try:
        return keyring.get_password(SERVICE, _db_entry(url))
    except keyring.errors.KeyringError:
        return None


def keep_db_password(url: str, password: str) -> None:
    keyring = platform_keyring()
    try:
        keyring.set_password(SERVICE, _db_entry(url), password)
    except keyring.errors.KeyringError as exc:
        raise NoKeyringForPassword(url=url) from exc
