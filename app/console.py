"""Somewhere to write for the window's own program when it is given a command
(`intake-desk.exe selftest`): built without a console, it has no stdout or stderr at all
(they are None), and the first print would end the run with an error nobody sees."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TextIO

ATTACH_PARENT_PROCESS = -1
OUTPUT_NAME = "intake-desk-output.txt"


def _parent_console() -> TextIO | None:
    """The console of the command prompt it was started from (Windows), if there is one."""
    if sys.platform != "win32":
        return None
    import ctypes

    kernel = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel.AttachConsole.argtypes = [ctypes.c_ulong]
    kernel.AttachConsole.restype = ctypes.c_int
    if not kernel.AttachConsole(ctypes.c_ulong(ATTACH_PARENT_PROCESS).value):
        return None
    try:
        return open("CONOUT$", "w", encoding="utf-8", errors="replace")
    except OSError:
        return None


def ensure_streams(data_dir: Path) -> Path | None:
    """stdout and stderr that exist: the parent's console, else a file in the data folder
    (returned, so the caller can say where the output went)."""
    if sys.stdout is not None and sys.stderr is not None:
        return None
    stream = _parent_console()
    written: Path | None = None
    if stream is None:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            written = data_dir / OUTPUT_NAME
            stream = open(written, "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        except OSError:
            stream, written = io.StringIO(), None
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return written
