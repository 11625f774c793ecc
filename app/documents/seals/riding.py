"""The slices of a riding seal (骑缝章): pressed across the edges of the whole stack, it leaves on
each page a strip of the seal at the page's left or right edge, often a few characters and a
piece of the rim, seldom one connected piece of ink.

The page's edge zone is looked at row by row, aligned to where the paper ends in that row:
- what runs along the edge for most of a long stretch of it (a red border or rule, the scan's
  shading, the desk beside a photographed page) is set aside first: a slice is at most 65 mm
  tall;
- where the paper is seen to end is not always where it ends: in a phone's photo the desk just
  beside the paper (brown wood, a dark cloth) reads as paper for a few millimetres. Such desk
  is orange or dark, never seal red, and it too runs along the edge, so the paper's true edge
  is taken past it;
- the rows holding seal-red ink near the edge form runs (a slice's characters lie a few
  millimetres apart); a run is a slice when it is a slice's height, clear of the page's top
  and bottom, holds enough ink, and reaches the paper's edge over a good share of its rows, as
  the seal did when it crossed the edge, and is a dense strip of it (a pen's loop at the margin
  or a faint tint of the paper fills little of its box). Body text keeps its margin.

Seal red is told from a desk's orange by the balance of green and blue: seal ink takes both
about equally, wood takes far more blue than green.
"""

from __future__ import annotations

import math

import numpy as np

from app.documents.seals.redness import grow_cross
from app.documents.seals.square import Shape

DEPTH_MM = 30.0  # a slice lies within this of the paper's edge
HEIGHT_MM = (10.0, 65.0)
CLEAR_OF_ENDS_MM = 10.0  # a slice is clear of the page's top and bottom
GAP_MM = 5.0  # the space between a slice's characters
LONG_HALF_MM = 60.0  # a structure along the edge over most of twice this is no slice
LONG_SHARE = 0.6
LONG_SLACK_MM = 1.5  # a skewed page's border wanders this much across the rows
DESK_MM = 15.0  # how far inside the seen edge the paper's true edge may lie
OUTERMOST_MM = 1.0  # the scan's own fringe at the paper's edge
NEAR_MM = 6.0  # a white scanner lid beyond a skewed page looks like paper for a few mm
NEAR_SHARE = 0.3  # share of a slice's rows whose ink reaches the edge
LEAST_INK_MM2 = 15.0
LEAST_WIDTH_MM = 1.0  # ink per row, on average: a hairline along the edge is no slice
EDGE_MARGIN_MM = 20.0  # the paper's edge is looked at this far above and below a slice
EDGE_TURN_DEG = 15.0  # a skewed scan or a phone's perspective turns the edge this much
EDGE_SLACK_MM = 6.0  # the paper map's edge steps in blocks a few millimetres wide
EDGE_TRIM = (5.0, 95.0)  # percentiles of the edge's place over the rows looked at
OWN_DEPTH_MM = (2.0, 22.0)  # across the edge: a strip of a seal, not a pen stroke's sweep
LEAST_FILL = 0.25  # of the slice's own box: a seal's strip is dense, a pen's loop or a tint not
INK_LEVEL = 2.0  # in thresholds of redness.red_level: a slice is seal ink, not a tint
BEYOND_MM = (5.0, 20.0)  # past the seen edge: where a slice's ink never lies
BEYOND_CHROMA = 0.15  # red against the paper's colour: seal ink, not paper or a grey desk
BEYOND_SHARE = 0.2  # of a slice's rows, holding such ink past the edge
GROW_MM = 1.0  # a stroke's fainter ink joined to its ink of INK_LEVEL, this far at most
ORANGE = 0.3  # (G - B) / (R - min(G, B)): seal ink is about 0, brown wood 0.4-0.5
DARK = 0.6  # darker than this share of the paper: a desk or a cloth, not paper


def slices_on(level: np.ndarray, rgb: np.ndarray, mm_per_px: float) -> list[Shape]:
    """Riding-seal slices on a page: `level` is redness.red_level's map of `rgb` (NaN: no
    paper), whose pixels are `mm_per_px` real millimetres."""
    paper = ~np.isnan(level)
    has_paper = paper.any(axis=1)
    if not has_paper.any():
        return []
    width = paper.shape[1]
    first = np.where(has_paper, paper.argmax(axis=1), 0)
    last = np.where(has_paper, width - 1 - paper[:, ::-1].argmax(axis=1), -1)
    paper_colour = np.maximum(np.percentile(rgb[::4, ::4].reshape(-1, 3), 90, axis=0), 1.0)
    found = []
    for side in ("left", "right"):
        found.extend(_slices_at(side, level, rgb, paper_colour, first, last, has_paper,
                                mm_per_px))
    return found


def _colours(pixels: np.ndarray, paper: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per pixel, against the page's paper colour (its bright pixels): orange (a desk's hue,
    not seal ink's), dark (a desk or a cloth, not paper) and the red's chroma."""
    norm = np.minimum(pixels.astype(np.float32) / paper.astype(np.float32), 1.0)
    chroma = norm[..., 0] - np.minimum(norm[..., 1], norm[..., 2])
    orange = (norm[..., 1] - norm[..., 2]) > ORANGE * np.maximum(chroma, 1e-3)
    return orange, norm.mean(axis=2) < DARK, chroma


def _slices_at(side: str, level: np.ndarray, rgb: np.ndarray, paper_colour: np.ndarray,
               first: np.ndarray, last: np.ndarray, has_paper: np.ndarray,
               mm_per_px: float) -> list[Shape]:
    """The edge zone is gathered row by row (aligned to where the paper ends) before anything
    is measured: the rest of the page is never looked at here."""
    rows, width = level.shape
    depth = max(4, round(DEPTH_MM / mm_per_px))
    inward = np.arange(depth)
    columns = (last[:, None] - inward) if side == "right" else (first[:, None] + inward)
    valid = (columns >= first[:, None]) & (columns <= last[:, None]) & has_paper[:, None]
    columns = np.clip(columns, 0, width - 1)
    every_row = np.arange(rows)[:, None]

    redness = np.nan_to_num(level[every_row, columns])
    orange, dark, _ = _colours(rgb[every_row, columns], paper_colour)
    lit = redness >= 1.0
    red = _hysteresis(lit & ~orange & valid, redness >= INK_LEVEL,
                      max(1, round(GROW_MM / mm_per_px)))
    desk = ((lit & orange) | dark) & valid & ~red
    long_red = _along_edge(red, mm_per_px)
    edge = _true_edge(long_red | _along_edge(desk, mm_per_px), mm_per_px)
    ink = red & ~_widen(long_red, 1)
    ink[inward[None, :] < edge[:, None] + max(1, round(OUTERMOST_MM / mm_per_px))] = False
    paper_rows = np.nonzero(has_paper)[0]
    found = []
    seen = last if side == "right" else first
    # Where the paper truly ends, row by row: past the desk the paper map took for paper.
    true_edge = last - edge if side == "right" else first + edge
    for start, stop in _runs(ink.any(axis=1), max(1, round(GAP_MM / mm_per_px))):
        ends = (start - paper_rows[0], paper_rows[-1] + 1 - stop)
        if (_edge_straight(true_edge, has_paper, start, stop, mm_per_px)
                and _is_slice(ink[start:stop], edge[start:stop], ends, mm_per_px)
                and not _ink_beyond(rgb, paper_colour, seen, start, stop, side, mm_per_px)):
            ys, ks = np.nonzero(ink[start:stop])
            xs = columns[start + ys, ks]
            found.append(Shape("riding", float(xs.min()), float(start),
                               float(xs.max() - xs.min() + 1), float(stop - start)))
    return found


def _ink_beyond(rgb: np.ndarray, paper_colour: np.ndarray, seen: np.ndarray, start: int,
                stop: int, side: str, mm_per_px: float) -> bool:
    """Whether seal-red ink lies well beyond the paper's seen edge in rows start..stop: then
    that edge is where the paper map gave up on a shadowed part of the page, not where the
    paper ends, and the ink cut by it is a whole stamp, not a slice. (The map's edge lies at
    most a fine block inside the paper's, so a slice's ink never reaches BEYOND_MM past it.)"""
    near, far = round(BEYOND_MM[0] / mm_per_px), round(BEYOND_MM[1] / mm_per_px)
    step = np.arange(near, far)
    rows = np.arange(start, stop)[:, None]
    columns = seen[start:stop, None] + (step if side == "right" else -step)[None, :]
    inside = (columns >= 0) & (columns < rgb.shape[1])
    orange, _, chroma = _colours(rgb[rows, np.clip(columns, 0, rgb.shape[1] - 1)],
                                 paper_colour)
    inked = (chroma >= BEYOND_CHROMA) & ~orange & inside
    return float((inked.sum(axis=1) >= 2).mean()) >= BEYOND_SHARE


def _edge_straight(edge: np.ndarray, has_paper: np.ndarray, start: int, stop: int,
                   mm_per_px: float) -> bool:
    """Whether the paper's edge runs straight past the rows start..stop (turned at most
    EDGE_TURN_DEG): a page's edge does, the border of a patch the paper map left out (a
    shadow read as desk) steps in and out. A notch of the paper map at the window's end (a
    few rows of shadow) does not bend the page's edge."""
    margin = round(EDGE_MARGIN_MM / mm_per_px)
    rows = np.arange(max(0, start - margin), min(len(edge), stop + margin))
    rows = rows[has_paper[rows]]
    if len(rows) < 2:
        return False
    low, high = np.percentile(edge[rows], EDGE_TRIM)
    span = (high - low) * mm_per_px
    return span <= math.tan(math.radians(EDGE_TURN_DEG)) * np.ptp(rows) * mm_per_px + EDGE_SLACK_MM


def _hysteresis(weak: np.ndarray, strong: np.ndarray, steps: int) -> np.ndarray:
    """Ink of INK_LEVEL with the weaker red (above the red threshold) that touches it, grown
    `steps` pixels at most: a faint slice's strokes (a strong cast or moiré raises the page's
    threshold) keep their whole width, while a tint, red nowhere at INK_LEVEL, stays out."""
    grown = strong & weak
    for _ in range(steps):
        wider = grow_cross(grown) & weak
        if np.array_equal(wider, grown):
            break
        grown = wider
    return grown


def _widen(mask: np.ndarray, reach: int) -> np.ndarray:
    """The mask grown by `reach` pixels along its rows."""
    out = mask.copy()
    for step in range(1, reach + 1):
        out[:, step:] |= mask[:, :-step]
        out[:, :-step] |= mask[:, step:]
    return out


def _along_edge(mask: np.ndarray, mm_per_px: float) -> np.ndarray:
    """What of the mask runs along the edge for most of a long stretch of it."""
    wide = _widen(mask, max(1, round(LONG_SLACK_MM / mm_per_px))).astype(np.int32)
    half = max(1, round(LONG_HALF_MM / mm_per_px))
    total = np.cumsum(np.pad(wide, ((half + 1, half), (0, 0))), axis=0)
    share = (total[2 * half + 1:] - total[:-2 * half - 1]) / (2 * half + 1)
    return share >= LONG_SHARE


def _true_edge(beside: np.ndarray, mm_per_px: float) -> np.ndarray:
    """Per row, how far in from the seen edge the paper truly begins: past what lies along
    the edge without a break from it (within DESK_MM)."""
    reach = min(beside.shape[1], round(DESK_MM / mm_per_px))
    near = beside[:, :reach]
    return np.where(near.all(axis=1), reach, (~near).argmax(axis=1))


def _runs(rows: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Stretches of marked rows, gaps up to `gap` rows closed: (start, stop) pairs."""
    marked = np.nonzero(rows)[0]
    if not len(marked):
        return []
    breaks = np.nonzero(np.diff(marked) > gap)[0]
    starts = np.concatenate([[marked[0]], marked[breaks + 1]])
    stops = np.concatenate([marked[breaks], [marked[-1]]]) + 1
    return list(zip(starts.tolist(), stops.tolist(), strict=True))


def _is_slice(ink: np.ndarray, edge: np.ndarray, ends: tuple[int, int],
              mm_per_px: float) -> bool:
    """Whether a run of rows holds a slice (`ends`: the rows of paper above and below it)."""
    height = len(ink) * mm_per_px
    area = np.count_nonzero(ink) * mm_per_px ** 2
    if not (HEIGHT_MM[0] <= height <= HEIGHT_MM[1]
            and min(ends) * mm_per_px >= CLEAR_OF_ENDS_MM
            and area >= LEAST_INK_MM2 and area / height >= LEAST_WIDTH_MM):
        return False
    inked = np.nonzero(ink.any(axis=0))[0]
    own_depth = (inked.max() + 1 - inked.min()) * mm_per_px
    if not (OWN_DEPTH_MM[0] <= own_depth <= OWN_DEPTH_MM[1]
            and area >= LEAST_FILL * height * own_depth):
        return False
    reach = edge[:, None] + round(NEAR_MM / mm_per_px)
    near = (ink & (np.arange(ink.shape[1])[None, :] <= reach)).any(axis=1)
    return float(near.mean()) >= NEAR_SHARE
