"""Is the 'stamped scan' a real scan, and does it carry a seal? Seals must be found on every
stamped page however it was scanned, and never on letterheads, red text, typed PDFs or grey
scans."""

from __future__ import annotations

import pymupdf
import pytest
import submissions as S

from app.documents.ofd import analyse_ofd
from app.documents.pdf import analyse_scan


@pytest.mark.parametrize("variant", [
    {}, {"faint": True}, {"skew": 3.0}, {"quality": 20}, {"dpi": 100, "quality": 35},
    {"ocr": True},
], ids=["plain", "faint", "skewed", "jpeg-q20", "100dpi", "ocr-layer"])
def test_every_stamped_page_is_found(variant: dict) -> None:
    scan = analyse_scan(S.scan_pdf(4, seal_pages=(1, 4), **variant))
    assert scan.opened and scan.pages == 4 and scan.image_only
    assert scan.seal_pages == [1, 4]
    for seal in scan.seals:
        assert 30 <= seal.mark.diameter_mm <= 55
    assert pymupdf.Pixmap(scan.seals[0].crop_png).width > 40  # the window's small picture


def test_an_ocr_layer_does_not_make_a_scan_typed() -> None:
    scan = analyse_scan(S.scan_pdf(2, ocr=True))
    assert scan.ocr_pages == 2 and not scan.typed


def test_red_letterheads_and_rules_are_not_seals() -> None:
    scan = analyse_scan(S.scan_pdf(3, seal_pages=(), letterhead_pages=(1, 2, 3)))
    assert scan.seal_pages == []
    both = analyse_scan(S.scan_pdf(2, seal_pages=(2,), letterhead_pages=(1, 2)))
    assert both.seal_pages == [2]


def test_square_blocks_of_red_text_are_not_seals() -> None:
    scan = analyse_scan(S.scan_pdf(3, seal_pages=(), red_text_pages=(1, 2, 3)))
    assert scan.seal_pages == []


def test_a_pdf_exported_from_word_is_typed_and_has_no_seal() -> None:
    scan = analyse_scan(S.text_pdf(3, letterhead=True))
    assert scan.typed and not scan.image_only and scan.seal_pages == []


def test_grey_scans_show_no_seal_and_say_they_are_grey() -> None:
    scan = analyse_scan(S.scan_pdf(2, seal_pages=(1,), grey=True))
    assert scan.grayscale and scan.seal_pages == []


def test_passwords_are_told_apart() -> None:
    doc = pymupdf.open("pdf", S.scan_pdf(1))
    opened = analyse_scan(doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="1234",
                                      owner_pw="owner"))
    assert opened.encrypted and not opened.opened
    owner_only = analyse_scan(doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256,
                                          owner_pw="owner", permissions=0))
    assert owner_only.opened and owner_only.restricted and owner_only.seal_pages == [1]


def test_damaged_pdfs_are_repaired_or_refused_never_raised() -> None:
    good = S.scan_pdf(2)
    cut = analyse_scan(good[: len(good) - 200])
    assert cut.opened and cut.repaired
    assert not analyse_scan(b"%PDF-1.7\nnothing else").opened
    assert not analyse_scan(b"").opened


def test_loose_image_pages_are_judged_like_scans() -> None:
    jpg = analyse_scan(S.scan_image(), "jpg")
    assert jpg.image_only and jpg.seal_pages == [1]
    grey = analyse_scan(S.scan_image(grey=True, kind="png"), "png")
    assert grey.grayscale and grey.seal_pages == []


def test_ofd_pages_signatures_and_seals() -> None:
    scan, signed = analyse_ofd(S.ofd(signed=True))
    assert scan.opened and scan.pages == 1 and scan.image_only and signed
    assert scan.seal_pages == [1]
    unsealed, unsigned = analyse_ofd(S.ofd(seal=False))
    assert unsealed.seal_pages == [] and not unsigned
    broken, _ = analyse_ofd(b"PK\x03\x04 not really")
    assert not broken.opened and broken.error
