"""Names of files we write from names someone else chose (a disc's, a mail's), made safe for
Windows as well as Linux: a copy made on one desk must open on the other."""

from __future__ import annotations

import re
import sys
from pathlib import Path

_UNSAFE = re.compile(r'[\x00-\x1f<>:"|?*\\/]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
MAX_PART = 200  # characters of one name (NTFS allows 255; room for " (2)" and the like)
MAX_PATH = 259  # past this Windows needs the \\?\ form


def safe_part(name: str, fallback: str = "_") -> str:
    """One file or folder name: no characters Windows refuses, no trailing dot or space
    (Windows drops them, so two names would become one), not a device name (CON, NUL, COM1…,
    which Windows opens as the device), not too long (the extension kept)."""
    clean = _UNSAFE.sub("_", name).rstrip(" .").lstrip(" ")
    if not clean or clean in (".", ".."):
        return fallback
    if _RESERVED.match(clean):
        clean = "_" + clean
    if len(clean) > MAX_PART:
        stem, dot, suffix = clean.rpartition(".")
        keep = MAX_PART - len(suffix) - 1 if dot and len(suffix) <= 16 else MAX_PART
        clean = (stem[:keep] + "." + suffix) if dot and len(suffix) <= 16 else clean[:keep]
    return clean


def safe_relative(path: str) -> Path:
    """A path of several names, each made safe; nothing climbs out of where it is put."""
    parts = [safe_part(p) for p in path.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return Path(*parts) if parts else Path("_")


def long_path(path: Path, *, windows: bool | None = None) -> str:
    """What to open for a path that may be longer than Windows' 260 characters: the \\\\?\\
    form of its absolute path there, the path itself elsewhere."""
    on_windows = sys.platform == "win32" if windows is None else windows
    text = str(path.absolute()) if on_windows else str(path)
    if on_windows and len(text) > MAX_PATH and not text.startswith("\\\\?\\"):
        return "\\\\?\\" + text.replace("/", "\\")
    return text
