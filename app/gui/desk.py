"""The window's hold on the register: one data folder, every access on a worker thread.

Each job opens its own connection in its thread (SQLite connections stay in the thread that
made them) and closes it; the keyring is touched there too, never on the GUI thread. After a
change the desk reads the register again and hands the new view to every page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.core.progress import CancelToken, Pace, ProgressSink, duration_text
from app.core.rules import CallRules
from app.errors import IntakeError, RegisterUnavailable
from app.gui.jobs import Job
from app.gui.messages import describe
from app.services.desk_view import DeskView, desk_view
from app.services.register import Register
from app.services.trail_head import TrailHead
from app.store.fault_log import log_fault

T = TypeVar("T")
RegisterWork = Callable[[Register, ProgressSink, CancelToken], T]


POLL_MS = 5000  # how often an idle window looks whether another desk recorded something
LISTEN_S = 30.0  # on a shared register: how long one look waits to be told
BYTE_STAGES = ("read", "hash", "archive", "image", "backup")  # progress counted in bytes


class _Relay(QObject):
    """Lives on the GUI thread, so a job's end reaches the page there (a plain function
    connected to the job's signal would run on the worker's thread)."""

    def __init__(self, done: Callable[[Any], None], failed: Callable[[BaseException], None],
                 cancelled: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._done, self._failed, self._cancelled = done, failed, cancelled

    @classmethod
    def on(cls, job: Job, done: Callable[[Any], None], failed: Callable[[BaseException], None],
           cancelled: Callable[[], None], parent: QObject) -> _Relay:
        """A relay for the job's three ends."""
        relay = cls(done, failed, cancelled, parent)
        job.succeeded.connect(relay.succeeded)
        job.failed.connect(relay.failed)
        job.cancelled.connect(relay.cancelled)
        return relay

    @Slot(object)
    def succeeded(self, result: Any) -> None:
        self._done(result)

    @Slot(object)
    def failed(self, error: BaseException) -> None:
        self._failed(error)

    @Slot()
    def cancelled(self) -> None:
        self._cancelled()


class _ProgressRelay(QObject):
    def __init__(self, shown: Callable[[int, int, str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._shown = shown

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, stage: str) -> None:
        self._shown(done, total, stage)


class Desk(QObject):
    viewChanged = Signal(object)  # DeskView
    failed = Signal(object)  # the register could not be read: the error (see main_window)
    busyChanged = Signal(bool)

    def __init__(self, data_dir: Path, *, demo: bool = False) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.demo = demo
        self.call_code: str | None = None  # the call this window works on; None: the current
        self.view: DeskView | None = None
        self._jobs: set[Job] = set()
        self._reads = 0  # the newest read of the register; an older one arriving late is dropped
        # Another desk on the same register records something: this window shows it without
        # the clerk pressing anything. The trail's head says whether anything changed.
        self._head: int | None = None
        self._closing = False  # the window is closing: a job's end shows nothing any more
        self._outage = False  # the shared register's server could not be reached
        self._trail = TrailHead()
        self._watching = False
        self._watch_job: Job | None = None
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll_head)
        self.poll.start()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def switch(self, data_dir: Path, *, demo: bool, read: bool = True) -> None:
        """Work on another data folder; `read=False` when a job about to run there reads it
        again when it ends."""
        self.data_dir, self.demo = data_dir, demo
        self.call_code = None  # another register: its own current call
        self.view = None
        self._reads += 1  # a read of the old folder still under way is not shown
        if read:
            self.refresh()

    def run(self, work: RegisterWork[Any], done: Callable[[Any], None] | None = None, *,
            parent: QWidget | None = None, label: str = "", writes: bool = False,
            on_error: Callable[[BaseException], None] | None = None,
            quiet: bool = False) -> Job:
        """Run work(register, progress, cancel) off the GUI thread. With a label, a progress
        dialog (shown after half a second) offers Cancel. Errors reach the clerk as a message
        unless on_error takes them."""
        folder, call = self.data_dir, self.call_code

        def job_work(progress: ProgressSink, cancel: CancelToken) -> Any:
            with Register(folder, call) as reg:
                return work(reg, progress, cancel)

        job = Job(job_work)
        dialog = self._progress_dialog(job, label, parent) if label else None

        def finish() -> None:
            relay.deleteLater()
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            job.wait()
            self._jobs.discard(job)
            if not quiet:  # a look at the trail's head is no work the clerk waits for
                self.busyChanged.emit(self.busy)

        def succeeded(result: Any) -> None:
            finish()
            if self._closing:
                return
            if done is not None:
                done(result)
            if writes:
                self.refresh()

        def failed(error: BaseException) -> None:
            finish()
            if not isinstance(error, IntakeError):  # a fault, or a folder that failed us
                log_fault(self.data_dir, error)
            if self._closing:
                return
            if isinstance(error, RegisterUnavailable):
                self._register_lost(error)
            if on_error is not None:
                on_error(error)
            else:
                QMessageBox.warning(parent, self.tr("Intake Desk"), describe(error))
            if writes:
                self.refresh()

        relay = _Relay.on(job, succeeded, failed, finish, self)
        self._jobs.add(job)
        if not quiet:
            self.busyChanged.emit(True)
        job.start()
        return job

    def _poll_head(self) -> None:
        if self.busy or self._watching or (self.view is None and not self._outage):
            return
        folder = self.data_dir
        # On a shared register the job waits for another desk's NOTIFY (up to LISTEN_S), so a
        # record made elsewhere shows at once; on SQLite it only looks.
        # The first look only learns the head; back from an outage, it is said at once.
        wait = 0.0 if self._outage or self._head is None else LISTEN_S
        job = Job(lambda _p, _c: self._trail.wait(folder, wait))
        self._watching = True

        def seen(value: int) -> None:
            # Back after an outage: the view is read again, which takes the banner away.
            if self._outage or (self._head is not None and value != self._head):
                self._outage = False
                self.refresh()
            self._head = value

        def lost(error: BaseException) -> None:
            if isinstance(error, RegisterUnavailable):
                self._register_lost(error)

        def finish() -> None:
            self._watching = False
            relay.deleteLater()
            job.wait()

        def succeeded(value: int) -> None:
            finish()
            if not self._closing:
                seen(value)

        def failed(error: BaseException) -> None:
            finish()
            if not self._closing:
                lost(error)

        relay = _Relay.on(job, succeeded, failed, finish, self)
        self._watch_job = job
        job.start()

    def _register_lost(self, error: RegisterUnavailable) -> None:
        """The shared register went away: said once, in the banner, which the next look at
        the trail that succeeds takes away."""
        if not self._outage:
            self._outage = True
            self.failed.emit(error)

    def _progress_dialog(self, job: Job, label: str, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(job.cancel)

        pace = Pace()

        def progressed(done: int, total: int, stage: str) -> None:
            # Per mille: a DVD's byte count does not fit the dialog's int.
            dialog.setMaximum(1000)
            dialog.setValue(min(1000, done * 1000 // total) if total > 0 else 0)
            text = self._stage_text(stage)
            rate, left = pace.update(done, total, stage)
            if text and stage in BYTE_STAGES and rate > 0:
                text += "\n" + self.tr("{speed} MB/s").format(speed=f"{rate / 1e6:.1f}")
                if left is not None:
                    text += ", " + self.tr("{time} left").format(time=duration_text(left))
            if text:
                dialog.setLabelText(text)

        relay = _ProgressRelay(progressed, dialog)
        job.progressed.connect(relay.progressed)
        return dialog

    def _stage_text(self, stage: str) -> str:
        return {"read": self.tr("Reading the disc…"),
                "image": self.tr("Copying the disc from the drive…"),
                "hash": self.tr("Reading the disc and computing its checksums…"),
                "check": self.tr("Checking the stamped scans…"),
                "archive": self.tr("Keeping a copy of the disc in the archive…"),
                "demo": self.tr("Burning and checking the demo discs…")}.get(stage, "")

    def call(self) -> CallRules | None:
        """The call shown, once the register has been read."""
        return self.view.status.call if self.view is not None else None

    def switch_call(self, code: str | None) -> None:
        """Work on another call of the register (None: whichever is current)."""
        self.call_code = code
        self.refresh()

    def refresh(self) -> None:
        """Read the register again; every page gets the new view."""
        self._reads += 1
        this = self._reads

        def shown(view: DeskView) -> None:
            if this == self._reads:
                self.view = view
                self.viewChanged.emit(view)

        def broken(error: BaseException) -> None:
            if this == self._reads:
                self.failed.emit(error)

        self.run(lambda reg, _p, _c: desk_view(reg), shown, on_error=broken)

    def wait_all(self, ms: int = 30_000) -> None:
        """The window closes: no more looks at the register, and what is under way ends
        without touching the pages (they are about to go)."""
        self._closing = True
        self.poll.stop()
        self._trail.stop()
        if self._watch_job is not None:
            self._watch_job.wait(ms)
        self._trail.close()
        for job in list(self._jobs):
            job.cancel()
            job.wait(ms)
