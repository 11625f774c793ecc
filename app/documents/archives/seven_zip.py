"""7z members through py7zr: listed from the header, unpacked in one pass in the archive's
order (a solid block can only be read from its start), each pushed to its sink."""

from __future__ import annotations

import io
import lzma
import zlib
from typing import BinaryIO

import py7zr
import py7zr.exceptions
import py7zr.io
from py7zr.archiveinfo import HeaderStreamsInfo
from py7zr.properties import PROPERTY

from app.documents.archives.base import ArchiveListing, Member, MemberSink, MemberTooLarge, OpenSink

_ERRORS = (py7zr.exceptions.ArchiveError, lzma.LZMAError, zlib.error, EOFError, OSError,
           ValueError, KeyError, IndexError, TypeError, AttributeError, MemoryError,
           NotImplementedError)


# A header listing 5,000 members with long names is under 1 MiB; py7zr holds a header, plain or
# unpacked, whole in memory (and builds ~700 bytes of objects per member listed in it).
MAX_HEADER = 4 << 20


def _header_size(stream: BinaryIO) -> int:
    """What the archive's header will take in memory: the size its start header gives it, or,
    for an encoded (compressed) header, the sizes it unpacks to. py7zr reads either whole
    before anything can be refused; a 38 KB archive can declare a 256 MiB header."""
    stream.seek(0)
    start = stream.read(32)
    stream.seek(0)
    if len(start) < 32:
        return 0
    offset = int.from_bytes(start[12:20], "little")
    size = int.from_bytes(start[20:28], "little")
    if size > MAX_HEADER:
        return size
    stream.seek(32 + offset)
    raw = stream.read(size)
    stream.seek(0)
    if raw[:1] != PROPERTY.ENCODED_HEADER:
        return size
    try:
        streams = HeaderStreamsInfo.retrieve(io.BytesIO(raw[1:]))
        return sum(folder.get_unpack_size() for folder in streams.unpackinfo.folders)
    except _ERRORS:
        return 0  # not a header we can weigh: py7zr will call it damaged


def list_members(stream: BinaryIO) -> ArchiveListing:
    listing = ArchiveListing(kind="7z")
    header = _header_size(stream)
    if header > MAX_HEADER:
        listing.listed = True
        listing.unsafe, listing.unsafe_params = "header", {"header": header}
        return listing
    try:
        with py7zr.SevenZipFile(stream) as archive:
            encrypted = archive.needs_password()
            infos = archive.list()
    except py7zr.exceptions.PasswordRequired:
        listing.names_hidden = True  # the header itself is encrypted
        return listing
    except _ERRORS:
        listing.damaged = True
        return listing
    for info in infos:
        name = info.filename.replace("\\", "/").strip("/")
        if not name or info.is_directory or info.is_symlink:
            continue
        listing.members.append(Member(name, info.uncompressed, info.compressed or 0,
                                      encrypted, True, info.creationtime, info.filename))
    listing.listed = True
    return listing


class _Writer(py7zr.io.Py7zIO):
    """py7zr's view of one member's sink."""

    def __init__(self, sink: MemberSink | None) -> None:
        self.sink = sink
        self.written = 0
        self.closed = False

    def write(self, s: bytes | bytearray) -> int:
        if self.sink is not None:
            self.sink.write(bytes(s))
        self.written += len(s)
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.sink is not None and not self.closed:
            self.sink.close()
        self.closed = True

    def size(self) -> int:
        return self.written


class _Factory(py7zr.io.WriterFactory):
    def __init__(self, members: list[Member], open_sink: OpenSink) -> None:
        self.waiting = {m.key: m for m in members}
        self.open_sink = open_sink
        self.writers: list[_Writer] = []

    def create(self, filename: str) -> py7zr.io.Py7zIO:
        member = self.waiting.pop(filename, None)
        writer = _Writer(self.open_sink(member) if member is not None else None)
        self.writers.append(writer)
        return writer


def unpack(stream: BinaryIO, members: list[Member], open_sink: OpenSink) -> None:
    factory = _Factory(members, open_sink)
    why = ""
    try:
        with py7zr.SevenZipFile(stream) as archive:
            archive.extract(targets=[m.key for m in members], factory=factory)
    except MemberTooLarge:
        why = "too_large"
    except py7zr.exceptions.PasswordRequired:
        why = "encrypted"
    except _ERRORS:
        why = "damaged"
    for writer in factory.writers:
        if writer.sink is not None and not writer.closed:
            writer.closed = True
            if why:
                writer.sink.fail(why)
            else:
                writer.sink.close()
    for member in factory.waiting.values():  # an empty member, or one the failure cut off
        sink = open_sink(member)
        if not why and member.size == 0:
            sink.close()
        else:
            sink.fail(why or "damaged")
