"""What the program writes is the user's alone: the register, the audit anchor, the units'
mails, the disc images, errors.log and the backups hold deliverers' names and phones. On POSIX
systems files are made 0600 and folders 0700 (Windows keeps a user's %LOCALAPPDATA% private
by its own ACLs). A register made by an older version is tightened when it is opened."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

PRIVATE_UMASK = 0o077


def keep_private() -> None:
    """Every file and folder this process makes from now on is its user's alone."""
    if sys.platform != "win32":
        os.umask(PRIVATE_UMASK)


def tighten(path: Path) -> None:
    """A file or folder made before, readable by others: made the user's alone. Left as it is
    when it is not ours to change (a shared folder an administrator set up)."""
    if sys.platform == "win32":
        return
    try:
        info = path.stat()
        if info.st_uid != os.getuid() or not info.st_mode & 0o077:
            return
        path.chmod(stat.S_IMODE(info.st_mode) & 0o700)
    except OSError:
        return
