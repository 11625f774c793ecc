"""Our own faults, when one escapes a slot or a job's completion: written to a log in the data
folder and shown to the clerk in their language, never only on a console nobody sees."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.store.fault_log import write_fault


def install_fault_handler(folder: Callable[[], Path]) -> None:
    """`folder` gives the data folder at the moment of the fault (the clerk may switch)."""

    def hook(kind: type[BaseException], value: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        text = "".join(traceback.format_exception(kind, value, trace))
        sys.stderr.write(text)
        written = write_fault(folder(), text)
        show_fault(written)

    sys.excepthook = hook


def show_fault(log: Path | None) -> None:
    message = QCoreApplication.translate(
        "faults", "The program met an internal error. What you were doing may not have "
                  "finished; records already saved are safe.")
    if log is not None:
        message += "\n\n" + QCoreApplication.translate(
            "faults", "The details were written to {path}; please send that file to your "
                      "support.").format(path=log)
    parent = QApplication.activeWindow()
    QMessageBox.critical(parent, QCoreApplication.translate("faults", "Internal error"),
                         message)
