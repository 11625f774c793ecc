"""Lines of print on a page, found without a detection model: a scanned cover's title and its
案例名称 line are dark rows of ink across white, so the page's ink profile along its rows (how
much ink each row holds) splits it into lines (the classic projection method), and each line
is cut to where its ink begins and ends. Enough for a cover's few large lines; a page of
columns or a table is not what it is for."""

from __future__ import annotations

import numpy as np

from app.documents.pixmaps import paper_level

INK = 0.55  # darker than this share of the paper's brightness is ink
LINE_MM = (3.0, 16.0)  # a line of print from small body text to a large title
ROW_INK = 0.004  # a row with less ink than this share of its width is between lines
GAP_MM = 1.2  # a gap narrower than this inside a line is part of it (the middle of 二, 三)
MAX_LINES = 4
COVER_LINES = 10  # a page with more lines than this in its top is a page of text, no cover
TOP_SHARE = 0.6  # the title and the case's name are in the top of the cover


def text_lines(grey: np.ndarray, mm_per_px: float) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, y0, x1, y1; pixels) of the tallest lines of print in the top of a cover
    (uint8 rows x columns), tallest first, at most MAX_LINES; none on a page of running text,
    whose lines are no title (and would cost a reading each)."""
    rows = grey.shape[0]
    top = grey[: int(rows * TOP_SHARE)]
    paper = paper_level(top)
    ink = top < INK * paper
    profile = ink.mean(axis=1)
    filled = profile > ROW_INK
    gap = max(1, round(GAP_MM / mm_per_px))
    lines: list[tuple[int, int, int, int]] = []
    start, quiet = None, 0
    for y, on in enumerate([*filled.tolist(), False]):
        if on:
            start = y if start is None else start
            quiet = 0
            continue
        if start is None:
            continue
        quiet += 1
        if quiet <= gap and y < filled.size:
            continue
        end = y - quiet + 1
        height = (end - start) * mm_per_px
        if LINE_MM[0] <= height <= LINE_MM[1]:
            used = np.nonzero(ink[start:end].any(axis=0))[0]
            if used.size:
                lines.append((int(used[0]), start, int(used[-1]) + 1, end))
        start, quiet = None, 0
    if len(lines) > COVER_LINES:
        return []
    lines.sort(key=lambda box: box[3] - box[1], reverse=True)
    return lines[:MAX_LINES]
