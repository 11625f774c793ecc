"""Archives on a disc: ZIP members are listed and opened (within limits) so they can be checked
like files on the disc; RAR and 7z are only recognised: no light, well-kept pure-Python reader
of them exists (rarfile needs the unrar program, py7zr pulls half a dozen compiled packages).

Nothing is ever written to disk or executed: members are read into memory, one at a time.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

MAX_MEMBERS = 5000
MAX_TOTAL = 2 << 30  # declared uncompressed bytes in all members
MAX_RATIO = 200  # a member that inflates more than this (and past MAX_RATIO_FLOOR) is a bomb
MAX_RATIO_FLOOR = 16 << 20
_UTF8_FLAG = 0x800


@dataclass
class Member:
    path: str  # inside the archive, "/"-separated, no leading "/"
    size: int
    info: zipfile.ZipInfo = field(repr=False)


@dataclass
class ArchiveListing:
    kind: str  # zip | rar | 7z
    members: list[Member] = field(default_factory=list)
    listed: bool = False  # False for RAR/7z, and for a ZIP that could not be opened
    gbk_names: bool = False
    encrypted: bool = False
    unsafe: str = ""  # why the archive was refused, when it was
    error: str = ""  # why it could not be opened, when it could not


def list_archive(data: bytes, kind: str) -> ArchiveListing:
    listing = ArchiveListing(kind=kind)
    if kind != "zip":
        return listing
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception as exc:  # zipfile raises many kinds on damaged central directories
        listing.error = str(exc) or type(exc).__name__
        return listing
    if len(infos) > MAX_MEMBERS:
        listing.unsafe = f"{len(infos)} members"
        return listing
    total = 0
    for info in infos:
        name, gbk = _member_name(info)
        listing.gbk_names |= gbk
        listing.encrypted |= bool(info.flag_bits & 0x1)
        total += info.file_size
        reason = _unsafe_reason(name, info, total)
        if reason:
            listing.unsafe = reason
            listing.members = []
            return listing
        if name.strip("/") and not name.endswith("/"):  # a damaged entry may have no name
            listing.members.append(Member(name.strip("/"), info.file_size, info))
    listing.listed = True
    return listing


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


def _unsafe_reason(name: str, info: zipfile.ZipInfo, total: int) -> str:
    parts = name.split("/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in parts:
        return f"path {name!r} leaves the archive"
    if total > MAX_TOTAL:
        return f"more than {MAX_TOTAL >> 30} GiB when expanded"
    if info.file_size > MAX_RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size,
                                                                            1):
        return f"{name} expands {info.file_size // max(info.compress_size, 1)}-fold"
    return ""


def read_member(data: bytes, member: Member) -> bytes:
    """A member's bytes; zipfile's errors (damage, a password) are the caller's to turn into a
    finding on that member."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(member.info) as stream:
        return stream.read(member.size + 1)
