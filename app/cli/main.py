"""The `intake` command: main(argv) -> exit code."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import APP_NAME, __version__
from app.cli.text import localise_argparse, translate
from app.core.translation import (
    LANGUAGES,
    chosen_language,
    missing_translation_text,
    use_language,
)
from app.errors import Cancelled, IntakeError, RegisterError
from app.gui.messages import error_message, os_message
from app.paths import default_data_dir
from app.store.leftovers import clear_temp
from app.store.private import keep_private

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SETUP = 3  # the machine needs setting up (a keyring, a key file) before this can run
EXIT_CANCELLED = 130
EXIT_DISC_LOST = 30  # as an unreadable disc: nothing about it can be said yet
EXIT_INTERNAL = 70



# Each command's module, in the order `intake --help` lists them. Only the module of the
# command being run is loaded: the checks' modules load PDF, image and workbook libraries that
# `intake inspect` does not need (they took its start from 0.15 s to over 1 s).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "inspect_cmd": ("inspect",),
    "image_cmd": ("image",),
    "verify_cmd": ("verify",),
    "call_cmd": ("call",),
    "register_cmd": ("unit", "receive", "paper", "email", "waive", "void", "unwaive",
                     "seal"),
    "disc_cmd": ("disc",),
    "status_cmd": ("status",),
    "audit_cmd": ("audit",),
    "db_cmd": ("db",),
    "backup_cmd": ("backup", "restore"),
    "printout_cmd": ("sheet", "receipt", "notice", "printout"),
    "workbook_cmd": ("export", "import"),
    "selftest_cmd": ("selftest",),
}


def _command_word(args: list[str]) -> str | None:
    """The command named in the arguments: the first word that is not a global option."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--data", "--lang", "--operator", "--call", "--db"):
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _call_option(args: list[str]) -> tuple[str | None, list[str]]:
    """`--call ID` wherever it stands (`intake status --call city-2026` as well as `intake
    --call city-2026 status`), taken out before the command's own options are read."""
    named, rest, index = None, [], 0
    while index < len(args):
        arg = args[index]
        if arg == "--call" and index + 1 < len(args):
            named, index = args[index + 1], index + 2
            continue
        if arg.startswith("--call="):
            named = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        index += 1
    return named, rest


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake", description=translate("cli", "Intake Desk command line"))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=translate("cli", "print the program's version and exit"))
    parser.add_argument(
        "--data", metavar="DIR",
        help=translate("cli", "data folder (default: INTAKE_DATA or the user's data folder)"))
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=translate("cli", "language of the output"))
    parser.add_argument(
        "--db", metavar="postgresql://…",
        help=translate("cli", "the shared register on PostgreSQL (default: INTAKE_DB, else "
                              "SQLite in the data folder)"))
    parser.add_argument(
        "--call", metavar="ID",
        help=translate("cli", "the call to work on (default: the current call, see `intake "
                              "call list`); may also follow the command"))
    parser.add_argument(
        "--operator", metavar="NAME",
        help=translate("cli", "the clerk (经办人) named on receipts and in the audit trail "
                              "(default: INTAKE_OPERATOR, else the login name)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = [name for name, words in COMMAND_MODULES.items() if command in words]
    for name in wanted or COMMAND_MODULES:  # an unknown word: all, for help and the error
        importlib.import_module(f"app.cli.{name}").register(commands)
    return parser


def _data_folder(args: argparse.Namespace) -> Path:
    """Where errors.log goes: the register's data folder, as the command was given it."""
    return Path(getattr(args, "data", None) or default_data_dir())


def _survive_any_console() -> None:
    """A name outside the console's code page (cp936 on Chinese Windows, redirected) is
    written with a replacement character instead of ending the run."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _survive_any_console()
    keep_private()
    clear_temp()  # what a killed run left in TMPDIR
    try:
        return _main(argv)
    except BrokenPipeError:
        # `intake ... | head`: the reader has all it wants. Python's own advice: point stdout
        # at devnull so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _ = early.parse_known_args(args_list)
    if not use_language(chosen_language(known.lang)):
        print(missing_translation_text(), file=sys.stderr)
    localise_argparse()

    command = _command_word(args_list)
    named_call, args_list = _call_option(args_list) if command != "call" else (None, args_list)
    parser = _parser(command)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    from app.store.fault_log import keep_caught_faults

    keep_caught_faults(lambda: _data_folder(args))
    if args.operator:
        from app.store.audit import OPERATOR_ENV  # the trail's module loads the keyring

        os.environ[OPERATOR_ENV] = args.operator
    if named_call:
        args.call = named_call
    if args.db:
        from app.store.db import DB_ENV  # the register's module loads its database driver

        os.environ[DB_ENV] = args.db
    try:
        return int(args.handler(args))
    except Cancelled:
        print(translate("cli", "Cancelled."), file=sys.stderr)
        return EXIT_CANCELLED
    except IntakeError as error:
        print(error_message(error, cli=True), file=sys.stderr)
        if error.code == "source_not_found" or isinstance(error, RegisterError):
            return EXIT_USAGE
        if error.code == "drive_lost":
            return EXIT_DISC_LOST
        setup = error.code.startswith("audit_key") or error.code in (
            "image_not_written", "register_unavailable", "db_password_no_keyring",
            "desk_key_not_trusted")
        return EXIT_SETUP if setup else EXIT_INTERNAL
    except KeyboardInterrupt:
        print(translate("cli", "Cancelled."), file=sys.stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        raise
    except OSError as error:  # a file or folder the clerk named: missing, read-only, full
        from app.store.fault_log import log_fault

        log_fault(_data_folder(args), error)
        print(os_message(error), file=sys.stderr)
        return EXIT_SETUP
    except Exception as error:  # the last line of defence: a fault of ours, never a crash
        import logging
        import traceback

        from app.store.fault_log import log_fault

        logging.getLogger(__name__).debug("internal fault", exc_info=True)
        log = log_fault(_data_folder(args), error)
        print(translate("cli", "Internal error: the work was not finished; records already "
                               "saved are safe.") + " " + (translate(
            "cli", "The details were written to {path}; please send that file to your "
                   "support.").format(path=log) if log else ""), file=sys.stderr)
        if os.environ.get("INTAKE_TRACEBACK"):  # for us, on a test machine
            traceback.print_exc(file=sys.stderr)
        return EXIT_INTERNAL


def run() -> None:
    sys.exit(main())
