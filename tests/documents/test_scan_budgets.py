"""Scans that would hold the check for minutes, or say the wrong thing: a scan of thousands of
pages is judged on its first pages and its last, one content stream shared by every page
counts once per page against the document's budget, and a file nothing of which can be shown
is damaged, not "unstamped"."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pymupdf
import pytest
from deliveries import case_names, disc_files

from app.documents.pdf import MAX_JUDGED_PAGES, analyse_scan
from app.services.verify import verify

UNIT = "西安市数据局"


def _many_pages(count: int) -> bytes:
    doc = pymupdf.open()
    for _ in range(count):
        doc.new_page(width=595, height=842)
    data = doc.tobytes(garbage=0)
    doc.close()
    return data


def test_a_scan_of_thousands_of_pages_is_judged_on_its_first_and_last(tmp_path: Path) -> None:
    scan = analyse_scan(_many_pages(2_000))
    assert scan.pages == 2_000 and scan.judged == MAX_JUDGED_PAGES


def _shared_stream(pages: int, size: int) -> bytes:
    """Every page draws the same content stream, `size` bytes once inflated."""
    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page()
    stream = doc.get_new_xref()
    doc.update_object(stream, "<<>>")
    doc.update_stream(stream, b" " * size)  # compressed: a few KB on disc
    for page in doc:
        doc.xref_set_key(page.xref, "Contents", f"{stream} 0 R")
    data = doc.tobytes(garbage=0, deflate=True)
    doc.close()
    return data


def test_one_huge_stream_shared_by_every_page_counts_for_each(tmp_path: Path) -> None:
    scan = analyse_scan(_shared_stream(40, 60 << 20))
    assert scan.error == "page_too_large" and scan.judged <= 5


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("kind", ["png", "pdf", "pages"])
def test_a_scan_nothing_of_which_can_be_shown_is_damaged_not_unstamped(tmp_path: Path,
                                                                       kind: str) -> None:
    files = disc_files(UNIT, case_names(UNIT, 1))
    scan = next(p for p in files if p.endswith("盖章版.pdf"))
    if kind == "png":  # a picture declaring 100,000 x 100,000 pixels
        files[scan.replace(".pdf", ".png")] = _png(100_000, 100_000)
        del files[scan]
    elif kind == "pdf":  # repaired by MuPDF to no page at all
        files[scan] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
    else:  # thousands of blank pages: judged in part, and said so
        files[scan] = _many_pages(2_000)
    root = tmp_path / "disc"
    for path, data in files.items():
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    codes = sorted(f.code for f in verify(root).case_findings[0])
    if kind == "pages":
        assert "scan_too_many_pages" in codes
    else:
        assert "scan_corrupt" in codes and "scan_unstamped" not in codes, codes
