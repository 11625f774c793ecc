"""Square seals (a company's or a person's 方章, a red frame with the name inside): the seals
that hold no ring. (A riding seal's slices at the page's edge are riding.py's.)

A square seal is found as connected red ink (the map of redness.py, at the analysis
resolution): a compact piece of ink 10-40 mm across whose outline, once turned upright, is a
frame drawn on all four sides, with ink inside (the name) but no more than a seal holds, and
paper round it. A red table's cells are frames too, but they are joined into one grid far
larger than a seal, and hold black text, not red.

A red title's characters are 9-14 mm tall, and 国, 图 or 回 is a frame with ink inside: a
square under 14 mm (a person's 名章 is 10-13 mm) must also stand alone in its row, with no
red of its height beside it: a title's next character lies within half a character, or
within one and a half where a head is spread across the page (陕 西 省 数 据 局).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.documents.seals.redness import grow_cross

SQUARE_MM = (10.0, 40.0)  # a person's 名章 to a company's seal
LONE_UNDER_MM = 14.0  # a red title's character is smaller: a square below this stands alone
NEIGHBOUR_GAP = 1.5  # of the square's width: where a title's next character would be
NEIGHBOUR_ROWS = 0.4  # share of the square's rows that red beside it covers, for a character
NEIGHBOUR_INK = 0.3  # ... and its ink, in shares of the square's own
SQUARE_ASPECT = 1.4
FRAME_SIDES = 0.8  # share of each side's length the frame covers
FRAME_BAND_MM = 2.5
# Each corner's outermost square of this side holds ink: a ring of a seal's size passes just
# inside the box's corners, a frame through them.
CORNER_MM = 1.5
CORNER_INK = 0.3
CORNER_SHARE = 0.12  # of the side: a disc keeps 0.15 of it clear at its box's corners
INKED_CORNERS = 3
INSIDE_INK = (0.08, 0.6)
SQUARE_INSIDE_MAX = 0.97  # a 阴文 seal is red with its name left white; a filled box is not
CLEAR_MM = 4.0  # wider than the spacing of a red title's characters (国 is a frame too)
CLEAR_MAX = 0.12
MAX_PIECES = 400  # connected pieces of red looked at on one page


@dataclass(frozen=True)
class Shape:
    kind: str  # square | riding
    x: float  # box in pixels of the map
    y: float
    width: float
    height: float


def _labels(mask: np.ndarray) -> np.ndarray:
    """Connected pieces of the mask (8-neighbours), labelled 1..n (0: background), by
    propagating the smallest label until nothing changes."""
    h, w = mask.shape
    labels = np.where(mask, np.arange(1, h * w + 1, dtype=np.int64).reshape(h, w), 0)
    big = np.int64(h * w + 2)
    while True:
        padded = np.pad(np.where(mask, labels, big), 1, constant_values=big)
        best = labels.copy()
        for dy in (0, 1, 2):
            for dx in (0, 1, 2):
                np.minimum(best, padded[dy:dy + h, dx:dx + w], out=best)
        best = np.where(mask, best, 0)
        if np.array_equal(best, labels):
            return labels
        labels = best


def shapes_on(level: np.ndarray, mm_per_px: float) -> list[Shape]:
    """Square seals on a redness map (in thresholds; NaN: no paper)."""
    red = np.nan_to_num(level) >= 1.0
    if not red.any():
        return []
    paper = ~np.isnan(level)
    labels = _labels(grow_cross(red))  # strokes a pixel apart are one seal
    found: list[Shape] = []
    counts = np.bincount(labels.ravel())
    least = max(8, int(20 / mm_per_px ** 2))  # 20 mm² of ink at least
    pieces = [n for n in np.argsort(counts)[::-1][:MAX_PIECES + 1] if n and counts[n] >= least]
    for piece in pieces:
        ys, xs = np.nonzero((labels == piece) & red)
        if len(xs) < least:
            continue
        shape = _square(ys, xs, red, paper, mm_per_px)
        if shape is not None:
            found.append(shape)
    return found


def _square(ys: np.ndarray, xs: np.ndarray, red: np.ndarray, paper: np.ndarray,
            mm_per_px: float) -> Shape | None:
    span = max(xs.max() - xs.min(), ys.max() - ys.min()) * mm_per_px
    if not SQUARE_MM[0] <= span <= SQUARE_MM[1] * math.sqrt(2):
        return None
    cx, cy = xs.mean(), ys.mean()
    best = None
    for degrees in range(-45, 45, 3):  # the turn that makes the outline upright: least area
        turn = math.radians(degrees)
        u = (xs - cx) * math.cos(turn) + (ys - cy) * math.sin(turn)
        v = -(xs - cx) * math.sin(turn) + (ys - cy) * math.cos(turn)
        area = np.ptp(_trimmed(u)) * np.ptp(_trimmed(v))
        if best is None or area < best[0]:
            best = (area, u, v)
    assert best is not None
    _, u, v = best
    keep = _inside_trim(u) & _inside_trim(v)  # a speck of ink off the frame is no side
    u, v = u[keep], v[keep]
    width, height = (u.max() - u.min()) * mm_per_px, (v.max() - v.min()) * mm_per_px
    if not (SQUARE_MM[0] <= min(width, height) and max(width, height) <= SQUARE_MM[1]
            and max(width, height) <= SQUARE_ASPECT * min(width, height)):
        return None
    band = FRAME_BAND_MM / mm_per_px
    for along, across in ((u, v), (v, u)):
        for edge in (across.min(), across.max()):
            near = np.abs(across - edge) <= band
            covered = np.unique(np.round(along[near]).astype(np.int64))
            if len(covered) < FRAME_SIDES * (along.max() - along.min() + 1):
                return None
    # A square's corners are inked; a disc's are paper. In a phone's photo the square leans
    # into a parallelogram, whose two corners then lie a few millimetres inside its box. A
    # worn seal or one pressed unevenly may leave one corner bare, never three.
    least = CORNER_INK * (CORNER_MM / mm_per_px) ** 2
    corner = max(CORNER_MM, CORNER_SHARE * min(width, height)) / mm_per_px
    inked = sum(np.count_nonzero((np.abs(u - corner_u) <= corner)
                                 & (np.abs(v - corner_v) <= corner)) >= least
                for corner_u in (u.min(), u.max()) for corner_v in (v.min(), v.max()))
    if inked < INKED_CORNERS:
        return None
    inner = (u > u.min() + band) & (u < u.max() - band) & (v > v.min() + band) & (
        v < v.max() - band)
    inner_area = max(1.0, (u.max() - u.min() - 2 * band) * (v.max() - v.min() - 2 * band))
    if not INSIDE_INK[0] <= np.count_nonzero(inner) / inner_area <= SQUARE_INSIDE_MAX:
        return None
    if not _clear_round(xs, ys, red, paper, mm_per_px):
        return None
    if max(width, height) < LONE_UNDER_MM and _in_a_row(xs, ys, red):
        return None
    return Shape("square", float(xs.min()), float(ys.min()), float(np.ptp(xs) + 1),
                 float(np.ptp(ys) + 1))


def _trimmed(values: np.ndarray) -> np.ndarray:
    return np.percentile(values, [0.5, 99.5])


def _inside_trim(values: np.ndarray) -> np.ndarray:
    low, high = _trimmed(values)
    return (values >= low) & (values <= high)


def _clear_round(xs: np.ndarray, ys: np.ndarray, red: np.ndarray, paper: np.ndarray,
                 mm_per_px: float) -> bool:
    """Paper round the box: a band a few millimetres wide outside it lies on the page, on
    paper, with little red in it. (Where the picture or the paper ends, its edge would be a
    frame's fourth side: the desk above a photographed page is no seal.)"""
    pad = max(2, round(CLEAR_MM / mm_per_px))
    y0, y1 = ys.min() - pad, ys.max() + pad + 1
    x0, x1 = xs.min() - pad, xs.max() + pad + 1
    if y0 < 0 or x0 < 0 or y1 > red.shape[0] or x1 > red.shape[1]:
        return False
    inside = (slice(ys.min() - y0, ys.max() - y0 + 1), slice(xs.min() - x0, xs.max() - x0 + 1))
    around = red[y0:y1, x0:x1].copy()
    around[inside] = False
    on_paper = paper[y0:y1, x0:x1].copy()
    on_paper[inside] = True
    ring = around.size - (ys.max() - ys.min() + 1) * (xs.max() - xs.min() + 1)
    return (np.count_nonzero(~on_paper) <= CLEAR_MAX * ring
            and np.count_nonzero(around) <= CLEAR_MAX * ring)


def _in_a_row(xs: np.ndarray, ys: np.ndarray, red: np.ndarray) -> bool:
    """Red ink of the box's height just left or right of it, as much as a character holds: a
    character of a red title. (A scanner's colour fringes on black print beside a seal are
    red specks on every line, but little ink.)"""
    gap = max(2, round(NEIGHBOUR_GAP * (xs.max() - xs.min() + 1)))
    rows = red[ys.min():ys.max() + 1]
    for x0, x1 in ((xs.min() - gap, xs.min()), (xs.max() + 1, xs.max() + 1 + gap)):
        beside = rows[:, max(0, x0):max(0, min(red.shape[1], x1))]
        if (beside.size and np.count_nonzero(beside.any(axis=1)) >= NEIGHBOUR_ROWS * len(rows)
                and np.count_nonzero(beside) >= NEIGHBOUR_INK * len(xs)):
            return True
    return False
