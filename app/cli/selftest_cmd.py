"""`intake selftest`: every part of the installation tried; exit 0 only when all work.

The keyring is reported but does not fail the test: the key file is the documented fallback.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.text import translate
from app.paths import resource_dir

OPTIONAL = ("keyring",)


def _translations(_work: Path) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator  # the window's loader, tried as it is

    found = sorted((resource_dir() / "translations").glob("*.qm"))
    if not found:
        raise RuntimeError(f"no .qm in {resource_dir() / 'translations'}")
    for path in found:
        if not QTranslator().load(str(path)):
            raise RuntimeError(f"{path.name} does not load")
    # Qt's own dialogs (file chooser, print dialog) in Chinese come from Qt's catalogue.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_zh_CN", qt_dir):
        raise RuntimeError(f"Qt's own qtbase_zh_CN.qm is missing from {qt_dir}")
    return ", ".join([*(p.name for p in found), "qtbase_zh_CN.qm"])


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "selftest", help=translate("cli", "check that every part of this installation works"))
    parser.set_defaults(handler=run)


def run(_args: argparse.Namespace) -> int:
    from app.cli.selftest_checks import run_checks  # every library it checks

    failed = 0
    for part in run_checks((("translations", _translations),)):
        mark = "OK  " if part.ok else ("WARN" if part.name in OPTIONAL else "FAIL")
        failed += not part.ok and part.name not in OPTIONAL
        print(f"{mark} {part.name:<13} {part.detail}  ({part.seconds:.2f} s)")
    print(translate("cli", "All parts work.") if not failed else
          translate("cli", "{count} parts do not work.").format(count=failed))
    return 1 if failed else 0
