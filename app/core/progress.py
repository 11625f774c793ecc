"""Progress sinks and cancel tokens for long jobs, free of any front end."""

from __future__ import annotations

import threading
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
