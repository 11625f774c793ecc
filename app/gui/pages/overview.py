"""总览: the call, the time left until its deadline, who has delivered and who has not, the
verdicts so far, and the newest deliveries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.desk import Desk
from app.gui.lang import VERDICT_COLOURS, core_lang, verdict_words
from app.gui.models.deliveries import DeliveriesModel
from app.gui.models.units import UnitsModel
from app.gui.widgets import fit_columns, model_table, with_actions
from app.services.desk_view import DeskView
from app.services.intake import set_expected_units

RECENT = 8


class Tile(QFrame):
    """A number the clerk reads from across the desk, with what it counts."""

    def __init__(self, caption: str, colours: tuple[str, str] = ("#1f2937", "#eef2f7")) -> None:
        super().__init__()
        fg, bg = colours
        self.setStyleSheet(f"Tile {{ background: {bg}; border-radius: 8px; }}"
                           f"QLabel {{ color: {fg}; background: transparent; }}")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.caption = QLabel(caption)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignCenter)


class OverviewPage(QWidget):
    demoRequested = Signal()
    callsRequested = Signal()
    unitOpened = Signal(str)  # a unit double-clicked: the window shows its unit view

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.view: DeskView | None = None
        self.title = QLabel("—")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.deadline = QLabel("—")
        self.deadline.setStyleSheet("font-size: 12pt;")
        self.demo_button = QPushButton(self.tr("Load the demo…"))
        self.demo_button.setToolTip(self.tr(
            "A day's example made by the program: units, deliveries and checked discs, in a "
            "register of its own. Your records are not touched."))
        self.demo_button.clicked.connect(self.demoRequested)
        self.call_choice = QComboBox()
        self.call_choice.setMinimumWidth(320)
        self.call_choice.setToolTip(self.tr("The call this window shows and records in"))
        self.call_choice.activated.connect(self._call_chosen)
        self.calls_button = QPushButton(self.tr("Calls…"))
        self.calls_button.setToolTip(self.tr("Make, copy, edit, close, export and import "
                                             "calls for submissions"))
        self.calls_button.clicked.connect(self.callsRequested)
        calls_row = QHBoxLayout()
        calls_row.addWidget(QLabel(self.tr("Call:")))
        calls_row.addWidget(self.call_choice)
        calls_row.addWidget(self.calls_button)
        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.deadline)
        calls_row.addStretch(1)
        head_text.addLayout(calls_row)
        head.addLayout(head_text, 1)
        head.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tiles = {
            "expected": Tile(self.tr("units expected")),
            "delivered": Tile(self.tr("delivered")),
            "waiting": Tile(self.tr("not yet delivered")),
            "late": Tile(self.tr("late"), VERDICT_COLOURS["return_for_correction"]),
            "accept": Tile(verdict_words("accept"), VERDICT_COLOURS["accept"]),
            "accept_with_notes": Tile(verdict_words("accept_with_notes"),
                                      VERDICT_COLOURS["accept_with_notes"]),
            "return_for_correction": Tile(verdict_words("return_for_correction"),
                                          VERDICT_COLOURS["return_for_correction"]),
        }
        grid = QGridLayout()
        for column, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, column)

        self.units_model = UnitsModel()
        self.units = model_table()
        self.units.setModel(self.units_model)
        self.units.activated.connect(  # a double-click or Enter
            lambda index: self.unitOpened.emit(self.units_model.row_at(index).name))
        units_box = QGroupBox(self.tr("Units (double-click for the unit's view)"))
        self.expected_button = QPushButton(self.tr("Units expected…"))
        self.expected_button.setToolTip(self.tr(
            "The list of units the call expects: they are shown as waiting until they deliver."))
        self.expected_button.clicked.connect(self.edit_expected)
        QVBoxLayout(units_box).addWidget(with_actions(self.units, self.expected_button))
        self.recent_model = DeliveriesModel()
        self.recent = model_table()
        self.recent.setModel(self.recent_model)
        recent_box = QGroupBox(self.tr("Newest deliveries"))
        QVBoxLayout(recent_box).addWidget(self.recent)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(units_box, 3)
        layout.addWidget(recent_box, 2)
        desk.viewChanged.connect(self.update_view)
        self.clock = QTimer(self)
        self.clock.timeout.connect(self._show_deadline)
        self.clock.start(30_000)

    def update_view(self, view: DeskView) -> None:
        self.view = view
        call = view.status.call
        title = call.title_text(core_lang())
        if view.closed:
            title += "  " + self.tr("(closed: kept for the record)")
        self.title.setText(title)
        self.call_choice.clear()
        for row in view.calls:
            text = row.title + ("  " + self.tr("(current)") if row.current else "")
            self.call_choice.addItem(text, row.code)
            if row.code == call.id:
                self.call_choice.setCurrentIndex(self.call_choice.count() - 1)
        self._show_deadline()
        numbers = {"expected": view.expected, "delivered": view.delivered,
                   "waiting": len(view.waiting), "late": view.late,
                   **{k: view.verdicts.get(k, 0) for k in
                      ("accept", "accept_with_notes", "return_for_correction")}}
        for key, tile in self.tiles.items():
            tile.value.setText(str(numbers[key]))
        self.tiles["waiting"].setToolTip("\n".join(view.waiting))
        self.units_model.set_rows(view.status.units)
        self.recent_model.set_rows(view.deliveries[:RECENT])
        fit_columns(self.units)
        fit_columns(self.recent)
        self.demo_button.setVisible(not view.deliveries and not self.desk.demo)

    def _call_chosen(self, index: int) -> None:
        code = self.call_choice.itemData(index)
        current = next((c.code for c in self.view.calls if c.current), None) if self.view \
            else None
        self.desk.switch_call(None if code == current else code)

    def edit_expected(self) -> None:
        """One name per line, as the call's notice lists the recommending units."""
        current = [u.name for u in self.view.status.units if u.expected] if self.view else []
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Units expected"),
            self.tr("One unit per line. A unit taken off the list keeps its records."),
            "\n".join(current))
        if not ok:
            return
        names = text.splitlines()
        self.desk.run(lambda reg, _p, _c: set_expected_units(reg, names), parent=self,
                      writes=True)

    def _show_deadline(self) -> None:
        if self.view is None:
            return
        call = self.view.status.call
        left = self.view.time_left()
        if left is None or call.deadline is None:
            self.deadline.setText(self.tr("This call has no deadline."))
            return
        when = call.deadline.strftime("%Y-%m-%d %H:%M")
        if left <= dt.timedelta(0):
            text = self.tr("Deadline {when} has passed; deliveries now are late.").format(
                when=when)
        elif left.days:
            text = self.tr("Deadline {when}: {days} days {hours} hours left.").format(
                when=when, days=left.days, hours=left.seconds // 3600)
        else:  # deadline day: the minutes count
            text = self.tr("Deadline {when}: {hours} hours {minutes} minutes left.").format(
                when=when, hours=left.seconds // 3600, minutes=left.seconds % 3600 // 60)
        self.deadline.setText(text)
