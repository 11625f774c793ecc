"""`intake db …`: the shared register on PostgreSQL — keep its password in the keyring, and
copy a desk's SQLite register into it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.register_access import data_dir
from app.cli.text import translate

EXIT_ARCHIVE_INCOMPLETE = 1


def register(commands: Any) -> None:
    db = commands.add_parser("db", help=translate("cli", "the shared register on PostgreSQL"))
    actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    copy = actions.add_parser("copy", help=translate(
        "cli", "copy this desk's SQLite register, audit trail and all, into PostgreSQL"))
    copy.add_argument("--to", required=True, metavar="postgresql://USER@HOST/DB")
    copy.add_argument("--archive", type=Path, metavar="FOLDER", help=translate(
        "cli", "the shared folder every desk sees (INTAKE_ARCHIVE): the disc images and mails "
               "are copied there and checked"))
    copy.set_defaults(handler=run_copy)
    setup = actions.add_parser("setup", help=translate(
        "cli", "as the database's owner (--db OWNER_URL): bring the register up to date and "
               "give the desks' role its rights; run again after each upgrade"))
    setup.set_defaults(handler=run_setup)
    add_desk = actions.add_parser("add-desk", help=translate(
        "cli", "as the database's owner: make a login for one desk; its address is printed "
               "on the last line"))
    add_desk.add_argument("name", metavar="NAME", help=translate(
        "cli", "letters, digits and _ (e.g. desk1)"))
    add_desk.set_defaults(handler=run_add_desk)
    own_key = actions.add_parser("desk-key", help=translate(
        "cli", "show this desk's name and the public key it signs its entries with (made the "
               "first time); IT registers them with db trust-desk"))
    own_key.set_defaults(handler=run_desk_key)
    trust = actions.add_parser("trust-desk", help=translate(
        "cli", "as the database's owner: register a desk's public key; from then on every "
               "entry of the shared register must be signed by the desk that wrote it"))
    trust.add_argument("name", metavar="DESK", help=translate(
        "cli", "the desk's name as db desk-key shows it"))
    trust.add_argument("key", metavar="PUBLIC_KEY")
    trust.set_defaults(handler=run_trust_desk)
    password = actions.add_parser("password", help=translate(
        "cli", "keep the database's password in this computer's keyring"))
    password.add_argument("url", metavar="postgresql://USER@HOST/DB")
    password.set_defaults(handler=run_password)


def run_copy(args: argparse.Namespace) -> int:
    from app.cli.disc_command import run_with_progress
    from app.services.db_copy import archive_target_ready, copy_archive, copy_register
    from app.services.register import Register
    from app.store.archive import ARCHIVE_ENV
    from app.store.db import DB_ENV, shown_address

    os.environ.pop(DB_ENV, None)  # the source is this folder's own SQLite register
    with Register(data_dir(args)) as reg:
        if args.archive is not None:
            archive_target_ready(reg, args.archive)  # a folder in use: refused before anything
        done = run_with_progress(lambda progress, _cancel: copy_register(
            reg, args.to, progress=progress))
        files = 0
        if args.archive is not None:
            files = run_with_progress(lambda progress, _cancel: copy_archive(
                reg, args.archive, progress=progress))
        archive = reg.archive.root
    url = shown_address(args.to)
    print(translate("cli", "Copied {rows} records of {tables} tables; the audit trail of "
                           "{entries} entries verifies on the copy.").format(
        rows=done.rows, tables=done.tables, entries=done.entries))
    if args.archive is not None:
        os.environ[DB_ENV], os.environ[ARCHIVE_ENV] = args.to, str(args.archive)
        with Register(data_dir(args)) as shared:
            missing = shared.verify_audit().records
        if missing:
            print("\n".join(missing), file=sys.stderr)
            return EXIT_ARCHIVE_INCOMPLETE
        print(translate("cli", "Copied {files} files of the archive to {folder}; every disc "
                               "and mail the register names is there. Start the desks with "
                               "INTAKE_DB={url} and INTAKE_ARCHIVE={folder} (or in Settings).")
              .format(files=files, folder=args.archive, url=url))
    else:
        print(translate("cli", "The disc images and mails stay in {folder}: the other desks "
                               "see them only if that folder is shared with them. Copy them "
                               "to a shared folder with --archive, or start the desks with "
                               "INTAKE_DB={url} and INTAKE_ARCHIVE set to a shared copy.")
              .format(folder=archive, url=url))
    return 0


def _owner_url() -> str:
    from app.errors import RegisterError
    from app.store.db import database_url

    url = database_url()
    if url is None:
        raise RegisterError("db_owner_url_needed")
    return url


def run_setup(args: argparse.Namespace) -> int:
    from app.store.db import open_postgres
    from app.store.pg_roles import DESK_GROUP, set_up

    with open_postgres(_owner_url()) as conn:
        tables = set_up(conn)
    print(translate("cli", "The register is up to date; the desks' role {role} may read and "
                           "record in its {count} tables, and nobody may change or remove an "
                           "entry of the audit trail. Make each desk's login with `intake db "
                           "add-desk NAME`.").format(role=DESK_GROUP, count=len(tables)))
    return 0


def run_add_desk(args: argparse.Namespace) -> int:
    from app.store.db import open_postgres
    from app.store.pg_roles import add_desk

    url = _owner_url()
    with open_postgres(url) as conn:
        address = add_desk(conn, url, args.name)
    print(translate("cli", "Desk {name} may now use the register. Start it with this address "
                           "(it holds the desk's password: give it to that desk only, e.g. in "
                           "Settings or INTAKE_DB):").format(name=args.name))
    print(address)
    return 0


def run_desk_key(args: argparse.Namespace) -> int:
    from app.store.audit import desk
    from app.store.desk_keys import own_public_key

    key = own_public_key()
    print(translate("cli", "This desk is {desk}. Give its name and the key below to IT, who "
                           "registers them: intake --db OWNER_ADDRESS db trust-desk NAME KEY")
          .format(desk=desk()))
    print(desk())
    print(key)
    return 0


def run_trust_desk(args: argparse.Namespace) -> int:
    from app.services.register import now
    from app.store.db import open_postgres
    from app.store.desk_keys import trust

    with open_postgres(_owner_url()) as conn:
        trust(conn, args.name, args.key, now())
    print(translate("cli", "Desk {desk}'s key is registered: every entry it writes is signed "
                           "with it, and no other desk can write in its name.").format(
        desk=args.name))
    return 0


def run_password(args: argparse.Namespace) -> int:
    from app.store.secrets import keep_db_password

    keep_db_password(args.url, getpass.getpass(translate("cli", "Password: ")))
    print(translate("cli", "Kept in the keyring."))
    return 0
