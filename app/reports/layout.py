"""Forms on A4 pages, flowing top to bottom: titles, paragraphs, bordered tables whose header
repeats on every page they run onto, pictures in cells, signature lines and a footer that knows
the page count ("第 x 页 共 y 页").

Text is drawn with the CJK font PyMuPDF carries, embedded and subset at the end, so what is
printed is byte for byte what is archived. Lines wrap by measured width: a Chinese line may break
between any two characters, a run of Latin letters or digits (a file name, a hash) only when it
does not fit a line by itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pymupdf

from app.reports.fonts import cjk_font

MM = 72 / 25.4
PAGE = pymupdf.paper_rect("a4")
MARGIN = 18 * MM
TOP = 15 * MM
FOOTER_SPACE = 16 * MM
FONT = "cjk"
BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
SHADE = (0.92, 0.92, 0.92)
RULE = 0.6
PADDING = 1.4 * MM
LEADING = 1.38  # line height as a multiple of the font size
# Chinese typesetting never starts a line with closing punctuation: it hangs on the line before.
_NO_LINE_START = frozenset("，。、；：？！）》」』】’”%,.;:?!)]}")
_TOKENS = re.compile(r"[A-Za-z0-9_.,:;@#%&+=\-]+|\s+|.", re.DOTALL)


@dataclass(frozen=True)
class Picture:
    """A PNG in a cell, scaled to fit width_mm x height_mm, proportions kept."""

    png: bytes
    width_mm: float
    height_mm: float


@dataclass(frozen=True)
class QrCode:
    """A QR code drawn as vector squares (crisp at any printer resolution)."""

    rows: tuple[tuple[bool, ...], ...]
    size_mm: float


Cell = str | Picture | QrCode | None


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float
    align: str = "left"  # left | center | right
    shaded: bool = False  # a label column of a form


@dataclass
class _Row:
    cells: list[list[str] | Picture | QrCode | None]
    height: float


@dataclass
class Footer:
    """Drawn on every page once the page count is known; `below` is a second, left line."""

    left: str = ""
    right: str = ""
    centre: Callable[[int, int], str] = field(default=lambda page, pages: "")
    below: str = ""


class Layout:
    def __init__(self, size: float = 9.0) -> None:
        self.doc = pymupdf.open()
        self.font = cjk_font()
        self.size = size
        self.page: pymupdf.Page | None = None
        self.y = TOP
        self.left = MARGIN
        self.right = PAGE.width - MARGIN
        self.bottom = PAGE.height - FOOTER_SPACE

    @property
    def width(self) -> float:
        return self.right - self.left

    # -- pages ---------------------------------------------------------------------------

    def new_page(self) -> pymupdf.Page:
        self.page = self.doc.new_page(width=PAGE.width, height=PAGE.height)
        self.page.insert_font(fontname=FONT, fontbuffer=self.font.buffer)
        self.y = TOP
        return self.page

    def _page(self) -> pymupdf.Page:
        return self.page if self.page is not None else self.new_page()

    def room(self) -> float:
        return self.bottom - self.y if self.page is not None else self.bottom - TOP

    def need(self, height: float) -> None:
        """Start a new page unless `height` points still fit on this one."""
        if self.page is None or height > self.room():
            self.new_page()

    def space(self, mm: float) -> None:
        self.y += mm * MM

    # -- text ----------------------------------------------------------------------------

    def measure(self, text: str, size: float) -> float:
        return float(self.font.text_length(text, fontsize=size))

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for token in _TOKENS.findall(paragraph):
                if (self.measure(line + token, size) <= width
                        or (line and len(token) == 1 and token in _NO_LINE_START)):
                    line += token
                    continue
                if line.strip():
                    lines.append(line.rstrip())
                line = "" if token.isspace() else token
                while self.measure(line, size) > width and len(line) > 1:
                    cut = len(line) - 1
                    while cut > 1 and self.measure(line[:cut], size) > width:
                        cut -= 1
                    lines.append(line[:cut])
                    line = line[cut:]
            lines.append(line.rstrip())
        return lines

    def line_height(self, size: float) -> float:
        return size * LEADING

    def draw_text(self, x: float, top: float, text: str, size: float, *, width: float = 0,
                  align: str = "left", bold: bool = False,
                  color: tuple[float, ...] = BLACK) -> None:
        if not text:
            return
        if align != "left" and width:
            spare = width - self.measure(text, size)
            x += spare / 2 if align == "center" else spare
        baseline = top + size * (LEADING - 1) / 2 + size * 0.88
        self._page().insert_text((x, baseline), text, fontname=FONT, fontsize=size,
                                 color=color, render_mode=2 if bold else 0,
                                 border_width=0.03 if bold else 0.05)

    def title(self, text: str, size: float = 17.0) -> None:
        lines = self.wrap(text, self.width, size)
        self.need(len(lines) * self.line_height(size))
        for line in lines:
            self.draw_text(self.left, self.y, line, size, width=self.width, align="center",
                           bold=True)
            self.y += self.line_height(size)

    def heading(self, text: str, size: float = 11.0) -> None:
        """A section's heading; kept with at least a few lines of what follows."""
        self.need(self.line_height(size) + 4 * self.line_height(self.size) + 2 * MM)
        self.y += 1.5 * MM
        self.draw_text(self.left, self.y, text, size, bold=True)
        self.y += self.line_height(size) + 0.5 * MM

    def paragraph(self, text: str, size: float | None = None, *, indent_mm: float = 0,
                  color: tuple[float, ...] = BLACK, align: str = "left") -> None:
        size = size or self.size
        x = self.left + indent_mm * MM
        for line in self.wrap(text, self.right - x, size):
            self.need(self.line_height(size))
            self.draw_text(x, self.y, line, size, width=self.right - x, align=align,
                           color=color)
            self.y += self.line_height(size)

    # -- tables --------------------------------------------------------------------------

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *,
              header: bool = True, size: float | None = None, caption: str = "") -> None:
        """A bordered table; widths are scaled to the page. A row never splits unless it is
        taller than a page by itself; the header (and caption) repeat on every page."""
        size = size or self.size
        scale = self.width / (sum(c.width_mm for c in columns) * MM)
        widths = [c.width_mm * MM * scale for c in columns]
        head = self._layout_row([c.title for c in columns], widths, size) if header else None
        laid = [part for row in rows for part in self._split(self._layout_row(row, widths, size),
                                                             head, size)]
        caption_height = self.line_height(size + 1) if caption else 0
        head_height = head.height if head else 0
        self.need(caption_height + head_height + (laid[0].height if laid else 0))
        self._table_top(columns, head, widths, size, caption)
        for row in laid:
            if row.height > self.room():
                self.new_page()
                self._table_top(columns, head, widths, size, f"{caption}（续）" if caption else "")
            self._draw_row(columns, row, widths, size)

    def _table_top(self, columns: Sequence[Column], head: _Row | None, widths: list[float],
                   size: float, caption: str) -> None:
        if caption:
            self.draw_text(self.left, self.y, caption, size + 1, bold=True)
            self.y += self.line_height(size + 1)
        if head is not None:
            self._draw_row(columns, head, widths, size, shade_all=True)

    def _layout_row(self, cells: Sequence[Cell], widths: list[float], size: float) -> _Row:
        laid: list[list[str] | Picture | QrCode | None] = []
        height = self.line_height(size)
        for cell, width in zip(cells, widths, strict=True):
            if isinstance(cell, Picture):
                laid.append(cell)
                height = max(height, cell.height_mm * MM)
            elif isinstance(cell, QrCode):
                laid.append(cell)
                height = max(height, cell.size_mm * MM)
            else:
                lines = self.wrap(cell or "", width - 2 * PADDING, size)
                laid.append(lines)
                height = max(height, len(lines) * self.line_height(size))
        return _Row(laid, height + 2 * PADDING)

    def _split(self, row: _Row, head: _Row | None, size: float) -> list[_Row]:
        """A row taller than a whole page goes on in pieces of whole lines."""
        usable = self.bottom - TOP - (head.height if head else 0) - self.line_height(size + 1)
        if row.height <= usable:
            return [row]
        per_piece = max(1, int((usable - 2 * PADDING) // self.line_height(size)))
        longest = max(len(c) for c in row.cells if isinstance(c, list))
        pieces = []
        for start in range(0, longest, per_piece):
            cells: list[list[str] | Picture | QrCode | None] = [
                c[start:start + per_piece] if isinstance(c, list) else (c if start == 0 else None)
                for c in row.cells]
            lines = max(len(c) for c in cells if isinstance(c, list))
            pieces.append(_Row(cells, lines * self.line_height(size) + 2 * PADDING))
        return pieces

    def _draw_row(self, columns: Sequence[Column], row: _Row, widths: list[float],
                  size: float, *, shade_all: bool = False) -> None:
        page = self._page()
        x = self.left
        shape = page.new_shape()
        for column, width in zip(columns, widths, strict=True):
            rect = pymupdf.Rect(x, self.y, x + width, self.y + row.height)
            shape.draw_rect(rect)
            shape.finish(width=RULE, color=BLACK,
                         fill=SHADE if shade_all or column.shaded else None)
            x += width
        shape.commit()
        x = self.left
        for column, width, cell in zip(columns, widths, row.cells, strict=True):
            inner = pymupdf.Rect(x + PADDING, self.y + PADDING, x + width - PADDING,
                                 self.y + row.height - PADDING)
            if isinstance(cell, Picture):
                box_width = min(inner.width, cell.width_mm * MM)
                x0 = inner.x0 + (inner.width - box_width) / 2
                box = pymupdf.Rect(x0, inner.y0, x0 + box_width, inner.y0 + cell.height_mm * MM)
                page.insert_image(box, stream=cell.png, keep_proportion=True)
            elif isinstance(cell, QrCode):
                self.draw_qr(cell, inner.x0 + (inner.width - cell.size_mm * MM) / 2, inner.y0)
            elif cell:
                top = inner.y0
                align = "center" if shade_all else column.align
                for line in cell:
                    self.draw_text(inner.x0, top, line, size, width=inner.width, align=align,
                                   bold=shade_all)
                    top += self.line_height(size)
            x += width
        self.y += row.height

    def draw_qr(self, code: QrCode, x: float, y: float) -> None:
        module = code.size_mm * MM / max(1, len(code.rows))
        shape = self._page().new_shape()
        for r, line in enumerate(code.rows):
            c = 0
            while c < len(line):  # one rectangle per run of dark modules
                if not line[c]:
                    c += 1
                    continue
                start = c
                while c < len(line) and line[c]:
                    c += 1
                shape.draw_rect(pymupdf.Rect(x + start * module, y + r * module,
                                             x + c * module, y + (r + 1) * module))
        shape.finish(width=0, color=None, fill=BLACK)
        shape.commit()

    # -- form parts ----------------------------------------------------------------------

    def signatures(self, roles: Sequence[str], *, size: float | None = None,
                   date_label: str = "日期") -> None:
        """Side by side: "<role>（签字）：______  <date>：____年__月__日"."""
        size = size or self.size + 1
        height = 3 * self.line_height(size)
        self.need(height + 4 * MM)
        self.y += 4 * MM
        share = self.width / len(roles)
        for i, role in enumerate(roles):
            x = self.left + i * share
            self.draw_text(x, self.y, role, size)
            line_x = x + self.measure(role, size) + 2
            self._rule(line_x, x + share - 6 * MM, self.y + self.line_height(size))
            self.draw_text(x, self.y + 1.6 * self.line_height(size),
                           f"{date_label}：      年    月    日", size)
        self.y += height

    def _rule(self, x0: float, x1: float, y: float, *, dashed: bool = False) -> None:
        page = self._page()
        page.draw_line((x0, y), (x1, y), color=BLACK, width=0.5,
                       dashes="[3 2] 0" if dashed else None)

    def cut_line(self, label: str) -> None:
        """A dashed line across the page with a label in its middle, for tearing slips."""
        size = self.size - 1
        middle = self.y + self.line_height(size) / 2
        text_width = self.measure(label, size) + 4 * MM
        centre = PAGE.width / 2
        self._rule(8 * MM, centre - text_width / 2, middle, dashed=True)
        self._rule(centre + text_width / 2, PAGE.width - 8 * MM, middle, dashed=True)
        self.draw_text(centre - text_width / 2, self.y, label, size, width=text_width,
                       align="center", color=GREY)
        self.y += self.line_height(size)

    # -- the end ---------------------------------------------------------------------------

    def finish(self, footer: Footer) -> bytes:
        """Footers on every page, the font subset, the file compacted."""
        pages = self.doc.page_count
        size = self.size - 1.5
        for number, page in enumerate(self.doc, start=1):
            self.page = page
            top = PAGE.height - FOOTER_SPACE + 5 * MM
            page.draw_line((self.left, top - 1.5 * MM), (self.right, top - 1.5 * MM),
                           color=GREY, width=0.4)
            self.draw_text(self.left, top, footer.left, size, color=GREY)
            self.draw_text(self.left, top, footer.centre(number, pages), size,
                           width=self.width, align="center", color=GREY)
            self.draw_text(self.left, top, footer.right, size, width=self.width,
                           align="right", color=GREY)
            self.draw_text(self.left, top + self.line_height(size), footer.below, size,
                           color=GREY)
        self.doc.subset_fonts()
        data = self.doc.tobytes(garbage=4, deflate=True)
        self.doc.close()
        return bytes(data)
