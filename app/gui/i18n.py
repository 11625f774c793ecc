"""Loading translations (QtCore only, so the CLI can use it without widgets)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_dir

LANG_ENV = "INTAKE_LANG"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []


def chosen_language(explicit: str | None = None) -> str:
    lang = explicit or os.environ.get(LANG_ENV) or DEFAULT_LANGUAGE
    return "en" if lang.lower().startswith("en") else "zh_CN"


def install_translations(app: QCoreApplication, language: str) -> bool:
    """Install our catalogue and Qt's own; False when ours is missing (text stays English)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale("en_US"))
        return True
    QLocale.setDefault(QLocale("zh_CN"))
    ours = QTranslator(app)
    loaded = ours.load(str(resource_dir() / "translations" / f"intake_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return loaded
