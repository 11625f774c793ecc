"""A rendered page seen as numpy pixels stays the page it was, however it was rendered."""

from __future__ import annotations

import gc

import numpy as np
import pymupdf

from app.documents.pixmaps import pixels


def test_pixels_of_a_pixmap_no_longer_held_are_still_the_pages() -> None:
    """A view over a pixmap's memory once read freed memory when the pixmap was let go: the
    first row then held the allocator's pointers and a page's seal verdict changed from run
    to run."""
    doc = pymupdf.open()
    page = doc.new_page(width=200, height=100)
    page.draw_rect(page.rect, color=None, fill=(0.9, 0.6, 0.3))
    kept = page.get_pixmap(alpha=False)
    expected = pixels(kept).copy()
    seen = pixels(page.get_pixmap(alpha=False))
    gc.collect()
    filler = [bytearray(len(expected.tobytes())) for _ in range(50)]
    assert filler and np.array_equal(seen, expected)
