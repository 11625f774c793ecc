"""Raw volume descriptors, read before (and beside) pycdlib.

pycdlib cannot tell us what it refuses to open (UDF-only discs, damaged descriptors), sees only
the first session, and silently trims files to the bytes present. These few reads of the
ECMA-119 / ECMA-167 descriptor areas give the facts we need to decide how to open an image and
what to report about it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import BinaryIO

from app.disc.names import decode_iso_name

SECTOR = 2048
_VD_START = 16
# How far past a session's end a later session may start on an image read off a real disc:
# a CD's first lead-out + lead-in + pre-gap is 11,400 sectors, later ones 6,900; DVD-R and BD-R
# gaps are smaller. Scanning a bounded window keeps single-session images free of this cost.
_SESSION_SCAN_SECTORS = 2 * 11_400 + 64
# A CD holds at most 99 sessions; DVD+R allows 153. More "sessions" than that are damage.
MAX_SESSIONS = 160
# A four-layer BD-XL holds 128 GB; a volume that says it is larger says nothing true.
MAX_VOLUME_SECTORS = 128_000_000_000 // SECTOR
_ISO_ID = b"CD001"
_UDF_NSR = (b"NSR02", b"NSR03")
_UDF_IDS = (b"BEA01", b"TEA01", *_UDF_NSR, b"BOOT2", b"CDW02")


@dataclass
class IsoDescriptorSet:
    """The ECMA-119 descriptors found at one session's start."""

    start_sector: int
    pvd: bytes = b""
    joliet: bytes = b""
    descriptor_sectors: int = 0  # descriptors + UDF recognition sequence, from sector 16
    udf_recognition: bool = False

    @property
    def space_size(self) -> int:
        """Volume space size in logical blocks, as this session's PVD declares it."""
        size = struct.unpack_from("<I", self.pvd, 80)[0] if self.pvd else 0
        return size if size <= MAX_VOLUME_SECTORS else 0

    def end_sector(self, image_sectors: int) -> int:
        """Where this session ends. Burners disagree whether a later session's volume space size
        counts from the disc's start or the session's; take the reading the image supports."""
        relative = self.start_sector + self.space_size
        if self.space_size > self.start_sector and relative > image_sectors:
            return self.space_size
        return relative

    @property
    def block_size(self) -> int:
        return struct.unpack_from("<H", self.pvd, 128)[0] if self.pvd else SECTOR

    @property
    def iso_label(self) -> str:
        # Burners that write GBK file names write the label in GBK too.
        return _strip_label(decode_iso_name(self.pvd[40:72])[0]) if self.pvd else ""

    @property
    def joliet_label(self) -> str:
        if not self.joliet:
            return ""
        return _strip_label(self.joliet[40:72].decode("utf-16-be", errors="replace"))


@dataclass
class DiscLayout:
    """Everything the descriptor areas say before any directory is read."""

    size: int
    sessions: list[IsoDescriptorSet] = field(default_factory=list)
    udf_recognised: bool = False
    udf_label: str = ""
    emulated_toc: bool = False  # xorriso-style: the newest session's descriptors sit at 16

    @property
    def first(self) -> IsoDescriptorSet | None:
        return self.sessions[0] if self.sessions else None

    @property
    def last(self) -> IsoDescriptorSet | None:
        return self.sessions[-1] if self.sessions else None

    @property
    def has_iso9660(self) -> bool:
        # A Joliet tree still stands where the primary descriptor's type byte is damaged.
        return bool(self.sessions) and bool(self.sessions[0].pvd or self.sessions[0].joliet)

    @property
    def declared_size(self) -> int:
        """Bytes the newest file system claims, so a short image can be told from a whole one."""
        last = self.last
        if last is None or not last.pvd:
            return 0
        return last.end_sector(self.size // SECTOR) * SECTOR


def _strip_label(text: str) -> str:
    return text.replace("\x00", " ").strip()


def _read_at(fp: BinaryIO, offset: int, length: int) -> bytes:
    fp.seek(offset)
    return fp.read(length)


def read_descriptor_set(fp: BinaryIO, start_sector: int) -> IsoDescriptorSet:
    """Read the descriptor sequence of the session starting at start_sector."""
    found = IsoDescriptorSet(start_sector=start_sector)
    sector = start_sector + _VD_START
    for _ in range(64):
        data = _read_at(fp, sector * SECTOR, SECTOR)
        if len(data) < SECTOR:
            break
        ident = data[1:6]
        if ident == _ISO_ID:
            vd_type = data[0]
            if vd_type == 1 and not found.pvd:
                found.pvd = data
            elif vd_type == 2 and data[88:91] in (b"%/@", b"%/C", b"%/E") and not found.joliet:
                found.joliet = data
        elif ident in _UDF_IDS:
            if ident in _UDF_NSR:
                found.udf_recognition = True
        else:
            break
        sector += 1
    found.descriptor_sectors = sector - (start_sector + _VD_START)
    return found


def _udf_recognition_nearby(fp: BinaryIO) -> bool:
    """An NSR descriptor a little past sector 16, behind blanked or unknown sectors (an image
    whose ISO9660 descriptors were wiped, or a burner that leaves room)."""
    area = _read_at(fp, _VD_START * SECTOR, 48 * SECTOR)
    return any(area[at + 1:at + 6] in _UDF_NSR for at in range(0, len(area), SECTOR))


def _looks_like_pvd_at(fp: BinaryIO, sector: int) -> bool:
    head = _read_at(fp, sector * SECTOR, 8)
    return head[:7] == b"\x01CD001\x01"


def _scan_for_session(fp: BinaryIO, from_sector: int, size: int) -> int | None:
    """First sector >= from_sector + 16 holding a primary volume descriptor, within a window."""
    end = min(size // SECTOR, from_sector + _SESSION_SCAN_SECTORS)
    chunk_sectors = 512
    sector = from_sector + _VD_START
    while sector < end:
        count = min(chunk_sectors, end - sector)
        data = _read_at(fp, sector * SECTOR, count * SECTOR)
        at = 0
        while True:
            at = data.find(b"\x01CD001\x01", at)
            if at < 0:
                break
            if at % SECTOR == 0:
                return sector + at // SECTOR
            at += 1
        sector += count
    return None


def _follow_emulated_toc(fp: BinaryIO, size: int) -> list[IsoDescriptorSet]:
    """Sessions of an image written by xorriso/growisofs onto an overwritable medium or a file.

    There the newest descriptors are copied to sector 16 and each session keeps its own copy at
    its start + 16; sessions are aligned to 32 sectors.
    """
    sessions: list[IsoDescriptorSet] = []
    start = 32
    while (start * SECTOR < size and len(sessions) < MAX_SESSIONS
           and _looks_like_pvd_at(fp, start + _VD_START)):
        found = read_descriptor_set(fp, start)
        sessions.append(found)
        following = -(-found.end_sector(size // SECTOR) // 32) * 32
        if following <= start:  # a volume space size of 0 (damage) would find this one again
            break
        start = following
    return sessions


def read_layout(fp: BinaryIO, size: int) -> DiscLayout:
    """What the descriptor areas of the image say: sessions, UDF presence, labels."""
    layout = DiscLayout(size=size)
    first = read_descriptor_set(fp, 0)
    layout.udf_recognised = first.udf_recognition or (
        not first.pvd and _udf_recognition_nearby(fp))
    if first.pvd:
        emulated = _follow_emulated_toc(fp, size)
        if len(emulated) > 1:
            # Sector 16 already shows the newest session; keep it as the state to read and
            # count the sessions from the copies.
            layout.emulated_toc = True
            newest = first
            layout.sessions = [*emulated[:-1], newest]
        else:
            layout.sessions = [first]
            current = first
            while len(layout.sessions) < MAX_SESSIONS:
                # Each session starts past the one before, even where a damaged volume space
                # size of 0 says it ends where it starts.
                after = max(current.end_sector(size // SECTOR), current.start_sector + 1)
                found_at = _scan_for_session(fp, after, size)
                if found_at is None:
                    break
                following = read_descriptor_set(fp, found_at - _VD_START)
                if not following.pvd:
                    break
                layout.sessions.append(following)
                current = following
    elif first.joliet:
        layout.sessions = [first]
    if layout.udf_recognised or any(s.udf_recognition for s in layout.sessions):
        layout.udf_recognised = True
        newest = layout.last
        layout.udf_label = read_udf_label(fp, size, newest.start_sector if newest else 0)
    return layout


# ---- UDF (ECMA-167 part 3 / OSTA UDF) -------------------------------------------------------

_TAG_AVDP = 2
_TAG_LVD = 6
_TAG_PVD = 1
_TAG_TERM = 8


def decode_dstring(raw: bytes) -> str:
    """An OSTA CS0 d-string: a compression id byte, characters, and the used length last."""
    if not raw:
        return ""
    used = raw[-1]
    body = raw[:used] if 0 < used < len(raw) else raw[:-1]
    return decode_cs0(body)


def decode_cs0(body: bytes) -> str:
    if not body:
        return ""
    comp = body[0]
    if comp == 8:
        return body[1:].decode("latin-1").rstrip("\x00")
    if comp == 16:
        payload = body[1:]
        return payload[: len(payload) // 2 * 2].decode("utf-16-be", errors="replace").rstrip("\x00")
    return ""


def _tag_id(data: bytes) -> int:
    return struct.unpack_from("<H", data, 0)[0] if len(data) >= 16 else -1


def anchor_at(fp: BinaryIO, sector: int) -> bytes | None:
    """The Anchor Volume Descriptor Pointer, if the sector holds one that says it is there."""
    if sector < 0:
        return None
    data = _read_at(fp, sector * SECTOR, SECTOR)
    if _tag_id(data) == _TAG_AVDP and struct.unpack_from("<I", data, 12)[0] == sector:
        return data
    return None


def find_anchor(fp: BinaryIO, size: int, session_start: int = 0) -> bytes | None:
    """The Anchor Volume Descriptor Pointer at sector 256 (of the session), or at the end of a
    closed disc."""
    last = size // SECTOR - 1
    for sector in dict.fromkeys((session_start + 256, 256, last - 256, last, 512)):
        found = anchor_at(fp, sector)
        if found is not None:
            return found
    return None


def read_udf_label(fp: BinaryIO, size: int, session_start: int = 0) -> str:
    """The logical volume identifier, which is what Windows shows as the disc's label: the
    newest session's, on a disc with several."""
    anchor = find_anchor(fp, size, session_start)
    if anchor is None:
        return ""
    for extent_at in (16, 24):  # main, then reserve volume descriptor sequence
        length, location = struct.unpack_from("<II", anchor, extent_at)
        primary_label = ""
        for index in range(min(length // SECTOR, 64)):
            data = _read_at(fp, (location + index) * SECTOR, SECTOR)
            tag = _tag_id(data)
            if tag == _TAG_LVD:
                label = decode_dstring(data[84:212])
                if label:
                    return label
            elif tag == _TAG_PVD:
                primary_label = decode_dstring(data[24:56])
            elif tag == _TAG_TERM or tag < 0:
                break
        if primary_label:
            return primary_label
    return ""
