"""A stamp pressed onto a rendered page: ink that is uneven (one side pressed harder), blotchy,
speckled where the pad was dry, a little bled, faint when the pad was nearly empty, and
multiplied with the print and paper under it (seal ink is transparent)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from scanlab.capture import blur, smooth_field
from scanlab.seal_ink import INKS, SealStyle, seal_coverage


@dataclass(frozen=True)
class Ink:
    colour: tuple[float, float, float]
    density: float  # 0.1 (nearly dry pad) .. 1
    uneven: float  # how much fainter the weak side is, 0..0.85
    speckle: float  # share of the face the pad missed, 0..0.4
    bleed_mm: float

    @staticmethod
    def random(rng: random.Random, *, faint: bool = False) -> Ink:
        colour = rng.choice(INKS)
        if faint:  # a nearly dry pad: most of the ink 20-45 levels redder than green
            return Ink(colour, rng.uniform(0.14, 0.3), rng.choice([0.0, rng.uniform(0.1, 0.5)]),
                       rng.choice([0.0, 0.0, rng.uniform(0.05, 0.25)]), rng.uniform(0, 0.25))
        return Ink(colour, rng.uniform(0.45, 1.0), rng.choice([0.0, rng.uniform(0.2, 0.85)]),
                   rng.choice([0.0, 0.0, rng.uniform(0.05, 0.4)]), rng.uniform(0, 0.25))


def press(page: np.ndarray, centre_px: tuple[float, float], style: SealStyle, ink: Ink,
          dpi: float, rng: random.Random) -> None:
    """Multiplies the seal's ink into `page` (float32 RGB, changed in place); parts of the seal
    outside the page are simply lost, as when the stamp hung over the paper's edge."""
    face = seal_coverage(style, dpi)
    face = blur(face, ink.bleed_mm * dpi / 25.4)
    h, w = face.shape
    # Pressure: one side of the stamp harder than the other, plus blotches.
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    tilt = rng.uniform(0, 2 * np.pi)
    ramp = ((xx - w / 2) * np.cos(tilt) + (yy - h / 2) * np.sin(tilt)) / max(w, h) + 0.5
    pressure = 1 - ink.uneven * np.clip(ramp, 0, 1) * (0.6 + 0.4 * smooth_field(rng, (h, w), 4))
    if ink.speckle:
        grain = smooth_field(rng, (h, w), max(4, int(w / (dpi / 25.4 * 0.8))))
        pressure = pressure * (grain > ink.speckle)
    alpha = np.clip(face * pressure * ink.density, 0, 1)
    top, left = round(centre_px[1] - h / 2), round(centre_px[0] - w / 2)
    y0, x0 = max(0, top), max(0, left)
    y1, x1 = min(page.shape[0], top + h), min(page.shape[1], left + w)
    if y0 >= y1 or x0 >= x1:
        return
    a = alpha[y0 - top:y1 - top, x0 - left:x1 - left, None]
    tint = np.array(ink.colour, np.float32)
    page[y0:y1, x0:x1] *= 1 - a * (1 - tint)
