"""Whose seal is it: the names a seal may bear, scored against what was read round its rim.

The names are known (the applicant, the recommending unit), so each is verified rather than
the seal read blind. A name is laid along the reading in its single likeliest way (ctc.aligned)
and each of its characters is found there (FOUND: its probability on its frames), missing (the
recogniser is unsure what stands there: a faint or broken glyph, or one misread as a
look-alike, where the name's own character is still a runner-up) or contradicted (it reads
another character there, sure of it, and the name's is not even a runner-up). A name is the
seal's when MATCH of its characters are found, and MATCH of those that set it apart (not its
有限公司, 科技, 管理局), none is contradicted and its CTC score per character (ctc.spot) reaches
ACCEPT: broken glyphs do not refuse a right name, while a name with one word changed (宝鸡县 for
宝鸡市, 数字 for 数据) is refused wherever the seal shows the word it has instead, and a seal
showing only 科技有限公司 clearly is no one's in particular.

A seal none of the names fits is another unit's only when its own reading is clear
(LEGIBLE_CHARS characters read with confidence) and either no name comes near (under
OTHER_BELOW of its characters found, scoring under REFUSE: two companies share 有限公司 and no
more) or the nearest is contradicted (the seal shows another word where that name has its
own: 陕西某某科技 against 陕西乙科技): a faint or broken name fits nothing well, and is "not
read", not "someone else's".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from app.documents.ocr.ctc import NEVER, Alignment, aligned, spelled, spot
from app.documents.ocr.recognizer import Reading, symbol_index
from app.documents.seals.name_band import TURNS

FOUND = math.log(0.05)
SURE = math.log(0.6)  # another character read at least this sure contradicts the name's
UNLIKELY = -7.0  # ... and the name's own is not even a runner-up (a look-alike misread's is)
MATCH = 0.5
ACCEPT = -4.0
CONTEXT = 2  # characters' widths looked at before the first character and after the last
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


class Fit(NamedTuple):
    found: float  # the share of the name's characters found
    score: float  # its CTC score per character
    contradicted: int  # characters where the reading is sure of another one
    own_part: float  # the share found of what sets the name apart (own_part())


NO_FIT = Fit(-1.0, NEVER, 0, -1.0)
# What many units' names end in: a seal showing only these of a name shows nothing of whose it
# is (北京中导开源科技有限公司 and 陕西星图数据科技有限公司 share half their characters).
_KINDS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "科技", "信息技术", "技术",
          "管理委员会", "委员会", "监督管理局", "管理局", "分局", "局", "服务中心", "中心",
          "研究院", "研究所", "学校", "学院", "大学", "协会", "联盟")


def own_part(name: str) -> str:
    """`name` without the words of its kind at its end (有限公司, 科技, 管理局…), at least two
    characters of it kept."""
    stem = name.strip()
    while True:
        kind = next((k for k in _KINDS if stem.endswith(k) and len(stem) - len(k) >= 2), None)
        if kind is None:
            return stem
        stem = stem[:-len(kind)]


def fit(readings: list[Reading], name: str) -> Fit:
    """How well `name` fits the best of `readings` (NO_FIT when it has too few characters to
    judge)."""
    best = NO_FIT
    apart = own_part(name)
    for reading in readings:
        index = symbol_index(reading.table)
        symbols = spelled(name, index)
        if len(symbols) < MIN_NAME_CHARS:
            continue
        laid = aligned(reading, symbols)
        found = laid.logp >= FOUND
        stem = max(len(spelled(apart, index)), 1)  # own_part is where the name begins
        candidate = Fit(float(np.mean(found)), spot(reading, symbols),
                        _contradicted(reading, symbols, laid, found),
                        float(np.mean(found[:stem])))
        if candidate[:2] > best[:2]:
            best = candidate
    return best


def _contradicted(reading: Reading, symbols: list[int], laid: Alignment,
                  found: np.ndarray) -> int:
    """The characters not found where the reading is sure of a character the name lacks,
    between the frames of the character's neighbours (CONTEXT widths past the name's ends),
    and gives the name's own neither a chance above UNLIKELY nor a place among its kept
    candidates there: 林 misread as 村 keeps 林 among them, 西 read where 宝 should be does
    not."""
    count = len(symbols)
    width = max(1, int(np.median(np.diff(laid.frame)))) if count > 1 else 3
    own = set(symbols)
    contradicted = 0
    for k in np.nonzero(~found & (laid.logp < UNLIKELY))[0]:
        start = laid.frame[k - 1] + 1 if k > 0 else laid.frame[k] - CONTEXT * width
        end = laid.frame[k + 1] if k + 1 < count else laid.frame[k] + CONTEXT * width + 1
        for frame in range(max(int(start), 0), min(int(end), reading.frames)):
            symbol = int(reading.ids[frame, 0])
            if symbol not in own and reading.logp[frame, 0] >= SURE \
                    and symbols[k] not in reading.ids[frame] \
                    and _is_name_character(reading.table[symbol]):
                contradicted += 1
                break
    return contradicted


def _is_name_character(text: str) -> bool:
    """A CJK character: what names are written in (the seal's number is digits, the blank and
    the reading's punctuation say nothing of the name)."""
    return len(text) == 1 and "\u4e00" <= text <= "\u9fff"


def judge_name(readings: list[Reading], expected: list[str]) -> NameVerdict:
    """The verdict on one seal (or one scan's seals) read as `readings`. Where several names
    fit, the one that accounts for most characters is the seal's: 西安市数据局 lies whole inside
    西安市数据局下属某科技有限公司, whose seal it is not."""
    fits = {name: fit(readings, name) for name in expected}
    read = max((legible_text(r) for r in readings), key=len, default="")
    accepted = [(f.found * len(name), name) for name, f in fits.items()
                if f.found >= MATCH and f.own_part >= MATCH and f.score >= ACCEPT
                and not f.contradicted]
    if accepted:
        name = max(accepted)[1]
        return NameVerdict(name, fits[name].found, read, False)
    nearest = max(fits.values(), default=NO_FIT)
    far = nearest.found < OTHER_BELOW and nearest.score < REFUSE
    return NameVerdict(None, max(nearest.found, 0.0), read,
                       bool(read) and (far or nearest.contradicted > 0))


def legible_text(reading: Reading) -> str:
    """The reading's text where it is clear: its characters read with LEGIBLE_CONFIDENCE, once
    round the seal (the strip runs one and a half turns), or "" when fewer than
    LEGIBLE_CHARS are."""
    text = reading.decode(int(reading.frames / TURNS), LEGIBLE_CONFIDENCE).strip()
    # Only the characters of names: a run of digits or Latin letters is the seal's number.
    letters = sum(1 for c in text if _is_name_character(c))
    return text if letters >= LEGIBLE_CHARS else ""
