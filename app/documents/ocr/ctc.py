"""How well a known string fits a reading: its CTC probability, wherever in the line it lies.

Connectionist temporal classification (Graves et al., 2006) scores a string against the
recogniser's frames by summing over every way of laying it out along them (each character
over one or more frames, blanks between). Here the string may begin and end at any frame
(word spotting): a seal's name is read from a strip that runs past both ends of it, over the
seal's number or its title. The score is the log-probability per character, so names of
different lengths compare; the frames of a character outside a reading's kept symbols count
at the frame's floor, a bound from above.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

import numpy as np

from app.documents.ocr.recognizer import BLANK, Reading

NEVER = -1e30
# Written forms the recogniser's table knows in another shape.
_SAME = str.maketrans({"（": "(", "）": ")", "〇": "0"})


def spelled(text: str, index: dict[str, int]) -> list[int]:
    """The symbols of `text` the recogniser can emit: full-width forms folded (NFKC), spaces
    and punctuation a seal does not carry dropped, characters outside its table skipped."""
    folded = unicodedata.normalize("NFKC", text.translate(_SAME))
    return [index[c] for c in folded if c in index and not c.isspace()
            and unicodedata.category(c)[0] in "LN"]


def emissions(reading: Reading, symbols: list[int]) -> np.ndarray:
    """frames x symbols log-probabilities, each at the frame's floor where not kept."""
    wanted = np.asarray(symbols, np.int32)
    match = reading.ids[:, :, None] == wanted[None, None, :]
    kept = np.where(match, reading.logp[:, :, None], NEVER).max(axis=1)
    return np.maximum(kept, reading.floor[:, None])


def _states(reading: Reading, symbols: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """CTC's states for `symbols` (blank, c1, blank, c2, ..., blank): each frame's
    log-probability of each state, and which states may follow the one two back (past a
    blank, and only to a different character)."""
    count = len(symbols)
    extended = np.zeros(2 * count + 1, np.int32)
    extended[1::2] = symbols
    emit = emissions(reading, [BLANK, *symbols])
    column = np.zeros(extended.size, np.int32)
    column[1::2] = np.arange(1, count + 1)
    skip = np.zeros(extended.size, bool)
    skip[3::2] = extended[3::2] != extended[1:-2:2]
    return emit[:, column], skip


def spot(reading: Reading, symbols: list[int]) -> float:
    """The best log-probability per character of `symbols` laid out over some run of the
    reading's frames (NEVER when it cannot be)."""
    count = len(symbols)
    if count == 0 or reading.frames < count:
        return NEVER
    frames, skip = _states(reading, symbols)
    alpha = np.full(skip.size, NEVER)
    best = NEVER
    for t in range(reading.frames):
        stay = alpha
        step = np.concatenate(([NEVER], alpha[:-1]))
        jump = np.where(skip, np.concatenate(([NEVER, NEVER], alpha[:-2])), NEVER)
        alpha = np.logaddexp(np.logaddexp(stay, step), jump)
        # Entering the string at this frame: what came before is not scored.
        alpha[0] = np.logaddexp(alpha[0], 0.0)
        alpha[1] = np.logaddexp(alpha[1], 0.0)
        alpha = alpha + frames[t]
        best = max(best, float(alpha[-1]), float(alpha[-2]))
    return best / count if best > NEVER / 2 else NEVER


class Alignment(NamedTuple):
    logp: np.ndarray  # each character's best log-probability on its frames (NEVER: none)
    frame: np.ndarray  # the frame where it is best (-1: none)


def aligned(reading: Reading, symbols: list[int]) -> Alignment:
    """Each character's best log-probability on the frames the single most likely layout of
    `symbols` (Viterbi, beginning and ending at any frame) gives it, and that frame; empty
    when it cannot be laid out."""
    count = len(symbols)
    if count == 0 or reading.frames < count:
        return Alignment(np.zeros(0, np.float32), np.zeros(0, np.int32))
    frames, skip = _states(reading, symbols)
    size = skip.size
    score = np.full(size, NEVER)
    back = np.zeros((reading.frames, size), np.int32)  # the state each state came from
    states = np.arange(size)
    ends: list[tuple[float, int, int]] = []
    for t in range(reading.frames):
        options = np.stack([score, np.concatenate(([NEVER], score[:-1])),
                            np.where(skip, np.concatenate(([NEVER, NEVER], score[:-2])),
                                     NEVER)])
        choice = np.argmax(options, axis=0)
        best = options[choice, states]
        back[t] = states - choice
        for entry in (0, 1):  # entering the string here
            if best[entry] < 0.0:
                best[entry], back[t, entry] = 0.0, -1
        score = best + frames[t]
        ends.append((float(max(score[-1], score[-2])), t, size - 1 - int(score[-1] < score[-2])))
    _, t, state = max(ends)
    per_char = np.full(count, NEVER, np.float32)
    where = np.full(count, -1, np.int32)
    while t >= 0 and state >= 0:
        if state % 2 == 1:
            k = state // 2
            if frames[t, state] > per_char[k]:
                per_char[k], where[k] = frames[t, state], t
        state = back[t, state]
        t -= 1
    return Alignment(per_char, where)
