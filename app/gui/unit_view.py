"""One unit as a whole: its deliveries, discs, paper and e-mail, and every finding that is the
unit's (late, paper, summary, e-mail) beside its discs' — with waive / withdraw and recording
an e-mail. Opened by double-clicking a unit on the Overview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.mail_compare import case_line
from app.core.progress import CancelToken, ProgressSink
from app.gui.desk import Desk
from app.gui.lang import core_lang
from app.gui.models.findings import FindingsModel
from app.gui.waivers import button_text, waive_or_withdraw
from app.gui.widgets import fit_columns, model_table, plain_table
from app.services.corrections import rename_unit
from app.services.intake import record_email
from app.services.mail_import import MailImported, import_mail
from app.services.register import Register
from app.services.status import Shown, UnitStatus

MAIL_SUFFIXES = (".eml", ".msg")


def mail_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """Saved mails among the files dragged onto a window."""
    return [u.toLocalFile() for u in event.mimeData().urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(MAIL_SUFFIXES)]


def import_mail_file(desk: Desk, parent: QWidget, unit: str, path: str) -> None:
    """Read the unit's saved mail into the register; the unit's view then shows the result."""
    def work(reg: Register, progress: ProgressSink, cancel: CancelToken) -> MailImported:
        return import_mail(reg, Path(path), unit, progress=progress, cancel=cancel)

    def done(result: MailImported) -> None:
        QMessageBox.information(parent, QCoreApplication.translate(
            "UnitView", "Import the saved e-mail"), QCoreApplication.translate(
                "UnitView", "The e-mail of {unit} was read: “{subject}”, {count} attachments, "
                "held against its disc. What it showed is in the unit's view.").format(
                    unit=result.unit, subject=result.subject, count=result.attachments))

    desk.run(work, done, parent=parent, writes=True,
             label=QCoreApplication.translate("UnitView", "Reading the e-mail of {unit}…"
                                              ).format(unit=unit))



class UnitView(QDialog):
    def __init__(self, desk: Desk, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.unit = desk, unit
        self.setWindowTitle(unit)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = FindingsModel(desk.call)
        self.table = model_table()
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.waive_button = QPushButton(button_text(None))
        self.waive_button.setEnabled(False)
        self.waive_button.clicked.connect(self.waive_or_withdraw)
        self.email_button = QPushButton(self.tr("Record an e-mail submission…"))
        self.email_button.setToolTip(self.tr("Only note when it arrived, without the mail"))
        self.email_button.clicked.connect(self.record_email)
        self.mail_button = QPushButton(self.tr("Import the saved e-mail…"))
        self.mail_button.setToolTip(self.tr(
            "Read a mail saved as .eml or .msg (or drop it here): its attachments are checked "
            "and held against the disc"))
        self.mail_button.clicked.connect(self.choose_mail)
        self.cases = plain_table([self.tr("Order"), self.tr("Case"),
                                  self.tr("E-mail against the disc")])
        self.setAcceptDrops(True)
        self.rename_button = QPushButton(self.tr("Rename or merge the unit…"))
        self.rename_button.setToolTip(self.tr(
            "A name typed wrong: correct it, or give the name of the unit it should have been "
            "and its records move there (receipt numbers stay)."))
        self.rename_button.clicked.connect(self.rename)
        actions = QHBoxLayout()
        actions.addWidget(self.rename_button)
        actions.addWidget(self.mail_button)
        actions.addWidget(self.email_button)
        actions.addStretch(1)
        actions.addWidget(self.waive_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.heading = heading = QLabel(unit)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Cases: the e-mail beside the disc")))
        layout.addWidget(self.cases, 1)
        layout.addWidget(QLabel(self.tr("Findings of the unit and of its newest disc")))
        layout.addWidget(self.table, 2)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(960, 640)
        desk.viewChanged.connect(self._view_changed)  # a bound slot: let go when deleted
        self.refresh()

    def _view_changed(self, _view: object) -> None:
        self.refresh()

    def status(self) -> UnitStatus | None:
        view = self.desk.view
        if view is None:
            return None
        return next((u for u in view.status.units if u.name == self.unit), None)

    def refresh(self) -> None:
        unit = self.status()
        if unit is None:
            return
        call = self.desk.view.status.call  # type: ignore[union-attr]
        lines = [self.tr("Standing: {standing}").format(
            standing=unit.standing(core_lang()))]
        for d in unit.deliveries:
            late = self.tr(" (late)") if d.late else ""
            line = self.tr("Delivery {receipt}: {when}{late}").format(
                receipt=d.receipt, when=call.shown(d.received_at), late=late)
            if d.note:
                line += self.tr(" — note: {note}").format(note=d.note)
            if d.voided:
                line = self.tr("{line} — voided: {reason}").format(line=line, reason=d.voided)
            lines.append(line)
        lines.append(self.tr("Discs: {discs}").format(
            discs="、".join(d.number for d in unit.discs) or self.tr("none read yet")))
        lines.append(self.tr("E-mail submissions recorded: {count}").format(count=unit.emails)
                     + (self.tr(" (read and held against the disc)") if unit.mail_imported
                        else ""))
        self.summary.setText("\n".join(lines))
        self.model.set_rows(unit.findings)
        fit_columns(self.table)
        self._show_cases(unit)
        self._chosen()

    def _show_cases(self, unit: UnitStatus) -> None:
        open_ones = [s.finding for s in unit.findings if s.open]
        self.cases.setRowCount(len(unit.cases))
        for row, case in enumerate(unit.cases):
            line = case_line(open_ones, case.name, case.order, mails=unit.emails,
                             compared=unit.mail_imported, lang=core_lang(), head=False)
            cells = ("" if case.order is None else str(case.order), case.name, line)
            for column, text in enumerate(cells):
                self.cases.setItem(row, column, QTableWidgetItem(text))
        fit_columns(self.cases)

    def choose_mail(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the saved e-mail"), "",
            self.tr("Saved e-mails (*.eml *.msg);;All files (*)"))
        if path:
            import_mail_file(self.desk, self, self.unit, path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if mail_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for path in mail_paths(event)[:1]:
            import_mail_file(self.desk, self, self.unit, path)

    def _selected(self) -> Shown | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _chosen(self) -> None:
        shown = self._selected()
        self.waive_button.setEnabled(shown is not None)
        self.waive_button.setText(button_text(shown))

    def waive_or_withdraw(self) -> None:
        shown = self._selected()
        if shown is not None:
            waive_or_withdraw(self, self.desk, self.unit, shown)

    def rename(self) -> None:
        title = self.tr("Rename or merge the unit")
        known = [u.name for u in self.desk.view.status.units] if self.desk.view else []
        new, ok = QInputDialog.getText(
            self, title, self.tr("The right name of “{unit}”. If it is the name of another "
                                 "unit of the call, the two are merged into that one.").format(
                                     unit=self.unit), text=self.unit)
        new = new.strip()
        if not ok or not new or new == self.unit:
            return
        if new in known:
            answer = QMessageBox.question(
                self, title, self.tr("“{new}” is already a unit of this call. Move every "
                                     "delivery, disc and e-mail of “{old}” to it? The receipt "
                                     "numbers stay as they were given.").format(
                                         new=new, old=self.unit),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        old = self.unit

        def renamed(_how: str) -> None:
            self.unit = new
            self.setWindowTitle(new)
            self.heading.setText(new)
            self.refresh()

        self.desk.run(lambda reg, _p, _c: rename_unit(reg, old, new), renamed, parent=self,
                      writes=True)

    def record_email(self) -> None:
        view = self.desk.view
        if view is None:
            return
        zone = view.status.call.zone
        now = dt.datetime.now(zone).strftime("%Y-%m-%d %H:%M")
        text, ok = QInputDialog.getText(
            self, self.tr("Record an e-mail submission"),
            self.tr("When did the unit's e-mail arrive (Beijing time)?"), text=now)
        if not ok:
            return
        try:
            when = dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        except ValueError:
            QMessageBox.warning(self, self.tr("Record an e-mail submission"),
                                self.tr("Write the time as 2025-10-24 17:40."))
            return
        unit = self.unit
        self.desk.run(lambda reg, _p, _c: record_email(reg, unit, when), None, parent=self,
                      writes=True)
