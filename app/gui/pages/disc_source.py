"""Where the disc check's disc comes from: the unit it is recorded for (empty: checked only),
the drive, an image or a folder. Says which was chosen; the page reads it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.disc.drives.listing import optical_drives
from app.gui.drive_list import DriveBox
from app.gui.widgets import add_labelled
from app.services.desk_view import DeskView

CHECK_ONLY = ""


class DiscSource(QWidget):
    chosen = Signal(str, bool)  # path, eject the tray once read

    def __init__(self, busy: Callable[[], bool]) -> None:
        super().__init__()
        self._busy = busy
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setMinimumWidth(220)
        self.unit.lineEdit().setPlaceholderText(self.tr("unit (empty: check only)"))
        # The module's name is looked up at each listing, so a test can stand in for it.
        self.drive = DriveBox(lambda: optical_drives())
        drive_button = QPushButton(self.tr("Read the disc in the drive"))
        drive_button.clicked.connect(self.read_drive)
        image_button = QPushButton(self.tr("Open disc image…"))
        image_button.clicked.connect(self.choose_image)
        folder_button = QPushButton(self.tr("Open disc folder…"))
        folder_button.clicked.connect(self.choose_folder)
        controls = add_labelled(QHBoxLayout(), ((self.tr("Unit"), self.unit),
                                                (self.tr("Drive"), self.drive)))
        controls.addWidget(drive_button)
        controls.addWidget(image_button)
        controls.addWidget(folder_button)
        controls.addStretch(1)
        hint = QLabel(self.tr("Drop an image file (.iso) or a folder here. "
                              "Nothing on a disc is ever opened or run."))
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(hint)

    def update_view(self, view: DeskView) -> None:
        typed = self.unit.currentText()
        self.unit.clear()
        self.unit.addItem(CHECK_ONLY)
        self.unit.addItems([u.name for u in view.status.units])
        self.unit.setCurrentText(typed)

    def read_drive(self) -> None:
        self.drive.refresh(then=self._read_chosen_drive)  # a disc may have just gone in

    def _read_chosen_drive(self) -> None:
        if self._busy():
            return  # a second click while the first read runs
        drive = self.drive.currentData()
        if drive is None:
            QMessageBox.information(self, self.tr("Disc check"), self.tr(
                "No optical drive was found. Open the disc's image or folder instead."))
            return
        if drive.loaded is False:
            QMessageBox.information(self, self.tr("Disc check"), self.tr(
                "There is no disc in drive {drive}. Put the disc in, wait until the drive "
                "light stops blinking, and try again.").format(drive=drive.name))
            return
        self.chosen.emit(drive.path, drive.kind == "device")

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open disc image"), "",
            self.tr("Disc images (*.iso *.img *.udf);;All files (*)"))
        if path:
            self.chosen.emit(path, False)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open disc folder"))
        if path:
            self.chosen.emit(path, False)
