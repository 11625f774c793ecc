"""`intake image DEVICE OUT.iso`: copy a disc from its drive into an image, with a map of the
sectors that would not read (OUT.iso.map, GNU ddrescue's format). Run again with the same
arguments to resume an interrupted copy or to retry what failed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.disc_command import run_with_progress
from app.cli.findings_text import finding_lines
from app.cli.text import translate
from app.core.sizes import human_size

if TYPE_CHECKING:  # loaded when the command runs, not for `intake --help`
    from app.disc.drives.imaging import Imaged

EXIT_COMPLETE = 0
EXIT_BAD_SECTORS = 10
EXIT_NO_FILE_SYSTEM = 30


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "image", help=translate("cli", "copy a disc from its drive into an image file"))
    parser.add_argument("device", help=translate("cli", "the optical drive (/dev/sr0, D:)"))
    parser.add_argument("out", help=translate("cli", "the image file to write (resumed if its "
                                                      "map exists)"))
    parser.add_argument("--eject", action="store_true",
                        help=translate("cli", "open the drive's tray when done"))
    parser.set_defaults(handler=run)


def render(imaged: Imaged) -> list[str]:
    from app.disc.drives.imaging import files_hit

    speed = imaged.read_from_source / imaged.seconds / (1 << 20) if imaged.seconds else 0.0
    lines = [translate("cli", "Image: {path} ({size})").format(path=imaged.path,
                                                               size=human_size(imaged.size)),
             f"SHA-256: {imaged.sha256}",
             translate("cli", "Read {size} in {seconds:.1f} s ({speed:.1f} MB/s)").format(
                 size=human_size(imaged.read_from_source), seconds=imaged.seconds, speed=speed)]
    if imaged.was_complete:
        lines.append(translate("cli", "The image was already complete; nothing was read again."))
    elif imaged.resumed:
        lines.append(translate("cli", "Continued from an earlier copy, where it had stopped."))
    if imaged.structure.volume is not None:
        lines.append(translate("cli", "Label: {label}").format(
            label=imaged.structure.volume.label or "-"))
    if imaged.bad:
        lines.append(translate("cli", "Unreadable sectors: {count} (map: {map})").format(
            count=imaged.bad_sectors, map=imaged.map_path))
        for path, lost in sorted(files_hit(imaged.structure.files, imaged.bad).items()):
            lines.append("  " + translate("cli", "{path}: {size} lost").format(
                path=path, size=human_size(lost)))
        lines.append(translate("cli", "Run the same command again to retry them."))
    else:
        lines.append(translate("cli", "Every sector was read."))
    structural = [f for f in imaged.structure.findings if f.code == "image_unreadable"]
    lines.extend(finding_lines(structural))
    return lines


def run(args: argparse.Namespace) -> int:
    from app.disc.drives.listing import eject
    from app.disc.sources import image_drive

    imaged = run_with_progress(lambda progress, cancel: image_drive(
        args.device, Path(args.out), progress=progress, cancel=cancel))
    print("\n".join(render(imaged)))
    if args.eject:
        eject(args.device)
    if any(f.code == "image_unreadable" for f in imaged.structure.findings):
        return EXIT_NO_FILE_SYSTEM
    return EXIT_BAD_SECTORS if imaged.bad else EXIT_COMPLETE
