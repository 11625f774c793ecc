"""The position keeping every read-only view of a file in this package shares: a stream of a
known size that readers (pycdlib, zipfile, py7zr, rarfile) seek about in."""

from __future__ import annotations

import io


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
