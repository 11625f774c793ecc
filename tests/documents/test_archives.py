"""ZIP archives are opened in memory and their members checked; dangerous ones are refused."""

from __future__ import annotations

import io
import zipfile

import submissions as S

from app.documents.archives import list_archive, read_member


def test_gbk_names_from_chinese_windows_are_decoded() -> None:
    data = S.zip_of({"智能医疗影像标注平台/申报书.docx": S.docx()}, gbk=True)
    listing = list_archive(data, "zip")
    assert listing.listed and listing.gbk_names
    assert [m.path for m in listing.members] == ["智能医疗影像标注平台/申报书.docx"]
    assert read_member(data, listing.members[0]).startswith(b"PK")


def test_utf8_names_are_not_called_gbk() -> None:
    listing = list_archive(S.zip_of({"案例/申报书.docx": b"x"}), "zip")
    assert not listing.gbk_names and listing.members[0].path == "案例/申报书.docx"


def test_paths_leaving_the_archive_are_refused() -> None:
    listing = list_archive(S.zip_of({"../../Windows/evil.docx": b"x"}), "zip")
    assert listing.unsafe and not listing.members


def test_a_zip_bomb_is_refused_before_expanding() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.docx", b"\0" * (64 << 20))
    listing = list_archive(buffer.getvalue(), "zip")
    assert "fold" in listing.unsafe


def test_rar_and_7z_are_recognised_not_opened() -> None:
    listing = list_archive(b"Rar!\x1a\x07\x01\x00", "rar")
    assert listing.kind == "rar" and not listing.listed


def test_a_damaged_zip_says_so() -> None:
    assert list_archive(b"PK\x03\x04broken", "zip").error
