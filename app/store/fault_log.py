"""errors.log in the data folder: every fault of ours, with where it happened in our code, for
the office's support. What the clerk was working on stays out: the exception's own text may
name a unit, a deliverer or a file, so only its kind and the code's lines are written."""

from __future__ import annotations

import datetime as dt
import logging
import os
import traceback
from collections.abc import Callable
from pathlib import Path

LOG_NAME = "errors.log"
MAX_LOG = 1 << 20  # the log is started afresh past this, keeping the previous one


def fault_text(error: BaseException) -> str:
    """The fault without its message: its kind, an OS error's number, and the stack."""
    kind = type(error).__name__
    if isinstance(error, OSError) and error.errno is not None:
        kind += f" [errno {error.errno}]"
    stack = "".join(traceback.format_tb(error.__traceback__))
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        stack += f"caused by {type(cause).__name__}\n"
    return f"{kind}\n{stack}"


def write_fault(folder: Path, text: str) -> Path | None:
    """Append a fault to the log (the user's alone); None when even that fails (a full or
    read-only disk)."""
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG:
            path.replace(path.with_suffix(".log.1"))
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with open(descriptor, "a", encoding="utf-8") as log:
            log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return None
    return path


def log_fault(folder: Path, error: BaseException) -> Path | None:
    return write_fault(folder, fault_text(error))


class CaughtFaults(logging.Handler):
    """Faults of ours caught below the front ends so that the work goes on (a scan page whose
    check raised is reported as damaged): logged with their exception, they go to errors.log
    as any fault does, so support sees them."""

    def __init__(self, folder: Callable[[], Path]) -> None:
        super().__init__(logging.WARNING)
        self.folder = folder

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            write_fault(self.folder(), fault_text(record.exc_info[1]))


def keep_caught_faults(folder: Callable[[], Path]) -> None:
    """Send the program's caught faults to errors.log in `folder()` (one handler, replaced)."""
    logger = logging.getLogger("app")
    for old in [h for h in logger.handlers if isinstance(h, CaughtFaults)]:
        logger.removeHandler(old)
    logger.addHandler(CaughtFaults(folder))
