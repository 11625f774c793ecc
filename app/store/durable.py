"""Files written whole or not at all: through a temporary file beside the target, flushed to
the disk, then renamed over it. A crash never leaves half a report, PDF or workbook."""

from __future__ import annotations

import os
from pathlib import Path


def write_durably(target: str | os.PathLike[str], data: bytes) -> Path:
    path = Path(target)
    temp = path.with_name(path.name + ".part")
    with open(temp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)
    return path
