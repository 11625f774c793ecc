"""Official seals (公章) as a stamp leaves them: a rim, a star, the unit's name round the top arc,
a line of text under the star, the code along the bottom; round (38-45 mm) or oval; pressed at any
angle with uneven, speckled, faint or bleeding ink that multiplies with what is under it."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import cache

import numpy as np
import pymupdf

from app.reports.fonts import cjk_font

MM = 72 / 25.4  # points per millimetre

UNITS = ["陕西星图数据科技有限公司", "西安市数据局", "宝鸡市数据局", "咸阳智算标注有限公司",
         "延安市大数据服务中心", "陕西省信息化工程研究院", "汉中云帆信息技术有限公司",
         "西北数据标注产业联盟", "渭南市数字政府建设中心", "榆林能源大数据有限公司"]
LABELS = ["", "", "合同专用章", "业务专用章", "数据标注专用章"]
INKS = [(0.86, 0.12, 0.14), (0.90, 0.22, 0.16), (0.80, 0.08, 0.22), (0.92, 0.30, 0.20),
        (0.75, 0.10, 0.15), (0.85, 0.18, 0.30)]


@dataclass(frozen=True)
class SealStyle:
    width_mm: float  # outer size before rotation
    height_mm: float
    angle: float  # degrees the stamp was turned
    unit: str
    label: str
    code: bool
    rim_mm: float
    double_rim: bool

    @staticmethod
    def random(rng: random.Random, *, oval: bool = False) -> SealStyle:
        """Mostly the 38-45 mm seals of companies and departments; some small (25-36 mm) and
        some large (46-60 mm) ones; ovals 35-55 mm wide."""
        if oval:
            width = rng.uniform(35, 55)
            height = width * rng.uniform(0.62, 0.8)
        else:
            band = rng.choices([(38, 45), (25, 36), (46, 60)], [70, 15, 15])[0]
            width = height = rng.uniform(*band)
        return SealStyle(width, height, rng.uniform(0, 360), rng.choice(UNITS),
                         rng.choice(LABELS), rng.random() < 0.5,
                         rng.uniform(0.8, 1.5) * width / 42, oval and rng.random() < 0.5)


@cache
def _writer_font() -> pymupdf.Font:
    return cjk_font()


def _ring_point(style: SealStyle, t: float, inset_mm: float) -> tuple[float, float, float]:
    """A point inside the rim at parameter t (radians from the top, clockwise), relative to the
    centre and turned with the stamp, and the direction (degrees) a character there is turned."""
    a = (style.width_mm / 2 - inset_mm) * MM
    b = (style.height_mm / 2 - inset_mm) * MM
    x, y = a * math.sin(t), -b * math.cos(t)
    # The character's up points outward, along the ellipse's normal.
    normal = math.degrees(math.atan2(y / (b * b), x / (a * a))) + 90
    # PyMuPDF's morph turns a drawing the other way round on the page from a turn of the
    # page's own (y down) coordinates, for the stamp's turn and the rim's alike.
    turn = math.radians(-style.angle)
    c, s = math.cos(turn), math.sin(turn)
    return x * c - y * s, x * s + y * c, style.angle - normal


def _glyphs(page: pymupdf.Page, centre: pymupdf.Point, text: str, style: SealStyle,
            first: float, last: float, size_mm: float, inset_mm: float) -> None:
    size = size_mm * MM
    count = len(text)
    for k, char in enumerate(text):
        t = first + (last - first) * (k + 0.5) / count
        x, y, turn = _ring_point(style, t, inset_mm + size_mm * 0.5)
        at = centre + pymupdf.Point(x, y)
        writer = pymupdf.TextWriter(page.rect)
        writer.append(at + pymupdf.Point(-size / 2, size * 0.38), char, font=_writer_font(),
                      fontsize=size)
        writer.write_text(page, color=(0, 0, 0), morph=(at, pymupdf.Matrix(turn)))


def _star(page: pymupdf.Page, centre: pymupdf.Point, radius: float, angle: float) -> None:
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.382
        theta = math.radians(angle) - math.pi / 2 + k * math.pi / 5
        points.append(centre + pymupdf.Point(r * math.cos(theta), r * math.sin(theta)))
    page.draw_polyline([*points, points[0]], color=None, fill=(0, 0, 0), width=0)


def draw_seal(page: pymupdf.Page, centre: pymupdf.Point, style: SealStyle) -> None:
    """The seal in black, centred on `centre` and turned by its angle (the caller inks it)."""
    a, b = style.width_mm / 2 * MM, style.height_mm / 2 * MM
    rim = style.rim_mm * MM
    turn = (centre, pymupdf.Matrix(style.angle))
    page.draw_oval(pymupdf.Rect(centre.x - a + rim / 2, centre.y - b + rim / 2,
                                centre.x + a - rim / 2, centre.y + b - rim / 2),
                   color=(0, 0, 0), width=rim, morph=turn)
    if style.double_rim:
        inner = 1.6 * MM
        page.draw_oval(pymupdf.Rect(centre.x - a + inner, centre.y - b + inner,
                                    centre.x + a - inner, centre.y + b - inner),
                       color=(0, 0, 0), width=rim * 0.4, morph=turn)
    small = min(style.width_mm, style.height_mm)
    round_seal = style.width_mm == style.height_mm
    span = math.radians(125 if round_seal else 105)
    # Characters are condensed to fit the arc, as seal engravers do with long names.
    arc_mm = 2 * span * (small / 2 - style.rim_mm - small * 0.1)
    char_mm = min(small * (0.15 if round_seal else 0.13), 0.9 * arc_mm / len(style.unit))
    _glyphs(page, centre, style.unit, style, -span, span, char_mm, style.rim_mm + 0.9)
    if round_seal:
        _star(page, centre, small * 0.17 * MM, style.angle)
    if style.label:
        size = small * 0.085 * MM
        width = _writer_font().text_length(style.label, fontsize=size)
        label_y = centre.y + small * (0.3 if round_seal else 0.12) * MM
        writer = pymupdf.TextWriter(page.rect)
        writer.append((centre.x - width / 2, label_y + size * 0.35), style.label,
                      font=_writer_font(), fontsize=size)
        writer.write_text(page, color=(0, 0, 0), morph=turn)
    if style.code:
        digits = "".join(str((ord(c) * 7 + i) % 10) for i, c in enumerate(style.unit))[:13]
        _glyphs(page, centre, digits, style, math.pi + 0.7, math.pi - 0.7,
                small * 0.05, style.rim_mm + 0.5)


def seal_coverage(style: SealStyle, dpi: float) -> np.ndarray:
    """How much ink the stamp's face holds at each pixel (0..1), turned by its angle; the
    array is square and the seal sits in its middle."""
    side = (max(style.width_mm, style.height_mm) + 2) * MM
    face = pymupdf.open()
    page = face.new_page(width=side, height=side)
    draw_seal(page, pymupdf.Point(side / 2, side / 2), style)
    pixmap = page.get_pixmap(dpi=round(dpi), colorspace=pymupdf.csGRAY, alpha=False)
    grey = np.frombuffer(pixmap.samples, np.uint8).reshape(pixmap.height, pixmap.width)
    return 1.0 - grey.astype(np.float32) / 255.0
