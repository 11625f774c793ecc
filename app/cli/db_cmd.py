"""`intake db …`: the shared register on PostgreSQL — keep its password in the keyring, and
copy a desk's SQLite register into it."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from app.cli.register_access import data_dir
from app.cli.text import translate


def register(commands: Any) -> None:
    db = commands.add_parser("db", help=translate("cli", "the shared register on PostgreSQL"))
    actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    copy = actions.add_parser("copy", help=translate(
        "cli", "copy this desk's SQLite register, audit trail and all, into PostgreSQL"))
    copy.add_argument("--to", required=True, metavar="postgresql://USER@HOST/DB")
    copy.set_defaults(handler=run_copy)
    password = actions.add_parser("password", help=translate(
        "cli", "keep the database's password in this computer's keyring"))
    password.add_argument("url", metavar="postgresql://USER@HOST/DB")
    password.set_defaults(handler=run_password)


def run_copy(args: argparse.Namespace) -> int:
    from app.cli.disc_command import run_with_progress
    from app.services.db_copy import copy_register
    from app.services.register import Register
    from app.store.db import DB_ENV

    os.environ.pop(DB_ENV, None)  # the source is this folder's own SQLite register
    with Register(data_dir(args)) as reg:
        done = run_with_progress(lambda progress, _cancel: copy_register(
            reg, args.to, progress=progress))
    print(translate("cli", "Copied {rows} records of {tables} tables; the audit trail of "
                           "{entries} entries verifies on the copy. Start the desks with "
                           "INTAKE_DB={url} (or --db).").format(
        rows=done.rows, tables=done.tables, entries=done.entries, url=args.to))
    return 0


def run_password(args: argparse.Namespace) -> int:
    from app.store.secrets import keep_db_password

    keep_db_password(args.url, getpass.getpass(translate("cli", "Password: ")))
    print(translate("cli", "Kept in the keyring."))
    return 0
