"""The seal check on real imprints (../shared/realdata/seals, read from there): round seals of
real organisations pressed on a flatbed-scanned page are found, with every imprint's own
texture; real red distractors (national emblems, a red round logo) are not seals. The figures
over all captures are bench/real_seals.py's."""

from __future__ import annotations

import pytest
from scanlab.real_pages import available, real_page

from app.documents.pdf import analyse_scan

pytestmark = pytest.mark.skipif(not available(), reason="../shared/realdata is not here")


# Seeds whose imprint is, in order: wh_sj zd_gz sz_date gxs sz_f4a rx_yj sz_text.
@pytest.mark.parametrize("seed", [1, 3, 4, 5, 6, 12, 13])
def test_a_real_round_seal_on_a_scanned_page_is_found(seed: int) -> None:
    page = real_page(seed, "seal", "flatbed")
    assert analyse_scan(page.data, page.file_type, crops=False).seal_pages == [1], page.ink


@pytest.mark.parametrize("seed", [1, 2, 4])  # emblem_wh logo_sunjoy emblem_hd
def test_a_real_red_emblem_or_logo_is_no_seal(seed: int) -> None:
    page = real_page(seed, "distractor", "flatbed")
    scan = analyse_scan(page.data, page.file_type, crops=False)
    assert scan.seal_pages == [] and scan.doubt_pages == [], page.ink


# zd_sq (a 阴文 personal seal, turned), ll_sq (a company's square seal), ll_sq again.
@pytest.mark.parametrize("seed", [2, 25, 28, 43])
def test_a_real_square_seal_is_found(seed: int) -> None:
    """Square seals hold no ring: they were missed on every page that had no round seal."""
    page = real_page(seed, "seal", "flatbed")
    assert analyse_scan(page.data, page.file_type, crops=False).seal_pages == [1], page.ink


@pytest.mark.parametrize("seed", [1, 2, 11, 18])  # a round seal's slice, square seals' slices
def test_a_riding_seals_slice_alone_at_the_edge_is_seal_evidence(seed: int) -> None:
    page = real_page(seed, "riding", "flatbed")
    assert analyse_scan(page.data, page.file_type, crops=False).seal_pages == [1], page.ink


# A slice of a square seal and of a round one, each photographed on a desk (wood or cloth);
# two whose paper map has a notch of shadow or a stepped edge near the slice, though the
# paper's edge past the desk runs straight; two faint ones (a strong cast and moiré raise the
# page's red threshold, so only the strokes' cores reached the slice's ink level).
@pytest.mark.parametrize("capture, seed", [("phone", 0), ("phone", 11), ("phone_cast_moire", 0),
                                           ("phone", 302001178),
                                           ("phone_cast_moire", 881975972),
                                           ("phone", 884968978),
                                           ("phone_cast_moire", 49739395)])
def test_a_riding_seals_slice_in_a_phone_photo_is_seal_evidence(capture: str, seed: int) -> None:
    page = real_page(seed, "riding", capture)
    assert analyse_scan(page.data, page.file_type, crops=False).seal_pages == [1], page.ink



def test_a_square_seal_leaning_in_a_phone_photo_is_found() -> None:
    """A phone's perspective leans a square seal into a parallelogram: two of its corners lie
    a few millimetres inside its box (ll_sq under a strong colour cast)."""
    page = real_page(11978065, "seal", "phone_cast_moire")
    assert analyse_scan(page.data, page.file_type, crops=False).seal_pages == [1], page.ink


# ll_sq_small, a person's 12 mm square 名章, alone on its page: flatbed, 300 dpi, phone; and
# over a line of black print whose colour fringes put red specks beside it.
@pytest.mark.parametrize("capture, seed", [("flatbed", 496432111), ("flatbed_300", 804729513),
                                           ("phone", 452184540), ("flatbed", 312844834)])
def test_a_persons_small_square_seal_is_found(capture: str, seed: int) -> None:
    page = real_page(seed, "seal", capture, "ll_sq_small")
    assert analyse_scan(page.data, page.file_type, crops=False).seal_pages == [1], page.ink
