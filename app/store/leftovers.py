"""What a killed run leaves behind (a staged copy in the archive, a temporary folder of archive
members or mail attachments) is named for the process that made it, so the next run on the same
computer clears it at once instead of a day later; another desk's, on a shared archive, is
left alone until it is a day old."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

STALE_AFTER = 24 * 3600  # whatever its maker, nothing running is this old
TEMP_PREFIXES = ("intake-members-", "intake-mail-", "intake-drive-", "intake-selftest-")


def owner_tag() -> str:
    """This process, as its leftovers name it: host and process id."""
    import socket  # only where a job leaves files: not paid by every command's start

    host = "".join(ch for ch in socket.gethostname() if ch.isalnum() or ch in "-_")[:40]
    return f"{host or 'pc'}~{os.getpid()}~"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # there, someone else's; or a system that cannot tell: assume running
    return True


def abandoned(name: str, modified: float) -> bool:
    """A leftover of a process of this computer that no longer runs, or one older than a day."""
    if time.time() - modified > STALE_AFTER:
        return True
    parts = name.split("~")
    if len(parts) < 3 or not parts[1].isdigit():
        return False
    host = owner_tag().split("~")[0]
    return parts[0].endswith(host) and not _alive(int(parts[1]))


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        import shutil  # seldom needed: not loaded by every command's start

        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def clear(folder: Path, prefixes: tuple[str, ...] = ("",)) -> list[Path]:
    """The abandoned entries of a folder (those whose names start with one of `prefixes`),
    removed."""
    gone = []
    try:
        entries = [e for e in folder.iterdir() if e.name.startswith(prefixes)]
    except OSError:
        return gone
    for entry in entries:
        try:
            if abandoned(entry.name, entry.stat().st_mtime):
                remove(entry)
                gone.append(entry)
        except OSError:
            continue
    return gone


def clear_temp() -> list[Path]:
    """Temporary folders of ours left in TMPDIR by a killed run."""
    return clear(Path(tempfile.gettempdir()), TEMP_PREFIXES)


def temp_prefix(kind: str) -> str:
    """A prefix for tempfile naming the process: intake-members-host~1234~."""
    return f"intake-{kind}-{owner_tag()}"
