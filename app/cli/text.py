"""Terminal text: translation lookup and columns that line up with Chinese characters."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

# lupdate files literal calls by the context they name: translate("cli", "...").
translate = QCoreApplication.translate


def tr(text: str) -> str:
    """Translate a text registered elsewhere with QT_TRANSLATE_NOOP("cli", ...)."""
    return QCoreApplication.translate("cli", text)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [width(h) for h in headers]
    for row in rows:
        widths = [max(w, width(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    return lines
