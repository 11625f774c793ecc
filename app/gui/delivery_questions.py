"""What the delivery form asks before it registers: a unit name the call does not know (宝鸡数据局
for 宝鸡市数据局 would become a unit with a receipt number for good), a time well ahead of the
clock, the same unit again within minutes. Each returns whether the clerk went on."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.desk_view import DeliveryRow
from app.services.intake import Delivery

FUTURE_SLACK = dt.timedelta(minutes=10)  # a PC's clock a few minutes slow is no reason to ask
REPEAT_WINDOW = dt.timedelta(minutes=10)
_YES, _NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _asked(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text, _YES | _NO, _NO) == _YES


# The words keep the page's context in the catalogue (lupdate reads the literal context).
def new_unit_taken(parent: QWidget, name: str, known: Sequence[str]) -> tuple[bool, str | None]:
    """(go on, the likeliest known name when the clerk said no)."""
    if not known or name in known:
        return True, None
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    text = QCoreApplication.translate(
        "DeliveriesPage", "“{name}” is not among the units of this call yet.").format(name=name)
    if close:
        text += "\n" + QCoreApplication.translate(
            "DeliveriesPage", "Did you mean “{other}”?").format(other=close[0])
    text += "\n\n" + QCoreApplication.translate(
        "DeliveriesPage", "Add “{name}” as a new unit?").format(name=name)
    if _asked(parent, QCoreApplication.translate("DeliveriesPage", "New unit"), text):
        return True, None
    return False, close[0] if close else None


def time_ahead_taken(parent: QWidget, when: dt.datetime | None, now: dt.datetime) -> bool:
    """A time well ahead of the clock is a typing slip more often than not."""
    if when is None or when - now <= FUTURE_SLACK:
        return True
    return _asked(parent, QCoreApplication.translate("DeliveriesPage", "New delivery"),
                  QCoreApplication.translate(
                      "DeliveriesPage", "The time of arrival, {when}, is later than now. "
                      "Register it with this time all the same?").format(
                          when=when.strftime("%Y-%m-%d %H:%M")))


def repeat_taken(parent: QWidget, delivery: Delivery, rows: Sequence[DeliveryRow]) -> bool:
    """A second Ctrl+Enter, or a unit logged twice by two clerks, is asked about."""
    when = delivery.received_at
    if when is None:
        return True
    recent = [row.line.receipt for row in rows
              if row.unit == delivery.unit and not row.line.voided
              and abs(row.line.received_at - when) <= REPEAT_WINDOW]
    if not recent:
        return True
    return _asked(parent, QCoreApplication.translate("DeliveriesPage", "New delivery"),
                  QCoreApplication.translate(
                      "DeliveriesPage", "{unit} was registered a moment ago (receipt "
                      "{receipt}). Register another delivery of it?").format(
                          unit=delivery.unit, receipt=recent[0]))
