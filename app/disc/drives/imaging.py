"""Copy a disc from its drive into an image file in one sequential pass, ddrescue-like.

Optical drives seek slowly and scratched discs have sectors that do not read. So the disc is
read from start to end in large reads; a large read that fails is skipped and retried after the
pass in smaller reads, down to single sectors, and what still fails is left as zeros in the image
and recorded in the map (rescue_map.py). The map is saved every few seconds after the image is
made durable, so an interrupted run resumes where it stopped.

The same pass digests the image and, as soon as the copied part holds the directory structure,
every file on it: nothing is read from the drive twice. Bytes the pass cannot digest in order
(a resumed run, a retried area) are digested from the image file afterwards, which is local.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.core.entities import DiscFile
from app.core.progress import CancelToken, ProgressSink, no_progress
from app.disc.drives.block_source import SECTOR, BlockSource, aligned_buffer
from app.disc.drives.rescue_map import BAD, DONE, NOT_TRIED, RETRY, RescueMap, Span
from app.disc.hashing import Digests, FileDigests
from app.disc.volume import VolumeRead, read_volume
from app.errors import DriveLost, os_reason

CHUNK = 4 << 20  # one large read: a multiple of every sector size
RETRY_READ = 64 << 10  # the first retry of a failed area, before single sectors
SECTOR_RETRIES = 2  # a sector that fails this many more times is given up
CHECKPOINT_SECONDS = 5.0
FIRST_LOOK = 1 << 20  # the copied bytes at which the directory structure is first looked for
# UDF keeps anchors in the last sectors (N-257 and N-1), and pycdlib will not open a UDF hybrid
# without two of them: the tail is read first, one seek, so the directories can be read early.
TAIL = 258 * SECTOR
# The medium or the drive went away: stop, keep the map, and say so.
GONE = {getattr(errno, name) for name in ("ENOMEDIUM", "ENODEV", "ENXIO") if hasattr(errno, name)}


@dataclass
class Imaged:
    path: Path
    map_path: Path
    size: int
    sha256: str
    sm3: str | None
    bad: list[Span]  # unreadable areas, left as zeros in the image
    structure: VolumeRead
    kinds: dict[int, str]  # id(DiscFile) -> the format its first bytes show
    read_from_source: int = 0  # bytes this run read (a resumed run reads less)
    seconds: float = 0.0
    resumed: bool = False
    structure_at: int = 0  # bytes copied when the directories were read
    was_complete: bool = False  # an earlier run had read it all: nothing was read again

    @property
    def bad_sectors(self) -> int:
        return sum(-(-s.length // SECTOR) for s in self.bad)


class _NotYet(Exception):
    """The structure reader asked for bytes the pass has not copied yet."""


class _CopiedPart:
    """The image file as far as it is copied: what the structure reader sees mid-pass."""

    def __init__(self, fp: BinaryIO, size: int, copied: Callable[[int, int], bool]) -> None:
        self._fp = fp
        self._size = size
        self._copied = copied
        self._pos = 0

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._size}[whence]
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def read(self, size: int = -1) -> bytes:
        end = self._size if size is None or size < 0 else min(self._size, self._pos + size)
        if end > self._pos and not self._copied(self._pos, end):
            raise _NotYet()
        self._fp.seek(self._pos)
        data = self._fp.read(max(0, end - self._pos))
        self._pos += len(data)
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


@dataclass
class _InOrder:
    """Digests of the image and its files, fed strictly in disc order."""

    size: int
    sm3: bool
    pool: ThreadPoolExecutor
    image: Digests = field(init=False)
    files: FileDigests | None = None
    position: int = 0

    def __post_init__(self) -> None:
        self.image = Digests(self.sm3)

    def feed(self, offset: int, view: memoryview,
             alongside: Callable[[], object] | None = None) -> bool:
        """Digest the bytes if they are next in order; `alongside` runs meanwhile (the write
        of the same bytes), whether or not they were."""
        if offset != self.position:
            if alongside is not None:
                alongside()
            return False
        jobs: list[Future[None]] = [self.pool.submit(self.image.update, view)]
        if self.files is not None:
            jobs.append(self.pool.submit(self.files.sweep.feed, offset, view))
        if alongside is not None:
            alongside()
        for job in jobs:
            job.result()
        self.position += len(view)
        return True

    def attach(self, files: list[DiscFile], local: BinaryIO) -> None:
        """Start the files' digests, first over the part already digested."""
        self.files = FileDigests(files, self.sm3)
        _each_chunk(local, 0, self.position, self.files.sweep.feed)

    def catch_up(self, local: BinaryIO, until: int) -> None:
        if until > self.position:
            _each_chunk(local, self.position, until, self.feed)

    def finish(self, local: BinaryIO) -> dict[int, str]:
        return self.files.finish(local, self.size, CancelToken()) if self.files else {}


def _each_chunk(local: BinaryIO, start: int, end: int,
                use: Callable[[int, memoryview], object]) -> None:
    view = memoryview(bytearray(CHUNK))
    at = start
    while at < end:
        local.seek(at)
        count = local.readinto(view[:min(CHUNK, end - at)])  # type: ignore[attr-defined]
        if not count:
            break
        use(at, view[:count])
        at += count


def _write_at(fd: int, offset: int, view: memoryview) -> None:
    written = 0
    while written < len(view):
        if hasattr(os, "pwrite"):
            written += os.pwrite(fd, view[written:], offset + written)
        else:
            os.lseek(fd, offset + written, os.SEEK_SET)
            written += os.write(fd, view[written:])


def _chunks(spans: list[Span], size: int) -> list[tuple[int, int]]:
    pieces = []
    for span in spans:
        at = span.start
        while at < span.end:
            step = min(size, span.end - at)
            pieces.append((at, step))
            at += step
    return pieces


def _clipped(spans: list[Span], start: int, end: int) -> list[Span]:
    return [Span(max(s.start, start), min(s.end, end) - max(s.start, start), s.state)
            for s in spans if s.start < end and s.end > start]


class _Run:
    """One imaging run: the source, the image file, the map, the digests."""

    def __init__(self, source: BlockSource, target: Path, map_path: Path, progress: ProgressSink,
                 cancel: CancelToken, sm3: bool) -> None:
        self.source = source
        self.target = target
        self.map_path = map_path
        self.progress = progress
        self.cancel = cancel
        self.size = source.size
        self.map = RescueMap.load_or_new(map_path, self.size) if target.exists() \
            else RescueMap(self.size)
        if not self._same_disc():
            self.map = RescueMap(self.size)
        self.resumed = self.map.count(NOT_TRIED) < self.size
        self.was_complete = self.resumed and not self.map.of_state(NOT_TRIED) and \
            not self.map.of_state(RETRY) and not self.map.of_state(BAD)
        for span in self.map.of_state(BAD):  # another run, another chance for them
            self.map.mark(span.start, span.length, RETRY)
        self.read_from_source = 0
        self.structure: VolumeRead | None = None
        self.structure_at = 0
        self.next_look = FIRST_LOOK
        self.last_checkpoint = time.monotonic()
        self.sm3 = sm3

    def _same_disc(self) -> bool:
        """Whether the image an earlier run left is of the disc now in the drive: the volume
        descriptors, which tell discs apart, must match where both have them."""
        start, end = 16 * SECTOR, min(self.size, 48 * SECTOR)
        if self.map.count(NOT_TRIED) == self.size or not self.map.all_done_between(start, end):
            return True  # nothing to compare, or nothing kept that could be wrong
        here = bytearray(end - start)
        try:
            count = self.source.read_into(start, memoryview(here))
            with open(self.target, "rb") as kept:
                kept.seek(start)
                return bytes(here[:count]) == kept.read(count)
        except OSError:
            return False

    def run(self) -> Imaged:
        started = time.monotonic()
        fd = os.open(self.target, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            if os.fstat(fd).st_size != self.size:
                os.ftruncate(fd, self.size)  # unread areas read back as zeros
            with open(self.target, "rb", buffering=0) as local, \
                    ThreadPoolExecutor(max_workers=3, thread_name_prefix="image") as pool:
                digests = _InOrder(self.size, self.sm3, pool)
                try:
                    self._copy_pass(fd, local, digests)
                    self._retry_pass(fd)
                finally:
                    self._checkpoint(fd, digests.position, force=True)
                digests.catch_up(local, self.size)
                if self.structure is None:
                    self.structure = read_volume(local, self.size)  # type: ignore[arg-type]
                    self.structure_at = self.size
                    digests.attach(self.structure.files, local)
                kinds = digests.finish(local)
        finally:
            os.close(fd)
        bad = self.map.of_state(BAD)
        return Imaged(self.target, self.map_path, self.size, digests.image.sha256,
                      digests.image.sm3, bad, self.structure, kinds, self.read_from_source,
                      round(time.monotonic() - started, 3), self.resumed, self.structure_at,
                      self.was_complete)

    # ---- the first pass: large reads from start to end -----------------------------------

    def _copy_pass(self, fd: int, local: BinaryIO, digests: _InOrder) -> None:
        untried = self.map.of_state(NOT_TRIED)
        tail = max(0, self.size - TAIL)
        pieces = _chunks(_clipped(untried, tail, self.size), CHUNK) + \
            _chunks(_clipped(untried, 0, tail), CHUNK)
        self._report()
        buffers = [aligned_buffer(CHUNK), aligned_buffer(CHUNK)]
        reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drive")
        try:
            pending = reader.submit(self._read, pieces[0], buffers[0]) if pieces else None
            for index, piece in enumerate(pieces):
                self.cancel.raise_if_cancelled()
                assert pending is not None
                count = pending.result()
                if index + 1 < len(pieces):
                    pending = reader.submit(self._read, pieces[index + 1],
                                            buffers[(index + 1) % 2])
                offset, length = piece
                if count is None:
                    self.map.mark(offset, length, RETRY)
                    continue
                view = buffers[index % 2][:count]
                if count < length:  # the medium ends early: the rest cannot be read
                    self.map.mark(offset + count, length - count, BAD)
                if count:
                    if digests.position < offset and \
                            self.map.all_done_between(digests.position, offset):
                        digests.catch_up(local, offset)  # a resumed run's earlier part
                    digests.feed(offset, view, lambda v=view, at=offset: _write_at(fd, at, v))
                    self.map.mark(offset, count, DONE)
                self._look_for_structure(local, digests)
                self._checkpoint(fd, offset + length)
                self._report()
        finally:
            reader.shutdown(wait=True, cancel_futures=True)

    def _read(self, piece: tuple[int, int], buffer: memoryview) -> int | None:
        offset, length = piece
        try:
            count = self.source.read_into(offset, buffer[:length])
        except OSError as exc:
            if exc.errno in GONE:  # not a bad sector: every read from here on would fail
                raise DriveLost(path=self.source.path, reason=os_reason(exc)) from exc
            return None
        self.read_from_source += count
        return count

    def _look_for_structure(self, local: BinaryIO, digests: _InOrder) -> None:
        """Read the directories out of the copied part as soon as it holds them."""
        if self.structure is not None or digests.position < min(self.next_look, self.size):
            return
        view = _CopiedPart(local, self.size, self.map.all_done_between)
        try:
            structure = read_volume(view, self.size)  # type: ignore[arg-type]
        except _NotYet:
            self.next_look = digests.position * 2
            return
        self.structure = structure
        self.structure_at = digests.position
        digests.attach(structure.files, local)

    # ---- the second pass: what failed, in smaller reads ----------------------------------

    def _retry_pass(self, fd: int) -> None:
        for size in (RETRY_READ, SECTOR):
            for piece in _chunks(self.map.of_state(RETRY), size):
                self.cancel.raise_if_cancelled()
                attempts = 1 if size > SECTOR else 1 + SECTOR_RETRIES
                buffer = aligned_buffer(piece[1])
                for _ in range(attempts):
                    count = self._read(piece, buffer)
                    if count is not None:
                        break
                offset, length = piece
                if count is None:
                    self.map.mark(offset, length, RETRY if size > SECTOR else BAD)
                else:
                    if count:
                        _write_at(fd, offset, buffer[:count])
                        self.map.mark(offset, count, DONE)
                    if count < length:
                        self.map.mark(offset + count, length - count, BAD)
                self._checkpoint(fd, offset + length)
                self._report()

    # ---- keeping the state -----------------------------------------------------------------

    def _checkpoint(self, fd: int, position: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last_checkpoint < CHECKPOINT_SECONDS:
            return
        os.fsync(fd)  # the map never claims bytes the image does not durably hold
        self.map.save(self.map_path, position)
        self.last_checkpoint = now

    def _report(self) -> None:
        done = self.size - self.map.count(NOT_TRIED) - self.map.count(RETRY)
        self.progress(done, self.size, "image")


def map_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".map")


def image_disc(source: BlockSource, target: Path, *, map_path: Path | None = None,
               progress: ProgressSink = no_progress, cancel: CancelToken | None = None,
               sm3: bool = False) -> Imaged:
    """Copy the source into target; resumes from map_path when an earlier run left one.

    Raises Cancelled (the image and map stay, to resume) and OSError when the image cannot be
    written. Unreadable sectors do not raise: they are in the result and in the map.
    """
    run = _Run(source, target, map_path or map_path_for(target), progress,
               cancel or CancelToken(), sm3)
    return run.run()


def files_hit(files: list[DiscFile], bad: list[Span]) -> dict[str, int]:
    """The files an unreadable area falls in: path -> bytes of the file that were lost."""
    hit: dict[str, int] = {}
    for disc_file in files:
        lost = 0
        for offset, length in disc_file.extents:
            for span in bad:
                lo, hi = max(offset, span.start), min(offset + length, span.end)
                if lo < hi:
                    lost += hi - lo
        if lost:
            hit[disc_file.path] = lost
    return hit
