"""A file's bytes, wherever the source keeps them: in the image (through its extents) or in a
mounted folder. Only the checks ask for them, one file at a time, after the hashing pass."""

from __future__ import annotations

import io
from typing import BinaryIO

from app.core.entities import DiscFile, DiscReading
from app.disc.seekable import SeekableView

MAX_CHECKED = 512 << 20  # a file larger than this is listed and hashed but not opened


class FileTooLarge(Exception):
    pass


class ContentReader:
    def __init__(self, reading: DiscReading) -> None:
        self._reading = reading
        self._image: BinaryIO | None = None

    def __enter__(self) -> ContentReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._image is not None:
            self._image.close()
            self._image = None

    def read(self, disc_file: DiscFile) -> bytes:
        """The file's bytes; OSError when the source fails, FileTooLarge past MAX_CHECKED.
        A file the image cuts short comes back short: its finding already says so."""
        if disc_file.size > MAX_CHECKED:
            raise FileTooLarge(disc_file.path)
        if disc_file.local_path is not None:
            with open(disc_file.local_path, "rb") as stream:
                return stream.read(MAX_CHECKED + 1)
        chunks = []
        image = self._image_file()
        for offset, length in disc_file.extents:
            image.seek(offset)
            chunks.append(image.read(length))
        return b"".join(chunks)[:disc_file.size]

    def open(self, disc_file: DiscFile) -> BinaryIO:
        """The file as a seekable stream, whatever its size; the caller closes it."""
        if disc_file.local_path is not None:
            return open(disc_file.local_path, "rb")
        raw = _ExtentFile(self._image_file(), list(disc_file.extents), disc_file.size)
        return io.BufferedReader(raw, 1 << 16)  # type: ignore[return-value]

    def _image_file(self) -> BinaryIO:
        if self._image is None:
            self._image = open(self._reading.data_path, "rb")  # noqa: SIM115 - closed in close()
        return self._image


class _ExtentFile(SeekableView):
    """One file of an image as a seekable stream over its extents: an archive is read where it
    lies, never whole into memory."""

    def __init__(self, image: BinaryIO, extents: list[tuple[int, int]], size: int) -> None:
        super().__init__()
        self._image = image
        self._runs: list[tuple[int, int, int]] = []  # (offset in the file, in the image, length)
        at = 0
        for offset, length in extents:
            length = min(length, size - at)
            if length <= 0:
                break
            self._runs.append((at, offset, length))
            at += length
        self._size = at
        self._pos = 0

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        for start, offset, length in self._runs:
            if start <= self._pos < start + length:
                wanted = min(len(view), start + length - self._pos)
                self._image.seek(offset + self._pos - start)
                got = self._image.readinto(view[:wanted]) or 0
                self._pos += got
                return got
        return 0


def file_bytes(reading: DiscReading, path: str) -> bytes | None:
    """One file of the disc by its path, for the clerk to look at; None when it is not on the
    disc (an archive's member) or cannot be had."""
    found = next((f for f in reading.files if f.path == path), None)
    if found is None:
        return None
    try:
        with ContentReader(reading) as reader:
            return reader.read(found)
    except (OSError, FileTooLarge):
        return None
