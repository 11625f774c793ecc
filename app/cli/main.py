"""The `intake` command: main(argv) -> exit code."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import APP_NAME, __version__
from app.cli import (
    audit_cmd,
    backup_cmd,
    disc_cmd,
    inspect_cmd,
    printout_cmd,
    register_cmd,
    status_cmd,
    verify_cmd,
    workbook_cmd,
)
from app.cli.text import tr, translate
from app.errors import Cancelled, IntakeError, RegisterError
from app.gui.i18n import LANGUAGES, chosen_language, install_translations

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SETUP = 3  # the machine needs setting up (a keyring, a key file) before this can run
EXIT_CANCELLED = 130
EXIT_INTERNAL = 70

_ERROR_TEXT = {
    "source_not_found": QT_TRANSLATE_NOOP("cli", "No such file or folder: {path}"),
    "source_not_readable": QT_TRANSLATE_NOOP("cli", "Cannot read {path}: {reason}"),
    "audit_key_unavailable": QT_TRANSLATE_NOOP(
        "cli", "No keyring is available to hold the audit key ({reason}). Either start the "
        "system keyring, or keep the key in a file with `intake audit make-keyfile` "
        "(it will be {key_file})."),
    "audit_key_missing": QT_TRANSLATE_NOOP(
        "cli", "The keyring holds no audit key for this register. Place the key file of "
        "this register at {key_file}, or restore the keyring."),
    "unit_unknown": QT_TRANSLATE_NOOP(
        "cli", "No unit named {unit} in the register (see `intake status`)."),
    "unit_name_empty": QT_TRANSLATE_NOOP("cli", "The unit's name is empty."),
    "no_delivery": QT_TRANSLATE_NOOP(
        "cli", "Nothing has been received from {unit} yet: log the delivery with "
        "`intake receive` first."),
    "receipt_unknown": QT_TRANSLATE_NOOP("cli", "No delivery has receipt number {receipt}."),
    "receipt_of_other_unit": QT_TRANSLATE_NOOP(
        "cli", "Receipt {receipt} belongs to {unit}."),
    "method_unknown": QT_TRANSLATE_NOOP(
        "cli", "Unknown delivery method {method}; use one of {methods}."),
    "paper_counts_invalid": QT_TRANSLATE_NOOP(
        "cli", "Copies received ({received}) and stamped ({stamped}) do not add up."),
    "time_invalid": QT_TRANSLATE_NOOP(
        "cli", "Cannot read the time {text}; write it like 2025-10-24 17:30."),
    "finding_unknown": QT_TRANSLATE_NOOP(
        "cli", "{unit} has no finding {ref} (see `intake status --unit`)."),
    "already_waived": QT_TRANSLATE_NOOP("cli", "{key} is already waived."),
    "waiver_reason_empty": QT_TRANSLATE_NOOP("cli", "A waiver needs a reason."),
    "disc_unknown": QT_TRANSLATE_NOOP("cli", "No disc numbered {disc} in the register."),
    "source_changed": QT_TRANSLATE_NOOP(
        "cli", "{path} changed while it was being read; nothing was recorded. Add it again."),
    "backup_target_not_empty": QT_TRANSLATE_NOOP(
        "cli", "{path} is not empty; back up into a new or empty folder."),
    "backup_manifest_missing": QT_TRANSLATE_NOOP(
        "cli", "{path} holds no MANIFEST.json: it is not a backup made by Intake Desk."),
    "backup_manifest_damaged": QT_TRANSLATE_NOOP(
        "cli", "The backup's manifest {path} is damaged; nothing was restored."),
    "backup_file_missing": QT_TRANSLATE_NOOP(
        "cli", "The backup lacks {path}; nothing was restored."),
    "backup_file_changed": QT_TRANSLATE_NOOP(
        "cli", "{path} in the backup does not match its manifest; nothing was restored."),
    "backup_file_unexpected": QT_TRANSLATE_NOOP(
        "cli", "{path} in the backup is not in its manifest; nothing was restored."),
    "notice_not_needed": QT_TRANSLATE_NOOP(
        "cli", "Delivery {receipt} needs no return notice: its unit's verdict is {verdict}."),
    "workbook_unreadable": QT_TRANSLATE_NOOP("cli", "Cannot read the workbook {path}: {reason}"),
    "call_unknown": QT_TRANSLATE_NOOP(
        "cli", "This register holds no call {call}; it holds {known}."),
}


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
    verify_cmd.register(commands)
    register_cmd.register(commands)
    disc_cmd.register(commands)
    status_cmd.register(commands)
    audit_cmd.register(commands)
    backup_cmd.register(commands)
    printout_cmd.register(commands)
    workbook_cmd.register(commands)
    return parser


def _message(error: IntakeError) -> str:
    template = _ERROR_TEXT.get(error.code)
    if template is None:
        return translate("cli", "Error: {code}").format(code=error.code)
    return tr(template).format(**error.params)


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
        print(_message(error), file=sys.stderr)
        if error.code == "source_not_found" or isinstance(error, RegisterError):
            return EXIT_USAGE
        return EXIT_SETUP if error.code.startswith("audit_key") else EXIT_INTERNAL
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
