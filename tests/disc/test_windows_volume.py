"""A disc in a Windows drive, read through an API that behaves as Microsoft documents raw
volume handles: fstat and seeking to the end say nothing of the size, only whole sectors can
be read, the run-out past the file system needs extended DASD I/O, and ejecting a mounted
volume needs it locked and dismounted first. The real logic runs against it on any system."""

from __future__ import annotations

import ctypes
import os
import struct
from pathlib import Path
from typing import Any

import pytest

from app.demo.burn import write_iso
from app.disc.drives import windows_volume as W
from app.disc.drives.imaging import image_disc

SECTOR = 2048
ERROR_INVALID_PARAMETER = 87


class FakeKernel32:
    """A volume holding `media`; its file system claims `fs_size` bytes of it."""

    def __init__(self, media: bytes, *, fs_size: int | None = None, length_info: bool = True,
                 lock: bool = True, busy_locks: int = 0, dead_tail: int = 0) -> None:
        self.media, self.fs_size = media, fs_size or len(media)
        self.length_info, self.lock = length_info, lock
        self.busy_locks = busy_locks  # the lock fails this often first (Explorer has a file open)
        self.dead_tail = dead_tail  # the last sectors that never read (a disc's run-out)
        self.locks = 0
        self.extended = False
        self.position = 0
        self.error = 0
        self.controls: list[int] = []
        self.closed = 0

    def last_error(self) -> int:
        return self.error

    def _fail(self, code: int) -> bool:
        self.error = code
        return False

    def CreateFileW(self, path: str, access: int, share: int, security: Any,  # Win32 names
                    disposition: int, flags: int, template: Any) -> Any:
        if path != "\\\\.\\E:":
            self.error = 2
            return W.INVALID_HANDLE
        assert access == W.GENERIC_READ and disposition == W.OPEN_EXISTING
        assert share == W.FILE_SHARE_READ | W.FILE_SHARE_WRITE  # Windows has it mounted
        return 100

    def DeviceIoControl(self, handle: Any, code: int, inbuf: Any, insize: int, outbuf: Any,
                        outsize: int, returned: Any, overlapped: Any) -> bool:
        self.controls.append(code)

        def answer(data: bytes) -> bool:
            if outsize < len(data):
                return self._fail(122)  # ERROR_INSUFFICIENT_BUFFER
            ctypes.memmove(outbuf, data, len(data))
            returned._obj.value = len(data)
            return True

        if code == W.FSCTL_ALLOW_EXTENDED_DASD_IO:
            self.extended = True
            return True
        if code == W.IOCTL_DISK_GET_LENGTH_INFO:
            return answer(struct.pack("<q", len(self.media))) if self.length_info \
                else self._fail(1)
        if code == W.IOCTL_STORAGE_READ_CAPACITY:
            version = struct.unpack_from("<I", inbuf.raw)[0]
            if version != 32:
                return self._fail(ERROR_INVALID_PARAMETER)
            return answer(struct.pack("<IIIIqq", 32, 32, SECTOR, 0, len(self.media) // SECTOR,
                                      len(self.media)))
        if code == W.IOCTL_DISK_GET_DRIVE_GEOMETRY:
            return answer(struct.pack("<qIIII", 1, 11, 1, len(self.media) // SECTOR, SECTOR))
        if code == W.FSCTL_LOCK_VOLUME:
            self.locks += 1
            if not self.lock or self.locks <= self.busy_locks:
                return self._fail(5)  # ERROR_ACCESS_DENIED: files open
            return True
        if code in (W.FSCTL_DISMOUNT_VOLUME, W.IOCTL_STORAGE_MEDIA_REMOVAL,
                    W.IOCTL_STORAGE_EJECT_MEDIA):
            returned._obj.value = 0
            return True
        return self._fail(1)  # ERROR_INVALID_FUNCTION

    def SetFilePointerEx(self, handle: Any, distance: int, new: Any, method: int) -> bool:
        if distance % SECTOR:
            return self._fail(ERROR_INVALID_PARAMETER)
        self.position = distance
        return True

    def ReadFile(self, handle: Any, address: int, length: int, read: Any, overlapped: Any
                 ) -> bool:
        if length % SECTOR or address % 512:
            return self._fail(ERROR_INVALID_PARAMETER)  # volume reads: whole, aligned sectors
        limit = len(self.media) if self.extended else self.fs_size
        dead = len(self.media) - self.dead_tail * SECTOR
        if self.position + length > dead and self.position < len(self.media):
            # A drive fails the whole read that reaches a sector it cannot read.
            return self._fail(W.ERROR_SECTOR_NOT_FOUND)
        if self.position >= limit:
            return self._fail(W.ERROR_SECTOR_NOT_FOUND if self.position < len(self.media)
                              or not self.extended else W.ERROR_HANDLE_EOF)
        data = self.media[self.position:min(self.position + length, limit)]
        ctypes.memmove(address, data, len(data))
        read._obj.value = len(data)
        self.position += len(data)
        return True

    def CloseHandle(self, handle: Any) -> bool:
        self.closed += 1
        return True


@pytest.fixture
def iso(tmp_path: Path) -> bytes:
    files = {"1-案例/案例-盖章版.pdf": b"%PDF-1.4 " + os.urandom(300_000),
             "附件2：汇总表.xlsx": os.urandom(5000)}
    return write_iso(tmp_path / "disc.iso", files, label="WIN").read_bytes()


def refuse_posix_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a volume handle these give nothing; the reader must not lean on them."""
    def refuse(*_args: object) -> None:
        raise OSError(22, "not on a volume handle")

    monkeypatch.setattr(os, "fstat", refuse)
    monkeypatch.setattr(os, "lseek", refuse)


@pytest.mark.parametrize("length_info", [True, False])
def test_the_whole_disc_is_imaged_from_a_volume_handle(iso: bytes, tmp_path: Path,
                                                      length_info: bool) -> None:
    media = iso + bytes(SECTOR * 150)  # the run-out after the file system's end
    api = FakeKernel32(media, fs_size=len(iso), length_info=length_info)
    with W.WindowsVolume("\\\\.\\E:", api) as volume:
        assert volume.size == len(media) and volume.sector == SECTOR
        target = tmp_path / "image.iso"
        image_disc(volume, target)
    assert target.read_bytes() == media
    assert api.extended and api.closed == 1


def test_reads_at_any_offset_come_from_whole_sectors(iso: bytes,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    api = FakeKernel32(iso)
    buffer, tail = bytearray(5000), bytearray(10_000)
    with monkeypatch.context() as patch:
        refuse_posix_size(patch)
        with W.WindowsVolume("\\\\.\\E:", api) as volume:
            assert volume.read_into(3001, memoryview(buffer)) == 5000
            assert volume.read_into(len(iso) - 100, memoryview(tail)) == 100  # short: the end
    assert bytes(buffer) == iso[3001:8001] and bytes(tail[:100]) == iso[-100:]


def test_a_missing_drive_is_an_os_error_naming_it() -> None:
    with pytest.raises(OSError) as failed:
        W.WindowsVolume("\\\\.\\Q:", FakeKernel32(b"\0" * SECTOR))
    assert failed.value.filename == "\\\\.\\Q:" and "Windows error 2" in failed.value.strerror


def test_eject_locks_and_dismounts_first_and_gives_up_when_files_are_open(iso: bytes) -> None:
    api = FakeKernel32(iso)
    assert W.eject_volume("\\\\.\\E:", api)
    assert api.controls == [W.FSCTL_LOCK_VOLUME, W.FSCTL_DISMOUNT_VOLUME,
                            W.IOCTL_STORAGE_MEDIA_REMOVAL, W.IOCTL_STORAGE_EJECT_MEDIA]
    busy = FakeKernel32(iso, lock=False)
    assert not W.eject_volume("\\\\.\\E:", busy, pause=lambda _seconds: None)
    assert W.IOCTL_STORAGE_EJECT_MEDIA not in busy.controls and busy.closed == 1


def test_a_disc_whose_last_sectors_do_not_read_keeps_everything_before_them(
        iso: bytes, tmp_path: Path) -> None:
    # The run-out of a disc written track-at-once: its last two sectors never read, and the
    # drive fails the whole 1 MiB read that reaches them. Only those two may be lost.
    media = iso + os.urandom(SECTOR * 300)
    api = FakeKernel32(media, dead_tail=2)
    with W.WindowsVolume("\\\\.\\E:", api) as volume:
        imaged = image_disc(volume, tmp_path / "image.iso")
    assert imaged.bad_sectors == 2
    assert [(span.start, span.length) for span in imaged.bad] == [(len(media) - 2 * SECTOR,
                                                                   2 * SECTOR)]
    kept = (tmp_path / "image.iso").read_bytes()
    assert kept[:-2 * SECTOR] == media[:-2 * SECTOR]


def test_eject_waits_while_another_program_has_the_disc_open(iso: bytes) -> None:
    api, pauses = FakeKernel32(iso, busy_locks=3), []
    assert W.eject_volume("\\\\.\\E:", api, pause=pauses.append)
    assert api.locks == 4 and pauses == [W.LOCK_PAUSE] * 3
    assert api.controls[-1] == W.IOCTL_STORAGE_EJECT_MEDIA


def test_eject_gives_up_after_ten_seconds_of_a_locked_disc(iso: bytes) -> None:
    api, pauses = FakeKernel32(iso, lock=False), []
    assert not W.eject_volume("\\\\.\\E:", api, pause=pauses.append)
    assert api.locks == W.LOCK_TRIES and sum(pauses) == pytest.approx(9.5)
    assert W.IOCTL_STORAGE_EJECT_MEDIA not in api.controls and api.closed == 1


def test_intake_image_of_a_drive_letter_reads_through_the_volume_api(
        iso: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import sys

    from app.cli.main import main

    media = iso + bytes(SECTOR * 20)
    api = FakeKernel32(media, fs_size=len(iso))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(W, "kernel32", lambda: api)
    target = tmp_path / "disc.iso"
    assert main(["image", "E:", str(target)]) == 0
    assert target.read_bytes() == media  # the run-out too: extended DASD I/O was asked for
    assert api.extended and W.IOCTL_DISK_GET_LENGTH_INFO in api.controls
    assert "SHA-256" in capsys.readouterr().out
