"""`intake audit verify` and `intake audit make-keyfile`: the register's tamper evidence."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli.register_access import data_dir
from app.cli.text import translate

if TYPE_CHECKING:  # the trail and the keyring load when the command runs, not for --help
    from app.store.audit import ChainCheck

EXIT_TAMPERED = 1


def register(commands: Any) -> None:
    parser = commands.add_parser("audit", help=translate("cli", "the register's audit trail"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "verify", help=translate("cli", "check that no entry was changed, removed or added"))
    check.set_defaults(handler=run_verify)
    keyfile = actions.add_parser(
        "make-keyfile",
        help=translate("cli", "keep the audit key in a file when there is no keyring"))
    keyfile.set_defaults(handler=run_make_keyfile)


def tamper_lines(result: ChainCheck) -> list[str]:
    from app.store.audit import WRONG_KEY

    lines = []
    if result.reason == WRONG_KEY:
        return [translate("cli", "The audit key is not this register's, so its trail cannot "
                                 "be checked. This is not proof of tampering: place this "
                                 "register's own key file, or restore its keyring.")]
    if result.first_bad is not None or result.reason:
        where = result.first_bad if result.first_bad is not None else "-"
        lines.append(translate("cli", "The audit trail was tampered with: entry {entry}: "
                                      "{reason}").format(entry=where, reason=result.reason))
    lines.extend(translate("cli", "The register was tampered with: {what}").format(what=what)
                 for what in result.records)
    return lines


def run_verify(args: argparse.Namespace) -> int:
    from app.services.register import Register

    with Register(data_dir(args)) as reg:
        result = reg.verify_audit()
    if result.intact:
        print(translate("cli", "Audit trail intact: {count} entries.").format(
            count=result.entries))
        return 0
    print("\n".join(tamper_lines(result)), file=sys.stderr)
    return EXIT_TAMPERED


def run_make_keyfile(args: argparse.Namespace) -> int:
    from app.services.register import Register
    from app.store.db import database_id
    from app.store.secrets import make_key_file

    with Register(data_dir(args)) as reg:
        path = make_key_file(database_id(reg.conn), reg.data_dir)
    print(translate("cli", "The audit key is now in {path}. Anyone who has this file can "
                           "rewrite the audit trail unnoticed: keep it apart from the database "
                           "and its backups.").format(path=path), file=sys.stderr)
    return 0
