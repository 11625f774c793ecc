"""The `intake` command: main(argv) -> exit code."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app import APP_NAME, __version__
from app.cli import (
    audit_cmd,
    backup_cmd,
    disc_cmd,
    image_cmd,
    inspect_cmd,
    printout_cmd,
    register_cmd,
    selftest_cmd,
    status_cmd,
    verify_cmd,
    workbook_cmd,
)
from app.cli.text import translate
from app.errors import Cancelled, IntakeError, RegisterError
from app.gui.i18n import LANGUAGES, chosen_language, install_translations
from app.gui.messages import error_message

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SETUP = 3  # the machine needs setting up (a keyring, a key file) before this can run
EXIT_CANCELLED = 130
EXIT_DISC_LOST = 30  # as an unreadable disc: nothing about it can be said yet
EXIT_INTERNAL = 70



def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake", description=translate("cli", "Intake Desk command line"))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data", metavar="DIR",
        help=translate("cli", "data folder (default: INTAKE_DATA or the user's data folder)"))
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=translate("cli", "language of the output"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    inspect_cmd.register(commands)
    image_cmd.register(commands)
    verify_cmd.register(commands)
    register_cmd.register(commands)
    disc_cmd.register(commands)
    status_cmd.register(commands)
    audit_cmd.register(commands)
    backup_cmd.register(commands)
    printout_cmd.register(commands)
    workbook_cmd.register(commands)
    selftest_cmd.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    app = QCoreApplication.instance() or QCoreApplication(["intake"])
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _ = early.parse_known_args(args_list)
    install_translations(app, chosen_language(known.lang))

    parser = _parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except Cancelled:
        print(translate("cli", "Cancelled."), file=sys.stderr)
        return EXIT_CANCELLED
    except IntakeError as error:
        print(error_message(error), file=sys.stderr)
        if error.code == "source_not_found" or isinstance(error, RegisterError):
            return EXIT_USAGE
        if error.code == "drive_lost":
            return EXIT_DISC_LOST
        setup = error.code.startswith("audit_key") or error.code == "image_not_written"
        return EXIT_SETUP if setup else EXIT_INTERNAL
    except KeyboardInterrupt:
        print(translate("cli", "Cancelled."), file=sys.stderr)
        return EXIT_CANCELLED
    except Exception:  # the last line of defence: a fault of ours, reported, never a crash
        logging.getLogger(__name__).debug("internal fault", exc_info=True)
        print(translate("cli", "Internal error; please report it with this text:"), file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return EXIT_INTERNAL


def run() -> None:
    sys.exit(main())
