"""Waiving a finding, or withdrawing its waiver, from whichever page shows it: one button that
does either, asking for the reason or for a confirmation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.gui.desk import Desk
from app.gui.lang import core_lang
from app.services.corrections import withdraw_waiver
from app.services.status import Shown, waive_finding


def button_text(shown: Shown | None) -> str:
    if shown is not None and shown.waiver is not None:
        return QCoreApplication.translate("waivers", "Withdraw the waiver…")
    return QCoreApplication.translate("waivers", "Waive the problem…")


def waive_or_withdraw(parent: QWidget, desk: Desk, unit: str, shown: Shown,
                      done: Callable[[Any], None] | None = None) -> None:
    """The waiver's reason is asked for; a waiver already given is withdrawn after a
    question. Both are register changes, run off the GUI thread."""
    key = shown.key
    problem = shown.finding.text(core_lang())
    if shown.waiver is not None:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("waivers", "Withdraw the waiver"),
            QCoreApplication.translate(
                "waivers", "Withdraw the waiver of “{problem}”? It will count again (the "
                "waiver stays in the audit trail).").format(problem=problem))
        if answer == QMessageBox.StandardButton.Yes:
            desk.run(lambda reg, _p, _c: withdraw_waiver(reg, unit, key), done, parent=parent,
                     writes=True)
        return
    reason, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("waivers", "Waive the problem"),
        QCoreApplication.translate(
            "waivers", "Why may “{problem}” be set aside? The reason is kept in the register "
            "and printed on the sheet.").format(problem=problem))
    if ok and reason.strip():
        desk.run(lambda reg, _p, _c: waive_finding(reg, unit, key, reason), done,
                 parent=parent, writes=True)
