"""Red rings of seal size on a redness map: where they may be and which ellipse each is.

1. Candidate centres by the Hough gradient method: every pixel on the edge of red ink votes
   along its gradient, both ways, at each distance a seal's radius may have. The rim of a round
   or oval seal sends its votes to one small area near its centre whatever lies beside it, so
   two seals touching or overlapping still make two peaks.
2. At each candidate, circles of every seal size are tried by their rim coverage (the share
   of directions from the centre in which the circle runs through red), the centre moved to
   the circle fitted to the red, and ovals of every aspect (up to 1.6) and turn tried where no
   circle covers well. All candidates at once.
3. Each hypothesis is fitted to the outer edge of the rim it runs along (Fitzgibbon's direct
   least-squares ellipse fit, all rings at once); ring_measures.py then says what the map
   shows along and around it.

The map is in threshold units: 1 is the level above which a pixel counts as red ink.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from app.documents.seals.ellipses import (
    band_points,
    directions,
    fit_ellipses,
    radial_residuals,
    sample,
    sample_smooth,
)
from app.documents.seals.redness import box3
from app.documents.seals.ring_measures import SAMPLES, TOLERANCE_MM, outer_edges

MIN_RADIUS_MM = 9.0  # a 25 mm seal scanned 20 % small, the minor axis of a narrow oval
MAX_RADIUS_MM = 36.0  # a 60 mm seal scanned a little large
MAX_CANDIDATES = 12
PER_AREA = 3  # candidates tried per square of AREA_MM
AREA_MM = 50.0
MAX_EDGES = 3000
ANGLES = 72
ASPECTS = (1.0, 1.2, 1.4, 1.6)
OVAL_SPLIT_MM = 40.0  # the farthest apart an oval's two cusps lie: a 60 mm oval of aspect 1.6
MAX_MIDPOINTS = 6
TURNS = 6  # orientations of a non-round ellipse tried, over half a turn

def candidates(level: np.ndarray, mm_per_px: float) -> list[tuple[float, float]]:
    """Likely ring centres (x, y), best first. The votes are cast on the map at half its
    resolution: a rim is still a line there, and a quarter of the edges vote."""
    h, w = level.shape
    h2, w2 = h // 2 * 2, w // 2 * 2
    capped = np.minimum(level[:h2, :w2], 3.0)
    coarse = (capped[0::2, 0::2] + capped[1::2, 0::2] + capped[0::2, 1::2]
              + capped[1::2, 1::2]) * 0.25
    step = 2 * mm_per_px
    smooth = box3(coarse)
    gx = np.zeros_like(smooth)
    gy = np.zeros_like(smooth)
    gx[:, 1:-1] = smooth[:, 2:] - smooth[:, :-2]
    gy[1:-1] = smooth[2:] - smooth[:-2]
    magnitude = np.hypot(gx, gy)
    ys, xs = np.nonzero(magnitude > 0.35)
    if xs.size < 8:
        return []
    if xs.size > MAX_EDGES:  # a page full of red text: a sample of its edges votes
        stride = -(-xs.size // MAX_EDGES)
        ys, xs = ys[::stride], xs[::stride]
    m = magnitude[ys, xs]
    ux, uy = (gx[ys, xs] / m)[:, None], (gy[ys, xs] / m)[:, None]
    r0 = max(2, int(MIN_RADIUS_MM / step))
    radii = np.arange(r0, int(MAX_RADIUS_MM / step) + 1, dtype=np.float32)
    radii = np.concatenate([radii, -radii])[None, :]
    vx = np.rint(xs[:, None] + ux * radii).astype(np.int32)
    vy = np.rint(ys[:, None] + uy * radii).astype(np.int32)
    hc, wc = coarse.shape
    inside = (vx >= 0) & (vx < wc) & (vy >= 0) & (vy < hc)
    votes = np.bincount(vy[inside] * wc + vx[inside], minlength=hc * wc)
    votes = box3(votes.reshape(hc, wc).astype(np.float32)) * 9
    # A full ring of the smallest size sends about 2 x 2 pi r0 votes to its centre.
    spacing = max(2, int(0.8 * MIN_RADIUS_MM / step))
    found = _peaks(votes, spacing, min_votes=0.2 * 2 * math.pi * r0, area_px=AREA_MM / step)
    found += _midpoints(found, spacing, OVAL_SPLIT_MM / step)
    return [(2 * x + 0.5, 2 * y + 0.5) for x, y in found]


def _midpoints(found: list[tuple[float, float]], spacing: float,
               reach: float) -> list[tuple[float, float]]:
    """The points halfway between two peaks close enough to be one oval's. An oval's rim does
    not vote for its centre alone: its normals cross the major axis all along the segment
    between the two cusps of its evolute, and the votes pile up at those cusps, either side of
    the centre, so the strongest peaks of an oval are its two ends and its centre lies
    between them."""
    halves: list[tuple[float, float]] = []
    for i, (x1, y1) in enumerate(found):
        for x2, y2 in found[i + 1:]:
            if spacing <= math.hypot(x2 - x1, y2 - y1) <= reach:
                x, y = (x1 + x2) / 2, (y1 + y2) / 2
                if all(math.hypot(x - fx, y - fy) >= spacing / 2 for fx, fy in found + halves):
                    halves.append((x, y))
                    if len(halves) == MAX_MIDPOINTS:
                        return halves
    return halves


def _peaks(votes: np.ndarray, spacing: int, min_votes: float,
           area_px: float) -> list[tuple[float, float]]:
    """Local maxima above `min_votes`, strongest first, at least `spacing` apart."""
    centre = votes[1:-1, 1:-1]
    peak = centre >= min_votes
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            if dy != 1 or dx != 1:
                peak &= centre >= votes[dy:dy + centre.shape[0], dx:dx + centre.shape[1]]
    ys, xs = np.nonzero(peak)
    order = np.argsort(centre[ys, xs])[::-1]
    found: list[tuple[float, float]] = []
    per_area: dict[tuple[int, int], int] = {}
    for index in order:
        x, y = float(xs[index] + 1), float(ys[index] + 1)
        # A block of red text makes many peaks: only a few per area are tried, so that a
        # seal elsewhere on the page still gets its turn.
        area = (int(x // area_px), int(y // area_px))
        if per_area.get(area, 0) >= PER_AREA:
            continue
        if all((x - fx) ** 2 + (y - fy) ** 2 >= spacing * spacing for fx, fy in found):
            found.append((x, y))
            per_area[area] = per_area.get(area, 0) + 1
            if len(found) == MAX_CANDIDATES:
                break
    return found


@lru_cache(maxsize=4)
def _shapes() -> np.ndarray:
    """Relative radius per direction (shapes x ANGLES) of every ellipse shape tried: the
    radius in direction t of an ellipse of semi-major 1."""
    t = np.linspace(0, 2 * np.pi, ANGLES, endpoint=False)
    rows = [np.ones(ANGLES)]
    for aspect in ASPECTS[1:]:
        for k in range(TURNS):
            phi = math.pi * k / TURNS
            rows.append(1 / np.sqrt(np.cos(t - phi) ** 2 + (aspect * np.sin(t - phi)) ** 2))
    return np.array(rows, np.float32)


# The rounder shape wins a near tie: a circle is the commonest seal, and an oval drawn through
# the text inside a faint seal must not beat its rim.
_ROUNDNESS_PENALTY = np.array(
    [0.0] + [0.06 * (aspect - 1) / 0.6 for aspect in ASPECTS[1:] for _ in range(TURNS)],
    np.float32)


@dataclass(frozen=True)
class _Polar:
    """The map along ANGLES rays from each candidate centre: red within the rim tolerance."""

    radii: np.ndarray  # sample distances along a ray, pixels
    step: float
    red: np.ndarray  # candidates x ANGLES x radii, bool
    pooled: np.ndarray  # the same, red within the rim tolerance
    seen: np.ndarray  # the same, on the paper (not off the page, not a dark border)


def _polar(level: np.ndarray, centres: np.ndarray, mm_per_px: float) -> _Polar:
    step = POLAR_STEP
    r0, r1 = MIN_RADIUS_MM / mm_per_px, MAX_RADIUS_MM / mm_per_px
    radii = np.arange(r0 / ASPECTS[-1], r1 + RECENTRE_MM / mm_per_px + 1, step,
                      dtype=np.float32)
    cos, sin = directions(ANGLES)
    xs = centres[:, 0, None, None] + cos[None, :, None] * radii[None, None, :]
    ys = centres[:, 1, None, None] + sin[None, :, None] * radii[None, None, :]
    values = sample(level, xs, ys)
    red = np.nan_to_num(values) >= 1.0
    pooled = red.copy()
    for shift in range(1, max(1, round(TOLERANCE_MM / mm_per_px / step)) + 1):
        pooled[:, :, shift:] |= red[:, :, :-shift]
        pooled[:, :, :-shift] |= red[:, :, shift:]
    return _Polar(radii, step, red, pooled, ~np.isnan(values))


def hypotheses(level: np.ndarray, centres: list[tuple[float, float]], mm_per_px: float,
               min_coverage: float) -> list[tuple[float, float, np.ndarray]]:
    """For each candidate centre, the seal-sized ring through the most red: (x, y, radius in
    each of ANGLES directions), when its rim coverage reaches `min_coverage`. Circles are
    tried for all candidates at once; ovals of every aspect and turn only where no circle fits
    well."""
    if not centres:
        return []
    points = np.array(centres, np.float32)
    # Twice: a candidate's centre is only roughly the ring's, so its best circle is fitted to
    # the red it runs through and the circles are tried again from the fitted centres.
    for attempt in range(2):
        polar = _polar(level, points, mm_per_px)
        r0, r1 = MIN_RADIUS_MM / mm_per_px, MAX_RADIUS_MM / mm_per_px
        lo = int(np.searchsorted(polar.radii, r0))
        hi = int(np.searchsorted(polar.radii, r1))
        hits = polar.pooled & polar.seen
        # A circle's coverage is over the part of it on the paper: a seal cut by the page's
        # edge or a dark border is judged on what shows, and its name, wholly inside, does
        # not outscore its rim.
        seen = polar.seen[:, :, lo:hi].sum(axis=1)
        circle = np.where(seen >= MIN_SEEN * ANGLES,
                          hits[:, :, lo:hi].sum(axis=1) / np.maximum(seen, 1), 0.0)
        best = np.argmax(circle, axis=1)
        radius = polar.radii[lo + best]
        if attempt == 0:
            points = _recentred(polar, points, radius, mm_per_px)
    centre_seen = polar.seen[:, :, 0].sum(axis=1)
    usable = (centre_seen >= MIN_SEEN * ANGLES) & (
        hits.any(axis=2).sum(axis=1) >= 0.5 * centre_seen)
    coverage = circle[np.arange(len(points)), best]
    shapes = np.repeat(radius[:, None], ANGLES, axis=1)
    found = [(float(coverage[i]), float(points[i, 0]), float(points[i, 1]), shapes[i])
             for i in np.nonzero(usable & (coverage >= min_coverage))[0]]
    # Where no circle covers well the best oval is fitted too, beside the circle: an oval's
    # best circle may run through its name, and the measures tell the two apart.
    oval = np.nonzero(usable & (coverage < ROUND_ENOUGH))[0]
    if oval.size:
        oval_coverage, oval_shapes = _best_ovals(polar, oval, mm_per_px)
        found += [(float(c), float(points[i, 0]), float(points[i, 1]), shape)
                  for i, c, shape in zip(oval, oval_coverage, oval_shapes, strict=True)
                  if c >= min_coverage]
    # Several candidates round one seal give the same ring: it is fitted once.
    kept: list[tuple[float, float, float, np.ndarray]] = []
    for coverage, cx, cy, shape in sorted(found, key=lambda h: -h[0]):
        size = float(shape.mean())
        if not any(math.hypot(cx - x, cy - y) < 0.3 * size
                   and abs(float(other.mean()) - size) < 0.3 * size
                   for _, x, y, other in kept):
            kept.append((coverage, cx, cy, shape))
    return [(cx, cy, shape) for _, cx, cy, shape in kept]


MIN_SEEN = 0.4  # a ring less on the paper than this is not tried
ROUND_ENOUGH = 0.85  # a circle covering this much of a rim is not tried as an oval
RECENTRE_MM = 3.0  # how far from a candidate's circle its rim may lie
POLAR_STEP = 1.0  # pixels between samples along a ray from a candidate centre


def _recentred(polar: _Polar, points: np.ndarray, radius: np.ndarray,
               mm_per_px: float) -> np.ndarray:
    """Each candidate's centre moved to the centre of the circle fitted (Kasa's algebraic
    least squares, all candidates at once) to the outermost red within RECENTRE_MM of its
    best circle in each direction: a ring's rim is its outermost line."""
    window = RECENTRE_MM / mm_per_px
    near = polar.red & (np.abs(polar.radii[None, None, :] - radius[:, None, None]) <= window)
    near &= polar.seen
    has = near.any(axis=2)
    last = polar.radii.size - 1 - np.argmax(near[:, :, ::-1], axis=2)
    reach = polar.radii[last] + polar.step / 2
    cos, sin = directions(ANGLES)
    weight = has.astype(np.float64)
    x = cos[None, :] * reach  # relative to the candidate
    y = sin[None, :] * reach
    n = weight.sum(axis=1)
    sx, sy = (weight * x).sum(axis=1), (weight * y).sum(axis=1)
    sxx, syy, sxy = ((weight * x * x).sum(axis=1), (weight * y * y).sum(axis=1),
                     (weight * x * y).sum(axis=1))
    z = x * x + y * y
    matrix = np.stack([np.stack([sxx, sxy, sx], -1), np.stack([sxy, syy, sy], -1),
                       np.stack([sx, sy, n], -1)], -2)
    rhs = np.stack([(weight * z * x).sum(axis=1), (weight * z * y).sum(axis=1),
                    (weight * z).sum(axis=1)], -1)
    moved = points.copy()
    usable = n >= 12
    if usable.any():
        try:
            solution = np.linalg.solve(matrix[usable], rhs[usable][..., None])[..., 0]
        except np.linalg.LinAlgError:
            return moved
        shift = solution[:, :2] / 2
        # A fit that runs off far is not trusted: the candidate keeps its place.
        small = np.hypot(shift[:, 0], shift[:, 1]) <= window * 2
        moved[usable] = np.where(small[:, None], points[usable] + shift, points[usable])
    return moved


def _best_ovals(polar: _Polar, rows: np.ndarray,
                mm_per_px: float) -> tuple[np.ndarray, np.ndarray]:
    """For the candidates `rows`, the best-covered oval of every aspect, turn and size: its
    coverage and its radius in each direction."""
    shapes = _shapes()
    r0, r1 = MIN_RADIUS_MM / mm_per_px, MAX_RADIUS_MM / mm_per_px
    scales = np.arange(r0, r1, max(1.0, 1.0 / mm_per_px), dtype=np.float32)
    cells = np.rint((scales[None, :, None] * shapes[:, None, :] - polar.radii[0]) / polar.step)
    cells = np.clip(cells.astype(np.int32), 0, polar.radii.size - 1)
    angles = np.arange(ANGLES)[None, None, :]
    on_paper = polar.seen[rows]
    hits = (polar.pooled[rows] & on_paper)[:, angles, cells].sum(axis=3)
    # Most candidates are wholly on the paper; the others count only what shows of each oval.
    shown = np.full(hits.shape, ANGLES, np.int64)
    cut = np.nonzero(~on_paper.all(axis=(1, 2)))[0]
    if cut.size:
        shown[cut] = on_paper[cut][:, angles, cells].sum(axis=3)
    coverage = np.where(shown >= MIN_SEEN * ANGLES, hits / np.maximum(shown, 1), 0.0)
    score = (coverage - _ROUNDNESS_PENALTY[None, :, None]).reshape(len(rows), -1)
    shape, scale = np.unravel_index(np.argmax(score, axis=1), coverage.shape[1:])
    return (coverage[np.arange(len(rows)), shape, scale],
            shapes[shape] * scales[scale][:, None])


def fit_rings(level: np.ndarray, found: list[tuple[float, float, np.ndarray]],
              mm_per_px: float) -> np.ndarray:
    """The ellipses (N x 5) of seal-sized rings fitted to their rims from hypotheses (see
    hypotheses), all at once: first to the outer edge of the outermost red near each (the
    hypothesis may sit anywhere on a thick rim), then along the fitted ellipses themselves,
    so that a fit pulled off by text or a neighbour on one side comes back to the rim there.
    Rings that fit no seal-sized ellipse are left out."""
    if not found:
        return np.zeros((0, 5))
    centres = np.array([(x, y) for x, y, _ in found], np.float64)
    radii = np.stack([shape for _, _, shape in found]).astype(np.float64)
    cos, sin = directions(ANGLES)
    ellipses, ok = _fit_edges(level, centres[:, 0, None] + radii * cos,
                              centres[:, 1, None] + radii * sin, centres, mm_per_px,
                              TOLERANCE_MM * 2, outermost=True)
    ok &= _seal_sized(ellipses, mm_per_px)
    # Outward first (an oval seen as a circle at first reaches its ends), then to the
    # nearest edge.
    for outward in (True, False):
        xs, ys = band_points(ellipses, np.zeros(1), SAMPLES)
        refined, good = _fit_edges(level, xs[:, :, 0], ys[:, :, 0], ellipses[:, :2], mm_per_px,
                                   TOLERANCE_MM * (2 if outward else 1.5), outermost=outward)
        good &= ok & _seal_sized(refined, mm_per_px)
        ellipses = np.where(good[:, None], refined, ellipses)
    return ellipses[ok]


def _seal_sized(ellipses: np.ndarray, mm_per_px: float) -> np.ndarray:
    return ((ellipses[:, 3] * mm_per_px >= MIN_RADIUS_MM * 0.8)
            & (ellipses[:, 2] * mm_per_px <= MAX_RADIUS_MM * 1.1))


def _fit_edges(level: np.ndarray, px: np.ndarray, py: np.ndarray, centres: np.ndarray,
               mm_per_px: float, reach_mm: float,
               outermost: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Fits an ellipse per row to the rim's outer edge near each given point (rows x points),
    looking along the line from the row's centre; points far off that first fit (text, a
    neighbouring seal) are dropped and the fit repeated."""
    reach = reach_mm / mm_per_px
    offsets = np.arange(-reach, reach + 0.01, 0.5)
    dx, dy = px - centres[:, 0, None], py - centres[:, 1, None]
    length = np.maximum(np.hypot(dx, dy), 1e-6)
    ux, uy = dx / length, dy / length
    values = np.nan_to_num(sample_smooth(level, px[..., None] + ux[..., None] * offsets,
                                         py[..., None] + uy[..., None] * offsets), nan=0.0)
    rows, points = px.shape
    edge, keep = outer_edges(values.reshape(rows * points, -1), offsets, outermost)
    edge, keep = edge.reshape(rows, points), keep.reshape(rows, points)
    xs, ys = px + ux * edge, py + uy * edge
    first, ok = fit_ellipses(xs, ys, keep)
    residual = np.where(keep, radial_residuals(first, xs, ys), np.inf)
    middle = np.sort(residual, axis=1)[np.arange(rows), np.maximum(keep.sum(axis=1) // 2, 0)]
    good = keep & (residual <= np.maximum(2.0, 3 * middle)[:, None])
    second, ok2 = fit_ellipses(xs, ys, good)
    better = ok2 & (good.sum(axis=1) >= 8)
    return np.where(better[:, None], second, first), ok | better


