"""The optical drives, listed on a thread of their own.

Listing asks the system about each drive (Windows: GetVolumeInformationW, which waits while a
drive spins a new disc up — seconds; Linux: an ioctl on /dev/sr*), and the window must never
wait for a drive. The result comes back to the GUI thread as a signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.disc.drives import Drive

log = logging.getLogger(__name__)


class DriveList(QObject):
    listed = Signal(object)  # list[Drive], on the thread that owns this object

    def __init__(self, lister: Callable[[], list[Drive]]) -> None:
        super().__init__()
        self._lister = lister
        self._lock = threading.Lock()
        self._running = False
        self._again = False

    def refresh(self) -> None:
        """List the drives again; a request while one runs makes one more run after it."""
        with self._lock:
            if self._running:
                self._again = True
                return
            self._running = True
        threading.Thread(target=self._list, name="intake-drives", daemon=True).start()

    def _list(self) -> None:
        while True:
            try:
                drives = self._lister()
            except Exception:  # a fault of ours: no drives shown, the details in errors.log
                log.exception("listing the optical drives failed")
                drives = []
            with self._lock:
                again, self._again = self._again, False
                if not again:
                    self._running = False
            self.listed.emit(drives)
            if not again:
                return
