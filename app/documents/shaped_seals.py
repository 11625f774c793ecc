"""Seals that are no ring: square seals (a company's or a person's 方章, a red frame with the
name inside) and the slices of a riding seal (骑缝章) that a page carries at its edge when the
seal was pressed across the edges of the whole stack.

Both are found as connected red ink (the map of redness.py, at the analysis resolution):
- a square seal is a compact piece of ink 9-40 mm across whose outline, once turned upright,
  is a frame drawn on all four sides, with ink inside (the name) but no more than a seal holds,
  and paper round it. A red table's cells are frames too, but they are joined into one grid
  far larger than a seal, and hold black text, not red;
- a riding-seal slice lies at the page's left or right edge, 3-30 mm deep and 12-65 mm tall,
  and the side of it away from the edge is an arc of a seal's rim (a circle of 11-36 mm radius
  fitted to it, closely) or the straight side of a square seal's frame, with ink inside. A red
  border or rule along the edge runs the page's length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

SQUARE_MM = (14.0, 40.0)  # a person's 方章 to a company's; a letterhead's character is smaller
SQUARE_ASPECT = 1.4
FRAME_SIDES = 0.8  # share of each side's length the frame covers
FRAME_BAND_MM = 2.5
# Each corner's outermost square of this side holds ink: a ring of a seal's size passes just
# inside the box's corners, a frame through them.
CORNER_MM = 1.5
CORNER_INK = 0.3
INSIDE_INK = (0.08, 0.6)
SQUARE_INSIDE_MAX = 0.97  # a 阴文 seal is red with its name left white; a filled box is not
CLEAR_MM = 4.0  # wider than the spacing of a red title's characters (国 is a frame too)
CLEAR_MAX = 0.12
SLICE_DEPTH_MM = (3.0, 30.0)
SLICE_HEIGHT_MM = (12.0, 65.0)
SLICE_RADIUS_MM = (11.0, 36.0)
SLICE_FIT_MM = 0.9  # how far, at most, the slice's inner edge strays from its circle (RMS)
SLICE_STRAIGHT_MM = 0.8  # a square seal's slice: its inner side a straight line, within this
EDGE_MM = 6.0
ARC_INLIERS = 0.6  # share of the slice's rows whose inner side is the rim
NAME_INK = 1.3  # ink between an arc and the edge, as a multiple of the arc's own
SQUARE_SLICE_MM = 5.0  # a square seal's slice shows its frame's top and bottom this deep
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
    """Square seals and riding-seal slices on a redness map (in thresholds; NaN: no paper)."""
    red = np.nan_to_num(level) >= 1.0
    paper = ~np.isnan(level)
    if not red.any():
        return []
    joined = red.copy()  # strokes a pixel apart are one seal
    joined[1:] |= red[:-1]
    joined[:-1] |= red[1:]
    joined[:, 1:] |= red[:, :-1]
    joined[:, :-1] |= red[:, 1:]
    labels = _labels(joined)
    found: list[Shape] = []
    counts = np.bincount(labels.ravel())
    least = max(8, int(20 / mm_per_px ** 2))  # 20 mm² of ink at least
    pieces = [n for n in np.argsort(counts)[::-1][:MAX_PIECES + 1] if n and counts[n] >= least]
    for piece in pieces:
        ys, xs = np.nonzero((labels == piece) & red)
        if len(xs) < least:
            continue
        shape = _square(ys, xs, red, mm_per_px) or _riding(ys, xs, red, paper, mm_per_px)
        if shape is not None:
            found.append(shape)
    return found


def _square(ys: np.ndarray, xs: np.ndarray, red: np.ndarray, mm_per_px: float) -> Shape | None:
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
    corner = CORNER_MM / mm_per_px
    for corner_u in (u.min(), u.max()):  # a square's corners are inked; a disc's are paper
        for corner_v in (v.min(), v.max()):
            near = (np.abs(u - corner_u) <= corner) & (np.abs(v - corner_v) <= corner)
            if np.count_nonzero(near) < CORNER_INK * corner * corner:
                return None
    inner = (u > u.min() + band) & (u < u.max() - band) & (v > v.min() + band) & (
        v < v.max() - band)
    inner_area = max(1.0, (u.max() - u.min() - 2 * band) * (v.max() - v.min() - 2 * band))
    if not INSIDE_INK[0] <= np.count_nonzero(inner) / inner_area <= SQUARE_INSIDE_MAX:
        return None
    if not _clear_round(xs, ys, red, mm_per_px):
        return None
    return Shape("square", float(xs.min()), float(ys.min()), float(np.ptp(xs) + 1),
                 float(np.ptp(ys) + 1))


def _trimmed(values: np.ndarray) -> np.ndarray:
    return np.percentile(values, [0.5, 99.5])


def _inside_trim(values: np.ndarray) -> np.ndarray:
    low, high = _trimmed(values)
    return (values >= low) & (values <= high)


def _clear_round(xs: np.ndarray, ys: np.ndarray, red: np.ndarray, mm_per_px: float) -> bool:
    """Paper round the box: little red in a band a few millimetres wide outside it."""
    pad = max(2, round(CLEAR_MM / mm_per_px))
    y0, y1 = max(0, ys.min() - pad), min(red.shape[0], ys.max() + pad + 1)
    x0, x1 = max(0, xs.min() - pad), min(red.shape[1], xs.max() + pad + 1)
    around = red[y0:y1, x0:x1].copy()
    around[ys.min() - y0:ys.max() - y0 + 1, xs.min() - x0:xs.max() - x0 + 1] = False
    ring = around.size - (ys.max() - ys.min() + 1) * (xs.max() - xs.min() + 1)
    return ring <= 0 or np.count_nonzero(around) / ring <= CLEAR_MAX


def _riding(ys: np.ndarray, xs: np.ndarray, red: np.ndarray, paper: np.ndarray,
            mm_per_px: float) -> Shape | None:
    """A riding seal's slice at the paper's left or right edge (in a phone's photo the paper
    ends where the desk begins): its side away from the edge is an arc of a round seal's rim,
    or the straight side of a square seal's frame."""
    band = paper[ys.min():ys.max() + 1]
    if not band.any():
        return None
    columns = np.nonzero(band.any(axis=0))[0]
    left_edge, right_edge = int(columns.min()), int(columns.max())
    near = round(EDGE_MM / mm_per_px)  # a scan's edge is the paper's within a few millimetres
    at_left, at_right = xs.min() <= left_edge + near, xs.max() >= right_edge - near
    if at_left == at_right:
        return None
    depth = ((xs.max() + 1 - left_edge) if at_left else (right_edge + 1 - xs.min())) * mm_per_px
    height = (ys.max() - ys.min() + 1) * mm_per_px
    if not (SLICE_DEPTH_MM[0] <= depth <= SLICE_DEPTH_MM[1]
            and SLICE_HEIGHT_MM[0] <= height <= SLICE_HEIGHT_MM[1]):
        return None
    area = (xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1)
    if not INSIDE_INK[0] <= len(xs) / area <= 0.8:
        return None
    rows = np.unique(ys)
    inner = np.array([xs[ys == r].max() if at_left else xs[ys == r].min() for r in rows],
                     np.float64)
    if not _clear_above_below(ys, xs, red, mm_per_px):
        return None  # a piece of a longer red line along the edge (a border), not a slice
    own_depth = (xs.max() - xs.min() + 1) * mm_per_px
    straight = (height >= 2 * depth and own_depth >= SQUARE_SLICE_MM
                and _straight(inner, rows.astype(np.float64), mm_per_px)
                and _framed(ys, xs, mm_per_px))
    # A rim's arc bows: a sliver of false red along a skewed scan's edge is straight.
    curved = own_depth >= 2.5 and np.ptp(inner) * mm_per_px >= 2.0
    if not straight and not (curved and _arc(inner, rows, at_left, mm_per_px)
                             and _name_inside(ys, xs, red, left_edge, right_edge, at_left)):
        return None
    return Shape("riding", float(xs.min()), float(ys.min()), float(np.ptp(xs) + 1),
                 float(np.ptp(ys) + 1))


def _clear_above_below(ys: np.ndarray, xs: np.ndarray, red: np.ndarray,
                       mm_per_px: float) -> bool:
    reach = max(2, round(CLEAR_MM / mm_per_px))
    columns = slice(xs.min(), xs.max() + 1)
    above = red[max(0, ys.min() - reach):ys.min(), columns]
    below = red[ys.max() + 1:ys.max() + 1 + reach, columns]
    return all(part.size == 0 or np.count_nonzero(part) / part.size <= CLEAR_MAX
               for part in (above, below))


def _name_inside(ys: np.ndarray, xs: np.ndarray, red: np.ndarray, left_edge: int,
                 right_edge: int, at_left: bool) -> bool:
    """Between a rim's arc and the edge lies the seal's name: more ink than the rim's own
    (a sliver of false red along a skewed scan's edge has nothing beside it)."""
    columns = slice(left_edge, xs.max() + 1) if at_left else slice(xs.min(), right_edge + 1)
    inside = np.count_nonzero(red[ys.min():ys.max() + 1, columns])
    return inside >= NAME_INK * len(xs)


def _framed(ys: np.ndarray, xs: np.ndarray, mm_per_px: float) -> bool:
    """A square seal's slice keeps the top and bottom of its frame, running to the edge."""
    band = max(1, round(2.0 / mm_per_px))
    width = xs.max() - xs.min() + 1
    for rows in ((ys <= ys.min() + band), (ys >= ys.max() - band)):
        if len(np.unique(xs[rows])) < 0.6 * width:
            return False
    return True


def _straight(inner: np.ndarray, rows: np.ndarray, mm_per_px: float) -> bool:
    """Whether the inner side is one straight line along the edge (a skewed scan turns it a
    few degrees): a square seal's frame."""
    slope, offset = np.polyfit(rows, inner, 1)
    rms = float(np.sqrt(np.mean((inner - (slope * rows + offset)) ** 2)))
    return abs(slope) <= math.tan(math.radians(8)) and rms * mm_per_px <= SLICE_STRAIGHT_MM


def _arc(inner: np.ndarray, rows: np.ndarray, at_left: bool, mm_per_px: float) -> bool:
    """Whether most of the inner side lies on one circle of a seal's radius whose centre is
    beyond the edge. Rows where the rim did not print give a character of the name instead:
    those are dropped as they stray (the fit is made again without them, twice)."""
    x, y = inner, rows.astype(np.float64)
    for _ in range(3):
        fitted = _circle(x, y)
        if fitted is None:
            return False
        cx, cy, radius, _rms = fitted
        off = np.abs(np.hypot(x - cx, y - cy) - radius)
        keep = off * mm_per_px <= 2 * SLICE_FIT_MM
        if keep.all() or np.count_nonzero(keep) < 6:
            break
        x, y = x[keep], y[keep]
    if len(x) < ARC_INLIERS * len(inner):
        return False
    fitted = _circle(x, y)
    if fitted is None:
        return False
    cx, _cy, radius, rms = fitted
    beyond = cx <= inner.min() if at_left else cx >= inner.max()  # the seal's centre lies out
    return (beyond and SLICE_RADIUS_MM[0] <= radius * mm_per_px <= SLICE_RADIUS_MM[1]
            and rms * mm_per_px <= SLICE_FIT_MM)


def _circle(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float, float] | None:
    """Least-squares circle through the points (Kåsa's fit): centre, radius, RMS distance."""
    if len(x) < 6:
        return None
    design = np.column_stack([x, y, np.ones_like(x)])
    target = x ** 2 + y ** 2
    try:
        (a, b, c), *_ = np.linalg.lstsq(design, target, rcond=None)
    except np.linalg.LinAlgError:
        return None
    cx, cy = a / 2, b / 2
    squared = c + cx ** 2 + cy ** 2
    if squared <= 0:
        return None
    radius = math.sqrt(squared)
    rms = float(np.sqrt(np.mean((np.hypot(x - cx, y - cy) - radius) ** 2)))
    return float(cx), float(cy), radius, rms
