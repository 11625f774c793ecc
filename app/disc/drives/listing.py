"""The optical drives of this machine, for the clerk to choose from, and their trays.

A drive is read as a device (imaged once, sequentially: imaging.py). Linux (Kylin/UOS): the
block device (/dev/sr0) with what the kernel and udev say about the disc in it, and any disc the
desktop mounted (iso9660/udf in /proc/mounts) as a folder, the fallback for a file system our
readers cannot follow. Windows: drive letters of type CD-ROM, read raw through \\\\.\\D:.
Nothing here reads the disc itself: listing must not spin a drive up or wait for one.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DRIVE_CDROM = 5
OPTICAL_FS = ("iso9660", "udf")
_CDROM_DRIVE_STATUS = 0x5326
_CDROMEJECT = 0x5309
_CDSL_CURRENT = 0x7FFFFFFF
_CDS_NO_DISC, _CDS_TRAY_OPEN, _CDS_DISC_OK = 1, 2, 4


@dataclass(frozen=True)
class Drive:
    path: str  # what to read: the device, or the folder a disc is mounted on
    name: str  # the drive as the system calls it: sr0, D:
    kind: str = "device"  # device | folder
    loaded: bool | None = None  # None: the system does not say
    volume: str = ""  # the disc's label, where the system knows it
    size: int | None = None  # bytes on the disc, where the system knows it


def _udev_label(device: Path) -> str:
    """The label udev found on the disc (/dev/disk/by-label), undoing its \\xNN escapes."""
    folder = Path("/dev/disk/by-label")
    try:
        links = list(folder.iterdir())
    except OSError:
        return ""
    for link in links:
        try:
            if link.resolve() == device.resolve():
                raw = re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m[1], 16)]),
                             os.fsencode(link.name))
                return raw.decode("utf-8", errors="replace")
        except OSError:
            continue
    return ""


def _linux_status(device: Path) -> bool | None:
    import fcntl

    try:
        fd = os.open(device, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        status = fcntl.ioctl(fd, _CDROM_DRIVE_STATUS, _CDSL_CURRENT)
    except OSError:
        return None
    finally:
        os.close(fd)
    if status == _CDS_DISC_OK:
        return True
    return False if status in (_CDS_NO_DISC, _CDS_TRAY_OPEN) else None


def _linux_size(device: Path) -> int | None:
    try:
        sectors = int(Path(f"/sys/block/{device.name}/size").read_text().strip())
    except (OSError, ValueError):
        return None
    return sectors * 512


def _linux_drives() -> list[Drive]:
    found = []
    for dev in sorted(Path("/dev").glob("sr[0-9]*")):
        loaded = _linux_status(dev)
        size = _linux_size(dev)
        if loaded is None and size is not None:
            loaded = size > 0
        found.append(Drive(str(dev), dev.name, "device", loaded,
                           _udev_label(dev) if loaded else "", size if loaded else None))
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return found
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[2] in OPTICAL_FS:
            where = parts[1].replace("\\040", " ")
            found.append(Drive(where, Path(parts[0]).name, "folder", True,
                               Path(where).name))
    return found


def _windows_drives() -> list[Drive]:
    import ctypes
    import string

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel.SetErrorMode(1)  # no "insert a disc" box for an empty drive
    mask = kernel.GetLogicalDrives()
    found = []
    for bit, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if not mask >> bit & 1 or kernel.GetDriveTypeW(root) != DRIVE_CDROM:
            continue
        label = ctypes.create_unicode_buffer(261)
        loaded = bool(kernel.GetVolumeInformationW(root, label, 261, None, None, None, None, 0))
        total = ctypes.c_ulonglong(0)
        if loaded:
            kernel.GetDiskFreeSpaceExW(root, None, ctypes.byref(total), None)
        found.append(Drive(f"\\\\.\\{letter}:", f"{letter}:", "device", loaded,
                           label.value if loaded else "", total.value if loaded else None))
    return found


def optical_drives() -> list[Drive]:
    try:
        return _windows_drives() if sys.platform == "win32" else _linux_drives()
    except OSError:
        return []


def eject(path: str) -> bool:
    """Open the drive's tray once its disc is read; False where the drive would not."""
    try:
        if sys.platform == "win32":
            return _windows_eject(path)
        import fcntl

        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            fcntl.ioctl(fd, _CDROMEJECT)
        finally:
            os.close(fd)
        return True
    except OSError:
        return False


def _windows_eject(path: str) -> bool:
    from app.disc.drives.windows_volume import eject_volume

    return eject_volume(path)
