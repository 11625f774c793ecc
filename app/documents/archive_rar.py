"""RAR4 and RAR5 members through rarfile: every header is read in pure Python, so members are
always listed with their sizes; only stored members are unpacked (compressed ones would need
the unrar program, which is never run on a disc's contents)."""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

import rarfile

from app.documents.archives import ArchiveListing, Member, OpenSink, pump

_ERRORS = (rarfile.Error, EOFError, OSError, ValueError, KeyError, IndexError, TypeError,
           AttributeError, NotImplementedError, UnicodeDecodeError)


def list_members(stream: BinaryIO) -> ArchiveListing:
    listing = ArchiveListing(kind="rar")
    try:
        archive = rarfile.RarFile(stream, errors="strict")
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
        stored = info.compress_type == rarfile.RAR_M0 and info.file_redir is None
        listing.members.append(Member(name, info.file_size or 0, info.compress_size or 0,
                                      info.needs_password(), stored, _when(info), info))
    listing.listed = True
    return listing


def _when(info: rarfile.RarInfo) -> datetime | None:
    """Members' times beside disc files' times, which carry no zone."""
    try:
        return datetime(*info.date_time[:6])
    except (TypeError, ValueError):
        return None


def unpack(stream: BinaryIO, members: list[Member], open_sink: OpenSink) -> None:
    try:
        archive = rarfile.RarFile(stream, errors="strict")
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
