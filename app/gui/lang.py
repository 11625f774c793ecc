"""Which language the window speaks, for texts that come from the core (verdicts, findings)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from app.core.verdict import verdict_text

# Verdict -> (text colour, background): the banner a clerk reads from across the desk.
VERDICT_COLOURS = {"accept": ("#0f5132", "#d1e7dd"), "accept_with_notes": ("#664d03", "#fff3cd"),
                   "return_for_correction": ("#842029", "#f8d7da"),
                   "unreadable": ("#41464b", "#e2e3e5")}
SEVERITY_COLOURS = {"error": QColor("#b3261e"), "warning": QColor("#9a6700"),
                    "info": QColor("#44546a")}


def core_lang() -> str:
    """"zh" or "en", as the core's texts are keyed."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def verdict_words(verdict: str | None) -> str:
    return verdict_text(verdict, core_lang()) if verdict else ""
