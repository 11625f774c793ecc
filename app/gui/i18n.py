"""Loading translations (QtCore only, so the CLI can use it without widgets)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import APP_ID, ORG_NAME
from app.core.translation import DEFAULT_LANGUAGE, LANGUAGES, use_language
from app.paths import resource_dir

_installed: list[QTranslator] = []


def saved_language() -> str:
    """The language chosen in Settings (Chinese until one is chosen)."""
    value = QSettings(ORG_NAME, APP_ID).value("language", DEFAULT_LANGUAGE)
    return str(value) if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    QSettings(ORG_NAME, APP_ID).setValue("language", language)


def saved_operator() -> str:
    return str(QSettings(ORG_NAME, APP_ID).value("operator", "") or "")


def use_operator(name: str, *, save: bool = False) -> None:
    """The 经办人 named on receipts, waivers and in the audit trail (see store.audit.actor)."""
    from app.store.audit import OPERATOR_ENV

    os.environ[OPERATOR_ENV] = name.strip()
    if save:
        QSettings(ORG_NAME, APP_ID).setValue("operator", name.strip())


def saved_settings_env() -> None:
    """What Settings keeps for this desk and the store reads from the environment: the shared
    register's address, the desk's name and the shared archive folder (INTAKE_DB,
    INTAKE_DESK, INTAKE_ARCHIVE), unless set already."""
    from app.store.archive import ARCHIVE_ENV
    from app.store.audit import DESK_ENV
    from app.store.db import DB_ENV

    for key, env in (("database", DB_ENV), ("desk", DESK_ENV), ("archive", ARCHIVE_ENV)):
        value = str(QSettings(ORG_NAME, APP_ID).value(key, "") or "").strip()
        if value and not os.environ.get(env):
            os.environ[env] = value


def keep_setting(key: str, value: str) -> None:
    QSettings(ORG_NAME, APP_ID).setValue(key, value.strip())


def saved_setting(key: str) -> str:
    return str(QSettings(ORG_NAME, APP_ID).value(key, "") or "")


def install_translations(app: QCoreApplication, language: str) -> bool:
    """Install our catalogue and Qt's own; False when ours is missing (text stays English).
    The texts shared with the command line (app.core.translation) follow the same language."""
    use_language(language)
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
