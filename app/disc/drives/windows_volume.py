"""A disc in a Windows drive (\\\\.\\D:) read as Microsoft documents raw volume access:

- the size comes from IOCTL_DISK_GET_LENGTH_INFO, else IOCTL_STORAGE_READ_CAPACITY — on a
  volume handle `GetFileSizeEx`, `os.fstat` and seeking to the end give 0 or fail;
- FSCTL_ALLOW_EXTENDED_DASD_IO lets reads reach sectors past the file system's own end (the
  run-out of a disc), which the volume would otherwise refuse;
- reads start and end on sector boundaries (IOCTL_DISK_GET_DRIVE_GEOMETRY's BytesPerSector,
  2048 on optical media) into a page-aligned buffer, with SetFilePointerEx and ReadFile;
- a read that fails inside the declared size is a read error, even where the drive says
  ERROR_SECTOR_NOT_FOUND: the last sectors of a disc written track-at-once (its run-out) do
  not read, and a 1 MiB read that reaches them fails whole, so the imaging pass must retry the
  area in smaller reads rather than take it for the end;
- ejecting locks the volume (FSCTL_LOCK_VOLUME), dismounts it (FSCTL_DISMOUNT_VOLUME), allows
  removal (IOCTL_STORAGE_MEDIA_REMOVAL with PreventMediaRemoval = FALSE), then asks for
  IOCTL_STORAGE_EJECT_MEDIA. The lock fails while any program (Explorer looking at the new
  disc, an antivirus scan) has a file open on it, so it is retried for up to ten seconds, as
  Microsoft's own example does (20 tries, 500 ms apart).

Every kernel32 call has its ctypes prototype; the API object can be replaced (the tests give
one that behaves as the documentation says, so this logic runs on any system)."""

from __future__ import annotations

import ctypes
import errno
import struct
import sys
import time
from collections.abc import Callable
from typing import Any

from app.disc.drives.block_source import aligned_buffer

GENERIC_READ = 0x80000000
FILE_SHARE_READ, FILE_SHARE_WRITE = 0x1, 0x2
OPEN_EXISTING, FILE_BEGIN = 3, 0
INVALID_HANDLE = ctypes.c_void_p(-1).value
IOCTL_DISK_GET_LENGTH_INFO = 0x0007405C
IOCTL_DISK_GET_DRIVE_GEOMETRY = 0x00070000
IOCTL_STORAGE_READ_CAPACITY = 0x002D5140
IOCTL_STORAGE_MEDIA_REMOVAL = 0x002D4804
IOCTL_STORAGE_EJECT_MEDIA = 0x002D4808
FSCTL_ALLOW_EXTENDED_DASD_IO = 0x00090083
FSCTL_LOCK_VOLUME = 0x00090018
FSCTL_DISMOUNT_VOLUME = 0x00090020
ERROR_HANDLE_EOF, ERROR_SECTOR_NOT_FOUND = 38, 27
# The drive or its medium went away: no later read can succeed.
ERROR_NOT_READY, ERROR_DEV_NOT_EXIST, ERROR_NO_MEDIA_IN_DRIVE = 21, 55, 1112
OPTICAL_SECTOR = 2048
CHUNK = 1 << 20
LOCK_TRIES, LOCK_PAUSE = 20, 0.5


def kernel32() -> Any:
    """Windows' kernel32 with typed prototypes: untyped, a HANDLE is cut to 32 bits on 64-bit
    Windows and a 64-bit offset is passed wrong."""
    from ctypes import wintypes

    kernel = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD,
                                   ctypes.c_void_p, wintypes.DWORD, wintypes.DWORD,
                                   wintypes.HANDLE]
    kernel.CreateFileW.restype = wintypes.HANDLE
    kernel.DeviceIoControl.argtypes = [wintypes.HANDLE, wintypes.DWORD, ctypes.c_void_p,
                                       wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD,
                                       ctypes.POINTER(wintypes.DWORD), ctypes.c_void_p]
    kernel.DeviceIoControl.restype = wintypes.BOOL
    kernel.SetFilePointerEx.argtypes = [wintypes.HANDLE, ctypes.c_longlong,
                                        ctypes.POINTER(ctypes.c_longlong), wintypes.DWORD]
    kernel.SetFilePointerEx.restype = wintypes.BOOL
    kernel.ReadFile.argtypes = [wintypes.HANDLE, ctypes.c_void_p, wintypes.DWORD,
                                ctypes.POINTER(wintypes.DWORD), ctypes.c_void_p]
    kernel.ReadFile.restype = wintypes.BOOL
    kernel.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel.CloseHandle.restype = wintypes.BOOL
    return kernel


def last_error(api: Any) -> int:
    """The error of the call that just failed (kept by ctypes for a use_last_error DLL)."""
    own = getattr(api, "last_error", None)
    if callable(own):
        return int(own())
    return int(getattr(ctypes, "get_last_error", lambda: 0)())


def _os_error(api: Any, path: str, what: str) -> OSError:
    code = last_error(api)
    gone = code in (ERROR_NOT_READY, ERROR_DEV_NOT_EXIST, ERROR_NO_MEDIA_IN_DRIVE)
    # The errno the imaging pass reads: a medium gone is not a bad sector.
    error = OSError(errno.ENODEV if gone else errno.EIO, f"{what} failed (Windows error {code})",
                    path)
    error.winerror = code  # type: ignore[attr-defined]
    return error


def _control(api: Any, handle: Any, code: int, data_in: bytes = b"",
             out_size: int = 0) -> bytes | None:
    """DeviceIoControl: the bytes returned, or None when the call failed."""
    inbuf = ctypes.create_string_buffer(data_in, len(data_in)) if data_in else None
    outbuf = ctypes.create_string_buffer(out_size) if out_size else None
    returned = ctypes.c_ulong(0)
    ok = api.DeviceIoControl(handle, code, inbuf, len(data_in), outbuf, out_size,
                             ctypes.byref(returned), None)
    if not ok:
        return None
    return outbuf.raw[:returned.value] if outbuf is not None else b""


def _open(api: Any, path: str) -> Any:
    handle = api.CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, None,
                             OPEN_EXISTING, 0, None)
    if handle in (None, INVALID_HANDLE, -1):
        raise _os_error(api, path, "CreateFileW")
    return handle


class WindowsVolume:
    """A BlockSource over a Windows volume handle."""

    def __init__(self, path: str, api: Any = None) -> None:
        self.path = path
        self._api = api if api is not None else kernel32()
        self._handle = _open(self._api, path)
        try:
            _control(self._api, self._handle, FSCTL_ALLOW_EXTENDED_DASD_IO)  # best effort
            self.size = self._length()
            self.sector = self._sector_size()
        except BaseException:
            self.close()
            raise
        self._buffer = aligned_buffer(CHUNK)

    def _length(self) -> int:
        raw = _control(self._api, self._handle, IOCTL_DISK_GET_LENGTH_INFO, out_size=8)
        if raw is not None and len(raw) >= 8:
            return int(struct.unpack_from("<q", raw)[0])
        # STORAGE_READ_CAPACITY: Version, Size, BlockLength (ULONG), NumberOfBlocks,
        # DiskLength (LARGE_INTEGER); its Version must say the structure's own size.
        query = struct.pack("<IIIIqq", 32, 32, 0, 0, 0, 0)  # LARGE_INTEGERs 8-aligned
        raw = _control(self._api, self._handle, IOCTL_STORAGE_READ_CAPACITY, query, 32)
        if raw is not None and len(raw) >= 32:
            return int(struct.unpack_from("<q", raw, 24)[0])
        raise _os_error(self._api, self.path, "IOCTL_DISK_GET_LENGTH_INFO")

    def _sector_size(self) -> int:
        # DISK_GEOMETRY: Cylinders (LARGE_INTEGER), MediaType, TracksPerCylinder,
        # SectorsPerTrack, BytesPerSector (DWORD each).
        raw = _control(self._api, self._handle, IOCTL_DISK_GET_DRIVE_GEOMETRY, out_size=24)
        if raw is not None and len(raw) >= 24:
            size = int(struct.unpack_from("<I", raw, 20)[0])
            if size > 0 and size & (size - 1) == 0:
                return size
        return OPTICAL_SECTOR

    def read_into(self, offset: int, buffer: memoryview) -> int:
        """Whole sectors through the aligned buffer; the part asked for copied out."""
        wanted = min(len(buffer), max(0, self.size - offset))
        done = 0
        while done < wanted:
            at = offset + done
            start = at - at % self.sector
            span = min(CHUNK, -(-(at + wanted - done - start) // self.sector) * self.sector)
            got = self._read_sectors(start, span)
            usable = got - (at - start)
            if usable <= 0:
                break  # the medium ends before its declared size
            count = min(usable, wanted - done)
            buffer[done:done + count] = self._buffer[at - start:at - start + count]
            done += count
        return done

    def _read_sectors(self, start: int, length: int) -> int:
        api = self._api
        if not api.SetFilePointerEx(self._handle, start, None, FILE_BEGIN):
            raise _os_error(api, self.path, "SetFilePointerEx")
        read = ctypes.c_ulong(0)
        target = ctypes.c_char.from_buffer(self._buffer)
        if not api.ReadFile(self._handle, ctypes.addressof(target), length, ctypes.byref(read),
                            None):
            # Every read lies inside the declared size, so even "sector not found" is sectors
            # that would not read: the caller retries them smaller.
            raise _os_error(api, self.path, "ReadFile")
        return int(read.value)

    def close(self) -> None:
        if getattr(self, "_handle", None) is not None:
            self._api.CloseHandle(self._handle)
            self._handle = None

    def __enter__(self) -> WindowsVolume:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def eject_volume(path: str, api: Any = None,
                 pause: Callable[[float], None] = time.sleep) -> bool:
    """Lock, dismount, allow removal, eject: the order Microsoft documents for taking media out
    of a drive that Windows has mounted. False where the drive would not."""
    api = api if api is not None else kernel32()
    try:
        handle = _open(api, path)
    except OSError:
        return False
    try:
        for attempt in range(LOCK_TRIES):
            if _control(api, handle, FSCTL_LOCK_VOLUME) is not None:
                break
            if attempt + 1 < LOCK_TRIES:
                pause(LOCK_PAUSE)
        else:
            return False  # another program keeps files open on the disc
        _control(api, handle, FSCTL_DISMOUNT_VOLUME)
        _control(api, handle, IOCTL_STORAGE_MEDIA_REMOVAL, b"\x00")  # PreventMediaRemoval
        return _control(api, handle, IOCTL_STORAGE_EJECT_MEDIA) is not None
    finally:
        api.CloseHandle(handle)


def is_windows_volume(path: str) -> bool:
    return sys.platform == "win32" and path.startswith("\\\\.\\")
