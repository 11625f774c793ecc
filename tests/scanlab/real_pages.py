"""Pages stamped with the real seal imprints of ../shared/realdata/seals/ink (cut from real
scans and photos with a transmission mask, each with its millimetres per pixel), captured the
ways units capture them: flatbed at 150-200 dpi and at 300 dpi, a phone photo (warm white
balance, a hand's shadow, perspective), a phone photo with a strong colour cast and the moiré
of a screen or a halftone, and a photocopy (grey). Unstamped pages carry the real red
distractors (national emblems, a red round logo) and red letterheads; riding-seal pages carry
only a real 骑缝章 slice at the right edge. The imprints are read from there, never copied."""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image

from scanlab import paper
from scanlab.capture import Capture, blemishes, degrade, light_and_paper
from scanlab.corpus import PageSpec, _deliver, _geometry, _lay_out, _render

INK = Path(__file__).resolve().parents[2].parent / "shared" / "realdata" / "seals" / "ink"
CAPTURES = ("flatbed", "flatbed_300", "phone", "phone_cast_moire", "photocopy")
GROUPS = ("seal", "seal", "seal", "riding", "distractor", "plain")


def available() -> bool:
    return (INK / "index.json").is_file()


def _index() -> dict[str, dict]:
    return json.loads((INK / "index.json").read_text(encoding="utf-8"))


def inks(role: str) -> list[str]:
    """Ink ids of real origin: role seal (kind round/oval/square), riding or distractor."""
    def role_of(entry: dict) -> str:
        if entry.get("kind") == "riding":
            return "riding"
        return "seal" if entry.get("role") == "seal" else "distractor"

    return sorted(key for key, entry in _index().items()
                  if entry.get("origin") == "real" and role_of(entry) == role)


def _transmission(ink: str, dpi: float, angle: float) -> np.ndarray:
    """The imprint as a per-channel multiplier (1 = no ink) at the page's resolution."""
    entry = _index()[ink]
    picture = Image.open(INK / f"{ink}.png").convert("RGB")
    scale = float(entry["mm_per_px"]) * dpi / 25.4
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    picture = picture.resize(size, Image.LANCZOS)
    if angle:
        picture = picture.rotate(angle, Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    return np.asarray(picture, np.float32) / 255.0


def _multiply(page: np.ndarray, ink: np.ndarray, left: int, top: int) -> None:
    h, w = ink.shape[:2]
    y0, x0 = max(0, top), max(0, left)
    y1, x1 = min(page.shape[0], top + h), min(page.shape[1], left + w)
    if y0 < y1 and x0 < x1:
        page[y0:y1, x0:x1] *= ink[y0 - top:y1 - top, x0 - left:x1 - left]


def _capture(kind: str, rng: random.Random) -> tuple[Capture, int, str]:
    """The capture, its resolution and the file it gives."""
    if kind == "flatbed":
        return Capture.scanner(rng), rng.choice([150, 150, 200]), rng.choice(["pdf", "jpg"])
    if kind == "flatbed_300":
        return Capture.scanner(rng), 300, "pdf"
    if kind == "photocopy":
        capture = Capture.scanner(rng)
        capture.grey = True
        return capture, rng.choice([150, 200]), "pdf"
    capture = Capture.phone(rng)
    if kind == "phone_cast_moire":
        capture.warm = rng.uniform(0.22, 0.32)
        capture.light = rng.uniform(0.3, 0.5)
    return capture, rng.choice([110, 130, 150]), rng.choice(["pdf", "jpg"])


def _moire(pixels: np.ndarray, rng: random.Random) -> np.ndarray:
    """The beat of a screen's or a halftone's dots with the camera's pixels."""
    h, w = pixels.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    turn = rng.uniform(0, math.pi)
    period = rng.uniform(3.0, 7.0)
    wave = np.sin((xx * math.cos(turn) + yy * math.sin(turn)) * (2 * math.pi / period))
    return pixels * (1 - rng.uniform(0.04, 0.09) * (0.5 + 0.5 * wave))[..., None]


@dataclass
class RealPage:
    data: bytes
    file_type: str
    stamped: bool
    capture: str
    group: str
    ink: str  # the imprint (or distractor) used; "" for a plain page
    grey: bool


def real_page(seed: int, group: str, capture_kind: str, ink: str | None = None) -> RealPage:
    """A page of `group` captured as `capture_kind`; `ink` names the imprint (else one is
    drawn at random)."""
    rng = random.Random(seed)
    capture, dpi, kind = _capture(capture_kind, rng)
    spec = PageSpec(seed=seed, group=group, dpi=dpi, kind=kind, capture=capture,
                    quality=rng.choice([45, 50, 60, 75]))
    spec.layout = rng.choice(["form_end", "form_end", "letter", "cover", "body"])
    spec.letterhead = group in ("distractor", "plain") and rng.random() < 0.4
    doc = pymupdf.open()
    page = doc.new_page(width=paper.A4_MM[0] * paper.MM, height=paper.A4_MM[1] * paper.MM)
    layout = _lay_out(page, spec, rng)
    pixels = _render(page, dpi)
    px_per_mm = dpi / 25.4
    chosen, ink = ink, ""
    if group in ("seal", "distractor"):
        drawn = rng.choice(inks("seal" if group == "seal" else "distractor"))
        ink = chosen or drawn
        imprint = _transmission(ink, dpi, rng.uniform(-30, 30))
        x, y = layout.anchors[0] if layout.anchors else (140.0, 230.0)
        _multiply(pixels, imprint, round(x * px_per_mm - imprint.shape[1] / 2),
                  round(y * px_per_mm - imprint.shape[0] / 2))
    elif group == "riding":
        ink = rng.choice(inks("riding"))
        imprint = _transmission(ink, dpi, 0.0)
        y = rng.uniform(60, 220) * px_per_mm
        _multiply(pixels, imprint, pixels.shape[1] - imprint.shape[1], round(y))
    pixels = light_and_paper(pixels, capture, rng)
    pixels = blemishes(pixels, capture, rng, dpi)
    pixels, _ = _geometry(pixels, capture, rng, px_per_mm)
    if capture_kind == "phone_cast_moire":
        pixels = _moire(pixels, rng)
    pixels = degrade(pixels, capture, rng)
    data, file_type = _deliver(pixels, spec, dpi)
    return RealPage(data, file_type, group in ("seal", "riding"), capture_kind, group, ink,
                    capture.grey)
