"""A progress bar on stderr, drawn only on a terminal and only for jobs longer than a moment."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from app.cli.text import tr
from app.core.progress import Pace, duration_text
from app.core.translation import QT_TRANSLATE_NOOP

_STAGES = {"read": QT_TRANSLATE_NOOP("cli", "Reading"),
           "hash": QT_TRANSLATE_NOOP("cli", "Hashing"),
           "check": QT_TRANSLATE_NOOP("cli", "Checking"),
           "archive": QT_TRANSLATE_NOOP("cli", "Archiving"),
           "backup": QT_TRANSLATE_NOOP("cli", "Backing up"),
           "image": QT_TRANSLATE_NOOP("cli", "Imaging")}


class TerminalProgress:
    def __init__(self, stream: TextIO | None = None, delay: float = 0.5) -> None:
        self._stream = stream or sys.stderr
        self._start = time.monotonic()
        self._delay = delay
        self._last = 0.0
        self._drawn = False
        self._enabled = self._stream.isatty()
        self._pace = Pace()

    def __call__(self, done: int, total: int, stage: str) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        rate, seconds_left = self._pace.update(done, total, stage)
        if now - self._start < self._delay or (now - self._last < 0.1 and done < total):
            return
        self._last = now
        fraction = done / total if total else 1.0
        filled = int(fraction * 30)
        label = tr(_STAGES.get(stage, stage))
        bar = "#" * filled + "." * (30 - filled)
        left = ""
        if seconds_left is not None:
            left = " " + tr(QT_TRANSLATE_NOOP("cli", "{time} left")).format(
                time=duration_text(seconds_left))
        self._stream.write(f"\r{label} [{bar}] {fraction:6.1%} {rate / (1 << 20):7.1f} MB/s"
                           f"{left}   ")
        self._stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()

