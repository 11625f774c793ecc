"""RAR4 and RAR5 members through rarfile: every header is read in pure Python, so members are
always listed with their sizes; only stored members are unpacked (compressed ones would need
the unrar program, which is never run on a disc's contents).

Each file is read on its own (rarfile's part_only): a volume of a WinRAR set is not an archive
of its own, and rarfile would otherwise look for the next volume by its file name, which a
disc's file has not. A member that runs on into another volume is listed but not unpacked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import BinaryIO

import rarfile

from app.documents.archives.base import ArchiveListing, Member, OpenSink, pump

_SPLIT = rarfile.RAR_FILE_SPLIT_BEFORE | rarfile.RAR_FILE_SPLIT_AFTER
_ERRORS = (rarfile.Error, EOFError, OSError, ValueError, KeyError, IndexError, TypeError,
           AttributeError, NotImplementedError, UnicodeDecodeError)


def list_members(stream: BinaryIO) -> ArchiveListing:
    listing = ArchiveListing(kind="rar")
    try:
        archive = rarfile.RarFile(stream, errors="strict", part_only=True)
        infos = archive.infolist()
        hidden = archive.needs_password() and not infos  # headers encrypted (WinRAR -hp)
    except rarfile.PasswordRequired:
        listing.names_hidden = True
        return listing
    except _ERRORS:
        listing.damaged = True
        return listing
    if hidden:
        listing.names_hidden = True
        return listing
    for info in infos:
        name = (info.filename or "").replace("\\", "/").strip("/")
        if not name or info.is_dir() or info.is_symlink():
            continue
        stored = (info.compress_type == rarfile.RAR_M0 and info.file_redir is None
                  and not info.flags & _SPLIT)
        listing.members.append(Member(name, info.file_size or 0, info.compress_size or 0,
                                      info.needs_password(), stored, _when(info), info))
    listing.listed = True
    return listing


def list_volumes(streams: Sequence[BinaryIO]) -> ArchiveListing:
    """A WinRAR volume set, each volume listed as far as it goes, as one archive: a member
    once (where it begins); only those of the first volume can be unpacked from it."""
    whole = ArchiveListing(kind="rar")
    seen: set[str] = set()
    for number, stream in enumerate(streams):
        listing = list_members(stream)
        if not listing.listed:
            return listing  # damaged or its names locked: so is the set
        for member in listing.members:
            if member.path not in seen:
                seen.add(member.path)
                member.extractable = member.extractable and number == 0
                whole.members.append(member)
    whole.listed = True
    return whole


def _when(info: rarfile.RarInfo) -> datetime | None:
    """Members' times beside disc files' times, which carry no zone."""
    try:
        return datetime(*info.date_time[:6])
    except (TypeError, ValueError):
        return None


def unpack(stream: BinaryIO, members: list[Member], open_sink: OpenSink) -> None:
    try:
        archive = rarfile.RarFile(stream, errors="strict", part_only=True)
    except _ERRORS:
        for member in members:
            open_sink(member).fail("damaged")
        return
    for member in members:
        sink = open_sink(member)
        try:
            with archive.open(member.key) as data:
                pump(data.read, sink)
        except rarfile.PasswordRequired:
            sink.fail("encrypted")
        except _ERRORS:
            sink.fail("damaged")
