"""A MuPDF pixmap seen as a numpy array, without a copy, and the measures every reading of a
rendered page shares: millimetres per inch, the paper's brightness."""

from __future__ import annotations

import numpy as np
import pymupdf

MM_PER_INCH = 25.4


class PixmapPixels(np.ndarray):
    """A view over a pixmap's memory that keeps the pixmap alive: `samples_mv` does not, so
    a bare view of a pixmap no longer referenced reads freed memory (its first bytes then
    hold the allocator's pointers, and a page's analysis changes from run to run)."""

    pixmap: pymupdf.Pixmap | None = None


def pixels(pixmap: pymupdf.Pixmap) -> np.ndarray:
    """rows x columns (grey) or rows x columns x 3 (RGB) uint8, over the pixmap's own memory:
    its rows are padded to its stride, which the view leaves out."""
    channels = pixmap.n
    rows = np.frombuffer(pixmap.samples_mv, np.uint8).reshape(pixmap.height, pixmap.stride)
    flat = rows[:, :pixmap.width * channels]
    shaped = flat if channels == 1 else flat.reshape(pixmap.height, pixmap.width, channels)
    held = shaped.view(PixmapPixels)
    held.pixmap = pixmap
    return held


def paper_level(grey: np.ndarray) -> float:
    """The paper's brightness on a grey render: most of a page is paper, so its 90th
    percentile (never 0, so it can divide)."""
    return max(float(np.percentile(grey, 90)), 1.0)
