"""A page looked at for seals: at what resolution, at what real scale, in colour or in grey.

The analysis resolution follows the page's own image: MuPDF decodes a JPEG at 1/2, 1/4 or 1/8
of its size almost for free (the DCT scales itself), so the page is rendered at the coarsest of
those that still gives about 0.8 mm per pixel or finer; a 1 mm seal rim still shows, and the
render costs a fraction of a full decode.

Millimetres on the page are not always millimetres of paper: a phone photo saved as JPEG at
72 dpi, or placed on a PDF page one pixel per point, makes a page half a metre wide. When a
page is far from any paper size, its short side is taken as an A4 sheet's width.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pymupdf

from app.documents.pixmaps import MM_PER_INCH, pixels
from app.documents.seals.examine import SealEvidence, examine, examine_grey

COARSEST_MM_PER_PX = 0.8
VECTOR_MM_PER_PX = 0.68  # pages drawn, not scanned
PAPER_SHORT_SIDE_MM = (126.0, 330.0)  # A5 to A3 and beyond: sizes a scanned sheet has
ASSUMED_SHORT_SIDE_MM = 210.0
MAIN_IMAGE_SHARE = 0.5


def real_scale(page: pymupdf.Page) -> float:
    """Real millimetres per page millimetre."""
    short = min(page.rect.width, page.rect.height) / 72 * MM_PER_INCH
    low, high = PAPER_SHORT_SIDE_MM
    if short <= 0 or low <= short <= high:
        return 1.0
    return ASSUMED_SHORT_SIDE_MM / short


def analysis_zoom(page: pymupdf.Page, scale: float, image_px_per_pt: float | None) -> float:
    """Pixels per point to render the page at (see the module's note)."""
    def real_mm_per_px(zoom: float) -> float:
        return MM_PER_INCH / (72 * zoom) * scale

    if image_px_per_pt is None or image_px_per_pt <= 0:
        return MM_PER_INCH * scale / (72 * VECTOR_MM_PER_PX)
    zoom = image_px_per_pt
    while real_mm_per_px(zoom / 2) <= COARSEST_MM_PER_PX:
        zoom /= 2
    # A low-resolution image is not enlarged beyond what the analysis needs.
    return min(zoom, MM_PER_INCH * scale / (72 * VECTOR_MM_PER_PX) * 1.5)


def main_image_density(page: pymupdf.Page, images: list[dict]) -> float | None:
    """Pixels per point of the image covering most of the page, if one covers half of it."""
    area = abs(page.rect) or 1.0
    best, covered = None, 0.0
    for info in images:
        share = abs(pymupdf.Rect(info["bbox"]) & page.rect) / area
        if share > covered and info.get("width") and info.get("height"):
            best, covered = info, share
    if best is None or covered < MAIN_IMAGE_SHARE:
        return None
    shown = abs(pymupdf.Rect(best["bbox"])) or 1.0
    return float(np.sqrt(best["width"] * best["height"] / shown))


@dataclass
class PageLook:
    """What the seal search saw of a page (the picture it looked at is let go at once: seals
    are cut again from the page, finer)."""

    evidence: SealEvidence


def look_at(page: pymupdf.Page, images: list[dict], grey: bool) -> PageLook:
    """Render the page as the analysis needs it and look for seals on it."""
    scale = real_scale(page)
    zoom = analysis_zoom(page, scale, main_image_density(page, images))
    mm_per_px = MM_PER_INCH / (72 * zoom)
    colourspace = pymupdf.csGRAY if grey else pymupdf.csRGB
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=colourspace,
                             alpha=False)
    look = examine_grey if grey else examine
    return PageLook(look(pixels(pixmap), mm_per_px, scale))
