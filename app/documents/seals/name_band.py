"""The unit's name round a seal's rim, read.

A round or oval seal carries its unit's name along the inside of its rim, clockwise, each
character upright towards the rim. Resampled along the fitted ellipse (polar unwrapping: one
column per step of angle, one row per step from just inside the rim towards the centre), the
name becomes one straight line of upright characters that the recogniser reads like any
other. The strip runs one and a half turns from the seal's foot, so the whole name lies in
it unbroken however the stamp was turned.

The ink is the page's redness against its own paper (printed text under the seal is not red
and drops out); on a grey page, its mid-grey ink (near-black print drops out).
"""

from __future__ import annotations

import math

import numpy as np
import pymupdf

from app.documents.ocr.recognizer import HEIGHT, Reading, recognizer
from app.documents.pixmaps import MM_PER_INCH, pixels
from app.documents.seals.ellipses import sample_smooth
from app.documents.seals.examine import SealMark
from app.documents.seals.redness import grey_ink_level, red_level

BAND_DEPTH = 0.45  # the name's band, in shares of the semi-axes, from the rim inwards
BAND_START = 0.95  # where it begins when no rim shows
SEARCH = (1.12, 0.38)  # the strip searched for the rim and the band
RIM_SEARCH = 0.85  # the rim is looked for outside this share
RIM_LEAST = 0.3  # a rim shows round at least this share of the strip
TURNS = 1.5
BAND_PX = 64  # rows the band is rendered at: the recogniser's 48 and some to spare
DPI_RANGE = (100.0, 300.0)
MARGIN_MM = 2.0
INK_FULL = 3.0  # redness (threshold units) read as full ink


def band_strip(level: np.ndarray, ellipse: tuple[float, float, float, float, float]
               ) -> np.ndarray:
    """The name band of the ring `ellipse` (pixels of `level`) unwrapped: HEIGHT rows (rim
    side first) by as many columns as keep the characters' proportions, ink 0..1. The fitted
    ellipse may lie a little off the rim (a blurred or spread edge); the band begins where the
    rim ends, found on the ink's profile across the unwrapped strip."""
    cx, cy, a, b, turn = ellipse
    rows = round(HEIGHT * (SEARCH[0] - SEARCH[1]) / BAND_DEPTH)
    shares = np.linspace(SEARCH[0], SEARCH[1], rows, dtype=np.float32)
    middle = 1.0 - BAND_DEPTH / 2
    width = round(2 * math.pi * middle / BAND_DEPTH * HEIGHT * TURNS)
    t = math.pi / 2 + np.linspace(0.0, 2 * math.pi * TURNS, width, endpoint=False,
                                  dtype=np.float32)
    u, v = a * shares[:, None] * np.cos(t)[None, :], b * shares[:, None] * np.sin(t)[None, :]
    c, s = math.cos(turn), math.sin(turn)
    values = np.nan_to_num(sample_smooth(level, cx + u * c - v * s, cy + u * s + v * c),
                           nan=0.0)
    top = _rim_end(values, shares)
    band = values[top:top + HEIGHT]
    if band.shape[0] < HEIGHT:
        band = np.vstack([band, np.zeros((HEIGHT - band.shape[0], width), np.float32)])
    return np.clip(band / INK_FULL, 0.0, 1.0)


def _rim_end(values: np.ndarray, shares: np.ndarray) -> int:
    """The first row inside the rim: past the profile's peak near the fitted ellipse, where
    the ink falls below half of it (the rim is the one line all round the strip)."""
    profile = (values >= 1.0).mean(axis=1)
    near = np.nonzero(shares >= RIM_SEARCH)[0]
    peak = int(near[np.argmax(profile[near])])
    if profile[peak] < RIM_LEAST:
        return int(np.argmin(np.abs(shares - BAND_START)))
    row = peak
    while row + 1 < profile.size and profile[row] >= profile[peak] / 2:
        row += 1
    return min(row, profile.size - HEIGHT)


def red_ink(rgb: np.ndarray) -> np.ndarray:
    """Red ink at the resolution of the image's brightness: a JPEG keeps its colour at half
    the resolution (4:2:0), which blurs a seal's strokes into each other, but the green channel
    is mostly brightness. Ink is where green falls below the paper's while red stays up (black
    print under the seal is dark in red too), in the units of INK_FULL."""
    pixels = rgb.astype(np.float32)
    paper = np.maximum(np.percentile(pixels.reshape(-1, 3), 90, axis=0), 1.0)
    green = 1.0 - np.minimum(pixels[..., 1] / paper[1], 1.0)
    red = np.clip((pixels[..., 0] / paper[0] - 0.35) / 0.3, 0.0, 1.0)
    return green * red * (INK_FULL / 0.6)


def read_seal_name(page: pymupdf.Page, mark: SealMark, grey: bool) -> tuple[Reading, ...]:
    """The recogniser's readings of the name round a ring found on `page`: on a colour page
    two, of its red ink at full resolution (red_ink) and of its redness against the paper
    (red_level, smoother: a fine 300-dpi stroke reads better so); none where the mark is no
    ring, the page will not render there or there is no recogniser."""
    if mark.ellipse is None:
        return ()
    reader = recognizer()
    if reader is None:
        return ()
    cx, cy, a, b, turn = mark.ellipse
    band_mm = BAND_DEPTH * b
    dpi = round(min(max(BAND_PX / max(band_mm, 1.0) * MM_PER_INCH, DPI_RANGE[0]),
                    DPI_RANGE[1]))
    reach = a * SEARCH[0] + MARGIN_MM
    points = 72 / MM_PER_INCH
    clip = pymupdf.Rect((cx - reach) * points, (cy - reach) * points, (cx + reach) * points,
                        (cy + reach) * points)
    try:
        shown = clip * page.derotation_matrix & page.rect
        pixmap = page.get_pixmap(dpi=dpi, clip=shown, alpha=False,
                                 colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB)
    except Exception:  # MuPDF's fault with this page: the seal is found, its name not read
        return ()
    if pixmap.width < 16 or pixmap.height < 16:
        return ()
    image = pixels(pixmap)
    mm_per_px = MM_PER_INCH / dpi
    if grey:
        levels = [grey_ink_level(image, mm_per_px)]
    else:
        levels = [red_ink(image), red_level(image, mm_per_px)]
    # The ring in the clip's pixels: the clip starts where the page's rect cut it.
    x0 = max(clip.x0, 0.0) / points
    y0 = max(clip.y0, 0.0) / points
    ring = ((cx - x0) / mm_per_px, (cy - y0) / mm_per_px, a / mm_per_px, b / mm_per_px, turn)
    return tuple(reader.read(band_strip(np.nan_to_num(level, nan=0.0), ring))
                 for level in levels if level is not None)
