"""Whose seal is it: the names a seal may bear, scored against what was read round its rim.

The names are known (the applicant, the recommending unit), so each is verified rather than
the seal read blind. A name is laid along the reading in its single likeliest way (ctc.aligned)
and each of its characters found or not there (FOUND: its probability on its frames); it is
the seal's name when MATCH of its characters are found and its CTC score per character
(ctc.spot) reaches ACCEPT: a broken glyph or two does not refuse a right name, while another
unit's name shares a word or two with it at most (有限公司, 市, 数据).

A seal none of the names fits is another unit's only when its own reading is clear
(LEGIBLE_CHARS characters read with confidence) and no name comes near (under OTHER_BELOW of
its characters found, scoring under REFUSE: two companies share 有限公司 and no more): a faint
or broken name fits nothing well, and is "not read", not "someone else's".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.documents.ocr.ctc import NEVER, aligned, spelled, spot
from app.documents.ocr.recognizer import Reading, symbol_index
from app.documents.seals.name_band import TURNS

FOUND = math.log(0.05)
MATCH = 0.67
ACCEPT = -3.0
OTHER_BELOW = 0.5
REFUSE = -4.0
LEGIBLE_CHARS = 5
LEGIBLE_CONFIDENCE = 0.8
MIN_NAME_CHARS = 2


@dataclass(frozen=True)
class NameVerdict:
    matched: str | None  # the expected name the seal bears
    found: float  # the share of the closest expected name's characters found
    read: str  # what the clearest reading says, where it is legible
    other: bool  # legible, and none of the names fits: another unit's seal


def fit(readings: list[Reading], name: str) -> tuple[float, float]:
    """How well `name` fits the best of `readings`: the share of its characters found and its
    CTC score per character ((-1, NEVER) when it has too few characters to judge)."""
    best = (-1.0, NEVER)
    for reading in readings:
        symbols = spelled(name, symbol_index(reading.table))
        if len(symbols) < MIN_NAME_CHARS:
            continue
        found = float(np.mean(aligned(reading, symbols) >= FOUND))
        best = max(best, (found, spot(reading, symbols)))
    return best


def judge_name(readings: list[Reading], expected: list[str]) -> NameVerdict:
    """The verdict on one seal (or one scan's seals) read as `readings`. Where several names
    fit, the one that accounts for most characters is the seal's: 西安市数据局 lies whole inside
    西安市数据局下属某科技有限公司, whose seal it is not."""
    fits = {name: fit(readings, name) for name in expected}
    read = max((legible_text(r) for r in readings), key=len, default="")
    accepted = [(found * len(name), name) for name, (found, score) in fits.items()
                if found >= MATCH and score >= ACCEPT]
    if accepted:
        name = max(accepted)[1]
        return NameVerdict(name, fits[name][0], read, False)
    found, score = max(fits.values(), default=(-1.0, NEVER))
    return NameVerdict(None, max(found, 0.0), read,
                       bool(read) and found < OTHER_BELOW and score < REFUSE)


def legible_text(reading: Reading) -> str:
    """The reading's text where it is clear: its characters read with LEGIBLE_CONFIDENCE, once
    round the seal (the strip runs one and a half turns), or "" when fewer than
    LEGIBLE_CHARS are."""
    text = reading.decode(int(reading.frames / TURNS), LEGIBLE_CONFIDENCE).strip()
    # Only the characters of names: a run of digits or Latin letters is the seal's number.
    letters = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return text if letters >= LEGIBLE_CHARS else ""
