"""Is there a red official seal on this page? Found, none, or not sure, with where.

A Chinese official seal (公章) is a red ring 25-60 mm across (round, or oval for some bodies),
with the unit's name along the rim and a star or text inside. It is pressed over the printed
text and often beside a second seal, in ink that may be faint and uneven. Red letterheads
(红头), red rules, red text, red borders, small logos and red pen marks are red too, but none of
them is a ring of seal size with ink inside and paper around.

The page becomes a redness map against its own paper (redness.py); candidate centres are voted
for by the edges of red ink, and at each one the best seal-sized ellipse is fitted and measured
(rings.py). The measures decide (_judge): a ring whose rim is mostly red and drawn as one line,
with paper round it and some ink inside, is a seal; a ring that only partly shows is "not
sure", for a person to look at; anything else is not a seal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from app.documents.seals.redness import grey_ink_level, red_level
from app.documents.seals.riding import slices_on
from app.documents.seals.ring_measures import Ring, measure
from app.documents.seals.rings import candidates, fit_rings, hypotheses
from app.documents.seals.square import shapes_on

SEAL_MIN_MM = 21.0  # the call speaks of 25-60 mm; scans and photos scale either way
SEAL_MAX_MM = 72.0
MAX_ASPECT = 1.75
MAX_INSIDE = 0.5  # more red inside than this is a filled shape, not a seal
MIN_VISIBLE = 0.4  # a seal cut by the page edge shows at least this much of its rim
MIN_RED_MM2 = 15.0  # less red ink than this on a page (a third of the smallest rim): nothing
MIN_COVERAGE = 0.42  # a ring hypothesis through less red than this is not fitted at all
STRONG_INK = 4.0  # a rim this red (median, in thresholds) is not faint
SPREAD_MM_PER_PX = 0.68  # the resolution the bars' spreads are counted at (see _reaches)



@dataclass(frozen=True)
class Bar:
    """What a ring's measures must reach (see ring_measures.Ring): the share of its rim that is red,
    how far its edge may stray off the ellipse (pixels: a blurred edge wanders a pixel whatever
    the scale), the share with paper just outside the rim and round it, and the ink it must
    hold inside: a least share of the inside (the star) and of the band just inside the rim
    (the name), one of them or (`both`) both."""

    rim: float
    spread: float
    edge: float
    clear: float
    inside: float = 0.0
    text: float = 0.0
    both: bool = False
    strong_text: float = 0.0  # the name's least share where the ink is strong (STRONG_INK)
    inside_at_most: float = MAX_INSIDE

    def inked(self, ring: Ring) -> bool:
        text = max(self.text, self.strong_text if ring.strength >= STRONG_INK else 0.0)
        star, name = ring.inside >= self.inside, ring.text >= text
        return (star and name) if self.both else (star or name)


SEAL = (
    Bar(0.9, 0.8, 0.6, 0.6, 0.02, 0.25, both=True),  # a whole ring with its name and star
    # The same with a rim that wanders more (blur, a coarse scan, other red beside it) shows
    # its name clearly: a loop drawn in red pen wanders too, and over red table rules it has
    # rules inside where a seal has its name.
    Bar(0.9, 1.0, 0.6, 0.6, 0.02, 0.5, both=True),
    # The same standing alone but blurred (a phone's photo): alone, its name and its star
    # must both show, since a loop drawn round a phrase in red pen is as round and as alone;
    # and where the ink is strong, the name round most of it (a loop round a red 同意 holds
    # red inside and touches it here and there).
    Bar(0.85, 1.25, 0.8, 0.8, 0.05, 0.25, both=True, strong_text=0.35),
    # Faint or partly pressed, clean, alone. Where the ink is strong the rim is missing for
    # want of pressure, not ink, and the name shows where the rim does: a loop drawn round a
    # phrase in red pen, open on one side, has only the phrase inside.
    Bar(0.6, 0.8, 0.8, 0.8, 0.05, 0.15, both=True, strong_text=0.35),
    # A whole ring drawn true as a stamp draws it, alone on the paper, with a little ink
    # inside: a faint oval whose thin engraving barely shows (a pen loop is neither closed nor
    # true).
    Bar(0.98, 0.4, 0.95, 0.95, 0.02, 0.08),
)
MAYBE = (  # a person must look
    Bar(0.45, 0.8, 0.8, 0.8, 0.01, 0.12),  # a ring only partly there
    # A ring among other red; not one whose inside is a third red, which is a block of red
    # print (a title, a logo, a letterhead's type) that a ring can be drawn through.
    Bar(0.8, 1.3, 0.7, 0.7, 0.01, 0.12, inside_at_most=0.3),
    # A ring drawn true all round what shows of it, alone, with nothing inside that reaches
    # the red threshold: a seal too faint for its engraving to show, or a loop.
    Bar(0.95, 0.5, 0.95, 0.95),
)
# A ring with nothing at all inside is no seal: a loop drawn round a phrase in red pen is
# as round and as clean as a rim, but seals carry a name and a star or a title.
MIN_RUNS = 0.75  # the red rim comes in runs (a drawn line), not dots
NEIGHBOUR = Bar(0.85, 1.0, 0.0, 0.0)  # a ring drawn well enough to be a seal's neighbour


@dataclass(frozen=True)
class SealMark:
    """A seal-like red ring: its box in millimetres from the page's top left."""

    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    rim: float  # share of its rim that is red, 0..1
    sure: bool = True  # False: it may be a seal; a person should look
    # The fitted ring (centre x, y, semi-axes a >= b in mm, turn in radians) where the mark is
    # a ring: its name is read along it.
    ellipse: tuple[float, float, float, float, float] | None = None

    @property
    def diameter_mm(self) -> float:
        return (self.width_mm + self.height_mm) / 2

    def box(self) -> list[float]:
        return [round(v, 1) for v in (self.x_mm, self.y_mm, self.width_mm, self.height_mm)]


@dataclass
class SealEvidence:
    """What one page shows: seals found, and rings it cannot decide on."""

    marks: list[SealMark] = field(default_factory=list)
    unsure: list[SealMark] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        return "found" if self.marks else "unsure" if self.unsure else "none"


def examine(rgb: np.ndarray, mm_per_px: float, scale: float = 1.0) -> SealEvidence:
    """The seal evidence on an RGB page image (uint8 rows x columns x 3) whose pixels are
    `mm_per_px` page millimetres wide; `scale` turns page millimetres into real ones (a photo
    placed on a page half a metre wide is not half a metre of paper)."""
    if rgb.ndim != 3 or rgb.shape[0] < 16 or rgb.shape[1] < 16:
        return SealEvidence()
    level = red_level(rgb, mm_per_px * scale, MIN_RED_MM2)
    if level is None:
        return SealEvidence()
    evidence = _search(level, mm_per_px, scale, colour=True)
    if not evidence.marks:  # no ring: a square seal, or a riding seal's slice at the edge
        real = mm_per_px * scale
        for shape in shapes_on(level, real) + slices_on(level, rgb, real):
            evidence.marks.append(SealMark(shape.x * mm_per_px, shape.y * mm_per_px,
                                           shape.width * mm_per_px, shape.height * mm_per_px,
                                           1.0))
    return evidence


def examine_grey(grey: np.ndarray, mm_per_px: float, scale: float = 1.0) -> SealEvidence:
    """Rings of seal size on a greyscale or black-and-white page (uint8 rows x columns). Ink
    cannot be told from print without colour, so any ring found is only "not sure"."""
    if grey.ndim != 2 or grey.shape[0] < 16 or grey.shape[1] < 16:
        return SealEvidence()
    return _search(grey_ink_level(grey, mm_per_px * scale), mm_per_px, scale, colour=False)


def _search(level: np.ndarray, mm_per_px: float, scale: float, *, colour: bool) -> SealEvidence:
    evidence = SealEvidence()
    real = mm_per_px * scale
    for ring in rings_on(level, real):
        verdict = _judge(ring, real)
        if verdict is None:
            continue
        x0, y0, x1, y1 = ring.box()
        cx, cy, a, b, turn = ring.ellipse
        mark = SealMark(x0 * mm_per_px, y0 * mm_per_px, (x1 - x0) * mm_per_px,
                        (y1 - y0) * mm_per_px, round(ring.rim, 3), verdict and colour,
                        (float(cx * mm_per_px), float(cy * mm_per_px), float(a * mm_per_px),
                         float(b * mm_per_px), float(turn)))
        (evidence.marks if mark.sure else evidence.unsure).append(mark)
    return evidence


def rings_on(level: np.ndarray, mm_per_px: float) -> list[Ring]:
    """The seal-sized rings on a map whose pixels are `mm_per_px` real millimetres, measured,
    one per place."""
    if int(np.count_nonzero(level >= 1.0)) * mm_per_px ** 2 < MIN_RED_MM2:
        return []
    centres = candidates(np.nan_to_num(level), mm_per_px)
    fitted = fit_rings(level, hypotheses(level, centres, mm_per_px, MIN_COVERAGE), mm_per_px)
    rings: list[Ring] = []
    # The most seal-like rings first; a ring centred well inside a better one is that seal's
    # text or star seen as a ring, or the same seal found twice.
    for ring in sorted(measure(level, fitted, mm_per_px), key=lambda r: _rank(r, mm_per_px),
                       reverse=True):
        if not any(_within(ring, other) for other in rings):
            rings.append(ring)
    # Seals pressed side by side cover part of each other's surroundings: the rings not yet
    # sure are measured again with the ink of the clearly drawn rings beside them read as
    # paper.
    sure = [r for r in rings if _judge(r, mm_per_px)]
    doubtful = [r for r in rings if r not in sure]
    drawn = [r for r in rings if _drawn(r, mm_per_px)]
    if drawn and doubtful:
        again = measure(level, np.array([r.ellipse for r in doubtful]), mm_per_px,
                        np.array([r.ellipse for r in drawn]))
        rings = sure + again
    return rings


def _rank(ring: Ring, mm_per_px: float) -> tuple[int, float]:
    """Seals before doubts before the rest; among equals the larger ring first, since the
    rings inside a seal (its name, its title) are part of it."""
    verdict = _judge(ring, mm_per_px)
    return (2 if verdict else 1 if verdict is False else 0, ring.a)


def _drawn(ring: Ring, mm_per_px: float) -> bool:
    """A ring clearly drawn as one (whatever lies round it): a seal beside another."""
    return (_seal_sized(ring, mm_per_px) and ring.runs >= 0.9
            and _reaches(ring, NEIGHBOUR, mm_per_px))


def _seal_sized(ring: Ring, mm_per_px: float) -> bool:
    return (2 * ring.b * mm_per_px >= SEAL_MIN_MM and 2 * ring.a * mm_per_px <= SEAL_MAX_MM
            and ring.a <= MAX_ASPECT * ring.b)


def _within(ring: Ring, other: Ring) -> bool:
    return math.dist(ring.ellipse[:2], other.ellipse[:2]) < 0.6 * other.b


def _judge(ring: Ring, mm_per_px: float) -> bool | None:
    """True: a seal; False: perhaps one (a person must look); None: not a seal."""
    if (not _seal_sized(ring, mm_per_px) or ring.visible < MIN_VISIBLE
            or ring.inside > MAX_INSIDE or ring.runs < MIN_RUNS):
        return None
    for verdict, bars in ((True, SEAL), (False, MAYBE)):
        if any(_reaches(ring, bar, mm_per_px) for bar in bars):
            return verdict
    return None


def _reaches(ring: Ring, bar: Bar, mm_per_px: float) -> bool:
    # A bar's spread is in pixels of the coarsest analysis; on a finer one the same wander of
    # the rim's edge takes more pixels.
    spread = ring.spread_px * min(1.0, mm_per_px / SPREAD_MM_PER_PX)
    return (ring.rim >= bar.rim and spread <= bar.spread and ring.edge >= bar.edge
            and ring.clear >= bar.clear and ring.inside <= bar.inside_at_most
            and bar.inked(ring))
