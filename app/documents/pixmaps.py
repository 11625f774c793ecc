"""A MuPDF pixmap seen as a numpy array, without a copy."""

from __future__ import annotations

import numpy as np
import pymupdf


def pixels(pixmap: pymupdf.Pixmap) -> np.ndarray:
    """rows x columns (grey) or rows x columns x 3 (RGB) uint8, over the pixmap's own memory:
    its rows are padded to its stride, which the view leaves out."""
    channels = pixmap.n
    rows = np.frombuffer(pixmap.samples_mv, np.uint8).reshape(pixmap.height, pixmap.stride)
    flat = rows[:, :pixmap.width * channels]
    return flat if channels == 1 else flat.reshape(pixmap.height, pixmap.width, channels)
