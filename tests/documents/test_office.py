"""Does the editable version open, and which case does it name?"""

from __future__ import annotations

import io
import zipfile

import submissions as S

from app.documents.office import check_office


def test_a_good_docx_opens_and_names_its_case() -> None:
    check = check_office(S.docx("《工业质检数据标注》", pages=7), "docx")
    assert check.valid and check.problem is None
    assert check.case_name == "《工业质检数据标注》" and check.pages == 7


def test_the_name_on_the_same_line_is_read_too() -> None:
    lines = ["申报书", "案例名称：文旅大模型语料建设"]
    check = check_office(S.docx(None, paragraphs=lines), "docx")
    assert check.case_name == "文旅大模型语料建设"


def test_empty_cut_and_broken_packages_are_named() -> None:
    assert check_office(b"", "docx").problem == "editable_empty"
    good = S.docx()
    assert check_office(good[: len(good) // 2], "docx").problem == "editable_corrupt"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", "<w:document><w:body>")
    broken = check_office(buffer.getvalue(), "docx")
    assert broken.problem == "editable_corrupt" and broken.reason == "not_xml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    assert check_office(buffer.getvalue(), "docx").reason == "part_missing"


def test_xml_bombs_are_refused_not_expanded() -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", bomb)
    assert check_office(buffer.getvalue(), "docx").problem == "editable_corrupt"


def test_a_docx_behind_a_password_says_so() -> None:
    locked = S.ole2({"EncryptionInfo": b"\x04\x00", "EncryptedPackage": b"\x00" * 64})
    check = check_office(locked, "ole2")
    assert check.problem == "editable_corrupt" and check.reason == "password"


def test_old_word_files_need_their_word_stream() -> None:
    assert check_office(S.legacy_doc(), "doc").valid
    assert check_office(S.legacy_doc(), "wps").valid
    wrong = check_office(S.ole2({"Workbook": b"\x09\x08"}), "doc")
    assert wrong.problem == "editable_corrupt" and wrong.reason == "stream_missing"
    doc = S.legacy_doc()
    assert check_office(doc[:1024], "doc").problem == "editable_corrupt"


def test_a_huge_part_is_refused_unread_and_the_crc_test_is_bounded() -> None:
    """A docx whose core.xml declares 3 GiB in a few kilobytes is corrupt without being
    inflated (the old check inflated it all to test its CRC: 12 s)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", "<w:document/>")
        package.writestr("docProps/core.xml", bytes(1 << 20))
    data = bytearray(buffer.getvalue())
    central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 4)
    data[central + 24:central + 28] = (3 << 30).to_bytes(4, "little")  # uncompressed size
    check = check_office(bytes(data), "docx")
    assert check.problem == "editable_corrupt" and check.reason == "part_too_large"
