"""Progress sinks and cancel tokens for long jobs, free of any front end."""

from __future__ import annotations

import threading
import time
from typing import Protocol

from app.errors import Cancelled


class ProgressSink(Protocol):
    def __call__(self, done: int, total: int, stage: str) -> None: ...


def no_progress(done: int, total: int, stage: str) -> None:
    """A sink that ignores everything, for callers that do not show progress."""


class CancelToken:
    """Set from any thread; checked by the job between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Pace:
    """Speed and time left of the current stage, for the front ends to show."""

    def __init__(self) -> None:
        self._stage = ""
        self._began = 0.0
        self._done_then = 0

    def update(self, done: int, total: int, stage: str) -> tuple[float, float | None]:
        """(bytes per second, seconds left or None while unknown)."""
        now = time.monotonic()
        if stage != self._stage:
            self._stage, self._began, self._done_then = stage, now, done
        elapsed = now - self._began
        rate = (done - self._done_then) / elapsed if elapsed > 0.2 else 0.0
        left = (total - done) / rate if rate > 0 and total > done else None
        return rate, left


def duration_text(seconds: float) -> str:
    minutes, rest = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"
