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
from dataclasses import dataclass
from typing import Any, BinaryIO

from app.core.entities import DiscFile
from app.core.progress import CancelToken, ProgressSink, no_progress
from app.documents.formats import sniff

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


class _FileState:
    """One file's digests while the pass is inside it: made when its first byte comes, and
    given up with its first bytes' format once its last byte has, so a disc of 100,000 files
    holds a digest only for the few the pass is in."""

    __slots__ = ("digests", "done", "file", "head", "last_end", "read", "sm3")

    def __init__(self, file: DiscFile, sm3: bool) -> None:
        self.file = file
        self.sm3 = sm3
        self.last_end = max((o + n for o, n in file.extents if n > 0), default=0)
        self.digests: Digests | None = None
        self.read = 0
        self.head = bytearray()
        self.done = False

    def feed(self, data: memoryview) -> None:
        if self.digests is None:
            self.digests = Digests(self.sm3)
        self.digests.update(data)
        self.read += len(data)
        if len(self.head) < HEAD:
            self.head += data[: HEAD - len(self.head)]

    def finish(self, kinds: dict[int, str]) -> None:
        if self.done:
            return
        self.done = True
        self.file.bytes_read = self.read
        complete = self.read >= self.file.size
        digests = self.digests or Digests(self.sm3)
        self.file.sha256 = digests.sha256 if complete else None
        self.file.sm3 = digests.sm3 if complete else None
        kinds[id(self.file)] = sniff(bytes(self.head), self.file.size)
        self.digests = None
        self.head = bytearray()


@dataclass
class PassResult:
    sha256: str
    sm3: str | None
    bytes_read: int
    kinds: dict[int, str]  # id(DiscFile) -> the format its first bytes show (formats.sniff)


def _in_order(extents: list[tuple[int, int]]) -> bool:
    return all(a[0] + a[1] <= b[0] for a, b in itertools.pairwise(extents))


class _Sweep:
    """Hands each chunk's bytes to the files whose extents cover them, in disc order, and
    finishes each file as soon as its last byte has passed."""

    def __init__(self, states: Iterable[_FileState], kinds: dict[int, str]) -> None:
        spans = [(offset, offset + length, state)
                 for state in states for offset, length in state.file.extents if length > 0]
        spans.sort(key=lambda s: s[0])
        self._spans = spans
        self._next = 0
        self._active: list[tuple[int, int, _FileState]] = []
        self._kinds = kinds

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
            elif span[1] == span[2].last_end:
                span[2].finish(self._kinds)
        self._active = keep


class FileDigests:
    """Every file's digests: the files laid out in disc order are fed by one sweep as the image
    passes; the rest (fragmented out of order, rare) are read apart at the end."""

    def __init__(self, files: list[DiscFile], sm3: bool) -> None:
        self.kinds: dict[int, str] = {}
        self.streamed = [_FileState(f, sm3) for f in files if _in_order(f.extents)]
        self.scattered = [_FileState(f, sm3) for f in files if not _in_order(f.extents)]
        self.sweep = _Sweep(self.streamed, self.kinds)

    def finish(self, fp: BinaryIO, size: int, cancel: CancelToken) -> dict[int, str]:
        """Read the scattered files; every file's format by id(DiscFile)."""
        for state in self.scattered:
            _read_extents(fp, state, size, cancel)
            state.finish(self.kinds)
        for state in self.streamed:
            state.finish(self.kinds)  # those whose last byte lies past the image's end
        return self.kinds


def hash_image(fp: BinaryIO, size: int, files: list[DiscFile], *,
               progress: ProgressSink = no_progress, cancel: CancelToken | None = None,
               sm3: bool = False, chunk: int = CHUNK, window: int = WINDOW,
               copy_to: int | None = None) -> PassResult:
    """Read the image once from start to end; digest it and every file inside it, and write
    it to the descriptor copy_to (the archive's copy) in the same pass."""
    cancel = cancel or CancelToken()
    sink = _Sink(Digests(sm3), FileDigests(files, sm3), copy_to)
    progress(0, size, "hash")
    fileno = _mappable(fp)
    if fileno is not None:
        done = _mapped_pass(fileno, size, sink, progress, cancel, window)
    else:
        done = _read_pass(fp, size, sink, progress, cancel, chunk)
    kinds = sink.files.finish(fp, size, cancel)
    return PassResult(sink.image.sha256, sink.image.sm3, done, kinds)


@dataclass
class _Sink:
    """Where each stretch of the image goes: its digest, its files' digests, the copy."""

    image: Digests
    files: FileDigests
    copy_to: int | None

    def take(self, pool: ThreadPoolExecutor, offset: int, view: memoryview) -> None:
        jobs = [pool.submit(self.image.update, view)]
        if self.copy_to is not None:
            jobs.append(pool.submit(_write_all, self.copy_to, view))
        self.files.sweep.feed(offset, view)
        for job in jobs:
            job.result()


class CopyNotWritten(OSError):
    """Writing the copy failed: our disk's fault (full, failing), not the source's."""


def _write_all(fd: int, view: memoryview) -> None:
    written = 0
    try:
        while written < len(view):
            written += os.write(fd, view[written:])
    except OSError as exc:
        raise CopyNotWritten(exc.errno, exc.strerror) from exc


def _mappable(fp: BinaryIO) -> int | None:
    try:
        fileno = fp.fileno()
        return fileno if stat.S_ISREG(os.fstat(fileno).st_mode) else None
    except (OSError, AttributeError, ValueError):
        return None


def _map(fileno: int, length: int, offset: int) -> mmap.mmap:
    """A window of the image, read-only. On Linux its page tables are filled as it is mapped
    (MAP_POPULATE): the two hashing threads would otherwise take a page fault every 4 KiB."""
    populate = getattr(mmap, "MAP_POPULATE", 0)
    if populate:
        return mmap.mmap(fileno, length, flags=mmap.MAP_SHARED | populate,
                         prot=mmap.PROT_READ, offset=offset)
    return mmap.mmap(fileno, length, offset=offset, access=mmap.ACCESS_READ)


def _mapped_pass(fileno: int, size: int, sink: _Sink, progress: ProgressSink,
                 cancel: CancelToken, window_size: int) -> int:
    done = 0
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="hash") as pool:
        while done < size:
            cancel.raise_if_cancelled()
            length = min(window_size, size - done)
            try:
                window = _map(fileno, length, done)
            except (OSError, ValueError):
                return done  # the caller's read pass would fail the same way; stop here
            view = memoryview(window)
            try:
                sink.take(pool, done, view)
            finally:
                view.release()
                window.close()
            done += length
            progress(done, size, "hash")
    return done


def _read_pass(fp: BinaryIO, size: int, sink: _Sink, progress: ProgressSink,
               cancel: CancelToken, chunk: int) -> int:
    buffers = [bytearray(chunk), bytearray(chunk)]
    fp.seek(0)
    done = 0
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="hash") as pool:
        which = 0
        count = fp.readinto(buffers[which]) or 0  # type: ignore[attr-defined]
        while count:
            cancel.raise_if_cancelled()
            view = memoryview(buffers[which])[:count]
            ahead = pool.submit(fp.readinto, buffers[which ^ 1])  # type: ignore[attr-defined]
            sink.take(pool, done, view)
            which ^= 1
            following = ahead.result() or 0
            view.release()
            done += count
            count = following
            progress(done, size, "hash")
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
               cancel: CancelToken | None = None, sm3: bool = False) -> dict[int, str]:
    """Digest files that live apart (a mounted folder); returns their formats."""
    cancel = cancel or CancelToken()
    total = sum(f.size for f, _ in paths)
    done = 0
    kinds: dict[int, str] = {}
    buffer = bytearray(CHUNK)
    progress(0, total, "hash")
    for disc_file, local in paths:
        state = _FileState(disc_file, sm3)
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
        state.finish(kinds)
    return kinds


def _open_binary(path: str) -> BinaryIO:
    return open(path, "rb")
