"""A drive with a scratched disc in it: a file read through a source that fails where told."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.progress import CancelToken
from app.disc.drives.block_source import SECTOR, FileSource


class ScratchedDisc(FileSource):
    """Reads fail on the chosen sectors; `flaky` sectors fail only on their first read."""

    def __init__(self, path: Path, bad: set[int] = frozenset(), flaky: set[int] = frozenset(),
                 cancel_after: tuple[int, CancelToken] | None = None) -> None:
        super().__init__(str(path))
        self.bad = set(bad)
        self.flaky = set(flaky)
        self.cancel_after = cancel_after
        self.read_bytes = 0

    def read_into(self, offset: int, buffer: memoryview) -> int:
        first, last = offset // SECTOR, (offset + len(buffer) - 1) // SECTOR
        touched = set(range(first, last + 1))
        if touched & self.bad:
            raise OSError(errno.EIO, "Input/output error")
        if touched & self.flaky:
            self.flaky -= touched
            raise OSError(errno.EIO, "Input/output error")
        count = super().read_into(offset, buffer)
        self.read_bytes += count
        if self.cancel_after and self.read_bytes >= self.cancel_after[0]:
            self.cancel_after[1].cancel()
        return count


@contextlib.contextmanager
def loop_device(image: Path) -> Iterator[str]:
    if os.geteuid() != 0 or shutil.which("losetup") is None:
        pytest.skip("a loop device needs root and losetup")
    try:
        device = subprocess.run(["losetup", "--find", "--show", "--read-only", str(image)],
                                check=True, capture_output=True, text=True).stdout.strip()
    except (subprocess.CalledProcessError, OSError) as exc:
        pytest.skip(f"no loop device here: {exc}")
    try:
        yield device
    finally:
        subprocess.run(["losetup", "--detach", device], check=False)
