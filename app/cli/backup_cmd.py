"""`intake backup DEST` and `intake restore SRC`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.audit_cmd import EXIT_TAMPERED, tamper_lines
from app.cli.disc_command import run_with_progress
from app.cli.register_access import data_dir, open_register
from app.cli.text import translate
from app.core.sizes import human_size


def register(commands: Any) -> None:
    save = commands.add_parser(
        "backup", help=translate("cli", "copy the register and the disc archive, with a "
                                        "manifest of hashes"))
    save.add_argument("dest", metavar="DEST", help=translate("cli", "an empty or new folder"))
    save.set_defaults(handler=run_backup)
    load = commands.add_parser(
        "restore", help=translate("cli", "check a backup against its manifest and put it in "
                                         "place"))
    load.add_argument("src", metavar="SRC", help=translate("cli", "a folder made by backup"))
    load.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from app.services.backup import backup

    with open_register(args) as reg:
        result = run_with_progress(lambda progress, cancel: backup(
            reg, Path(args.dest), progress=progress, cancel=cancel))
    print(translate("cli", "Backed up {files} files ({size}) to {folder}.").format(
        files=result.files, size=human_size(result.size), folder=result.folder))
    print(translate("cli", "The audit key is not in the backup: keep it (keyring or key "
                           "file) to verify the trail after a restore."), file=sys.stderr)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app.services.backup import restore

    result = run_with_progress(lambda progress, cancel: restore(
        data_dir(args), Path(args.src), progress=progress))
    print(translate("cli", "Restored {files} files.").format(files=result.files))
    if result.set_aside is not None:
        print(translate("cli", "The register that was there is kept in {path}.").format(
            path=result.set_aside))
    if result.chain is None:
        print(translate("cli", "The audit key of this register is not on this machine: "
                               "place its key file before making changes."), file=sys.stderr)
        return 0
    if not result.chain.intact:
        print("\n".join(tamper_lines(result.chain)), file=sys.stderr)
        return EXIT_TAMPERED
    return 0
