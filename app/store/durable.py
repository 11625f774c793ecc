"""Files written whole or not at all: through a temporary file beside the target, flushed to
the disk, then renamed over it. A crash never leaves half a report, PDF or workbook. A target
that is no regular file (/dev/null, a named pipe a script reads) is written into, never
replaced. And files someone hands us read with a bound, refused with the clerk's reason."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from app.errors import RegisterError, os_reason


def write_durably(target: str | os.PathLike[str], data: bytes) -> Path:
    return write_durably_from(target, (data,))


def write_durably_from(target: str | os.PathLike[str], parts: Iterable[bytes]) -> Path:
    """As write_durably, from parts made as they are written (a report too large to hold)."""
    path = Path(target)
    if _special(path):
        with open(path, "wb") as out:
            for part in parts:
                out.write(part)
        return path
    temp = path.with_name(path.name + ".part")
    try:
        with open(temp, "wb") as out:
            for part in parts:
                out.write(part)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    os.replace(temp, path)
    return path


def _special(path: Path) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def read_bounded(path: Path, limit: int, code: str) -> bytes:
    """A file the clerk names (a saved mail, an exported call), whole up to `limit` bytes;
    RegisterError(code) with the path and the reason when it cannot be read or is larger."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise RegisterError(code, path=str(path),
                            reason=os_reason(exc)) from exc
    if len(data) > limit:
        raise RegisterError(code, path=str(path), reason=f"> {limit >> 20} MB")
    return data
