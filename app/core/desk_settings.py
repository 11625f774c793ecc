"""What the window's Settings saved for this desk (the language, the clerk, the register's
address), read without Qt, so that the command line follows the window's choices without
loading QtCore to learn them. The window writes them with QSettings(ORG_NAME, APP_ID): on
Windows in the registry under HKEY_CURRENT_USER\\Software, elsewhere in an INI file in the
user's configuration folder. Only plain strings are read; anything else counts as unset.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_ID, ORG_NAME

MAX_BYTES = 1 << 20  # a settings file of a few lines; a larger one is not ours


def saved(key: str) -> str:
    """The saved text of a top-level setting, "" when unset or unreadable."""
    try:
        if sys.platform == "win32":
            return _from_registry(key)
        return _from_ini(settings_file(), key)
    except (OSError, ValueError):
        return ""


def settings_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / ORG_NAME / f"{APP_ID}.conf"


def _from_registry(key: str) -> str:
    import winreg  # Windows only

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, rf"Software\{ORG_NAME}\{APP_ID}") as folder:
        value, kind = winreg.QueryValueEx(folder, key)
    return value if kind == winreg.REG_SZ and isinstance(value, str) else ""


def _from_ini(path: Path, key: str) -> str:
    """Qt's INI: top-level keys under [General], strings escaped (see _unescape)."""
    with path.open("rb") as handle:
        text = handle.read(MAX_BYTES).decode("utf-8", "replace")
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "General" and "=" in line:
            name, _, raw = line.partition("=")
            if name.strip() == key:
                return _unescape(raw.strip())
    return ""


def _unescape(raw: str) -> str:
    """A value as QSettings writes it: maybe in double quotes (kept spaces, commas), with
    backslash escapes (\\n, \\t, \\\\, \\", \\xHHHH for a character); a leading @ is doubled
    or the string wrapped in "@String(...)"; other @ forms are typed values, not text."""
    out: list[str] = []
    at = 0
    while at < len(raw):
        char = raw[at]
        if char == '"':
            at += 1
            continue
        if char == "\\" and at + 1 < len(raw):
            code = raw[at + 1]
            if code == "x":
                digits = ""
                while at + 2 + len(digits) < len(raw) and len(digits) < 4 and \
                        raw[at + 2 + len(digits)] in "0123456789abcdefABCDEF":
                    digits += raw[at + 2 + len(digits)]
                out.append(chr(int(digits, 16)) if digits else "x")
                at += 2 + len(digits)
                continue
            out.append({"n": "\n", "t": "\t", "r": "\r", "0": "\0", "a": "\a", "b": "\b",
                        "f": "\f", "v": "\v"}.get(code, code))
            at += 2
            continue
        out.append(char)
        at += 1
    value = "".join(out)
    if value.startswith("@@"):  # a string that itself begins with @
        return value[1:]
    if value.startswith("@String(") and value.endswith(")"):
        return value[len("@String("):-1]
    return "" if value.startswith("@") else value
