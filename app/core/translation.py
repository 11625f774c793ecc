"""The program's words in the clerk's language, without Qt: the command line and the texts
shared with the window (error messages) look them up here, in the same compiled catalogue
(resources/translations/intake_<language>.qm) that the window's QTranslator loads.

QT_TRANSLATE_NOOP marks a text for pyside6-lupdate, which files calls by their name.
"""

from __future__ import annotations

import os

from app.core.desk_settings import saved
from app.core.qm import read_qm
from app.paths import resource_dir

LANG_ENV = "INTAKE_LANG"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_catalogue: dict[tuple[str, str, str], str] = {}
_language = ["en"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    return text


def chosen_language(explicit: str | None = None) -> str:
    """--lang, else INTAKE_LANG, else what Settings saved (Chinese until one is chosen)."""
    lang = explicit or os.environ.get(LANG_ENV) or saved("language") or DEFAULT_LANGUAGE
    return "en" if lang.lower().startswith("en") else "zh_CN"


def use_language(language: str) -> bool:
    """Look texts up in `language` from now on; False when its catalogue is missing (the
    texts then stay English)."""
    _catalogue.clear()
    _language[0] = "en"
    if language == "en":
        return True
    path = resource_dir() / "translations" / f"intake_{language}.qm"
    try:
        _catalogue.update(read_qm(path))
    except OSError:
        return False
    if not _catalogue:
        return False
    _language[0] = language
    return True


def language() -> str:
    """'zh_CN' or 'en': the language texts are looked up in."""
    return _language[0]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the chosen language (itself when the catalogue lacks it), as
    QCoreApplication.translate gives it: %n stands for n."""
    found = _catalogue.get((context, text, disambiguation or ""), text) or text
    return found.replace("%n", str(n)) if n >= 0 else found


def missing_translation_text() -> str:
    """Said in English and Chinese, since the catalogue that would translate it is missing."""
    where = resource_dir() / "translations"
    return ("中文界面文件（intake_zh_CN.qm）缺失，程序只能以英文显示。请重新安装本程序。\n"
            f"The Chinese catalogue (intake_zh_CN.qm) is missing from {where}; the program "
            "is shown in English. Reinstall the program (from the source tree: make "
            "translations).")
