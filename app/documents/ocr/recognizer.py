"""Reading one line of text: PaddleOCR's PP-OCRv4 recogniser run by ONNX Runtime.

The model (resources/ocr/, taken from the rapidocr-onnxruntime 1.4.4 wheel; Apache-2.0, see
its NOTICE) reads a line image 48 pixels high and of any width, and gives for every 8 pixels
of width (a frame) a probability for each of its 6,625 symbols: the CTC blank, 6,623
characters (its own table, in the model's metadata) and a space. That matrix is the reading:
what a line says is its most likely path (greedy decoding), and how well a given string fits
it is its CTC probability (ctc.py), which tolerates faint and broken glyphs far better than
reading blind.

A reading keeps only each frame's most likely symbols (TOP_K) and a bound for the rest: the
full matrix is 26 KB a frame, and no string worth scoring lives outside the top few.

The runtime and the model load on first use, once per process. Where either is missing (a
broken installation) nothing is read, and the fault goes to errors.log once.
"""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from app.paths import resource_dir

if TYPE_CHECKING:
    import onnxruntime

MODEL = ("ocr", "ppocrv4_rec.onnx")
HEIGHT = 48  # the recogniser's line height
FRAME_PX = 8  # pixels of line width per frame of output
TOP_K = 24
MAX_WIDTH = 4096  # a line wider than this (about 85 characters) is read in its first part
BLANK = 0


@dataclass(frozen=True)
class Reading:
    """What the recogniser saw in a line: per frame, its TOP_K likeliest symbols (indices into
    `table`, best first) with their log-probabilities, and a log-probability no other symbol
    of the frame exceeds."""

    ids: np.ndarray  # frames x TOP_K, int32
    logp: np.ndarray  # frames x TOP_K, float32
    floor: np.ndarray  # frames, float32
    table: tuple[str, ...]

    @property
    def frames(self) -> int:
        return int(self.ids.shape[0])

    @cached_property
    def text(self) -> str:
        """The most likely reading (greedy CTC decoding)."""
        return self.decode()

    def decode(self, frames: int | None = None, least: float = 0.0) -> str:
        """The best symbol of each of the first `frames` frames, repeats merged and blanks
        dropped; with `least`, only symbols read at that probability or more."""
        best = self.ids[:frames, 0].tolist()
        sure = (self.logp[:frames, 0] >= np.log(least)).tolist() if least > 0 else None
        out: list[str] = []
        previous = BLANK
        for frame, symbol in enumerate(best):
            if symbol != previous and symbol != BLANK and (sure is None or sure[frame]):
                out.append(self.table[symbol])
            previous = symbol
        return "".join(out)


class Recognizer:
    """One ONNX Runtime session over the model, shared by every thread (a session's run is
    thread-safe)."""

    def __init__(self, session: onnxruntime.InferenceSession) -> None:
        self._session = session
        self._input = session.get_inputs()[0].name
        characters = session.get_modelmeta().custom_metadata_map["character"].splitlines()
        self.table: tuple[str, ...] = ("", *characters, " ")
        self.index = symbol_index(self.table)

    def read(self, darkness: np.ndarray) -> Reading:
        """Read a line image: rows x columns of ink darkness 0 (paper) .. 1 (ink), any size
        (it is scaled to HEIGHT rows, keeping its proportions)."""
        line = _to_height(np.asarray(darkness, np.float32))
        # The model's input: three equal channels, paper at +1 and ink at -1.
        x = np.repeat((1.0 - 2.0 * np.clip(line, 0.0, 1.0))[None, None], 3, axis=1)
        probabilities = self._session.run(None, {self._input: x})[0][0]
        return compress(probabilities, self.table)


@functools.cache
def symbol_index(table: tuple[str, ...]) -> dict[str, int]:
    """Each symbol's index in the recogniser's `table` (the blank is no symbol)."""
    return {symbol: i for i, symbol in enumerate(table) if i != BLANK}


def compress(probabilities: np.ndarray, table: tuple[str, ...]) -> Reading:
    """A reading from the model's frames x symbols probabilities."""
    k = min(TOP_K, probabilities.shape[1] - 1)
    top = np.argpartition(-probabilities, k, axis=1)[:, :k + 1]
    values = np.take_along_axis(probabilities, top, axis=1)
    order = np.argsort(-values, axis=1)
    top, values = np.take_along_axis(top, order, axis=1), np.take_along_axis(values, order, axis=1)
    logs = np.log(np.maximum(values, 1e-12)).astype(np.float32)
    return Reading(top[:, :k].astype(np.int32), logs[:, :k], logs[:, k].copy(), table)


def _to_height(line: np.ndarray) -> np.ndarray:
    """The line scaled to HEIGHT rows by area averaging (down) or linear interpolation (up)."""
    rows, columns = line.shape
    width = max(FRAME_PX, min(MAX_WIDTH, round(columns * HEIGHT / max(rows, 1))))
    ys = (np.arange(HEIGHT, dtype=np.float32) + 0.5) * rows / HEIGHT - 0.5
    xs = (np.arange(width, dtype=np.float32) + 0.5) * columns / width - 0.5
    if rows > 2 * HEIGHT:  # smooth before sampling so that thin strokes are not skipped
        step = rows // HEIGHT
        kernel = np.ones(step, np.float32) / step
        line = np.apply_along_axis(np.convolve, 0, line, kernel, mode="same")
        line = np.apply_along_axis(np.convolve, 1, line, kernel, mode="same")
    y0 = np.clip(np.floor(ys).astype(np.int32), 0, rows - 1)
    x0 = np.clip(np.floor(xs).astype(np.int32), 0, columns - 1)
    y1, x1 = np.minimum(y0 + 1, rows - 1), np.minimum(x0 + 1, columns - 1)
    fy = np.clip(ys - y0, 0.0, 1.0)[:, None]
    fx = np.clip(xs - x0, 0.0, 1.0)[None, :]
    top = line[y0][:, x0] * (1 - fx) + line[y0][:, x1] * fx
    bottom = line[y1][:, x0] * (1 - fx) + line[y1][:, x1] * fx
    return (top * (1 - fy) + bottom * fy).astype(np.float32)


_lock = threading.Lock()
_loaded: list[Recognizer | None] = []


def recognizer() -> Recognizer | None:
    """The process's recogniser, loaded on first use; None when it cannot load."""
    with _lock:
        if not _loaded:
            _loaded.append(_load())
        return _loaded[0]


def _load() -> Recognizer | None:
    try:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        # Two threads: a desk has two cores or more, and the check waits on each reading.
        options.intra_op_num_threads = 2
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        path = resource_dir().joinpath(*MODEL)
        session = onnxruntime.InferenceSession(str(path), sess_options=options,
                                               providers=["CPUExecutionProvider"])
        return Recognizer(session)
    except Exception:  # a broken installation: the program works on, without reading seals
        logging.getLogger(__name__).error("the text recogniser did not load", exc_info=True)
        return None
