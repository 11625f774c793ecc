"""Archive members as files of the disc: each archive on the disc (and each archive inside one,
one level down) is listed and unpacked as a stream; every member gets its digest and type, and
the members the checks open are kept in a private temporary folder until the check is done.

Members that cannot be had (a password, a compressed RAR) are still listed with their sizes so
they tie to their cases; the archive's finding says why their content was not checked.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.core.findings import Finding
from app.core.linking import Item
from app.core.roles import (
    ARCHIVE_TYPES,
    EDITABLE_TYPES,
    IMAGE_TYPES,
    SCAN_TYPES,
    WORKBOOK_TYPES,
)
from app.disc.content import MAX_CHECKED
from app.disc.seekable import JoinedStream
from app.documents.archives.base import ArchiveListing, Member, MemberTooLarge
from app.documents.archives.reading import (
    MAX_MEMBER,
    MAX_TOTAL,
    list_archive,
    list_volume_set,
    unpack,
)
from app.documents.archives.volumes import VolumeSet, volume_sets
from app.documents.formats import file_type, package_type, sniff
from app.services.reviews import FileReview
from app.store.leftovers import temp_prefix

# What the checks open: kept for them; anything else is only digested as it passes.
# (ooxml, odf, ole2: containers whose package type is only known once they are opened.)
OPENED_TYPES = EDITABLE_TYPES | SCAN_TYPES | IMAGE_TYPES | WORKBOOK_TYPES | ARCHIVE_TYPES | {
    "ooxml", "odf", "ole2"}
MAX_KEPT = 1 << 30  # bytes of members kept on disk for one disc (or one mail)
# What all the archives of one disc (or one mail) may expand to, whatever each may alone:
# sixteen 2 GiB bombs are one disc's 4 GiB, not 32.
MAX_SOURCE_BYTES = 4 << 30
MAX_SOURCE_MEMBERS = 20_000
# Wall time all the archives of one disc (or mail) may take to expand: 4 GiB takes about 15 s
# here; a slow desk gets eight times that before the rest is refused.
MAX_SOURCE_SECONDS = 120.0
_HEAD = 512


class MemberStore:
    """Where the kept members lie, and what became of every member; removed on close."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self.kept: dict[str, Path | None] = {}  # member path -> its copy (None: not kept)
        self.locked: set[str] = set()  # listed, content not to be had
        self.archive_of: dict[str, str] = {}  # member path -> the archive holding it
        self.kept_bytes = 0
        self._numbers = itertools.count()

    def new_file(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix=temp_prefix("members")))
        return self._folder / f"{next(self._numbers)}.bin"

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


class _Sink:
    """One member passing through: digested, its head sniffed, kept when the checks open it."""

    def __init__(self, store: MemberStore, member: Member, path: str, budget: list[int],
                 deadline: float, done: Callable[[_Sink], None]) -> None:
        self.store, self.member, self.path = store, member, path
        self.budget = budget  # bytes the archive may still expand to (shared by its members)
        self.deadline = deadline  # time.monotonic() past which the source's expansion stops
        self.done = done
        self.digest = hashlib.sha256()
        self.head = b""
        self.size = 0
        self.copy: Path | None = None
        self._file: BinaryIO | None = None
        self._decided = False
        self._pending = b""
        self.why = ""

    def write(self, data: bytes) -> None:
        self.size += len(data)
        self.budget[0] -= len(data)
        if self.size > MAX_MEMBER or self.budget[0] < 0 or time.monotonic() > self.deadline:
            raise MemberTooLarge(self.path)
        self.digest.update(data)
        if not self._decided:
            self._pending += data  # at most the head and one chunk
            if len(self._pending) >= _HEAD:
                self._decide()
        elif self._file is not None:
            if self.size > MAX_CHECKED:
                self._drop()
            else:
                self._file.write(data)

    def _decide(self) -> None:
        self._decided = True
        self.head = self._pending[:_HEAD]
        kind = file_type(self.member.path, sniff(self.head, self.member.size))
        room = self.store.kept_bytes + self.member.size <= MAX_KEPT
        if kind in OPENED_TYPES and self.member.size <= MAX_CHECKED and room:
            self.copy = self.store.new_file()
            self._file = self.copy.open("wb")
            self._file.write(self._pending)
        self._pending = b""

    def _drop(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if self.copy is not None:
            self.copy.unlink(missing_ok=True)
            self.copy = None

    def close(self) -> None:
        if not self._decided:
            self._decide()
        if self._file is not None:
            self._file.close()
            self._file = None
            self.store.kept_bytes += self.size
        self.done(self)

    def fail(self, why: str) -> None:
        self._drop()
        self.why = why
        self.done(self)


class _Expansion:
    def __init__(self, store: MemberStore, reviews: dict[str, FileReview],
                 findings: list[Finding]) -> None:
        self.store, self.reviews, self.findings = store, reviews, findings
        self.added: list[Item] = []
        self.bytes_left = MAX_SOURCE_BYTES
        self.members_left = MAX_SOURCE_MEMBERS
        self.deadline = time.monotonic() + MAX_SOURCE_SECONDS

    def _out_of_time(self) -> bool:
        return time.monotonic() > self.deadline

    def archive(self, path: str, kind: str, stream: BinaryIO,
                listing: ArchiveListing | None = None) -> None:
        """List the archive (unless `listing` is given: a volume set's) and unpack what can
        be unpacked from the stream."""
        review = self.reviews.setdefault(path, FileReview())
        if self._out_of_time():
            review.archive = ArchiveListing(kind=kind, listed=True)
            self._over_budget(review.archive, "source_time")
            return
        listing = listing or list_archive(stream, kind)
        review.archive = listing
        declared = sum(m.size for m in listing.members)
        if len(listing.members) > self.members_left or declared > self.bytes_left:
            self._over_budget(listing, "source_budget")
            return
        self.members_left -= len(listing.members)
        for member in listing.locked:
            self._locked(path, member)
        budget = [min(MAX_TOTAL, self.bytes_left)]  # what members declare may be a lie
        start = budget[0]
        unpack(stream, listing, lambda member: _Sink(
            self.store, member, f"{path}!/{member.path}", budget, self.deadline,
            lambda sink: self._finished(path, listing, sink)))
        self.bytes_left -= start - max(budget[0], 0)

    @staticmethod
    def _over_budget(listing: ArchiveListing, why: str) -> None:
        listing.unsafe = why
        listing.unsafe_params = {"gib": MAX_SOURCE_BYTES >> 30, "members": MAX_SOURCE_MEMBERS,
                                 "minutes": MAX_SOURCE_SECONDS / 60}
        listing.members = []

    def _locked(self, archive: str, member: Member) -> None:
        path = f"{archive}!/{member.path}"
        self.store.locked.add(path)
        self.store.archive_of[path] = archive
        self.added.append(Item(path, file_type(member.path, ""), member.size, None,
                               member.modified))

    def _finished(self, archive: str, listing: ArchiveListing, sink: _Sink) -> None:
        if sink.why == "encrypted":
            sink.member.encrypted = True
            self._locked(archive, sink.member)
            return
        if sink.why == "too_large":
            if self._out_of_time():
                listing.unsafe = "source_time"
                listing.unsafe_params = {"minutes": MAX_SOURCE_SECONDS / 60}
            listing.unsafe = listing.unsafe or "member_size"
            listing.unsafe_params = listing.unsafe_params or {"member": sink.member.path}
            return
        if sink.why:
            self.findings.append(Finding("file_unreadable", sink.path, "",
                                         {"why": "member_damaged"}))
            return
        kind = sniff(sink.head, sink.size)
        if kind in ("ooxml", "zip", "odf") and sink.copy is not None:
            with sink.copy.open("rb") as stream:
                kind = package_type(stream) or kind
        self.store.kept[sink.path] = sink.copy
        self.store.archive_of[sink.path] = archive
        self.added.append(Item(sink.path, file_type(sink.member.path, kind), sink.size,
                               sink.digest.hexdigest(), sink.member.modified))


def _expand_volumes(expansion: _Expansion, volumes: VolumeSet, sizes: dict[str, int],
                    open_file: Callable[[str], BinaryIO], reviews: dict[str, FileReview],
                    findings: list[Finding]) -> None:
    """A split archive read as one stream over its pieces, listed under its first piece's
    path; RAR volumes each listed as far as it goes, as one archive. A set with a
    volume missing cannot be opened: said, with the numbers missing."""
    first = volumes.paths[0]
    if volumes.missing:
        findings.append(Finding("archive_multivolume", first, f"missing {volumes.missing}",
                                {"missing": volumes.missing, "present": len(volumes.paths)}))
        return
    try:
        if volumes.split:
            parts = [(open_file(path), sizes.get(path, 0)) for path in volumes.paths]
            with io.BufferedReader(JoinedStream(parts), 1 << 16) as joined:
                expansion.archive(first, volumes.kind, joined)  # type: ignore[arg-type]
        else:
            with contextlib.ExitStack() as opened:
                streams = [opened.enter_context(open_file(path)) for path in volumes.paths]
                expansion.archive(first, "rar", streams[0], list_volume_set(streams))
    except OSError:
        reviews.setdefault(first, FileReview()).error = "read_failed"


def expand_archives(items: list[Item], open_file: Callable[[str], BinaryIO],
                    store: MemberStore, reviews: dict[str, FileReview],
                    findings: list[Finding]) -> list[Item]:
    """The members of every archive among the items, and of archives inside those (one level;
    deeper ones are listed as files). open_file opens a disc file by its path; OSError from it
    is the caller's finding on that file."""
    expansion = _Expansion(store, reviews, findings)
    sets = volume_sets([item.path for item in items])
    in_sets = {path for volumes in sets for path in volumes.paths}
    for item in items:
        if item.type not in ARCHIVE_TYPES or item.path in in_sets:
            continue
        try:
            with open_file(item.path) as stream:
                expansion.archive(item.path, item.type or "zip", stream)
        except OSError:
            reviews.setdefault(item.path, FileReview()).error = "read_failed"
    sizes = {item.path: item.size for item in items}
    for volumes in sets:
        _expand_volumes(expansion, volumes, sizes, open_file, reviews, findings)
    outer = list(expansion.added)
    for item in outer:
        copy = store.kept.get(item.path)
        if item.type in ARCHIVE_TYPES and copy is not None:
            with copy.open("rb") as stream:
                expansion.archive(item.path, item.type or "zip", stream)
    return expansion.added
