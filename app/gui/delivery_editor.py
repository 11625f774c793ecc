"""Putting a delivery's details right: the form shows what was registered, the clerk corrects
what was wrong and says why; the receipt number stays."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.deliveries import METHODS, method_words
from app.core.rules import CallRules
from app.gui.widgets import TimeField
from app.services.delivery_edit import DeliveryDetails


class DeliveryEditor(QDialog):
    def __init__(self, receipt: str, unit: str, details: DeliveryDetails, call: CallRules,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct delivery {receipt}").format(receipt=receipt))
        self.zone = call.time_zone
        self.original = details.received_at
        self.received = TimeField()
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.received.setTimeZone(QTimeZone(self.zone.encode()))
        self.received.setDateTime(QDateTime.fromSecsSinceEpoch(
            int(details.received_at.timestamp()), QTimeZone(self.zone.encode())))
        self.deliverer = QLineEdit(details.deliverer)
        self.phone = QLineEdit(details.phone)
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(method_words(method), method)
        self.method.setCurrentIndex(max(0, self.method.findData(details.method)))
        self.tracking = QLineEdit(details.tracking)
        self.copies = QSpinBox()
        self.copies.setRange(0, max(20, call.paper_copies, details.copies))
        self.copies.setValue(details.copies)
        self.copies.setSuffix(self.tr(" copies per case"))
        self.stamped = QSpinBox()
        self.stamped.setRange(0, self.copies.maximum())
        self.stamped.setValue(details.stamped)
        self.stamped.setSuffix(self.tr(" stamped"))
        self.note = QLineEdit(details.note)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why it is corrected (kept in the register)"))
        form = QFormLayout()
        form.addRow(self.tr("Unit"), QLineEdit(unit, readOnly=True))
        for text, field in ((self.tr("Received at"), self.received),
                            (self.tr("Deliverer"), self.deliverer),
                            (self.tr("Phone"), self.phone), (self.tr("Method"), self.method),
                            (self.tr("Tracking number"), self.tracking),
                            (self.tr("Paper copies"), self.copies),
                            (self.tr("of which stamped"), self.stamped),
                            (self.tr("Note"), self.note), (self.tr("Reason"), self.reason)):
            form.addRow(text, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def details(self) -> DeliveryDetails:
        seconds = self.received.dateTime().toSecsSinceEpoch()
        when = dt.datetime.fromtimestamp(seconds, tz=ZoneInfo(self.zone)).replace(second=0)
        if when == self.original.replace(second=0, microsecond=0):
            when = self.original  # the minute was left as it was: so are its seconds
        return DeliveryDetails(
            when,
            self.deliverer.text().strip(), self.phone.text().strip(), self.method.currentData(),
            self.tracking.text().strip(), self.note.text().strip(), self.copies.value(),
            self.stamped.value())

    def _accept(self) -> None:
        if not self.reason.text().strip():
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Say why the delivery is corrected."))
            self.reason.setFocus()
            return
        if self.stamped.value() > self.copies.value():
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "More copies stamped than received: check the two counts."))
            self.stamped.setFocus()
            return
        self.accept()
