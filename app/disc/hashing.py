"""One sequential pass over an image: the image's digest and every file's, with flat memory.

The image digest and the files' digests run on two threads: hashlib releases the GIL on large
buffers, so two cores keep the pass close to the speed of a single `openssl dgst` over the same
bytes. An image file is mapped a window at a time (no copy into our buffers, and only one window
resident); a device, or anything that cannot be mapped, is read in chunks instead, the next
chunk read while the last one is hashed.
"""

from __future__ import annotations

import hashlib
import itertools
import mmap
import os
import stat
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from app.core.entities import DiscFile
from app.core.progress import CancelToken, ProgressSink, no_progress

CHUNK = 4 << 20
WINDOW = 16 << 20  # a multiple of every platform's mmap allocation granularity
HEAD = 512  # bytes kept of each file's start, enough to tell its format


def sm3_available() -> bool:
    return "sm3" in hashlib.algorithms_available


class Digests:
    """sha256, and sm3 when asked for, updated together."""

    def __init__(self, sm3: bool) -> None:
        self.hashes: list[Any] = [hashlib.sha256()]
        if sm3:
            self.hashes.append(hashlib.new("sm3"))

    def update(self, data: memoryview | bytes) -> None:
        for h in self.hashes:
            h.update(data)

    @property
    def sha256(self) -> str:
        return str(self.hashes[0].hexdigest())

    @property
    def sm3(self) -> str | None:
        return str(self.hashes[1].hexdigest()) if len(self.hashes) > 1 else None


@dataclass
class _FileState:
    file: DiscFile
    digests: Digests
    read: int = 0
    head: bytearray = field(default_factory=bytearray)

    def feed(self, data: memoryview) -> None:
        self.digests.update(data)
        self.read += len(data)
        if len(self.head) < HEAD:
            self.head += data[: HEAD - len(self.head)]

    def finish(self, heads: dict[int, bytes]) -> None:
        self.file.bytes_read = self.read
        complete = self.read >= self.file.size
        self.file.sha256 = self.digests.sha256 if complete else None
        self.file.sm3 = self.digests.sm3 if complete else None
        heads[id(self.file)] = bytes(self.head)


@dataclass
class PassResult:
    sha256: str
    sm3: str | None
    bytes_read: int
    heads: dict[int, bytes]  # id(DiscFile) -> first bytes

    def head_of(self, file: DiscFile) -> bytes:
        return self.heads.get(id(file), b"")


def _in_order(extents: list[tuple[int, int]]) -> bool:
    return all(a[0] + a[1] <= b[0] for a, b in itertools.pairwise(extents))


class _Sweep:
    """Hands each chunk's bytes to the files whose extents cover them, in disc order."""

    def __init__(self, states: Iterable[_FileState]) -> None:
        spans = [(offset, offset + length, state)
                 for state in states for offset, length in state.file.extents if length > 0]
        spans.sort(key=lambda s: s[0])
        self._spans = spans
        self._next = 0
        self._active: list[tuple[int, int, _FileState]] = []

    def feed(self, start: int, view: memoryview) -> None:
        end = start + len(view)
        spans, active = self._spans, self._active
        while self._next < len(spans) and spans[self._next][0] < end:
            active.append(spans[self._next])
            self._next += 1
        if not active:
            return
        keep = []
        for span in active:
            lo, hi = max(span[0], start), min(span[1], end)
            if lo < hi:
                span[2].feed(view[lo - start:hi - start])
            if span[1] > end:
                keep.append(span)
        self._active = keep


class FileDigests:
    """Every file's digests: the files laid out in disc order are fed by one sweep as the image
    passes; the rest (fragmented out of order, rare) are read apart at the end."""

    def __init__(self, files: list[DiscFile], sm3: bool) -> None:
        self.streamed = [_FileState(f, Digests(sm3)) for f in files if _in_order(f.extents)]
        self.scattered = [_FileState(f, Digests(sm3)) for f in files if not _in_order(f.extents)]
        self.sweep = _Sweep(self.streamed)

    def finish(self, fp: BinaryIO, size: int, cancel: CancelToken) -> dict[int, bytes]:
        """Read the scattered files; every file's digest and first bytes by id(DiscFile)."""
        heads: dict[int, bytes] = {}
        for state in self.scattered:
            _read_extents(fp, state, size, cancel)
        for state in (*self.streamed, *self.scattered):
            state.finish(heads)
        return heads


def hash_image(fp: BinaryIO, size: int, files: list[DiscFile], *,
               progress: ProgressSink = no_progress, cancel: CancelToken | None = None,
               sm3: bool = False, chunk: int = CHUNK, window: int = WINDOW) -> PassResult:
    """Read the image once from start to end; digest it and every file inside it."""
    cancel = cancel or CancelToken()
    image = Digests(sm3)
    file_digests = FileDigests(files, sm3)
    progress(0, size, "hash")
    fileno = _mappable(fp)
    if fileno is not None:
        done = _mapped_pass(fileno, size, image, file_digests.sweep, progress, cancel, window)
    else:
        done = _read_pass(fp, size, image, file_digests.sweep, progress, cancel, chunk)
    heads = file_digests.finish(fp, size, cancel)
    return PassResult(image.sha256, image.sm3, done, heads)


def _mappable(fp: BinaryIO) -> int | None:
    try:
        fileno = fp.fileno()
        return fileno if stat.S_ISREG(os.fstat(fileno).st_mode) else None
    except (OSError, AttributeError, ValueError):
        return None


def _mapped_pass(fileno: int, size: int, image: Digests, sweep: _Sweep,
                 progress: ProgressSink, cancel: CancelToken, window_size: int) -> int:
    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hash") as pool:
        while done < size:
            cancel.raise_if_cancelled()
            length = min(window_size, size - done)
            try:
                window = mmap.mmap(fileno, length, offset=done, access=mmap.ACCESS_READ)
            except (OSError, ValueError):
                return done  # the caller's read pass would fail the same way; stop here
            view = memoryview(window)
            try:
                job = pool.submit(image.update, view)
                sweep.feed(done, view)
                job.result()
            finally:
                view.release()
                window.close()
            done += length
            progress(done, size, "hash")
    return done


def _read_pass(fp: BinaryIO, size: int, image: Digests, sweep: _Sweep,
               progress: ProgressSink, cancel: CancelToken, chunk: int) -> int:
    buffers = [bytearray(chunk), bytearray(chunk)]
    total = size
    fp.seek(0)
    done = 0
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="hash") as pool:
        which = 0
        count = fp.readinto(buffers[which]) or 0  # type: ignore[attr-defined]
        while count:
            cancel.raise_if_cancelled()
            view = memoryview(buffers[which])[:count]
            jobs = [pool.submit(image.update, view), pool.submit(sweep.feed, done, view)]
            which ^= 1
            following = fp.readinto(buffers[which]) or 0  # type: ignore[attr-defined]
            for job in jobs:
                job.result()
            view.release()
            done += count
            count = following
            progress(done, total, "hash")
    return done


def _read_extents(fp: BinaryIO, state: _FileState, size: int, cancel: CancelToken) -> None:
    """Files whose extents are out of disc order (rare fragmented UDF files) are read apart."""
    for offset, length in state.file.extents:
        position, left = offset, min(length, max(0, size - offset))
        while left > 0:
            cancel.raise_if_cancelled()
            fp.seek(position)
            data = fp.read(min(left, CHUNK))
            if not data:
                break
            state.feed(memoryview(data))
            position += len(data)
            left -= len(data)


def hash_files(paths: list[tuple[DiscFile, str]], *, progress: ProgressSink = no_progress,
               cancel: CancelToken | None = None, sm3: bool = False) -> dict[int, bytes]:
    """Digest files that live apart (a mounted folder); returns their first bytes."""
    cancel = cancel or CancelToken()
    total = sum(f.size for f, _ in paths)
    done = 0
    heads: dict[int, bytes] = {}
    buffer = bytearray(CHUNK)
    progress(0, total, "hash")
    for disc_file, local in paths:
        state = _FileState(disc_file, Digests(sm3))
        try:
            with open(local, "rb") as fp:
                while True:
                    cancel.raise_if_cancelled()
                    count = fp.readinto(buffer)  # type: ignore[attr-defined]
                    if not count:
                        break
                    state.feed(memoryview(buffer)[:count])
                    done += count
                    progress(done, total, "hash")
        except OSError:
            pass  # what was read is what there is; the caller reports the shortfall
        state.finish(heads)
    return heads


def _open_binary(path: str) -> BinaryIO:
    return open(path, "rb")
