"""What every disc command does the same way: its source and report arguments, a job run under
the terminal's progress bar, and the report and summary written at the end."""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from app.cli.progress import TerminalProgress
from app.cli.text import translate
from app.core.progress import CancelToken

T = TypeVar("T")


def add_source_and_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", help=translate("cli", "ISO image, optical drive device or mounted folder"))
    parser.add_argument(
        "--json", metavar="FILE",
        help=translate("cli", "also write the JSON report (- for standard output)"))


@contextlib.contextmanager
def drive_copy(source: str) -> Iterator[Path | None]:
    """Where a drive is imaged for a command that keeps nothing: a temporary folder that lives
    as long as the command (the checks and the sheet read the copy, never the drive again)."""
    from app.disc.drives.block_source import is_device

    if not is_device(source):
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="intake-drive-") as folder:
        yield Path(folder) / "disc.iso"


def run_with_progress(job: Callable[[TerminalProgress, CancelToken], T]) -> T:
    progress = TerminalProgress()
    try:
        return job(progress, CancelToken())
    finally:
        progress.close()


def emit(args: argparse.Namespace, report: Callable[[], dict[str, Any]],
         lines: Callable[[], list[str]]) -> None:
    """The JSON report when asked for, then the summary for people unless it would mix with
    a report written to standard output."""
    if args.json:
        from app.services.disc_report import write_json

        write_json(report(), args.json)
    if not args.quiet and args.json != "-":
        sys.stdout.write("\n".join(lines()) + "\n")
