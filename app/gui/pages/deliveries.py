"""收件登记: register a delivery (everything can be typed; a barcode scanner types the tracking
number and its Enter moves on), count the paper copies, and find earlier deliveries."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QSortFilterProxyModel, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.deliveries import METHODS, method_words
from app.core.progress import CancelToken, ProgressSink
from app.core.rules import CallRules
from app.gui.delivery_editor import DeliveryEditor
from app.gui.delivery_questions import new_unit_taken, repeat_taken, time_ahead_taken
from app.gui.desk import Desk
from app.gui.lang import core_lang
from app.gui.models.deliveries import DeliveriesModel
from app.gui.models.rows import ROW_ROLE, SORT_ROLE
from app.gui.widgets import TimeField, fit_columns, model_table
from app.services.corrections import void_delivery
from app.services.delivery_edit import DeliveryDetails, correct_delivery, delivery_details
from app.services.desk_view import DeliveryRow, DeskView
from app.services.intake import Delivery, Receipt, receive_with_paper
from app.services.register import Register


class DeliveriesPage(QWidget):
    printRequested = Signal(str, str)  # kind, subject
    discRequested = Signal(str)  # the unit whose disc is to be read now
    discOpened = Signal(str)  # a disc number to show

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.last: Receipt | None = None
        self.editor: DeliveryEditor | None = None
        self._build()
        desk.viewChanged.connect(self.update_view)

    def _build(self) -> None:
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.lineEdit().setPlaceholderText(self.tr("the recommending unit"))
        # The time of arrival follows the clock until the clerk types one (202510241740 types
        # straight through the sections), and is read in the call's zone whatever the PC's.
        self.clock = QDateTime.currentDateTime  # the tests turn it
        self.zone_name = "Asia/Shanghai"
        self._live = True
        self._setting = False
        self._defaults_of: int | None = None
        self.received = TimeField()
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.received.setTimeZone(QTimeZone(self.zone_name.encode()))
        self.received.dateTimeChanged.connect(self._edited)
        self.zone_label = QLabel()
        self.now_button = now_button = QPushButton(self.tr("Now"))
        now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        now_button.clicked.connect(self.set_now)
        when = QHBoxLayout()
        when.addWidget(self.received, 1)
        when.addWidget(self.zone_label)
        when.addWidget(now_button)
        self.zone_warning = QLabel()
        self.zone_warning.setWordWrap(True)
        self.zone_warning.setStyleSheet("color: #9a6700;")
        self.zone_warning.hide()
        ticking = QTimer(self)
        ticking.timeout.connect(self._tick)
        ticking.start(1000)
        self.deliverer = QLineEdit()
        self.phone = QLineEdit()
        self.model = DeliveriesModel()
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(method_words(method), method)
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("type it or scan the barcode"))
        # A scanner ends with Enter: move on instead of leaving the number half-registered.
        self.tracking.returnPressed.connect(self.focusNextChild)
        self.copies = QSpinBox()
        self.copies.setRange(0, 20)
        self.copies.setSuffix(self.tr(" copies per case"))
        self.stamped = QCheckBox(self.tr("all copies stamped"))
        self.stamped.setChecked(True)
        paper = QHBoxLayout()
        paper.addWidget(self.copies)
        paper.addWidget(self.stamped)
        paper.addStretch(1)
        self.summary_paper = QCheckBox(self.tr("stamped paper summary table (附件2) received"))
        self.note = QLineEdit()
        form = QFormLayout()
        for text, buddy, field in (
                (self.tr("&Unit"), self.unit, self.unit),
                (self.tr("&Received at"), self.received, when),
                ("", self.zone_warning, self.zone_warning),
                (self.tr("&Deliverer"), self.deliverer, self.deliverer),
                (self.tr("&Phone"), self.phone, self.phone),
                (self.tr("&Method"), self.method, self.method),
                (self.tr("&Tracking number"), self.tracking, self.tracking),
                (self.tr("Paper &copies"), self.copies, paper),
                ("", self.summary_paper, self.summary_paper),
                (self.tr("N&ote"), self.note, self.note)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.save = QPushButton(self.tr("&Register the delivery"))
        self.save.setDefault(True)
        self.save.setToolTip("Ctrl+Enter")
        self.save.clicked.connect(self.register_delivery)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.register_delivery)
        self.done_label = QLabel("")
        self.done_label.setWordWrap(True)
        self.print_receipt = QPushButton(self.tr("Print the receipt…"))
        self.print_receipt.setEnabled(False)
        self.print_receipt.clicked.connect(
            lambda: self.last and self.printRequested.emit("receipt", self.last.number))
        self.read_disc = QPushButton(self.tr("Read its disc…"))
        self.read_disc.setEnabled(False)
        self.read_disc.clicked.connect(
            lambda: self.last and self.discRequested.emit(self.last.unit))
        actions = QHBoxLayout()
        actions.addWidget(self.save)
        actions.addWidget(self.print_receipt)
        actions.addWidget(self.read_disc)
        actions.addWidget(self.done_label, 1)
        self.form_box = form_box = QGroupBox(self.tr("New delivery"))
        form_box.setMaximumWidth(900)  # a form stretched across a wide screen reads badly
        form_layout = QVBoxLayout(form_box)
        form_layout.addLayout(form)
        form_layout.addLayout(actions)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("search by unit, receipt, deliverer or tracking "
                                               "number"))
        self.search.setClearButtonEnabled(True)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = model_table(sortable=True)
        self.table.setModel(self.proxy)
        self.table.activated.connect(self.open_delivery)  # a double-click or Enter
        list_box = QGroupBox(self.tr("Deliveries (double-click to see the disc)"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.search)
        list_layout.addWidget(self.table)
        self.void_button = QPushButton(self.tr("Void the chosen delivery…"))
        self.void_button.setToolTip(self.tr("A delivery logged by mistake: its number stays "
                                            "used and shows as voided."))
        self.void_button.clicked.connect(self.void_chosen)
        self.correct_button = QPushButton(self.tr("Correct the chosen delivery…"))
        self.correct_button.setToolTip(self.tr("A time, a paper count or a name typed wrong: "
                                               "the receipt number stays."))
        self.correct_button.clicked.connect(self.correct_chosen)
        void_row = QHBoxLayout()
        void_row.addStretch(1)
        void_row.addWidget(self.correct_button)
        void_row.addWidget(self.void_button)
        list_layout.addLayout(void_row)

        layout = QVBoxLayout(self)
        layout.addWidget(form_box)
        layout.addWidget(list_box, 1)
        self.set_now()

    def set_now(self) -> None:
        """The clock's time, and the field follows the clock again."""
        self._setting = True
        self.received.setDateTime(self.clock().toTimeZone(self.received.timeZone()))
        self._setting = False
        self._live = True
        self.now_button.setEnabled(False)

    def _edited(self) -> None:
        if not self._setting:  # the clerk's own time stays until Now or the next delivery
            self._live = False
            self.now_button.setEnabled(True)

    def _tick(self) -> None:
        if self._live and not self.received.hasFocus():
            self.set_now()

    def _set_zone(self, call: CallRules) -> None:
        self.zone_label.setText(call.zone_name(core_lang()))
        if call.time_zone != self.zone_name:
            self.zone_name = call.time_zone
            self.received.setTimeZone(QTimeZone(call.time_zone.encode()))
            if self._live:
                self.set_now()
        self._show_zone()

    def _show_zone(self) -> None:
        zone = QTimeZone(self.zone_name.encode())
        now = self.clock()
        here = QTimeZone.systemTimeZone().offsetFromUtc(now)
        if here != zone.offsetFromUtc(now):
            hours = here / 3600
            self.zone_warning.setText(self.tr(
                "This PC's clock is set to UTC{offset:+g}, not the call's zone: times here are "
                "entered and shown in {zone}.").format(
                    offset=hours, zone=self.zone_label.text()))
            self.zone_warning.show()
        else:
            self.zone_warning.hide()

    def update_view(self, view: DeskView) -> None:
        typed = self.unit.currentText()
        self.unit.clear()
        self.unit.addItems([u.name for u in view.status.units])
        self.unit.setCurrentText(typed)
        self.copies.setMaximum(max(20, view.status.call.paper_copies))
        if view.status.call_id != self._defaults_of:  # a new call: its own paper count
            self._defaults_of = view.status.call_id
            self.start_afresh(view.status.call)
        self._set_zone(view.status.call)
        self.model.set_rows(view.deliveries)
        fit_columns(self.table)
        # A closed call takes nothing new: the form says so instead of refusing on save.
        self.form_box.setEnabled(not view.closed)
        self.form_box.setTitle(self.tr("New delivery — the call is closed: nothing more is "
                                       "received in it") if view.closed
                               else self.tr("New delivery"))
        for button in (self.correct_button, self.void_button):
            button.setEnabled(not view.closed)

    def start_afresh(self, call: CallRules) -> None:
        """The next delivery starts from the call's defaults: nothing of the last unit's paper,
        method or note carries over to a unit that did not hand it in."""
        for field in (self.deliverer, self.phone, self.tracking, self.note):
            field.clear()
        self.copies.setValue(call.paper_copies)
        self.stamped.setChecked(True)
        self.method.setCurrentIndex(self.method.findData(METHODS[0]))
        self.summary_paper.setChecked(False)
        self.set_now()

    def delivery(self) -> Delivery:
        if self._live:
            self.set_now()  # the moment the clerk registers it, not the last tick
        seconds = self.received.dateTime().toSecsSinceEpoch()
        when = dt.datetime.fromtimestamp(seconds, tz=ZoneInfo(self.zone_name))
        if not self._live:  # a typed 18:00 is 18:00:00, not 18:00 and the clock's seconds
            when = when.replace(second=0, microsecond=0)
        return Delivery(self.unit.currentText().strip(), when, self.deliverer.text().strip(),
                        self.phone.text().strip(), self.method.currentData(),
                        self.tracking.text().strip(), self.summary_paper.isChecked(),
                        self.note.text().strip())

    def register_delivery(self) -> None:
        delivery = self.delivery()
        if not delivery.unit:
            QMessageBox.warning(self, self.tr("New delivery"),
                                self.tr("Type or choose the unit that delivers."))
            self.unit.setFocus()
            return
        view = self.desk.view
        taken, likely = new_unit_taken(self, delivery.unit,
                                       [u.name for u in view.status.units] if view else [])
        if not taken:
            if likely:
                self.unit.setCurrentText(likely)
            self.unit.setFocus()
            return
        now = dt.datetime.fromtimestamp(self.clock().toSecsSinceEpoch(), tz=dt.timezone.utc)
        if not time_ahead_taken(self, delivery.received_at, now):
            self.received.setFocus()
            return
        if not repeat_taken(self, delivery, view.deliveries if view else []):
            return
        copies, stamped = self.copies.value(), self.stamped.isChecked()

        def work(reg: Register, _p: ProgressSink, _c: CancelToken) -> Receipt:
            return receive_with_paper(reg, delivery, copies, copies if stamped else 0)

        self.desk.run(work, self.registered, parent=self, writes=True)

    def registered(self, receipt: Receipt) -> None:
        self.last = receipt
        late = self.tr(" — after the deadline") if receipt.late else ""
        self.done_label.setText(self.tr("Registered: receipt {number} for {unit}{late}.").format(
            number=receipt.number, unit=receipt.unit, late=late))
        self.print_receipt.setEnabled(True)
        self.read_disc.setEnabled(True)
        if self.desk.view is not None:
            self.start_afresh(self.desk.view.status.call)
        self.print_receipt.setFocus()

    def void_chosen(self) -> None:
        row = self._chosen_row(self.tr("Void a delivery"))
        if row is None or row.line.voided:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Void a delivery"),
            self.tr("Why is delivery {receipt} of {unit} void? Its number stays used; the "
                    "reason is kept in the register.").format(receipt=row.line.receipt,
                                                              unit=row.unit))
        if not ok or not reason.strip():
            return
        receipt = row.line.receipt
        self.desk.run(lambda reg, _p, _c: void_delivery(reg, receipt, reason), None,
                      parent=self, writes=True)

    def _chosen_row(self, title: str) -> DeliveryRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, title, self.tr("Choose the delivery in the list first."))
            return None
        row: DeliveryRow = self.proxy.data(index, ROW_ROLE)
        return row

    def correct_chosen(self) -> None:
        title = self.tr("Correct a delivery")
        row = self._chosen_row(title)
        if row is None or self.desk.view is None:
            return
        if row.line.voided:
            QMessageBox.information(self, title, self.tr(
                "Delivery {receipt} is voided: it counts for nothing and is not corrected."
            ).format(receipt=row.line.receipt))
            return
        receipt, call = row.line.receipt, self.desk.view.status.call

        def edit(details: DeliveryDetails) -> None:
            editor = DeliveryEditor(receipt, row.unit, details, call, self)
            self.editor = editor  # the tests fill it in
            if editor.exec() != DeliveryEditor.DialogCode.Accepted:
                return
            new, reason = editor.details(), editor.reason.text()
            self.desk.run(lambda reg, _p, _c: correct_delivery(reg, receipt, new, reason),
                          None, parent=self, writes=True)

        self.desk.run(lambda reg, _p, _c: delivery_details(reg, receipt), edit, parent=self)

    def open_delivery(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row: DeliveryRow = self.proxy.data(index, ROW_ROLE)
        if row.discs:
            self.discOpened.emit(row.discs[-1])
        else:
            self.printRequested.emit("receipt", row.line.receipt)
