"""The optical drives, listed on a thread of their own, and the box the clerk picks one from.

Listing asks the system about each drive (Windows: GetVolumeInformationW, which waits while a
drive spins a new disc up — seconds; Linux: an ioctl on /dev/sr*), and the window must never
wait for a drive. The result comes back to the GUI thread as a signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.core.sizes import human_size
from app.disc.drives.listing import Drive

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


class DriveBox(QComboBox):
    """The drives to choose from, listed again when asked; the drive chosen stays chosen
    whatever is in it now."""

    def __init__(self, lister: Callable[[], list[Drive]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(160)
        self.addItem(self.tr("looking for drives…"), None)
        self._after_listing: list[Callable[[], None]] = []
        self.listing = DriveList(lister)
        self.listing.listed.connect(self._show)
        self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """List the drives again (off the GUI thread); `then` runs once the list is shown."""
        if then is not None:
            self._after_listing.append(then)
        self.listing.refresh()

    def _show(self, drives: list[Drive]) -> None:
        chosen = self.currentData()
        self.clear()
        for drive in drives:
            self.addItem(self.drive_text(drive), drive)
        if not drives:
            self.addItem(self.tr("no drive found"), None)
        for index in range(self.count()):
            here = self.itemData(index)
            if chosen is not None and here is not None and here.path == chosen.path:
                self.setCurrentIndex(index)
        waiting, self._after_listing = self._after_listing, []
        for then in waiting:
            then()

    def drive_text(self, drive: Drive) -> str:
        if drive.kind == "folder":
            return self.tr("{path} (mounted folder)").format(path=drive.path)
        if drive.loaded is False:
            return self.tr("{drive}: no disc").format(drive=drive.name)
        text = drive.name
        if drive.volume:
            text += " — " + drive.volume
        if drive.size:
            text += f" ({human_size(drive.size)})"
        return text
