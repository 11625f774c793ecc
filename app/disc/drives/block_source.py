"""Reading a disc as a run of bytes: the drive's device (or an image file standing in for one).

Reads are positioned and whole: a short read inside the disc is retried for the rest, and a
failing sector surfaces as OSError, which the imaging pass maps instead of giving up.
"""

from __future__ import annotations

import ctypes
import errno
import mmap
import os
import stat
import sys
from typing import Protocol

SECTOR = 2048


class BlockSource(Protocol):
    path: str
    size: int

    def read_into(self, offset: int, buffer: memoryview) -> int:
        """Fill the buffer from offset; the count read (short only at the end); OSError when
        the medium fails."""
        ...

    def close(self) -> None: ...


def device_path(path: str) -> str:
    """What to open for a drive: Windows reads a drive's raw sectors through \\\\.\\D:."""
    if sys.platform == "win32" and len(path) in (2, 3) and path[1] == ":":
        return f"\\\\.\\{path[0]}:"
    return path


def is_device(path: str) -> bool:
    """A drive read sector by sector: a block device, or Windows' \\\\.\\D: form."""
    if path.startswith(("\\\\.\\", "//./")):
        return True
    if sys.platform == "win32" and len(path) == 2 and path[1] == ":":
        return True  # "D:" is the drive; "D:\\" is its mounted folder
    try:
        return stat.S_ISBLK(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _device_size(fd: int) -> int:
    if sys.platform.startswith("linux"):
        import fcntl
        import struct

        blkgetsize64 = 0x80081272
        try:
            raw = fcntl.ioctl(fd, blkgetsize64, b"\0" * 8)
            return int(struct.unpack("<Q", raw)[0])
        except OSError:
            pass
    return os.lseek(fd, 0, os.SEEK_END)


class FileSource:
    """A block device or a regular file, read with positioned reads."""

    def __init__(self, path: str) -> None:
        self.path = path
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
        self._fd = os.open(device_path(path), flags)
        try:
            mode = os.fstat(self._fd).st_mode
            self.size = (os.fstat(self._fd).st_size if stat.S_ISREG(mode)
                         else _device_size(self._fd))
        except OSError:
            os.close(self._fd)
            raise
        self._positioned = hasattr(os, "preadv")
        self._direct = _open_direct(path) if stat.S_ISBLK(mode) else -1
        # Direct reads go in the device's own blocks (2048 on a disc): one sector can be retried.
        self._align = _logical_block(self._direct) if self._direct >= 0 else 0

    def _read_direct(self, offset: int, part: memoryview) -> int | None:
        """Straight from the drive into our buffer, past the page cache: a disc is read once,
        and a cache copy of it would only cost time and push out what the desk works on.
        None when this read cannot go that way (alignment, or a device that refuses)."""
        if self._direct < 0 or offset % self._align or len(part) % self._align or \
                _address(part) % mmap.PAGESIZE:
            return None
        try:
            return os.preadv(self._direct, [part], offset)
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise
            os.close(self._direct)  # the device takes no direct reads: cached ones will do
            self._direct = -1
            return None

    def read_into(self, offset: int, buffer: memoryview) -> int:
        wanted = min(len(buffer), max(0, self.size - offset))
        done = 0
        while done < wanted:
            part = buffer[done:wanted]
            direct = self._read_direct(offset + done, part)
            if direct is not None:
                count = direct
            elif self._positioned:
                count = os.preadv(self._fd, [part], offset + done)
            else:  # Windows: no positioned vector reads
                os.lseek(self._fd, offset + done, os.SEEK_SET)
                count = os.readv(self._fd, [part]) if hasattr(os, "readv") else \
                    _read_into(self._fd, part)
            if count == 0:
                break  # the medium ends before its declared size
            done += count
        return done

    def close(self) -> None:
        for fd in (self._fd, self._direct):
            if fd >= 0:
                os.close(fd)
        self._fd = self._direct = -1

    def __enter__(self) -> FileSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_direct(path: str) -> int:
    flag = getattr(os, "O_DIRECT", 0)
    if not flag:
        return -1
    try:
        return os.open(path, os.O_RDONLY | flag)
    except OSError:
        return -1


def _logical_block(fd: int) -> int:
    if sys.platform.startswith("linux"):
        import fcntl
        import struct

        blksszget = 0x1268
        try:
            size = int(struct.unpack("<i", fcntl.ioctl(fd, blksszget, b"\0" * 4))[0])
            if size > 0:
                return size
        except OSError:
            pass
    return 4096


def _address(part: memoryview) -> int:
    if part.readonly:
        return 1  # never aligned: a read-only view is not ours to fill
    return ctypes.addressof(ctypes.c_char.from_buffer(part))


def aligned_buffer(size: int) -> memoryview:
    """Memory on a page boundary, which direct reads need."""
    return memoryview(mmap.mmap(-1, max(size, 1)))


def _read_into(fd: int, part: memoryview) -> int:
    data = os.read(fd, len(part))
    part[:len(data)] = data
    return len(data)
