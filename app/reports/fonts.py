"""The one font of every printout and of the window: Droid Sans Fallback, which PyMuPDF carries,
so Chinese prints and shows the same on a machine without CJK fonts."""

from __future__ import annotations

from functools import lru_cache

import pymupdf


@lru_cache(maxsize=1)
def cjk_font() -> pymupdf.Font:
    return pymupdf.Font("cjk")


def cjk_font_bytes() -> bytes:
    return bytes(cjk_font().buffer)
