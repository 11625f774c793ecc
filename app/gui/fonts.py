"""Chinese text on a machine without CJK fonts: give Qt the font PyMuPDF carries."""

from __future__ import annotations

import pymupdf
from PySide6.QtGui import QFont, QFontDatabase


def register_cjk_font() -> str | None:
    """Register Droid Sans Fallback from PyMuPDF and return its family name."""
    buffer = pymupdf.Font("cjk").buffer
    font_id = QFontDatabase.addApplicationFontFromData(bytes(buffer))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def apply_fallback(base: QFont, family: str | None) -> QFont:
    if family:
        base.setFamilies([*base.families(), family])
    return base
