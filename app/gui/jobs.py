"""Long jobs on a worker thread, relaying progress to the window through signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from app.core.progress import CancelToken, ProgressSink
from app.errors import Cancelled, IntakeError


class Job(QObject):
    """Runs work(progress, cancel) on its own thread; exactly one of the end signals fires."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # an IntakeError, or any other exception (our fault)
    cancelled = Signal()

    def __init__(self, work: Callable[[ProgressSink, CancelToken], Any]) -> None:
        super().__init__()
        self._work = work
        self.token = CancelToken()
        self._thread = QThread()
        self._thread.setObjectName("intake-job")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.token.cancel()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def _emit_progress(self, done: int, total: int, stage: str) -> None:
        # Keep the scales within a C int for the progress bar.
        scale = max(1, total // 1_000_000_000 + 1)
        self.progressed.emit(done // scale, total // scale, stage)

    def _run(self) -> None:
        try:
            result = self._work(self._emit_progress, self.token)
        except Cancelled:
            self.cancelled.emit()
        except IntakeError as error:
            self.failed.emit(error)
        except Exception as error:  # a fault of ours must reach the clerk as a message
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self._thread.quit()
