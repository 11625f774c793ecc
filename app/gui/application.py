"""Start the desktop program."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME, ORG_NAME, __version__
from app.core.translation import chosen_language, missing_translation_text
from app.gui.fonts import apply_fallback, register_cjk_font
from app.gui.i18n import install_translations, saved_operator, saved_settings_env, use_operator
from app.gui.input_method import apply_input_method
from app.store.leftovers import clear_temp
from app.store.private import keep_private


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    choice = apply_input_method(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or [APP_ID]))
    app.setProperty("input_note", choice.note)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    family = register_cjk_font()
    app.setFont(apply_fallback(app.font(), family))
    app.setProperty("translated", install_translations(app, chosen_language()))
    return app


def main(argv: Sequence[str] | None = None) -> int:
    keep_private()  # the register, mails and images hold deliverers' names and phones
    clear_temp()  # what a killed run left in TMPDIR
    app = create_application(argv or sys.argv)
    from app.gui.faults import install_fault_handler
    from app.gui.main_window import MainWindow  # after translations, so texts are translated
    from app.store.fault_log import keep_caught_faults

    if saved_operator():
        use_operator(saved_operator())
    saved_settings_env()  # the shared register and this desk's name, as Settings keeps them
    window = MainWindow()
    # The real data folder, demo or not: the log is the office's, for its support.
    install_fault_handler(lambda: window.real_dir)
    keep_caught_faults(lambda: window.real_dir)
    window.show_on_desk()
    if not app.property("translated"):
        # No catalogue means English for a Chinese desk: say so at once, not never.
        QMessageBox.warning(window, APP_NAME, missing_translation_text())
    return int(app.exec())


def run() -> None:
    sys.exit(main(sys.argv))
