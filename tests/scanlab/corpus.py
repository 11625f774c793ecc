"""Random pages with known truth: what is on each page, how it was stamped and captured, and
where every seal ended up on the page as delivered (in millimetres from its top left)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import numpy as np
import pymupdf

from scanlab import paper
from scanlab.capture import (
    Capture,
    apply_points,
    blemishes,
    degrade,
    encode,
    homography,
    light_and_paper,
    smooth_field,
    tiff,
    warp,
)
from scanlab.pressing import Ink, press
from scanlab.seal_ink import SealStyle

STAMPED_VISIBLE = 0.6  # a seal with this share of its rim on the page makes the page stamped
PARTIAL_VISIBLE = 0.3  # below, the page does not count as stamped; between, it counts neither way


@dataclass
class SealTruth:
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    visible: float  # share of the rim inside the delivered page
    faint: bool
    oval: bool
    unit: str = ""  # the name round its rim


@dataclass
class PageTruth:
    seals: list[SealTruth]
    grey: bool
    red: list[str]
    conditions: list[str]

    @property
    def stamped(self) -> bool | None:
        """True or False; None when the only seals are cut so far that either answer is fair."""
        best = max((s.visible for s in self.seals), default=0.0)
        if best >= STAMPED_VISIBLE:
            return True
        return None if best >= PARTIAL_VISIBLE else False


@dataclass
class PageSpec:
    seed: int
    group: str
    layout: str = "form_end"  # form_end | letter | body | table | cover
    seals: int = 0
    pair_mm: float | None = None  # centre distance of the first two seals
    letterhead: bool = False
    red_marks: int = 0
    red_borders: bool = False
    faint: bool = False
    oval: bool = False
    edge_cut: bool = False
    dpi: int = 150
    quality: int = 45
    kind: str = "pdf"  # pdf | jpg | png | tiff
    capture: Capture = field(default_factory=Capture)


@dataclass
class ScannedPage:
    spec: PageSpec
    data: bytes
    file_type: str
    truth: PageTruth
    pixels: np.ndarray | None = None  # the captured page, for multi-page files


def _random_spec(rng: random.Random, seed: int, group: str) -> PageSpec:
    spec = PageSpec(seed=seed, group=group)
    spec.dpi = rng.choice([100, 150, 150, 150, 200, 200, 300])
    spec.quality = rng.choice([35, 40, 45, 50, 50, 60, 75, 90])
    spec.kind = rng.choices(["pdf", "jpg", "png", "tiff"], [10, 3, 1, 1])[0]
    if spec.kind in ("png", "tiff"):  # lossless pages are kept small by their owners
        spec.dpi = min(spec.dpi, 150)
    spec.capture = Capture.scanner(rng)
    spec.red_borders = rng.random() < 0.15
    spec.red_marks = rng.choice([0, 0, 0, 1, 2])
    spec.faint = rng.random() < 0.25
    spec.oval = rng.random() < 0.15
    if group == "pair":
        spec.layout = rng.choice(["form_end", "form_end", "cover", "letter", "table"])
        spec.seals = rng.choice([2, 2, 2, 3, 4])
        spec.pair_mm = rng.uniform(22, 60)
    elif group == "single":
        spec.layout = rng.choice(["letter", "cover", "table", "form_end", "body"])
        spec.seals = 1
        spec.letterhead = spec.layout == "letter" and rng.random() < 0.5
    elif group == "edge":
        spec.layout = rng.choice(["body", "form_end", "letter"])
        spec.seals = 1
        spec.edge_cut = True
    elif group == "letterhead":
        spec.layout = "letter"
        spec.letterhead = True
        spec.red_marks = rng.choice([0, 1, 2, 3])
    elif group == "red":
        spec.layout = rng.choice(["body", "form_end", "table", "cover"])
        spec.red_marks = rng.randint(1, 4)
        spec.red_borders = rng.random() < 0.4
    elif group == "plain":
        spec.layout = rng.choice(["body", "form_end", "table", "cover", "letter"])
    if rng.random() < 0.12 or group == "photo":
        spec.capture = Capture.phone(rng)
        spec.kind = rng.choice(["pdf", "jpg", "jpg"])
        spec.dpi = rng.choice([110, 130, 150])
    return spec


_MIX = [("pair", 0.27), ("single", 0.17), ("edge", 0.07), ("letterhead", 0.1), ("red", 0.1),
        ("plain", 0.1), ("photo", 0.12), ("grey", 0.07)]


def corpus(count: int, seed: int = 2025, *, max_dpi: int = 300) -> list[PageSpec]:
    """`count` page specs in a fixed mix of kinds of page, each with its own seed; `max_dpi`
    caps the scan resolution (the tests' small corpus is made quickly at 150 dpi)."""
    rng = random.Random(seed)
    specs = []
    for index in range(count):
        group = _group_at(index, count)
        page_seed = rng.randrange(1 << 31)
        local = random.Random(page_seed)
        if group in ("photo", "grey"):
            spec = _random_spec(local, page_seed, rng.choice(["pair", "single", "letterhead",
                                                              "red", "plain", "edge"]))
            if group == "photo":
                spec.capture = Capture.phone(local)
                spec.kind = local.choice(["pdf", "jpg", "jpg"])
                spec.dpi = local.choice([110, 130, 150])
            else:
                spec.capture.grey = True
                spec.capture.bitonal = local.random() < 0.3
            spec.group = group
        else:
            spec = _random_spec(local, page_seed, group)
        spec.dpi = min(spec.dpi, max_dpi)
        specs.append(spec)
    return specs


def _group_at(index: int, count: int) -> str:
    position = (index + 0.5) / count
    total = 0.0
    for group, share in _MIX:
        total += share
        if position < total:
            return group
    return _MIX[-1][0]


def _lay_out(page: pymupdf.Page, spec: PageSpec, rng: random.Random) -> paper.Layout:
    if spec.layout == "form_end":
        return paper.form_end(page, rng, spec.red_borders)
    if spec.layout == "letter":
        return paper.letter(page, rng, spec.letterhead)
    if spec.layout == "table":
        return paper.summary_table(page, rng, spec.red_borders)
    if spec.layout == "cover":
        return paper.cover(page, rng)
    return paper.body(page, rng)


def _seal_places(spec: PageSpec, layout: paper.Layout, styles: list[SealStyle],
                 rng: random.Random) -> list[tuple[float, float]]:
    places: list[tuple[float, float]] = []
    for index, style in enumerate(styles):
        if index == 0:
            if spec.edge_cut:
                places.append(_edge_place(style, rng))
            else:
                places.append(layout.anchors[0])
            continue
        if index == 1 and spec.pair_mm is not None:
            base = places[0]
            distance = spec.pair_mm
        else:
            base = rng.choice(places)
            distance = rng.uniform(35, 70)
        if rng.random() < 0.65:
            angle = math.radians(rng.uniform(-25, 25) + rng.choice([0, 180]))
        else:
            angle = math.radians(rng.uniform(-20, 20) + rng.choice([90, 270]))
        x = base[0] + distance * math.cos(angle)
        y = base[1] + distance * math.sin(angle)
        radius = style.width_mm / 2
        places.append((min(max(x, radius + 2), 210 - radius - 2),
                       min(max(y, radius + 2), 297 - radius - 2)))
    return places


def _edge_place(style: SealStyle, rng: random.Random) -> tuple[float, float]:
    """Near an edge, with 55-90 % of the rim on the paper (a stamp across two sheets, or a
    scanner that cropped too close)."""
    radius = style.width_mm / 2
    inside = radius * rng.uniform(0.15, 0.9)
    side = rng.choice(["left", "right", "bottom", "top"])
    along = rng.uniform(60, 240) if side in ("left", "right") else rng.uniform(50, 160)
    if side == "left":
        return inside, along
    if side == "right":
        return 210 - inside, along
    if side == "top":
        return along, inside
    return along, 297 - inside


def _render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pixmap = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB, alpha=False)
    rgb = np.frombuffer(pixmap.samples, np.uint8).reshape(pixmap.height, pixmap.width, 3)
    return rgb.astype(np.float32) / 255.0


def _background(rng: random.Random, shape: tuple[int, int]) -> np.ndarray:
    """What a phone sees round the page: a wooden desk, a grey desk or a dark cloth."""
    h, w = shape
    base = np.array(rng.choice([(0.55, 0.38, 0.24), (0.45, 0.45, 0.47), (0.18, 0.18, 0.2),
                                (0.7, 0.55, 0.4)]), np.float32)
    grain = 0.85 + 0.3 * smooth_field(rng, (h, w), 6)
    stripes = 1 + 0.05 * np.sin(np.arange(w, dtype=np.float32) / rng.uniform(3, 9))
    return base * (grain * stripes[None, :])[..., None]


def make_page(spec: PageSpec) -> ScannedPage:
    rng = random.Random(spec.seed)
    doc = pymupdf.open()
    page = doc.new_page(width=paper.A4_MM[0] * paper.MM, height=paper.A4_MM[1] * paper.MM)
    layout = _lay_out(page, spec, rng)
    if spec.red_marks:
        paper.red_marks(page, rng, layout, spec.red_marks)
    pixels = _render(page, spec.dpi)
    styles = [SealStyle.random(rng, oval=spec.oval and i == 0) for i in range(spec.seals)]
    places = _seal_places(spec, layout, styles, rng)
    px_per_mm = spec.dpi / 25.4
    for style, (x, y) in zip(styles, places, strict=True):
        press(pixels, (x * px_per_mm, y * px_per_mm), style,
              Ink.random(rng, faint=spec.faint), spec.dpi, rng)
    capture = spec.capture
    pixels = light_and_paper(pixels, capture, rng)
    pixels = blemishes(pixels, capture, rng, spec.dpi)
    pixels, to_output = _geometry(pixels, capture, rng, px_per_mm)
    pixels = degrade(pixels, capture, rng)
    out_dpi = spec.dpi
    if capture.mode == "phone" and spec.kind == "pdf" and rng.random() < 0.5:
        out_dpi = 72  # a phone app's PDF: one photo pixel per point, a page half a metre wide
    truth = PageTruth(_truths(styles, places, spec, to_output, pixels.shape, px_per_mm, out_dpi),
                      capture.grey or capture.bitonal, layout.red, _conditions(spec))
    data, file_type = _deliver(pixels, spec, out_dpi)
    return ScannedPage(spec, data, file_type, truth, pixels)


def _geometry(pixels: np.ndarray, capture: Capture, rng: random.Random,
              px_per_mm: float) -> tuple[np.ndarray, np.ndarray]:
    """Skew, crop or the phone's perspective; returns the pixels and the 3x3 matrix taking
    page pixels to output pixels."""
    h, w, _ = pixels.shape
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    if capture.mode == "phone":
        margin = rng.uniform(0.04, 0.12)
        out_w, out_h = round(w * (1 + 2 * margin)), round(h * (1 + 2 * margin))
        jitter = capture.perspective * w
        dst = corners + np.array([[margin * w, margin * h]]) + np.array(
            [[rng.uniform(-jitter, jitter), rng.uniform(-jitter, jitter)] for _ in range(4)])
        turn = math.radians(capture.skew_deg)
        centre = np.array([out_w / 2, out_h / 2])
        rot = np.array([[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]])
        dst = (dst - centre) @ rot.T + centre
        matrix = homography(corners, dst)
        background = _background(rng, (out_h, out_w))
        warped = warp(pixels, np.linalg.inv(matrix), (out_h, out_w), (0, 0, 0))
        inside = warp(np.ones((h, w), np.float32), np.linalg.inv(matrix), (out_h, out_w),
                      (0,))[..., None]
        return warped * inside + background * (1 - inside), matrix
    matrix = np.eye(3)
    if capture.skew_deg:
        turn = math.radians(capture.skew_deg)
        c, s = math.cos(turn), math.sin(turn)
        centre = np.array([[1, 0, w / 2], [0, 1, h / 2], [0, 0, 1]])
        back = np.array([[1, 0, -w / 2], [0, 1, -h / 2], [0, 0, 1]])
        matrix = centre @ np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]]) @ back
        lid = rng.choice([(0.97, 0.97, 0.97), (0.25, 0.25, 0.25)])
        pixels = warp(pixels, np.linalg.inv(matrix), (h, w), lid)
    left, top, right, bottom = (round(v * px_per_mm) for v in capture.crop_mm)
    if left or top or right or bottom:
        pixels = pixels[top:h - bottom, left:w - right]
        matrix = np.array([[1, 0, -left], [0, 1, -top], [0, 0, 1]]) @ matrix
    return pixels, matrix


def _truths(styles: list[SealStyle], places: list[tuple[float, float]], spec: PageSpec,
            to_output: np.ndarray, shape: tuple[int, ...], px_per_mm: float,
            out_dpi: float) -> list[SealTruth]:
    out_h, out_w = shape[0], shape[1]
    out_mm = 25.4 / out_dpi
    truths = []
    for style, (x, y) in zip(styles, places, strict=True):
        angles = np.linspace(0, 2 * math.pi, 72, endpoint=False)
        a, b = style.width_mm / 2, style.height_mm / 2
        turn = math.radians(style.angle)
        ex, ey = a * np.cos(angles), b * np.sin(angles)
        rim = np.stack([x + ex * math.cos(turn) - ey * math.sin(turn),
                        y + ex * math.sin(turn) + ey * math.cos(turn)], axis=1) * px_per_mm
        rim_out = apply_points(to_output, rim)
        paper_inside = ((rim[:, 0] >= 0) & (rim[:, 0] < paper.A4_MM[0] * px_per_mm)
                        & (rim[:, 1] >= 0) & (rim[:, 1] < paper.A4_MM[1] * px_per_mm))
        frame_inside = ((rim_out[:, 0] >= 0) & (rim_out[:, 0] < out_w)
                        & (rim_out[:, 1] >= 0) & (rim_out[:, 1] < out_h))
        centre = apply_points(to_output, np.array([[x * px_per_mm, y * px_per_mm]]))[0]
        span = rim_out.max(axis=0) - rim_out.min(axis=0)
        truths.append(SealTruth(centre[0] * out_mm, centre[1] * out_mm, span[0] * out_mm,
                                span[1] * out_mm, float(np.mean(paper_inside & frame_inside)),
                                spec.faint, style.width_mm != style.height_mm, style.unit))
    return truths


def _conditions(spec: PageSpec) -> list[str]:
    c = spec.capture
    found = [spec.group, spec.layout, f"{spec.dpi}dpi", f"q{spec.quality}", spec.kind]
    flags = {"faint": spec.faint, "oval": spec.oval, "letterhead": spec.letterhead,
             "red borders": spec.red_borders, "edge cut": spec.edge_cut,
             "photo": c.mode == "phone", "skew": bool(c.skew_deg), "shadow": bool(c.shadow),
             "dust": bool(c.dust), "streaks": bool(c.streaks), "blur": c.blur_px >= 0.3,
             "fringe": bool(c.fringe_px), "grey": c.grey and not c.bitonal, "bitonal": c.bitonal,
             f"paper {c.paper}": c.paper != "white"}
    return found + [name for name, on in flags.items() if on]


def _deliver(pixels: np.ndarray, spec: PageSpec, out_dpi: float) -> tuple[bytes, str]:
    grey, bitonal = spec.capture.grey, spec.capture.bitonal
    if spec.kind == "tiff":
        return tiff([pixels], dpi=out_dpi, grey=grey or bitonal), "tiff"
    if spec.kind == "png" or bitonal:  # black-and-white scans are never JPEG
        image = encode(pixels, "png", 0, dpi=out_dpi, grey=grey, bitonal=bitonal)
        kind = "png"
    else:
        image = encode(pixels, "jpg", spec.quality, dpi=out_dpi, grey=grey)
        kind = "jpg"
    if spec.kind != "pdf":
        return image, kind
    doc = pymupdf.open()
    h, w = pixels.shape[:2]
    page = doc.new_page(width=w / out_dpi * 72, height=h / out_dpi * 72)
    page.insert_image(page.rect, stream=image)
    return doc.tobytes(garbage=3), "pdf"
