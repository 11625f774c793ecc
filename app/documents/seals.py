"""Evidence of a red official seal on a rendered page, in pure Python at C speed.

A Chinese official seal (公章) is a red ring 25-60 mm across, with a star and text inside. Red
letterheads (红头), red rules and red text are red too, but long and thin or small: what tells a
seal apart is a red blob of seal size, about as wide as high, whose red runs all round its rim.

No numpy: the red mask is computed on whole channels at once by packing every pixel into a
16-bit lane of one big integer (SWAR), so one subtraction compares all pixels; the mask is then
averaged into 2 mm cells by MuPDF's own shrink, and only the few red cells are visited in Python.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import pymupdf

MM_PER_INCH = 25.4
CELL_MM = 2.0  # cells this wide are visited in Python; a seal's rim is 0.8-1.5 mm thick

# How much redder than green and blue a pixel must be. Seal ink, even faint and JPEG-washed,
# stays far above this; paper tints (yellowish, greyish) and black text stay far below.
RED_OVER_GREEN = 45
RED_OVER_BLUE = 35
CELL_RED_SHARE = 2 / 16  # a cell counts as red when this share of its pixels is red

SEAL_MIN_MM = 20.0  # the call speaks of 25-60 mm; scanners scale a little either way
SEAL_MAX_MM = 70.0
MAX_ASPECT = 1.6  # oval seals exist; letterhead lines are far longer than high
MIN_RIM_COVERAGE = 0.6
_ANGLES = 72
_RAY_STEPS = (1.42, 1.34, 1.26, 1.18, 1.1, 1.0, 0.93, 0.86, 0.79)  # outside in
CORNER_REACH = 1.18  # red this far out along a ray is a corner: the mark is no ring
MAX_CORNER_SHARE = 0.1
_LINK = 2  # red cells this close (in cells) belong to one mark: bridges a faint rim's gaps


@dataclass(frozen=True)
class SealMark:
    """A red ring of seal size: where it is (millimetres from the page's top left)."""

    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    rim: float  # share of the rim that is red, 0..1

    @property
    def diameter_mm(self) -> float:
        return (self.width_mm + self.height_mm) / 2


@lru_cache(maxsize=8)
def _lanes_constant(value: int, count: int) -> int:
    return int.from_bytes(value.to_bytes(2, "little") * count, "little")


def _lanes(channel: bytes, count: int) -> int:
    buffer = bytearray(2 * count)
    buffer[0::2] = channel
    return int.from_bytes(buffer, "little")


def red_mask(samples: bytes, count: int) -> bytes:
    """One byte per pixel of an RGB pixmap: 255 where the pixel is seal red, else 0."""
    r = _lanes(samples[0::3], count)
    g = _lanes(samples[1::3], count)
    b = _lanes(samples[2::3], count)
    # Each lane holds 512 + R - G - threshold, never below zero nor above 1023, so no lane
    # borrows from its neighbour; bit 9 of a lane is set exactly when R - G >= threshold.
    bit = _lanes_constant(512, count)
    over_green = r + _lanes_constant(512 - RED_OVER_GREEN, count) - g
    over_blue = r + _lanes_constant(512 - RED_OVER_BLUE, count) - b
    high = (over_green & over_blue & bit).to_bytes(2 * count, "little")[1::2]
    return high.translate(_TO_255)


_TO_255 = bytes([0, 0, 255] + [0] * 253)


def find_seals(pixmap: pymupdf.Pixmap) -> list[SealMark]:
    """The seal-like red marks on an RGB pixmap rendered at a known resolution."""
    if pixmap.n < 3 or pixmap.width < 8 or pixmap.height < 8:
        return []
    dpi = pixmap.xres or 72
    count = pixmap.width * pixmap.height
    samples = pixmap.samples if pixmap.n == 3 else _rgb_only(pixmap)
    mask = red_mask(samples, count)
    if mask.count(255) < 16:
        return []
    mm_per_px = MM_PER_INCH / dpi
    shrink = max(0, round(math.log2(max(1.0, CELL_MM / mm_per_px))))
    cells = pymupdf.Pixmap(pymupdf.csGRAY, pixmap.width, pixmap.height, mask, 0)
    if shrink:
        cells.shrink(shrink)
    cell_mm = mm_per_px * (1 << shrink)
    return _seal_marks(cells.samples, cells.width, cells.height, cell_mm)


def _rgb_only(pixmap: pymupdf.Pixmap) -> bytes:
    return pymupdf.Pixmap(pymupdf.csRGB, pixmap, 0).samples


def _seal_marks(cells: bytes, width: int, height: int, cell_mm: float) -> list[SealMark]:
    threshold = int(255 * CELL_RED_SHARE)
    red = {i for i, value in enumerate(cells) if value >= threshold}
    marks = []
    while red:
        component = _take_component(red, width)
        mark = _judge(component, width, cell_mm)
        if mark is not None:
            marks.append(mark)
    return marks


def _take_component(red: set[int], width: int) -> set[int]:
    start = red.pop()
    component = {start}
    todo = [start]
    while todo:
        index = todo.pop()
        y, x = divmod(index, width)
        for dy in range(-_LINK, _LINK + 1):
            row = (y + dy) * width
            for dx in range(-_LINK, _LINK + 1):
                nx = x + dx
                if 0 <= nx < width:
                    neighbour = row + nx
                    if neighbour in red:
                        red.discard(neighbour)
                        component.add(neighbour)
                        todo.append(neighbour)
    return component


def _judge(component: set[int], width: int, cell_mm: float) -> SealMark | None:
    xs = [i % width for i in component]
    ys = [i // width for i in component]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    # Cells on the outline are only partly red: the span between their centres is the closer
    # measure of the ring's outer size.
    w_mm = (x1 - x0) * cell_mm
    h_mm = (y1 - y0) * cell_mm
    if not (SEAL_MIN_MM <= w_mm <= SEAL_MAX_MM and SEAL_MIN_MM <= h_mm <= SEAL_MAX_MM):
        return None
    if max(w_mm, h_mm) > MAX_ASPECT * min(w_mm, h_mm):
        return None
    rim = _rim_coverage(component, width, x0, x1, y0, y1)
    if rim < MIN_RIM_COVERAGE:
        return None
    return SealMark(x0 * cell_mm, y0 * cell_mm, w_mm, h_mm, rim)


def _rim_coverage(component: set[int], width: int, x0: int, x1: int, y0: int, y1: int) -> float:
    """Share of directions from the centre in which the mark's outermost red lies on the
    ellipse its box inscribes. A ring scores near 1; a block of red text, whose corners reach
    well beyond that ellipse along the diagonals, scores 0 (and so does any square mark)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = (x1 - x0) / 2 + 0.5, (y1 - y0) / 2 + 0.5
    on_rim = beyond = 0
    for step in range(_ANGLES):
        angle = 2 * math.pi * step / _ANGLES
        cos, sin = math.cos(angle), math.sin(angle)
        for t in _RAY_STEPS:
            x = round(cx + t * rx * cos)
            y = round(cy + t * ry * sin)
            if x0 <= x <= x1 and y0 <= y <= y1 and y * width + x in component:
                if t >= CORNER_REACH:
                    beyond += 1
                elif t >= 0.79:
                    on_rim += 1
                break
    if beyond > MAX_CORNER_SHARE * _ANGLES:
        return 0.0
    return on_rim / _ANGLES
