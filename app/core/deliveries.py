"""Words the records of a delivery use, kept apart so that the command line can offer them
without loading the register's services."""

from __future__ import annotations

from app.core.translation import QT_TRANSLATE_NOOP, translate

METHODS = ("hand", "post", "courier")  # how a delivery arrived
EACH_CASE = "*"  # a paper record meaning "every case of the delivery"

_METHOD_WORDS = {"hand": QT_TRANSLATE_NOOP("cli", "by hand"),
                 "post": QT_TRANSLATE_NOOP("cli", "by post"),
                 "courier": QT_TRANSLATE_NOOP("cli", "by courier")}


def method_words(method: str) -> str:
    """How a delivery came, in the clerk's language: the window and the command line say it
    alike (the printed receipt has its own words, in the printout's language)."""
    return translate("cli", _METHOD_WORDS.get(method, method))
