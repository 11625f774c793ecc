"""errors.log in the data folder: every fault of ours, with where it happened in our code, for
the office's support. What the clerk was working on stays out: the exception's own text may
name a unit, a deliverer or a file, so only its kind and the code's lines are written."""

from __future__ import annotations

import datetime as dt
import os
import traceback
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
