"""Ellipses on a pixel grid, many at once: fitting them to points, points on and around them,
which points they cover, and reading a map at points.

Everything works on stacks (ellipses as rows of an N x 5 array: centre x, y; semi-axes a >= b;
turn), so a page's rings cost the same few numpy calls whether there are two or twenty.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

Ellipse = tuple[float, float, float, float, float]  # centre x, y; semi-axes a >= b; turn
MIN_POINTS = 8


@lru_cache(maxsize=8)
def directions(count: int) -> tuple[np.ndarray, np.ndarray]:
    t = np.linspace(0, 2 * np.pi, count, endpoint=False)
    return np.cos(t).astype(np.float32), np.sin(t).astype(np.float32)


def sample(level: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Nearest-pixel values; NaN off the map."""
    h, w = level.shape
    ix = np.rint(np.asarray(xs, np.float32)).astype(np.int32)
    iy = np.rint(np.asarray(ys, np.float32)).astype(np.int32)
    inside = (ix >= 0) & (ix < w) & (iy >= 0) & (iy < h)
    np.clip(ix, 0, w - 1, out=ix)
    np.clip(iy, 0, h - 1, out=iy)
    iy *= w
    iy += ix
    return np.where(inside, level.ravel().take(iy), np.float32(np.nan))


def sample_smooth(level: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Bilinear values, so that an edge is placed between pixels where it lies; NaN off the
    map."""
    h, w = level.shape
    xs = np.asarray(xs, np.float32)
    ys = np.asarray(ys, np.float32)
    x0 = np.floor(xs)
    y0 = np.floor(ys)
    fx, fy = xs - x0, ys - y0
    inside = (x0 >= 0) & (x0 < w - 1) & (y0 >= 0) & (y0 < h - 1)
    # One flat index for the four neighbours: a quarter of the index arithmetic of four 2-d
    # lookups, on the hottest path of the seal check.
    at = (np.clip(y0, 0, h - 2).astype(np.int32) * w
          + np.clip(x0, 0, w - 2).astype(np.int32))
    flat = level.ravel()
    top = flat.take(at)
    top += (flat.take(at + 1) - top) * fx
    bottom = flat.take(at + w)
    bottom += (flat.take(at + w + 1) - bottom) * fx
    top += (bottom - top) * fy
    return np.where(inside, top, np.float32(np.nan))


def fit_ellipses(xs: np.ndarray, ys: np.ndarray,
                 use: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fitzgibbon, Pilu and Fisher's direct least-squares ellipse fit, with Halir and Flusser's
    numerically stable split, for each row of points (N x K; `use` says which points count).
    Returns the N x 5 ellipses and which rows made one."""
    weight = use.astype(np.float64)
    count = weight.sum(axis=1)
    total = np.maximum(count, 1.0)
    mx = (weight * xs).sum(axis=1) / total
    my = (weight * ys).sum(axis=1) / total
    x, y = xs - mx[:, None], ys - my[:, None]
    d1 = np.stack([x * x, x * y, y * y], axis=2)
    d2 = np.stack([x, y, np.ones_like(x)], axis=2)
    weighted1 = (d1 * weight[:, :, None]).transpose(0, 2, 1)
    s1 = weighted1 @ d1
    s2 = weighted1 @ d2
    s3 = (d2 * weight[:, :, None]).transpose(0, 2, 1) @ d2 + np.eye(3) * 1e-9
    t = -np.linalg.solve(s3, s2.transpose(0, 2, 1))
    m = s1 + s2 @ t
    m = np.stack([m[:, 2] / 2, -m[:, 1], m[:, 0] / 2], axis=1)
    vectors = np.real(np.linalg.eig(m)[1])  # N x 3 (component) x 3 (vector)
    condition = 4 * vectors[:, 0] * vectors[:, 2] - vectors[:, 1] ** 2
    chosen = np.argmax(condition > 0, axis=1)
    ok = (condition > 0).any(axis=1) & (count >= MIN_POINTS)
    conic = np.take_along_axis(vectors, chosen[:, None, None], axis=2)[:, :, 0]
    # The conic's sign is arbitrary; the axis formulas want a + c > 0.
    conic *= np.where(conic[:, 0] + conic[:, 2] < 0, -1.0, 1.0)[:, None]
    a, b, c = conic[:, 0], conic[:, 1], conic[:, 2]
    d, e, f = (t @ conic[:, :, None])[:, :, 0].T
    with np.errstate(divide="ignore", invalid="ignore"):
        den = b * b - 4 * a * c
        num = 2 * (a * e * e + c * d * d - b * d * e + den * f)
        root = np.sqrt((a - c) ** 2 + b * b)
        ok &= (den < 0) & (num > 0) & (a + c - root > 0)
        major = np.sqrt(np.where(ok, num * (a + c + root), 1.0)) / np.where(ok, -den, 1.0)
        minor = np.sqrt(np.where(ok, num * (a + c - root), 1.0)) / np.where(ok, -den, 1.0)
        cx = np.where(ok, (2 * c * d - b * e) / np.where(ok, den, -1.0), 0.0) + mx
        cy = np.where(ok, (2 * a * e - b * d) / np.where(ok, den, -1.0), 0.0) + my
    turn = 0.5 * np.arctan2(-b, c - a)
    swap = major < minor
    ellipses = np.stack([cx, cy, np.maximum(major, minor), np.minimum(major, minor),
                         turn + np.where(swap, np.pi / 2, 0.0)], axis=1)
    return ellipses, ok & np.isfinite(ellipses).all(axis=1)


def band_points(ellipses: np.ndarray, grows: np.ndarray,
                count: int) -> tuple[np.ndarray, np.ndarray]:
    """Points (ellipses x directions x offsets) on each ellipse grown by each offset
    (pixels)."""
    cx, cy, a, b, turn = (ellipses[:, i, None, None] for i in range(5))
    cos, sin = directions(count)
    u = (a + grows[None, None, :]) * cos[None, :, None]
    v = (b + grows[None, None, :]) * sin[None, :, None]
    c, s = np.cos(turn), np.sin(turn)
    return cx + u * c - v * s, cy + u * s + v * c


def scaled_points(ellipses: np.ndarray, shares: np.ndarray,
                  count: int) -> tuple[np.ndarray, np.ndarray]:
    """Points (ellipses x directions x shares) on each ellipse shrunk by each share of its
    minor semi-axis: rings inside it."""
    minor = ellipses[:, 3, None, None]
    cx, cy, a, b, turn = (ellipses[:, i, None, None] for i in range(5))
    cos, sin = directions(count)
    u = (a - shares[None, None, :] * minor) * cos[None, :, None]
    v = (b - shares[None, None, :] * minor) * sin[None, :, None]
    c, s = np.cos(turn), np.sin(turn)
    return cx + u * c - v * s, cy + u * s + v * c


def covers(ellipse: np.ndarray, xs: np.ndarray, ys: np.ndarray,
           grow: float = 1.15) -> np.ndarray:
    """Which points lie inside the ellipse (one row of five) enlarged by `grow`."""
    cx, cy, a, b, turn = (float(v) for v in ellipse)
    c, s = np.cos(turn), np.sin(turn)
    u = ((xs - cx) * c + (ys - cy) * s) / (a * grow)
    v = (-(xs - cx) * s + (ys - cy) * c) / (b * grow)
    return u * u + v * v <= 1.0


def radial_residuals(ellipses: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """How far each point (N x K) lies off its row's ellipse, along the line from the
    centre."""
    cx, cy, a, b, turn = (ellipses[:, i, None] for i in range(5))
    c, s = np.cos(turn), np.sin(turn)
    u = (xs - cx) * c + (ys - cy) * s
    v = -(xs - cx) * s + (ys - cy) * c
    r = np.hypot(u, v)
    scale = np.sqrt((u / np.maximum(a, 1e-6)) ** 2 + (v / np.maximum(b, 1e-6)) ** 2)
    return np.abs(r - r / np.maximum(scale, 1e-9))
