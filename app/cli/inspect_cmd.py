"""`intake inspect SOURCE [--json FILE]`: the volume, the findings and the manifest."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.disc_command import add_source_and_report, drive_copy, emit, run_with_progress
from app.cli.findings_text import finding_lines
from app.cli.text import table, tr, translate
from app.core.sizes import human_size
from app.core.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # loaded when the command runs, not for `intake --help`
    from app.core.entities import DiscReading

EXIT_UNREADABLE = 30

_READABLE = {
    True: QT_TRANSLATE_NOOP("cli", "readable"),
    "partial": QT_TRANSLATE_NOOP("cli", "partly readable"),
    False: QT_TRANSLATE_NOOP("cli", "unreadable"),
}
def register(commands: Any) -> None:
    parser = commands.add_parser(
        "inspect", help=translate("cli", "list what is on a disc image or folder"))
    add_source_and_report(parser)
    parser.add_argument("--sm3", action="store_true",
                        help=translate("cli", "also compute SM3 digests (slower)"))
    parser.add_argument("--quiet", action="store_true", help=translate("cli", "print no table"))
    parser.set_defaults(handler=run)


def source_lines(reading: DiscReading) -> list[str]:
    """Where the disc came from and what its volume is."""
    from app.core.entities import filesystems_text

    source, volume = reading.source, reading.volume
    lines = [translate("cli", "Source: {path} ({size})").format(path=source.path,
                                                   size=human_size(source.size))]
    if source.sha256:
        lines.append(f"SHA-256: {source.sha256}")
    if source.sm3:
        lines.append(f"SM3: {source.sm3}")
    if volume is not None:
        systems = filesystems_text(volume.filesystems) or "-"
        if volume.iso_level:
            level = translate("cli", "(ISO9660 level {level})")
            systems += " " + level.format(level=volume.iso_level)
        lines.append(translate("cli", "Label: {label}").format(label=volume.label or "-"))
        raw = {k: v for k, v in volume.labels.items() if v and v != volume.label}
        if raw:
            lines.append(translate("cli", "Other labels: {labels}").format(
                labels=", ".join(f"{k}={v}" for k, v in sorted(raw.items()))))
        lines.append(translate("cli", "File systems: {systems}").format(systems=systems))
        lines.append(translate("cli", "Sessions: {count}").format(count=volume.sessions))
    state = tr(_READABLE[reading.readable])
    lines.append(translate("cli", "Readable: {state}").format(state=state))
    return lines


def render(reading: DiscReading) -> list[str]:
    lines = source_lines(reading)
    lines.append("")
    lines.append(translate("cli", "Problems ({count}):").format(count=len(reading.findings)))
    lines.extend(finding_lines(reading.findings))
    lines.append("")
    lines.append(translate("cli", "Files ({count}):").format(count=len(reading.files)))
    incomplete = translate("cli", "incomplete")
    rows = [[f.path, str(f.size), f.type or "-", (f.sha256 or incomplete)[:16]]
            for f in reading.files]
    headers = [translate("cli", "Path"), translate("cli", "Size"), translate("cli", "Type"),
               "SHA-256"]
    lines.extend("  " + line for line in table(headers, rows))
    return lines


def run(args: argparse.Namespace) -> int:
    from app.disc.hashing import sm3_available
    from app.disc.sources import read_source
    from app.services.disc_report import inspection_report

    with drive_copy(args.source) as image_to:
        reading = run_with_progress(lambda progress, cancel: read_source(
            args.source, progress=progress, cancel=cancel,
            sm3=bool(args.sm3) and sm3_available(), image_to=image_to))
        emit(args, lambda: inspection_report(reading, streamed=True), lambda: render(reading))
    return EXIT_UNREADABLE if reading.readable is False else 0
