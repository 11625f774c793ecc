"""Whole stamped scans as a unit's office makes them: the application form scanned page by
page into one PDF (or a multi-page TIFF), stamped where forms are stamped: the cover and the
last page, whose pledge and opinion carry two seals side by side."""

from __future__ import annotations

import random

import numpy as np
import pymupdf

from scanlab.capture import Capture, encode, tiff
from scanlab.corpus import PageSpec, ScannedPage, make_page


def application_pages(seed: int, pages: int = 12, *, dpi: int = 150, quality: int = 45,
                      faint: bool = False, grey: bool = False) -> list[ScannedPage]:
    """A cover with the applicant's and the recommender's seals, body pages without any,
    and the form's last page with its two seals; scanned on one scanner in one go."""
    rng = random.Random(seed)
    capture = Capture.scanner(rng)
    capture.skew_deg = 0.0  # each page gets its own below
    capture.grey = grey
    specs = []
    for number in range(1, pages + 1):
        page_capture = Capture(**{**vars(capture), "skew_deg": rng.choice(
            [0.0, rng.uniform(-1.5, 1.5)])})
        spec = PageSpec(seed=rng.randrange(1 << 31), group="application", dpi=dpi,
                        quality=quality, kind="pdf", capture=page_capture, faint=faint)
        if number == 1:
            spec.layout, spec.seals, spec.pair_mm = "cover", 2, rng.uniform(35, 55)
        elif number == pages:
            spec.layout, spec.seals, spec.pair_mm = "form_end", 2, rng.uniform(30, 55)
        else:
            spec.layout = "body"
        specs.append(spec)
    return [make_page(spec) for spec in specs]


def application_pdf(pages: list[ScannedPage], *, dpi: int = 150, quality: int = 45) -> bytes:
    """The pages as a scanner's PDF: one JPEG per A4 page."""
    doc = pymupdf.open()
    for page in pages:
        pixels = page.pixels if page.pixels is not None else np.zeros((8, 8, 3), np.float32)
        grey = page.truth.grey
        image = encode(pixels, "jpg", quality, dpi=dpi, grey=grey)
        h, w = pixels.shape[:2]
        target = doc.new_page(width=w / dpi * 72, height=h / dpi * 72)
        target.insert_image(target.rect, stream=image)
    return doc.tobytes(garbage=3)


def application_tiff(pages: list[ScannedPage], *, dpi: int = 150) -> bytes:
    """The pages as one multi-page TIFF, as some scanner software saves a batch."""
    return tiff([p.pixels for p in pages if p.pixels is not None], dpi=dpi)
