"""A file's bytes, wherever the source keeps them: in the image (through its extents) or in a
mounted folder. Only the checks ask for them, one file at a time, after the hashing pass."""

from __future__ import annotations

from typing import BinaryIO

from app.core.entities import DiscFile, DiscReading

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
        if self._image is None:
            self._image = open(self._reading.data_path, "rb")  # noqa: SIM115 - closed in close()
        chunks = []
        for offset, length in disc_file.extents:
            self._image.seek(offset)
            chunks.append(self._image.read(length))
        return b"".join(chunks)[:disc_file.size]


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
