"""What the map shows along and around a fitted ring: the measures a seal is judged by.

Each ellipse is its rim's outer edge (see rings.py), so the rim lies just inside it. Along 96
directions the map is read across the rim, just outside it, in a band further out, in the
band just inside the rim where a seal's name is engraved, and on rings inside (its star).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.documents.seals.ellipses import (
    Ellipse,
    band_points,
    covers,
    sample,
    sample_smooth,
    scaled_points,
)

RIM_MM = 1.0  # a seal's rim is 0.8-1.5 mm thick
TOLERANCE_MM = 1.0  # how far the rim may wander off the fitted ellipse and still count
OUTSIDE_BAND_MM = (2.5, 6.0)
TEXT_BAND_MM = (0.5, 5.0)  # inside the rim: the unit's name, the code
SAMPLES = 96  # directions measured round a fitted ellipse
FAINT_RIM = 0.6
CLEAR_SHARE = 0.5  # red round a ring counts when at least this share of its rim's redness


@dataclass(frozen=True)
class Ring:
    """A fitted ellipse (pixels) and what the map shows along and around it."""

    ellipse: Ellipse
    rim: float  # share of the visible rim that runs through red
    visible: float  # share of the rim inside the page
    runs: float  # share of the red rim in runs of several samples (a drawn line, not dots)
    spread_px: float  # how far the rim's outer edge strays from the ellipse (upper quartile)
    edge: float  # share of the red rim with paper just outside it
    clear: float  # share of the visible outside band free of red
    inside: float  # share of the inside that is red ink
    text: float  # share of directions with ink just inside the rim (the name, the code)
    strength: float  # median redness on the rim's red part, in threshold units
    width_mm: float  # how thick the red rim is (median): a seal's 1-1.5 mm, a pen's less

    @property
    def a(self) -> float:
        return self.ellipse[2]

    @property
    def b(self) -> float:
        return self.ellipse[3]

    def box(self) -> tuple[float, float, float, float]:
        """The ellipse's bounding box (x0, y0, x1, y1) in pixels."""
        cx, cy, a, b, turn = self.ellipse
        c, s = math.cos(turn), math.sin(turn)
        half_w = math.hypot(a * c, b * s)
        half_h = math.hypot(a * s, b * c)
        return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def _run_of(red: np.ndarray, pick: np.ndarray) -> np.ndarray:
    """Per row, the samples of the run of red containing the sample at column `pick`."""
    starts = red & ~np.concatenate([np.zeros((red.shape[0], 1), bool), red[:, :-1]], axis=1)
    run = np.cumsum(starts, axis=1) * red
    return (run == run[np.arange(red.shape[0]), pick][:, None]) & red


def _nearest_runs(red: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the samples of the run of red nearest offset 0, and whether there is one."""
    nearest = np.argmin(np.where(red, np.abs(offsets)[None, :], np.inf), axis=1)
    return _run_of(red, nearest), red[np.arange(red.shape[0]), nearest]


def outer_edges(values: np.ndarray, offsets: np.ndarray,
                outermost: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Per row of samples across a rim (directions x offsets, growing outward): where the run
    of red nearest offset 0 (or the outermost run) falls to half its own peak on its outer
    side, and whether the row has any red. The rim's outer edge is its sharpest line (paper
    lies beyond it); its inner side may run into the name engraved just inside, and its
    thickness differs from seal to seal. Half the peak, not the red threshold: a strongly
    inked, blurred rim would otherwise seem wider where it was pressed harder."""
    red = values >= 1.0
    rows = np.arange(values.shape[0])
    if outermost:
        last = red.shape[1] - 1 - np.argmax(red[:, ::-1], axis=1)
        mine, found = _run_of(red, last), red[rows, last]
    else:
        mine, found = _nearest_runs(red, offsets)
    level = np.maximum(1.0, 0.5 * np.where(mine, values, 0.0).max(axis=1))
    strong = mine & (values >= level[:, None])
    last = red.shape[1] - 1 - np.argmax(strong[:, ::-1], axis=1)
    # Between the last sample at or above that level and the next one, below it.
    after = np.minimum(last + 1, red.shape[1] - 1)
    high, low = values[rows, last], values[rows, after]
    share = np.where((after > last) & (high > low),
                     (high - level) / np.maximum(high - low, 1e-6), 0.5)
    step = float(offsets[1] - offsets[0]) if offsets.size > 1 else 0.0
    return offsets[last] + np.clip(share, 0.0, 1.0) * step, found


def _runs(hits: np.ndarray) -> float:
    """Share of the hits (a circular sequence) that lie in runs of at least three."""
    if not hits.any():
        return 0.0
    if hits.all():
        return 1.0
    rolled = np.roll(hits, -int(np.argmin(hits)))  # begin at a miss: no run wraps round
    edges = np.diff(np.concatenate([[0], rolled.astype(np.int8), [0]]))
    lengths = np.nonzero(edges == -1)[0] - np.nonzero(edges == 1)[0]
    return float(lengths[lengths >= 3].sum() / lengths.sum())


def measure(level: np.ndarray, ellipses: np.ndarray, mm_per_px: float,
            neighbours: np.ndarray | None = None) -> list[Ring]:
    """The rings' measures on the map. Each ellipse is its rim's outer edge, so the rim lies
    just inside it; red inside a neighbour (another sure seal, pressed beside this one)
    counts as paper for the bands outside it."""
    if len(ellipses) == 0:
        return []
    px = 1 / mm_per_px
    tol = TOLERANCE_MM * px
    rim_offsets = np.arange(-tol - RIM_MM * px, tol + 0.01, 0.25)
    out_near = np.arange(tol + 0.8 * px, tol + 2.5 * px, 0.5)
    out_far = np.arange(OUTSIDE_BAND_MM[0] * px, OUTSIDE_BAND_MM[1] * px + 0.01, 0.7)
    text_in = -np.arange(tol + (RIM_MM + TEXT_BAND_MM[0]) * px,
                         tol + (RIM_MM + TEXT_BAND_MM[1]) * px, 0.7)
    sizes = np.cumsum([rim_offsets.size, out_near.size, out_far.size])
    xs, ys = band_points(ellipses, np.concatenate([rim_offsets, out_near, out_far, text_in]),
                         SAMPLES)
    values = sample_smooth(level, xs, ys)
    for other in neighbours if neighbours is not None else ():
        covered = covers(other, xs[:, :, sizes[0]:sizes[2]], ys[:, :, sizes[0]:sizes[2]])
        covered[np.all(np.isclose(ellipses, other), axis=1)] = False  # not itself
        values[:, :, sizes[0]:sizes[2]][covered] = 0.0
    filled = np.nan_to_num(values, nan=0.0)
    rim, near, far, text_band = np.split(filled, sizes, axis=2)
    seen = ~np.isnan(values[:, :, int(np.searchsorted(rim_offsets, 0.0))])
    rim_best = rim.max(axis=2)
    # On quiet paper a faint rim counts from a lower level than the page's red threshold:
    # three times the red round it, but never below FAINT_RIM.
    quiet = np.median(far.reshape(len(ellipses), -1), axis=1)
    least = np.clip(3 * quiet, FAINT_RIM, 1.0)
    hits = (rim_best >= least[:, None]) & seen
    flat = rim.reshape(-1, rim_offsets.size)
    edges = outer_edges(flat, rim_offsets)[0].reshape(hits.shape)
    widths = _nearest_runs(flat >= 1.0, rim_offsets)[0].sum(axis=1).reshape(hits.shape)
    # Where the red runs on past the band (a seal beside this one, a line), the rim's edge is
    # not seen: the spread is taken where it is.
    ends = hits & (edges < rim_offsets[-1])
    far_seen = ~np.isnan(values[:, :, sizes[1]:sizes[2]]).all(axis=2) & seen
    # Red round a ring counts when it is red as ink is: the faint colour a fringe leaves along
    # print does not make a strongly inked seal's surroundings red.
    strength = np.array([np.median(rim_best[n][hits[n]]) if hits[n].any() else 0.0
                         for n in range(len(ellipses))])
    clear = (far.max(axis=2) < np.maximum(1.5, CLEAR_SHARE * strength)[:, None]) & far_seen
    # Paper just outside: below the red threshold, or far below this rim's own peak (a heavily
    # inked rim's blur reaches a little further out).
    edge = (near.max(axis=2) < np.maximum(1.0, 0.3 * rim_best)) & hits
    text = (text_band.max(axis=2) >= 1.0) & seen
    inner = sample(level, *scaled_points(ellipses, np.array([0.8, 0.65, 0.5, 0.35]), 48))
    inside = ((inner >= 1.0).sum(axis=(1, 2)) / np.maximum((~np.isnan(inner)).sum(axis=(1, 2)),
                                                           1))
    rings = []
    for n in range(len(ellipses)):
        count, visible = int(hits[n].sum()), int(seen[n].sum())
        spread = np.sort(np.abs(edges[n][ends[n]]))
        rings.append(Ring(
            ellipse=tuple(float(v) for v in ellipses[n]),  # type: ignore[arg-type]
            rim=count / visible if visible else 0.0,
            visible=visible / SAMPLES,
            runs=_runs(hits[n]),
            spread_px=float(spread[int(0.75 * (spread.size - 1))])
            if count and spread.size >= 0.3 * count else 9.9,
            edge=float(edge[n].sum() / count) if count else 0.0,
            clear=float(clear[n].sum() / max(1, int(far_seen[n].sum()))),
            inside=float(inside[n]),
            text=float(text[n].sum() / visible) if visible else 0.0,
            strength=float(strength[n]),
            width_mm=float(np.median(widths[n][hits[n]])) * 0.25 * mm_per_px if count else 0.0))
    return rings
