"""Archives on a disc (ZIP, 7z, RAR4, RAR5): their members listed and unpacked, as a stream, so
each can be checked like a file on the disc.

Readers: zipfile (standard library), py7zr (LGPL-2.1+, pure Python over small compiled codecs
with wheels for every target) and rarfile (ISC, pure Python). rarfile unpacks only stored
members itself; compressed RAR needs the unrar program, which no desk can be assumed to have and
which this program would never run on a disc's contents: such members are listed, tied to their
cases and reported, not guessed at.

Nothing is executed. Members pass through in chunks to a sink (digest, type, a temporary copy
of the ones the checks open); every archive and member is capped in count, size and ratio.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from app.documents.archives.base import ArchiveListing, OpenSink

MAX_MEMBERS = 5000
MAX_TOTAL = 2 << 30  # bytes all members of one archive may expand to
MAX_MEMBER = 2 << 30  # one member, whatever it declares
MAX_RATIO = 200  # a member that inflates more than this (and past MAX_RATIO_FLOOR) is a bomb
MAX_RATIO_FLOOR = 16 << 20


def refuse(listing: ArchiveListing) -> ArchiveListing:
    """Check what was listed against the caps; a refused archive keeps no members."""
    if len(listing.members) > MAX_MEMBERS:
        return _refused(listing, "members", {"members": len(listing.members)})
    total = 0
    for member in listing.members:
        parts = member.path.split("/")
        if member.path.startswith("/") or (len(member.path) > 1 and member.path[1] == ":") \
                or ".." in parts:
            return _refused(listing, "path", {"member": member.path})
        total += member.size
        if member.size > MAX_RATIO_FLOOR and member.packed \
                and member.size > MAX_RATIO * member.packed:
            return _refused(listing, "ratio", {"member": member.path,
                                               "ratio": member.size // member.packed})
    if total > MAX_TOTAL:
        return _refused(listing, "total", {"gib": MAX_TOTAL >> 30})
    return listing


def _refused(listing: ArchiveListing, why: str, params: dict[str, object]) -> ArchiveListing:
    listing.unsafe, listing.unsafe_params = why, params
    listing.members = []
    return listing


def _reader(kind: str) -> Any:
    """The module that reads this kind: its libraries load only when such an archive is
    there."""
    from app.documents.archives import rar, seven_zip, zip_reader

    return {"zip": zip_reader, "7z": seven_zip, "rar": rar}[kind]


def list_archive(stream: BinaryIO, kind: str) -> ArchiveListing:
    reader = _reader(kind)
    stream.seek(0)
    listing = reader.list_members(stream)
    return refuse(listing) if listing.listed else listing


def list_volume_set(streams: Sequence[BinaryIO]) -> ArchiveListing:
    """A WinRAR volume set as one archive (rar.list_volumes), under the same caps."""
    for stream in streams:
        stream.seek(0)
    listing = _reader("rar").list_volumes(streams)
    return refuse(listing) if listing.listed else listing


def unpack(stream: BinaryIO, listing: ArchiveListing, open_sink: OpenSink) -> None:
    """Every member that can be unpacked, in the archive's order, through its sink."""
    reader = _reader(listing.kind)
    wanted = [m for m in listing.members if m.extractable and not m.encrypted]
    if wanted:
        stream.seek(0)
        reader.unpack(stream, wanted, open_sink)
