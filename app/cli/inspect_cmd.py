"""`intake inspect SOURCE [--json FILE]`: the volume, the findings and the manifest."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.cli.progress import TerminalProgress
from app.cli.text import human_size, table, tr
from app.core.entities import DiscReading
from app.core.progress import CancelToken
from app.disc.hashing import sm3_available
from app.disc.sources import read_source
from app.services.disc_report import inspection_report, write_json

EXIT_UNREADABLE = 30

_READABLE = {
    True: QT_TRANSLATE_NOOP("cli", "readable"),
    "partial": QT_TRANSLATE_NOOP("cli", "partly readable"),
    False: QT_TRANSLATE_NOOP("cli", "unreadable"),
}
_SEVERITY = {
    "error": QT_TRANSLATE_NOOP("cli", "error"),
    "warning": QT_TRANSLATE_NOOP("cli", "warning"),
    "info": QT_TRANSLATE_NOOP("cli", "note"),
}


def register(commands: Any) -> None:
    parser = commands.add_parser("inspect", help=tr("list what is on a disc image or folder"))
    parser.add_argument("source", help=tr("ISO image, optical drive device or mounted folder"))
    parser.add_argument("--json", metavar="FILE", help=tr("also write the JSON report "
                                                          "(- for standard output)"))
    parser.add_argument("--sm3", action="store_true",
                        help=tr("also compute SM3 digests (slower)"))
    parser.add_argument("--quiet", action="store_true", help=tr("print no table"))
    parser.set_defaults(handler=run)


def _lang() -> str:
    return "en" if tr("readable") == "readable" else "zh"


def render(reading: DiscReading) -> list[str]:
    lang = _lang()
    lines: list[str] = []
    volume = reading.volume
    lines.append(f"{tr('Source')}: {reading.source.path} ({human_size(reading.source.size)})")
    if reading.source.sha256:
        lines.append(f"SHA-256: {reading.source.sha256}")
    if reading.source.sm3:
        lines.append(f"SM3: {reading.source.sm3}")
    if volume is not None:
        systems = ", ".join(volume.filesystems) or "-"
        if volume.iso_level:
            systems += f" (ISO9660 {tr('level')} {volume.iso_level})"
        lines.append(f"{tr('Label')}: {volume.label or '-'}")
        raw = {k: v for k, v in volume.labels.items() if v and v != volume.label}
        if raw:
            lines.append(f"{tr('Other labels')}: "
                         + ", ".join(f"{k}={v}" for k, v in sorted(raw.items())))
        lines.append(f"{tr('File systems')}: {systems}")
        lines.append(f"{tr('Sessions')}: {volume.sessions}")
    lines.append(f"{tr('Readable')}: {tr(_READABLE[reading.readable])}")
    lines.append("")
    lines.append(f"{tr('Problems')} ({len(reading.findings)}):")
    for finding in reading.findings:
        where = f" — {finding.path}" if finding.path else ""
        detail = f" ({finding.detail})" if finding.detail else ""
        lines.append(f"  [{tr(_SEVERITY[finding.severity.value])}] {finding.code}: "
                     f"{finding.text(lang)}{where}{detail}")
    lines.append("")
    lines.append(f"{tr('Files')} ({len(reading.files)}):")
    rows = [[f.path, str(f.size), f.type or "-", (f.sha256 or tr("incomplete"))[:16]]
            for f in reading.files]
    lines.extend("  " + line for line in table(
        [tr("Path"), tr("Size"), tr("Type"), "SHA-256"], rows))
    return lines


def run(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    try:
        reading = read_source(args.source, progress=progress, cancel=CancelToken(),
                              sm3=bool(args.sm3) and sm3_available())
    finally:
        progress.close()
    if args.json:
        write_json(inspection_report(reading), args.json)
    if not args.quiet and args.json != "-":
        sys.stdout.write("\n".join(render(reading)) + "\n")
    return EXIT_UNREADABLE if reading.readable is False else 0
