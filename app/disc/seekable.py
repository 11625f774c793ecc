"""The position keeping every read-only view of a file in this package shares: a stream of a
known size that readers (pycdlib, zipfile, py7zr, rarfile) seek about in."""

from __future__ import annotations

import bisect
import io
from collections.abc import Sequence
from typing import BinaryIO


class SeekableView(io.RawIOBase):
    """Subclasses set _size and implement readinto() from _pos."""

    _size = 0
    _pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise OSError("negative seek position")
        self._pos = base + offset
        return self._pos


class JoinedStream(SeekableView):
    """Several streams read as one, in order: a split archive's pieces (案例.7z.001, .002 …)."""

    def __init__(self, parts: Sequence[tuple[BinaryIO, int]]) -> None:
        self._parts = list(parts)
        self._starts = []
        total = 0
        for _, size in self._parts:
            self._starts.append(total)
            total += size
        self._size = total

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            index = bisect.bisect_right(self._starts, self._pos) - 1
            stream, size = self._parts[index]
            inside = self._pos - self._starts[index]
            stream.seek(inside)
            data = stream.read(min(len(view) - done, size - inside))
            if not data:
                break  # a piece shorter than it said: what follows is not there
            view[done:done + len(data)] = data
            done += len(data)
            self._pos += len(data)
        return done

    def close(self) -> None:
        for stream, _ in self._parts:
            stream.close()
        super().close()
