"""How much redder than its paper each pixel of a page is.

A scan's paper is rarely white: yellowish or grey stock, a warm phone white balance, a binding
shadow or a hand's shadow change its colour across the page. Seal ink is transparent and
multiplies with the paper under it, so each channel is divided by the paper's own level around
the pixel (the brightest values of its block of the page); on the result paper is white
wherever it is, and red ink is what keeps its red channel while losing green and blue.

The work is done on the page seen as blocks (a 5-d view of the pixels), so the paper's level
is never spread out to every pixel: a page costs a few passes over its pixels.

Colour is less sharp than light in what a scanner sends: a JPEG keeps it at half resolution,
and a scanner's colour channels are rarely in perfect register, so black print comes with red
on one side of a stroke and cyan on the other. A pixel is therefore red only where its
neighbourhood is red on average too: a stroke's red and cyan edges cancel there, while a seal's
rim, a millimetre or more of red, keeps its colour. The pixel's own redness is kept, so the
rim's outline stays as sharp as the scan made it.
"""

from __future__ import annotations

import numpy as np

PAPER_BLOCK_MM = 12.0  # the paper's colour is taken per block this wide: smaller than a shadow's
# gradient, larger than the thickest stroke (a seal's star, a letterhead's character)
MIN_THRESHOLD = 0.03  # below this no ink is told from JPEG's colour noise, however clean
MAX_THRESHOLD = 0.14
NOISE_SIGMAS = 5.0
GREY_THRESHOLD = 0.15  # darkness of the faintest seal ink a grey scan still shows
GREY_TEXT = 0.7  # darker than this on a grey scan is print, not seal ink
MIN_PAPER_LEVEL = 24.0
NEIGHBOURS_RED = 0.7  # the least mean redness round a red pixel, in thresholds


def _paper_levels(pixels: np.ndarray, block: int) -> np.ndarray:
    """Each block's paper level per channel (block rows x block columns x channels): the
    brightest pair of neighbouring pixels, so that one noisy pixel does not become the paper;
    a block that is all ink takes the brighter of its neighbours' levels."""
    pairs = pixels.astype(np.uint16)
    pairs[:, :-1] += pixels[:, 1:]
    pairs[:, -1] *= 2
    rows = np.maximum.reduceat(pairs, np.arange(0, pairs.shape[0], block), axis=0)
    levels = np.maximum.reduceat(rows, np.arange(0, pairs.shape[1], block), axis=1)
    levels = levels.astype(np.float32) * 0.5
    grown = levels.copy()
    grown[1:] = np.maximum(grown[1:], levels[:-1] * 0.97)
    grown[:-1] = np.maximum(grown[:-1], levels[1:] * 0.97)
    grown[:, 1:] = np.maximum(grown[:, 1:], levels[:, :-1] * 0.97)
    grown[:, :-1] = np.maximum(grown[:, :-1], levels[:, 1:] * 0.97)
    return np.maximum(grown, MIN_PAPER_LEVEL)


def _spread(blocks: np.ndarray, block: int, shape: tuple[int, ...]) -> np.ndarray:
    """Per-block values repeated over every pixel of their block."""
    return np.repeat(np.repeat(blocks, block, axis=0)[:shape[0]], block, axis=1)[:, :shape[1]]


def _not_paper(levels: np.ndarray, reference: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Blocks that are no paper at all: far darker than the page's paper (`reference`) or of
    another colour (a wooden desk, a dark cloth, the scanner lid); and those blocks with the
    blocks beside them, which mix the two."""
    brightness = levels.mean(axis=2)
    tint = levels / np.maximum(brightness[..., None], 1.0)
    tint_ref = reference / max(float(reference.mean()), 1.0)
    other = (brightness < 0.7 * float(reference.mean())) | (
        np.abs(tint - tint_ref).max(axis=2) > 0.12)
    return other, grow_cross(other)


def _unseen(rgb: np.ndarray, levels: np.ndarray, block: int) -> np.ndarray | None:
    """Pixels that are not the page (see _not_paper), or None when all are. A block beside
    what lies round the page holds some of each and takes the page's paper for its level, so
    what lies round it would read as ink (a wooden desk as red): such blocks are looked at
    again in blocks a third as wide, against the page's own paper."""
    reference = np.percentile(levels.reshape(-1, levels.shape[2]), 75, axis=0)
    other, grown = _not_paper(levels, reference)
    if not grown.any():
        return None
    fine = max(2, block // 3)
    _, fine_grown = _not_paper(_paper_levels(rgb, fine), reference)
    shape = rgb.shape[:2]
    return _spread(other, block, shape) | (_spread(grown, block, shape)
                                           & _spread(fine_grown, fine, shape))


def grow_cross(mask: np.ndarray) -> np.ndarray:
    """The mask with its four neighbours (up, down, left, right) of every marked cell."""
    grown = mask.copy()
    grown[1:] |= mask[:-1]
    grown[:-1] |= mask[1:]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    return grown


def box3(values: np.ndarray) -> np.ndarray:
    """3x3 box average, edges kept."""
    out = values.copy()
    out[1:-1] += values[:-2] + values[2:]
    rows = out.copy()
    out[:, 1:-1] += rows[:, :-2] + rows[:, 2:]
    return out * (1 / 9)


def _redness(rgb: np.ndarray, inverse_paper: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    norm = rgb.astype(np.float32)
    norm *= inverse_paper
    np.minimum(norm, 1.0, out=norm)
    return norm[..., 0] - np.maximum(norm[..., 1], norm[..., 2]), norm


def red_level(rgb: np.ndarray, mm_per_px: float,
              least_ink_mm2: float = 0.0) -> np.ndarray | None:
    """The page's redness against its own paper (`rgb`: uint8 rows x columns x 3), in units of
    the page's red threshold: 1 is the least redness that is ink and not colour noise. NaN
    where there is no paper. None when the page holds less red ink than `least_ink_mm2` (a
    quarter of the pixels tell, at a quarter of the cost: most pages of a scan have none)."""
    block = max(4, round(PAPER_BLOCK_MM / mm_per_px))
    levels = _paper_levels(rgb, block)
    inverse = _spread(1 / levels, block, rgb.shape)
    quick, quick_norm = _redness(rgb[::2, ::2], inverse[::2, ::2])
    threshold = _threshold(quick, quick_norm)
    if int(np.count_nonzero(quick >= threshold)) * 4 * mm_per_px ** 2 < least_ink_mm2:
        return None
    red, _ = _redness(rgb, inverse)
    red[box3(red) < NEIGHBOURS_RED * threshold] = 0.0
    np.maximum(red, 0, out=red)
    red *= 1 / threshold
    unseen = _unseen(rgb, levels, block)
    if unseen is not None:
        red[unseen] = np.nan
    return red


def _threshold(red: np.ndarray, norm: np.ndarray) -> float:
    """Red ink is what stands clear of the page's colour noise. The noise is measured on the
    paper (light pixels) by its median and median absolute deviation, which the few pixels of
    a faint seal (light too) hardly move."""
    sample = red[::2, ::2]
    light = norm[::2, ::2].sum(axis=-1) > 3 * 0.88
    paper = sample[light]
    if paper.size < 100:
        return MAX_THRESHOLD
    middle, upper = np.percentile(paper, [50, 75])
    sigma = 1.4826 * max(float(upper - middle), 0.002)
    return float(np.clip(middle + NOISE_SIGMAS * sigma, MIN_THRESHOLD, MAX_THRESHOLD))


def red_share(samples: bytes, count: int) -> float:
    """Share of the pixels of an RGB image that are clearly seal red (against white)."""
    rgb = np.frombuffer(samples, np.uint8)[:count * 3].reshape(-1, 3).astype(np.int16)
    red = (rgb[:, 0] - np.maximum(rgb[:, 1], rgb[:, 2])) >= 60
    return float(red.mean()) if red.size else 0.0


def grey_ink_level(grey: np.ndarray, mm_per_px: float) -> np.ndarray:
    """A greyscale page's mid-grey ink against its paper, in threshold units: red seal ink
    scans as mid grey, printed text as near black, so near-black counts as no ink here."""
    block = max(4, round(PAPER_BLOCK_MM / mm_per_px))
    levels = _paper_levels(grey[..., None], block)[..., 0]
    dark = 1.0 - np.minimum(grey.astype(np.float32) * _spread(1 / levels, block, grey.shape),
                            1.0)
    # Seal red scans at 25-60 % darkness; text, lines and signatures at 70 % and more.
    dark[dark > GREY_TEXT] = 0.0
    return dark * (1 / GREY_THRESHOLD)
