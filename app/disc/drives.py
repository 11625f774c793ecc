"""The optical drives of this machine, for the clerk to choose from.

Linux (Kylin/UOS): the drive's block device (/dev/sr0), read as an image, and any disc the
desktop mounted (iso9660/udf in /proc/mounts). Windows: drive letters of type CD-ROM, read as
mounted folders. Nothing on the disc is opened beyond reading it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

DRIVE_CDROM = 5
OPTICAL_FS = ("iso9660", "udf")


@dataclass(frozen=True)
class Drive:
    path: str
    label: str  # what the clerk sees


def _linux_drives() -> list[Drive]:
    found = [Drive(str(dev), dev.name) for dev in sorted(Path("/dev").glob("sr[0-9]*"))]
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return found
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[2] in OPTICAL_FS:
            where = parts[1].replace("\\040", " ")
            found.append(Drive(where, f"{where} ({parts[0]})"))
    return found


def _windows_drives() -> list[Drive]:
    import ctypes
    import string

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    return [Drive(f"{letter}:\\", f"{letter}:") for bit, letter in enumerate(string.ascii_uppercase)
            if mask >> bit & 1 and kernel.GetDriveTypeW(f"{letter}:\\") == DRIVE_CDROM]


def optical_drives() -> list[Drive]:
    try:
        return _windows_drives() if sys.platform == "win32" else _linux_drives()
    except OSError:
        return []
