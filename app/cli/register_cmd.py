"""The intake desk's records from the command line: `unit add`, `receive`, `paper`, `email`,
`waive` and `seal` (a person's look at a scan the program was not sure about)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from app.cli.findings_text import finding_lines
from app.cli.register_access import open_register, when
from app.cli.text import translate
from app.core.deliveries import EACH_CASE, METHODS


def register(commands: Any) -> None:
    unit = commands.add_parser("unit", help=translate("cli", "the recommending units"))
    unit_actions = unit.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = unit_actions.add_parser(
        "add", help=translate("cli", "list units the call expects, before anything arrives"))
    add.add_argument("names", nargs="+", metavar="NAME")
    add.set_defaults(handler=run_unit_add)
    rename = unit_actions.add_parser(
        "rename", help=translate("cli", "correct a unit's name; into an existing unit, the two "
                                        "become one"))
    rename.add_argument("old", metavar="NAME")
    rename.add_argument("new", metavar="NEW_NAME")
    rename.set_defaults(handler=run_unit_rename)

    got = commands.add_parser("receive", help=translate("cli", "log a delivery and give its "
                                                              "receipt number"))
    got.add_argument("--unit", required=True, metavar="NAME",
                     help=translate("cli", "the recommending unit"))
    got.add_argument("--at", metavar="TIME",
                     help=translate("cli", "when it arrived, e.g. \"2025-10-24 17:30\" "
                                           "(default: now)"))
    got.add_argument("--by", default="", metavar="NAME",
                     help=translate("cli", "who delivered it"))
    got.add_argument("--phone", default="", help=translate("cli", "the deliverer's phone"))
    got.add_argument("--method", choices=METHODS, default="hand",
                     help=translate("cli", "by hand, post or courier"))
    got.add_argument("--tracking", default="", metavar="NUMBER",
                     help=translate("cli", "the post or courier tracking number"))
    got.add_argument("--summary-paper", action="store_true",
                     help=translate("cli", "the stamped paper summary table came with it"))
    got.add_argument("--note", default="",
                     help=translate("cli", "what the clerk notes: a damaged case, sent on "
                                           "behalf of another…"))
    got.set_defaults(handler=run_receive)

    paper = commands.add_parser("paper", help=translate("cli", "record paper copies received"))
    paper.add_argument("--unit", required=True, metavar="NAME")
    paper.add_argument("--case", default=EACH_CASE, metavar="ORDER|NAME",
                       help=translate("cli", "the case by its order or name (default: every "
                                             "case)"))
    paper.add_argument("--received", type=int, metavar="N",
                       help=translate("cli", "copies received"))
    paper.add_argument("--stamped", type=int, metavar="N",
                       help=translate("cli", "of those, copies stamped (default: all)"))
    paper.add_argument("--summary", action="store_true",
                       help=translate("cli", "the stamped paper summary table was received"))
    paper.add_argument("--receipt", metavar="NUMBER",
                       help=translate("cli", "the delivery (default: the unit's latest)"))
    paper.set_defaults(handler=run_paper)

    email = commands.add_parser("email", help=translate(
        "cli", "note an e-mail submission, or import the saved mail (email import)"))
    email.add_argument("--unit", metavar="NAME", help=translate("cli", "the recommending unit"))
    email.add_argument("--at", metavar="TIME", help=translate("cli", "when it was received"))
    email.add_argument("--subject", default="")
    email.add_argument("--from", dest="sender", default="", metavar="ADDRESS")
    email.set_defaults(handler=run_email)
    mail_actions = email.add_subparsers(dest="action", metavar="ACTION")
    mail_import = mail_actions.add_parser("import", help=translate(
        "cli", "read a saved mail (.eml or .msg), check its attachments and hold them against "
               "the unit's disc"))
    mail_import.add_argument("file", metavar="FILE.eml|FILE.msg")
    mail_import.add_argument("--unit", required=True, metavar="NAME",
                             help=translate("cli", "the recommending unit"))
    mail_import.add_argument("--json", metavar="FILE",
                             help=translate("cli", "also write the mail and its findings as "
                                                   "JSON (- for standard output)"))
    mail_import.set_defaults(handler=run_email_import)

    waiver = commands.add_parser(
        "waive", help=translate("cli", "set a finding aside, with the reason"))
    waiver.add_argument("--unit", required=True, metavar="NAME")
    waiver.add_argument("finding", metavar="FINDING",
                        help=translate("cli", "its number in `status --unit` or its key"))
    waiver.add_argument("--reason", required=True,
                        help=translate("cli", "why it is set aside (kept in the audit trail)"))
    waiver.set_defaults(handler=run_waive)

    void = commands.add_parser(
        "void", help=translate("cli", "void a delivery logged by mistake (its number stays "
                                      "used)"))
    void.add_argument("receipt", metavar="RECEIPT")
    void.add_argument("--reason", required=True,
                      help=translate("cli", "why (kept in the audit trail)"))
    void.set_defaults(handler=run_void)

    unwaive = commands.add_parser(
        "unwaive", help=translate("cli", "withdraw a waiver: the finding counts again"))
    unwaive.add_argument("--unit", required=True, metavar="NAME")
    unwaive.add_argument("finding", metavar="FINDING",
                         help=translate("cli", "its number in `status --unit` or its key"))
    unwaive.set_defaults(handler=run_unwaive)

    seal = commands.add_parser(
        "seal", help=translate("cli", "say whether a scan the program was unsure about is "
                                      "stamped, after looking at it"))
    seal.add_argument("--unit", required=True, metavar="NAME")
    seal.add_argument("finding", metavar="FINDING",
                      help=translate("cli", "its number in `status --unit` or its key"))
    answer = seal.add_mutually_exclusive_group(required=True)
    answer.add_argument("--stamped", dest="stamped", action="store_true",
                        help=translate("cli", "a seal is there: the finding is cleared"))
    answer.add_argument("--unstamped", dest="stamped", action="store_false",
                        help=translate("cli", "no seal: the scan counts as unstamped"))
    seal.set_defaults(handler=run_seal)


def run_unit_add(args: argparse.Namespace) -> int:
    from app.services.intake import expect_units

    with open_register(args) as reg:
        expect_units(reg, args.names)
    print(translate("cli", "{count} units expected.").format(count=len(args.names)))
    return 0


def run_unit_rename(args: argparse.Namespace) -> int:
    from app.services.corrections import rename_unit

    with open_register(args) as reg:
        done = rename_unit(reg, args.old, args.new)
    print(translate("cli", "{old} is now {new}.").format(old=args.old, new=args.new)
          if done == "renamed" else
          translate("cli", "{old} was folded into {new}: its deliveries and records are "
                           "{new}'s now.").format(old=args.old, new=args.new))
    return 0


def run_void(args: argparse.Namespace) -> int:
    from app.services.corrections import void_delivery

    with open_register(args) as reg:
        unit = void_delivery(reg, args.receipt, args.reason)
    print(translate("cli", "Delivery {receipt} of {unit} is voided; its number stays used.")
          .format(receipt=args.receipt, unit=unit))
    return 0


def run_unwaive(args: argparse.Namespace) -> int:
    from app.services.corrections import withdraw_waiver

    with open_register(args) as reg:
        shown = withdraw_waiver(reg, args.unit, args.finding)
    print(translate("cli", "Waiver withdrawn ({key}): the finding counts again.").format(
        key=shown.key))
    return 0


def run_receive(args: argparse.Namespace) -> int:
    from app.services.intake import Delivery, receive

    with open_register(args) as reg:
        _, call = reg.call()
        receipt = receive(reg, Delivery(
            args.unit, when(call, args.at), args.by, args.phone, args.method, args.tracking,
            args.summary_paper, args.note))
    print(translate("cli", "Receipt {number}: {unit}, received {time}.").format(
        number=receipt.number, unit=receipt.unit,
        time=call.shown(receipt.received_at)))
    if receipt.late:
        print(translate("cli", "Warning: this delivery came after the deadline."),
              file=sys.stderr)
    return 0


def run_paper(args: argparse.Namespace) -> int:
    from app.services.intake import record_paper, record_summary_paper

    if args.received is None and not args.summary:
        print(translate("cli", "Say --received N, --summary, or both."), file=sys.stderr)
        return 2
    with open_register(args) as reg:
        if args.received is not None:
            stamped = args.received if args.stamped is None else args.stamped
            record_paper(reg, args.unit, args.case, args.received, stamped,
                         receipt=args.receipt)
        if args.summary:
            record_summary_paper(reg, args.unit, receipt=args.receipt)
    print(translate("cli", "Recorded."))
    return 0


def run_email(args: argparse.Namespace) -> int:
    from app.services.intake import record_email

    if not args.unit:
        print(translate("cli", "Name the unit with --unit."), file=sys.stderr)
        return 2
    with open_register(args) as reg:
        _, call = reg.call()
        record_email(reg, args.unit, when(call, args.at) or dt.datetime.now(call.zone),
                     subject=args.subject, sender=args.sender)
    print(translate("cli", "Recorded."))
    return 0


def run_email_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.cli.disc_command import run_with_progress
    from app.services.disc_report import write_json
    from app.services.mail_import import import_mail
    from app.services.status import call_status

    with open_register(args) as reg:
        done = run_with_progress(lambda progress, cancel: import_mail(
            reg, Path(args.file), args.unit, progress=progress, cancel=cancel))
        status = call_status(reg)
        unit = status.unit(args.unit)
    mail = [s for s in unit.findings if s.finding.code.startswith("email")
            or s.key.startswith("email:")]
    if args.json:
        write_json({"unit": done.unit, "mail": done.report,
                    "findings": [{"key": s.key, **s.finding.as_report()} for s in mail]},
                   args.json)
    if args.json == "-":
        return 0
    sent = done.sent.astimezone(status.call.zone) if done.sent else None
    print(translate("cli", "E-mail of {unit}: “{subject}”, sent {sent}, {count} attachments."
                    ).format(unit=done.unit, subject=done.subject, count=done.attachments,
                             sent=sent.strftime("%Y-%m-%d %H:%M") if sent else "—"))
    print("\n".join(finding_lines([s.finding for s in mail if s.open]))
          or translate("cli", "The mail agrees with the disc."))
    return 0


def run_waive(args: argparse.Namespace) -> int:
    from app.services.status import waive_finding

    with open_register(args) as reg:
        shown, waiver = waive_finding(reg, args.unit, args.finding, args.reason)
    print(translate("cli", "Waived ({key}):").format(key=shown.key))
    print("\n".join(finding_lines([shown.finding])))
    print(translate("cli", "Reason: {reason}").format(reason=waiver.reason))
    return 0


def run_seal(args: argparse.Namespace) -> int:
    from app.services.status import check_seal_finding

    with open_register(args) as reg:
        shown, check = check_seal_finding(reg, args.unit, args.finding, stamped=args.stamped)
    message = (translate("cli", "Recorded: a person saw a seal on the scan ({key}).")
               if check.stamped else
               translate("cli", "Recorded: a person saw no seal on the scan ({key}); it counts "
                                "as unstamped."))
    print(message.format(key=shown.key))
    return 0
