"""A scanned page's largest lines of print, read: a cover's title and its 案例名称 line."""

from __future__ import annotations

import numpy as np
import pymupdf

from app.documents.ocr.lines import text_lines
from app.documents.ocr.recognizer import Reading, recognizer
from app.documents.pixmaps import MM_PER_INCH, paper_level, pixels

DPI = 150


def read_title_lines(page: pymupdf.Page) -> list[Reading]:
    """The readings of the page's tallest lines in its top part (see lines.py), tallest
    first; none where the page will not render or there is no recogniser."""
    reader = recognizer()
    if reader is None:
        return []
    try:
        pixmap = page.get_pixmap(dpi=DPI, colorspace=pymupdf.csGRAY, alpha=False)
    except Exception:  # MuPDF's fault with this page: its title is not read
        return []
    grey = pixels(pixmap)
    paper = paper_level(grey)
    readings = []
    for x0, y0, x1, y1 in text_lines(grey, MM_PER_INCH / DPI):
        pad = max(2, (y1 - y0) // 6)
        cut = grey[max(0, y0 - pad):y1 + pad, max(0, x0 - pad):x1 + pad]
        darkness = 1.0 - np.minimum(cut.astype(np.float32) / paper, 1.0)
        readings.append(reader.read(darkness))
    return readings
