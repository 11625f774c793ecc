"""ZIP members through the standard library's zipfile, streamed from the disc."""

from __future__ import annotations

import itertools
import zipfile
import zlib
from datetime import datetime
from typing import BinaryIO

from app.documents.archives.base import ArchiveListing, Member, OpenSink, pump

_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
# What zipfile raises on damage: its own errors, zlib's, short reads, bad headers.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
              ValueError, KeyError, NotImplementedError, RuntimeError, IndexError)


def list_members(stream: BinaryIO) -> ArchiveListing:
    listing = ArchiveListing(kind="zip")
    try:
        with zipfile.ZipFile(stream) as archive:
            infos = archive.infolist()
    except ZIP_ERRORS:
        listing.damaged = True
        return listing
    if _overlapping(infos):  # the "better zip bomb": one deflated run read as many members
        listing.listed = True
        listing.unsafe, listing.unsafe_params = "overlap", {}
        return listing
    for info in infos:
        name, gbk = _member_name(info)
        listing.gbk_names |= gbk
        name = name.strip("/")
        if not name or info.is_dir():  # a damaged entry may have no name
            continue
        listing.members.append(Member(
            name, info.file_size, info.compress_size, bool(info.flag_bits & _ENCRYPTED_FLAG),
            _supported(info),
            _when(info), info))
    listing.listed = True
    return listing


def unpack(stream: BinaryIO, members: list[Member], open_sink: OpenSink) -> None:
    with zipfile.ZipFile(stream) as archive:
        for member in members:
            sink = open_sink(member)
            try:
                with archive.open(member.key) as data:
                    pump(data.read, sink)
            except RuntimeError:  # zipfile's word for "a password is needed"
                sink.fail("encrypted")
            except ZIP_ERRORS:
                sink.fail("damaged")


_LOCAL_HEADER = 30  # bytes of a local file header before its name


def _overlapping(infos: list[zipfile.ZipInfo]) -> bool:
    """Members whose data share bytes: no tool that writes zips does that; a zip bomb does,
    to have one small run of compressed data expand once per member."""
    # The least room a member's local header and data take (its name and extra field only add
    # to it): a member starting inside it shares bytes with it, never a false alarm.
    spans = sorted((i.header_offset, i.header_offset + _LOCAL_HEADER + i.compress_size)
                   for i in infos if not i.is_dir())
    return any(start < end for (_, end), (start, _) in itertools.pairwise(spans))


def _supported(info: zipfile.ZipInfo) -> bool:
    return info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                                  zipfile.ZIP_LZMA)


def _when(info: zipfile.ZipInfo) -> datetime | None:
    try:
        return datetime(*info.date_time)
    except ValueError:
        return None


def _member_name(info: zipfile.ZipInfo) -> tuple[str, bool]:
    """The member's real name: zipfile reads names without the UTF-8 flag as cp437, but Chinese
    Windows tools write them in the local code page (GBK)."""
    name, gbk = info.filename, False
    if not (info.flag_bits & _UTF8_FLAG or name.isascii()):
        raw = name.encode("cp437")
        for encoding in ("utf-8", "gb18030"):
            try:
                name, gbk = raw.decode(encoding), encoding == "gb18030"
                break
            except UnicodeDecodeError:
                continue
    return name.replace("\\", "/"), gbk
