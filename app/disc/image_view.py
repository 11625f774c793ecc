"""A read-only view of an image file, shaped for pycdlib.

Two things pycdlib gets wrong on real submissions are fixed here rather than inside it:
- it reads only the first session, so the view shows the newest session's volume descriptors
  where the first session's are (sector 16 on);
- it trims every file to the bytes present, so a short image would look whole; the view is as
  long as the file system declares and reads zeros past the real end, and we account for the
  missing bytes ourselves from the extents.
"""

from __future__ import annotations

from typing import BinaryIO

from app.disc.seekable import SeekableView

_ZERO_FILL_LIMIT = 16 << 20


class ImageView(SeekableView):
    def __init__(self, fp: BinaryIO, real_size: int, virtual_size: int,
                 redirect: tuple[int, int, int] | None = None) -> None:
        """redirect: (offset seen, offset read, length) of one remapped byte range."""
        super().__init__()
        self._fp = fp
        self._real = real_size
        self._size = max(real_size, virtual_size)
        self._redirect = redirect
        self._pos = 0

    def _read_real(self, offset: int, length: int) -> bytes:
        if offset >= self._real or length <= 0:
            return b""
        self._fp.seek(offset)
        return self._fp.read(min(length, self._real - offset))

    def _read_mapped(self, offset: int, length: int) -> bytes:
        if self._redirect is not None:
            seen, read_from, span = self._redirect
            if offset < seen + span and offset + length > seen:
                parts = []
                if offset < seen:
                    parts.append(self._read_real(offset, seen - offset))
                lo = max(offset, seen)
                hi = min(offset + length, seen + span)
                mapped = self._read_real(read_from + (lo - seen), hi - lo)
                parts.append(mapped.ljust(hi - lo, b"\0"))
                if offset + length > seen + span:
                    parts.append(self._read_real(seen + span, offset + length - seen - span))
                return b"".join(parts)
        return self._read_real(offset, length)

    def read(self, size: int = -1) -> bytes:
        # A damaged directory record can ask for gigabytes past the real end; io.RawIOBase
        # would allocate all of it before readinto runs. Past the end, answer short.
        remaining = max(0, self._size - self._pos)
        wanted = remaining if size is None or size < 0 else min(size, remaining)
        past_end = max(0, self._pos + wanted - max(self._real, self._pos))
        if past_end > _ZERO_FILL_LIMIT:
            wanted -= past_end - _ZERO_FILL_LIMIT
        buffer = bytearray(wanted)
        count = self.readinto(buffer)
        return bytes(buffer[:count])

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        length = min(len(buffer), self._size - self._pos)
        if length <= 0:
            return 0
        data = self._read_mapped(self._pos, length).ljust(length, b"\0")
        buffer[:length] = data
        self._pos += length
        return length
