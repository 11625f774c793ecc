"""The clerk's whole day in one window: Overview, Deliveries, Disc check, Cases, Printing and
Settings, chosen on the left (Ctrl+1 … Ctrl+6), over one register read off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_ID, APP_NAME_ZH, ORG_NAME, __version__
from app.core.progress import CancelToken, ProgressSink
from app.demo.season import demo_dir, load_demo
from app.errors import RegisterUnavailable
from app.gui.calls_dialog import CallsDialog
from app.gui.desk import Desk
from app.gui.menus import add_help_menu, add_menus
from app.gui.messages import describe
from app.gui.pages.cases import CasesPage
from app.gui.pages.deliveries import DeliveriesPage
from app.gui.pages.disc_check import DiscCheckPage
from app.gui.pages.overview import OverviewPage
from app.gui.pages.printing import PrintingPage
from app.gui.pages.settings import SettingsPage
from app.gui.unit_view import UnitView, import_mail_file, mail_paths
from app.mail.message import subject_of
from app.paths import default_data_dir
from app.services.register import Register
from app.store.db import database_id
from app.store.secrets import key_file, make_key_file

BANNER = ("QLabel {{ background: {bg}; color: {fg}; padding: 6px 10px; border-radius: 4px; "
          "font-weight: bold; }}")


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path | None = None) -> None:
        super().__init__()
        self.real_dir = data_dir or default_data_dir()
        self.desk = Desk(self.real_dir)
        title = self.tr("Intake Desk")
        if title != APP_NAME_ZH:  # in English the Chinese name follows; in Chinese, once
            title += f" ({APP_NAME_ZH})"
        self.setWindowTitle(f"{title} {__version__}")
        self.overview = OverviewPage(self.desk)
        self.deliveries = DeliveriesPage(self.desk)
        self.disc_check = DiscCheckPage(self.desk)
        self.cases = CasesPage(self.desk)
        self.printing = PrintingPage(self.desk)
        self.settings = SettingsPage(self.desk)
        self._build()
        self.desk.viewChanged.connect(self._view_arrived)
        self.desk.failed.connect(self._register_failed)
        self.desk.busyChanged.connect(self._busy)
        self.setAcceptDrops(True)  # a saved mail dropped on the window is imported
        self.desk.refresh()

    def _build(self) -> None:
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; border: none; "
                               "background: palette(window); }"
                               "QListWidget::item { padding: 10px 12px; }"
                               "QListWidget::item:selected { background: #dbe7fb; "
                               "color: #0b3d91; border-left: 4px solid #0b57d0; }")
        self.stack = QStackedWidget()
        pages = ((self.tr("Overview"), self.overview), (self.tr("Deliveries"), self.deliveries),
                 (self.tr("Disc check"), self.disc_check), (self.tr("Case list"), self.cases),
                 (self.tr("Printing"), self.printing), (self.tr("Settings"), self.settings))
        add_menus(self)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for number, (title, page) in enumerate(pages, start=1):
            QListWidgetItem(title, self.nav)
            self.stack.addWidget(page)
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, n=number - 1: self.show_page(n))
            go.addAction(action)
        add_help_menu(self)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.leave_demo = QPushButton(self.tr("Leave the demo"))
        self.leave_demo.setVisible(False)
        self.leave_demo.clicked.connect(self.leave_demo_data)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        self.key_file_button = QPushButton(self.tr("Keep the key in a file…"))
        self.key_file_button.setVisible(False)
        self.key_file_button.clicked.connect(self.settings.make_key_file)
        banner_row.addWidget(self.key_file_button)
        banner_row.addWidget(self.leave_demo)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(banner_row)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.overview.demoRequested.connect(self.enter_demo)
        self.overview.callsRequested.connect(self.open_calls)
        self.overview.unitOpened.connect(self.open_unit)
        self.settings.demoRequested.connect(self.enter_demo)
        self.settings.demoLeft.connect(self.leave_demo_data)
        for page in (self.deliveries, self.disc_check):
            page.printRequested.connect(self.print_for)
        self.deliveries.discRequested.connect(self.read_disc_of)
        self.deliveries.discOpened.connect(self.open_disc)
        self.statusBar().showMessage(self.tr("Ready. Nothing on a disc is ever opened or run."))
        self.resize(1280, 860)

    def show_on_desk(self) -> None:
        """Where the clerk left it; the first time maximised (office screens are 1366x768
        and 1280x800, where no fixed size fits)."""
        saved = QSettings(ORG_NAME, APP_ID).value("window/geometry")
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            self.show()
        else:
            self.showMaximized()

    def show_page(self, number: int) -> None:
        self.nav.setCurrentRow(number)

    def print_for(self, kind: str, subject: str) -> None:
        self.printing.choose(kind, subject)
        self.show_page(4)

    def read_disc_of(self, unit: str) -> None:
        self.disc_check.unit.setCurrentText(unit)
        self.show_page(2)
        self.disc_check.drive.setFocus()

    def open_unit(self, unit: str) -> None:
        view = UnitView(self.desk, unit, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open()
        self.unit_view = view  # for the tests, and so it is not collected while open

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if mail_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A saved mail dropped anywhere on the window: whose is it?"""
        paths = mail_paths(event)
        view = self.desk.view
        if not paths or view is None:
            return
        names = [u.name for u in view.status.units]
        subject = subject_of(Path(paths[0])) if paths[0].lower().endswith(".eml") else ""
        # The subject names the unit ("西安市数据局+数据标注优秀案例"): offer that one first.
        named = max(range(len(names)), key=lambda i: (names[i] in subject, len(names[i])),
                    default=0)
        unit, ok = QInputDialog.getItem(
            self, self.tr("Import the saved e-mail"),
            self.tr("Which unit sent {name}?").format(name=Path(paths[0]).name), names,
            named if names and names[named] in subject else 0, True)
        if ok and unit.strip():
            import_mail_file(self.desk, self, unit.strip(), paths[0])

    def open_calls(self) -> None:
        self.calls = CallsDialog(self.desk, self)  # kept: the tests reach it, Qt keeps it alive
        self.calls.open()

    def open_disc(self, disc_number: str) -> None:
        self.show_page(2)
        self.disc_check.open_registered(disc_number)

    # ---- the register ------------------------------------------------------------------

    def _view_arrived(self) -> None:
        closed = bool(self.desk.view and self.desk.view.closed)
        if self.desk.demo:
            self.banner.setStyleSheet(BANNER.format(bg="#fff3cd", fg="#664d03"))
            self.banner.setText(self.tr(
                "DEMO DATA — every unit, delivery and disc here was made by the program as an "
                "example. Nothing here is a real record."))
        elif closed:
            self.banner.setStyleSheet(BANNER.format(bg="#e2e3e5", fg="#41464b"))
            self.banner.setText(self.tr(
                "This call is closed: its records are shown for reference, nothing more is "
                "received or recorded in it. Choose the current call on the Overview."))
        self.banner.setVisible(self.desk.demo or closed)
        self.leave_demo.setVisible(self.desk.demo)
        self.key_file_button.setVisible(False)

    def _register_failed(self, error: BaseException) -> None:
        self.banner.setStyleSheet(BANNER.format(bg="#f8d7da", fg="#842029"))
        no_keyring = getattr(error, "code", "") == "audit_key_unavailable"
        if no_keyring:  # the library's words, its URL and a shell command are not the clerk's
            self.banner.setText(self.tr(
                "This computer has no keyring to keep the register's audit key. Keep the key "
                "in a file instead: it is then readable by you only; keep backups of the data "
                "folder apart from it."))
        elif isinstance(error, RegisterUnavailable):
            said = describe(error)
            gap = "" if said.endswith("。") else " "  # Chinese sentences follow without a space
            self.banner.setText(said + gap + self.tr(
                "This notice goes away by itself once the register answers again."))
        else:
            self.banner.setText(self.tr("The register cannot be used: {reason}").format(
                reason=describe(error)))
        self.key_file_button.setVisible(no_keyring)
        self.banner.setVisible(True)

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Working…"))
        else:
            where = self.desk.data_dir
            self.statusBar().showMessage(self.tr("Ready. Data folder: {folder}").format(
                folder=where))

    def enter_demo(self) -> None:
        answer = QMessageBox.question(self, self.tr("Demo"), self.tr(
            "Load a demo day (units, deliveries, discs made by the program) into a separate "
            "demo register? Your own records are not touched; leave the demo to return to "
            "them."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.load_demo_data()

    def load_demo_data(self) -> None:
        folder = demo_dir(self.real_dir)
        self.desk.switch(folder, demo=True, read=False)

        def work(reg: Register, progress: ProgressSink, cancel: CancelToken) -> int:
            if not key_file(folder).exists():
                # Demo records need no keyring entry of their own.
                make_key_file(database_id(reg.conn), folder)
            if reg.conn.execute("SELECT 1 FROM deliveries LIMIT 1").fetchone():
                return 0
            return load_demo(reg, progress=progress, cancel=cancel)

        self.desk.run(work, parent=self, writes=True,
                      label=self.tr("Making the demo: burning and checking its discs…"))
        self.show_page(0)

    def leave_demo_data(self) -> None:
        self.desk.switch(self.real_dir, demo=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings(ORG_NAME, APP_ID).setValue("window/geometry", self.saveGeometry())
        self.desk.wait_all()
        super().closeEvent(event)
