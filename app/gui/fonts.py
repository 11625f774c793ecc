"""Chinese text on a machine without CJK fonts: give Qt the font PyMuPDF carries."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from app.reports.fonts import cjk_font_bytes


def register_cjk_font() -> str | None:
    """Register Droid Sans Fallback from PyMuPDF and return its family name."""
    font_id = QFontDatabase.addApplicationFontFromData(cjk_font_bytes())
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def apply_fallback(base: QFont, family: str | None) -> QFont:
    if family:
        base.setFamilies([*base.families(), family])
    return base
