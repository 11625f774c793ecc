"""Byte counts as people read them, the same in the window, the terminal and the printouts."""

from __future__ import annotations


def human_size(size: int) -> str:
    """In Windows Explorer's words (KB, MB, GB of 1024), which the clerk knows."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
