"""Archives of every kind are listed from their headers and unpacked as streams; dangerous ones
are refused, locked ones listed with what locks them."""

from __future__ import annotations

import binascii
import io
import lzma
import zipfile

import archivelab as A
import submissions as S

from app.documents.archives.base import ArchiveListing, Member
from app.documents.archives.reading import list_archive, unpack
from app.documents.archives.seven_zip import MAX_HEADER

FILES = {"案例一/申报书.docx": S.docx("案例一"), "案例一/盖章版.pdf": S.scan_pdf(1)}


class _Collect:
    def __init__(self, member: Member, out: dict[str, bytes | str]) -> None:
        self.member, self.out, self.data = member, out, b""

    def write(self, data: bytes) -> None:
        self.data += data

    def close(self) -> None:
        self.out[self.member.path] = self.data

    def fail(self, why: str) -> None:
        self.out[self.member.path] = why


def _unpacked(data: bytes, kind: str) -> tuple[ArchiveListing, dict[str, bytes | str]]:
    stream = io.BytesIO(data)
    listing = list_archive(stream, kind)
    out: dict[str, bytes | str] = {}
    unpack(stream, listing, lambda member: _Collect(member, out))
    return listing, out


def test_gbk_names_from_chinese_windows_are_decoded() -> None:
    listing, out = _unpacked(S.zip_of(FILES, gbk=True), "zip")
    assert listing.listed and listing.gbk_names
    assert out == FILES


def test_utf8_names_are_not_called_gbk() -> None:
    listing, _ = _unpacked(S.zip_of({"案例/申报书.docx": b"x"}), "zip")
    assert not listing.gbk_names and listing.members[0].path == "案例/申报书.docx"


def test_paths_leaving_the_archive_are_refused() -> None:
    listing, out = _unpacked(S.zip_of({"../../Windows/evil.docx": b"x"}), "zip")
    assert listing.unsafe == "path" and not listing.members and out == {}


def test_a_zip_bomb_is_refused_before_expanding() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.docx", b"\0" * (64 << 20))
    listing, out = _unpacked(buffer.getvalue(), "zip")
    assert listing.unsafe == "ratio" and out == {}


def test_seven_zip_written_by_7_zip_is_unpacked() -> None:
    listing, out = _unpacked(A.seven_zip(FILES), "7z")
    assert listing.listed and not listing.encrypted
    assert out == FILES


def test_rar4_and_rar5_stored_members_are_unpacked() -> None:
    for data in (A.rar4(FILES), A.rar5(FILES)):
        listing, out = _unpacked(data, "rar")
        assert listing.listed and out == FILES


def test_compressed_rar_members_are_listed_but_not_unpacked() -> None:
    for data in (A.rar4(FILES, compressed=True), A.rar5(FILES, compressed=True)):
        listing, out = _unpacked(data, "rar")
        assert [(m.path, m.size) for m in listing.members] == [
            (name, len(body)) for name, body in FILES.items()]
        assert [m.extractable for m in listing.members] == [False, False] and out == {}


def test_passwords_are_seen_and_names_still_listed() -> None:
    encrypted = [A.seven_zip(FILES, password="123"), A.rar5(FILES, encrypted=True),
                 A.rar4(FILES, encrypted=True)]
    for data, kind in zip(encrypted, ("7z", "rar", "rar"), strict=True):
        listing, out = _unpacked(data, kind)
        assert listing.encrypted and out == {}
        assert sorted(m.path for m in listing.members) == sorted(FILES)


def test_encrypted_names_hide_everything() -> None:
    for data, kind in ((A.seven_zip(FILES, password="123", hide_names=True), "7z"),
                       (A.rar5(FILES, hide_names=True), "rar")):
        listing, _ = _unpacked(data, kind)
        assert listing.names_hidden and listing.members == []


def test_damaged_archives_say_so() -> None:
    for data, kind in ((b"PK\x03\x04broken", "zip"), (A.seven_zip(FILES)[:60], "7z"),
                       (A.rar5(FILES)[:40], "rar")):
        listing, _ = _unpacked(data, kind)
        assert listing.damaged and not listing.listed, kind


def test_a_damaged_member_fails_alone() -> None:
    data = bytearray(A.rar5({"a.pdf": b"%PDF" + b"a" * 5000, "b.pdf": b"%PDF" + b"b" * 100}))
    data[data.find(b"aaaa") + 10] ^= 0xFF
    _, out = _unpacked(bytes(data), "rar")
    assert out["a.pdf"] == "damaged" and out["b.pdf"] == b"%PDF" + b"b" * 100


def test_a_7z_header_too_large_to_hold_is_refused_before_it_is_read() -> None:
    """py7zr reads a 7z's whole header into memory (a header listing a million files took
    737 MB): one that declares more than any submission's could is refused unread."""
    data = bytearray(A.seven_zip({"a.pdf": b"%PDF-1.4"}))
    data[20:28] = (MAX_HEADER + 1).to_bytes(8, "little")
    data[8:12] = binascii.crc32(bytes(data[12:32])).to_bytes(4, "little")
    listing = list_archive(io.BytesIO(bytes(data)), "7z")
    assert listing.unsafe == "header" and not listing.members


def test_a_7z_whose_encoded_header_unpacks_past_the_cap_is_refused_unpacked() -> None:
    """A 38 KB 7z can hold a compressed header that unpacks to 256 MiB (698 MB in memory): its
    declared unpacked size is weighed first. A small archive's encoded header still lists."""
    packed = lzma.compress(b"\x01" + b"\x00" * 999, format=lzma.FORMAT_RAW, filters=[
        {"id": lzma.FILTER_LZMA1, "dict_size": 1 << 24, "lc": 3, "lp": 0, "pb": 2}])
    bomb = list_archive(io.BytesIO(A.seven_zip_header_bomb(256 << 20, packed)), "7z")
    assert bomb.unsafe == "header" and bomb.unsafe_params["header"] == 256 << 20
    fair = list_archive(io.BytesIO(A.seven_zip(FILES)), "7z")
    assert not fair.unsafe and {m.path for m in fair.members} == set(FILES)
