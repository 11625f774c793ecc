"""Rock Ridge (RRIP 1.09/1.12 over SUSP 1.12) read from a record's system-use area, leniently.

Only what a clerk's listing needs: the long name, whether the record is a symbolic link (and
where it points), the relocation links of deep trees, and zisofs compression. An entry that does
not parse ends the reading of that record's area; what was read before stands. Continuation
areas are followed a bounded number of times and never twice to the same place.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

MAX_CONTINUATIONS = 32
MAX_AREA = 64 << 10  # system-use bytes of one record, continuations included
S_IFMT, S_IFLNK = 0o170000, 0o120000

_RRIP = frozenset((b"NM", b"SL", b"PX", b"PN", b"TF", b"CL", b"PL", b"RE", b"RR", b"SF",
                   b"ZF"))
ReadArea = Callable[[int, int, int], bytes]  # (block, offset, length) -> bytes


@dataclass(slots=True)
class RockRidge:
    name: str | None = None
    symlink: str | None = None
    relocated: bool = False  # RE: a directory moved to rr_moved, reached through its CL
    child_link: int | None = None  # CL: the block of the directory this record stands for
    zisofs_size: int | None = None  # ZF: the file's size once uncompressed
    damaged: bool = False  # an entry or continuation could not be read in full
    seen: bool = False  # any Rock Ridge entry at all


def _sp_skip(area: bytes) -> int | None:
    """The SUSP "SP" entry of a root's first record: the bytes to skip in every area."""
    if len(area) >= 7 and area[:2] == b"SP" and area[2] == 7 and area[4:6] == b"\xbe\xef":
        return area[6]
    return None


def susp_skip(root_self_use: bytes) -> int | None:
    return _sp_skip(root_self_use)


def _symlink_components(body: bytes, parts: list[str], open_part: bool) -> bool:
    """Append an SL entry's components; returns whether the last one continues."""
    at = 0
    while at + 2 <= len(body):
        flags, length = body[at], body[at + 1]
        text = body[at + 2:at + 2 + length].decode("utf-8", errors="replace")
        if flags & 0x02:
            text = "."
        elif flags & 0x04:
            text = ".."
        elif flags & 0x08:
            text = ""  # the root: the joined path starts with "/"
        if open_part and parts:
            parts[-1] += text
        else:
            parts.append(text)
        open_part = bool(flags & 0x01)
        at += 2 + length
    return open_part


def read_rock_ridge(area: bytes, read_more: ReadArea) -> RockRidge | None:
    """The Rock Ridge facts of one record, or None when its area holds no SUSP entries."""
    found = RockRidge()
    name_parts: list[bytes] = []
    link_parts: list[str] = []
    link_open = False
    visited: set[tuple[int, int]] = set()
    total = len(area)
    hops = 0
    while area:
        at = 0
        following: tuple[int, int, int] | None = None
        while at + 4 <= len(area):
            signature, length = area[at:at + 2], area[at + 2]
            if length < 4 or at + length > len(area):
                # Padding (a zero byte) ends an area quietly; anything else is damage.
                found.damaged = found.damaged or any(area[at:at + 4])
                break
            body = area[at + 4:at + length]
            try:
                if signature == b"NM" and body:
                    if not body[0] & 0x06:
                        name_parts.append(body[1:])
                elif signature == b"SL" and body:
                    link_open = _symlink_components(body[1:], link_parts, link_open)
                    found.symlink = ""  # filled in below, once every part is read
                elif signature == b"PX" and len(body) >= 4:
                    if struct.unpack_from("<I", body, 0)[0] & S_IFMT == S_IFLNK:
                        found.symlink = found.symlink or ""
                elif signature == b"CL" and len(body) >= 4:
                    found.child_link = struct.unpack_from("<I", body, 0)[0]
                elif signature == b"RE":
                    found.relocated = True
                elif signature == b"ZF" and len(body) >= 12 and body[:2] == b"pz":
                    found.zisofs_size = struct.unpack_from("<I", body, 4)[0]
                elif signature == b"CE" and len(body) >= 24:
                    block, offset, size = struct.unpack_from("<I4xI4xI", body, 0)
                    following = (block, offset, size)
                elif signature == b"ST":
                    break
            except struct.error:
                found.damaged = True
                break
            if signature in _RRIP:
                found.seen = True
            at += length
        area = b""
        if following is not None:
            hops += 1
            key = following[:2]
            if hops > MAX_CONTINUATIONS or key in visited or total >= MAX_AREA:
                found.damaged = True
                break
            visited.add(key)
            area = read_more(*following)
            total += len(area)
            if len(area) < min(following[2], 4):
                found.damaged = True
    if not found.seen and not name_parts:
        return None
    if name_parts:
        found.name = b"".join(name_parts).decode("utf-8", errors="replace")
    if found.symlink is not None:
        found.symlink = "/".join(link_parts) if link_parts != [""] else "/"
    return found
