"""A register of a benchmark's own: its data folder, with the audit key kept in a file there
(as a desk without a system keyring keeps it), so a run needs no keyring and leaves the
user's data folder alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def own_register(data: Path) -> list[str]:
    """The command that runs `intake` on the register in `data` (made, with its key file,
    if it is not there yet)."""
    intake = [sys.executable, "-m", "app", "--data", str(data)]
    if not (data / "audit.key").exists():
        subprocess.run([*intake, "audit", "make-keyfile"], cwd=ROOT, check=True,
                       capture_output=True)
    return intake
