"""The window's File and Help menus: what a clerk reaches by keyboard (Ctrl+O a disc image,
Ctrl+P the printing page, F5 to read the register again) and the backup of the register."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import APP_NAME_ZH, __version__
from app.core.sizes import human_size
from app.services.backup import BackupResult, backup

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


def add_menus(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("menus", "&File"))
    for text, keys, slot in (
        (
            QCoreApplication.translate("menus", "Open a disc &image…"),
            QKeySequence.StandardKey.Open,
            lambda: _on_disc_page(window, window.disc_check.choose_image),
        ),
        (
            QCoreApplication.translate("menus", "Open a disc &folder…"),
            None,
            lambda: _on_disc_page(window, window.disc_check.choose_folder),
        ),
        (
            QCoreApplication.translate("menus", "&Printing…"),
            QKeySequence.StandardKey.Print,
            lambda: window.show_page(4),
        ),
        (
            QCoreApplication.translate("menus", "&Refresh"),
            QKeySequence.StandardKey.Refresh,
            window.desk.refresh,
        ),
        (
            QCoreApplication.translate("menus", "&Back up the register…"),
            None,
            lambda: back_up(window),
        ),
        (QCoreApplication.translate("menus", "&Quit"), QKeySequence.StandardKey.Quit, window.close),
    ):
        action = QAction(text, window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False, run=slot: run())
        file_menu.addAction(action)


def add_help_menu(window: MainWindow) -> None:
    """Last on the bar, where every program has it."""
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("menus", "&Help"))
    about = QAction(QCoreApplication.translate("menus", "&About"), window)
    about.triggered.connect(lambda _checked=False: show_about(window))
    help_menu.addAction(about)


def _on_disc_page(window: MainWindow, choose: object) -> None:
    window.show_page(2)
    choose()  # type: ignore[operator]


def back_up(window: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(
        window,
        QCoreApplication.translate(
            "menus", "Back up the register into an empty folder (a USB disk, a network share)"
        ),
    )
    if not folder:
        return

    def done(result: BackupResult) -> None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("menus", "Backup"),
            QCoreApplication.translate(
                "menus",
                "The register and {files} archived files ({size}) were copied to {folder}, with a "
                "manifest of their digests. Keep the audit key apart from it.",
            ).format(files=result.files, size=human_size(result.size), folder=result.folder),
        )

    window.desk.run(
        lambda reg, progress, cancel: backup(reg, Path(folder), progress=progress, cancel=cancel),
        done,
        parent=window,
        label=QCoreApplication.translate("menus", "Backing up the register…"),
        writes=True,
    )


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("menus", "About"),
        QCoreApplication.translate(
            "menus",
            "{name} {version}\nChecks the submissions a call receives: discs, paper and the "
            "summary table. Works offline; nothing on a disc is ever opened or run.\n\n"
            "Data folder: {folder}\nLicence: GNU AGPL 3.0 or later",
        ).format(name=APP_NAME_ZH, version=__version__, folder=window.desk.data_dir),
    )
