"""`intake call …`: the calls for submissions the register keeps (list, new, edit, use, close,
reopen, export, import)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.register_access import open_register
from app.cli.text import translate

if TYPE_CHECKING:  # loaded when the command runs, not for `intake --help`
    from app.services.call_records import CallChanges


def register(commands: Any) -> None:
    call = commands.add_parser("call", help=translate("cli", "the calls for submissions"))
    actions = call.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("cli", "the calls in the register"))
    listing.set_defaults(handler=run_list)
    new = actions.add_parser("new", help=translate(
        "cli", "a new call, as a copy of a call or template (--from), or blank"))
    new.add_argument("code", metavar="ID", help=translate("cli", "the new call's code, e.g. "
                                                                 "city-2026"))
    new.add_argument("--from", dest="source", metavar="EXISTING_ID",
                     help=translate("cli", "the call or template to copy"))
    _rule_options(new)
    new.set_defaults(handler=run_new)
    edit = actions.add_parser("edit", help=translate("cli", "change a call's rules"))
    edit.add_argument("code", metavar="ID")
    _rule_options(edit)
    edit.set_defaults(handler=run_edit)
    for name, text, handler in (
            ("use", translate("cli", "make it the current call, the one every desk works on"),
             run_use),
            ("close", translate("cli", "close it: kept for the record, takes no more changes"),
             run_close)):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("code", metavar="ID")
        sub.set_defaults(handler=handler)
    reopen = actions.add_parser("reopen", help=translate(
        "cli", "take changes again in a call closed by mistake"))
    reopen.add_argument("code", metavar="ID")
    reopen.add_argument("--reason", required=True, help=translate("cli", "why it is reopened"))
    reopen.set_defaults(handler=run_reopen)
    out = actions.add_parser("export", help=translate("cli", "write a call to a JSON file"))
    out.add_argument("code", metavar="ID")
    out.add_argument("file", metavar="FILE.json")
    out.set_defaults(handler=run_export)
    into = actions.add_parser("import", help=translate("cli", "add a call from a JSON file"))
    into.add_argument("file", metavar="FILE.json")
    into.set_defaults(handler=run_import)


def _rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--title", help=translate("cli", "the call's title"))
    parser.add_argument("--subject", help=translate(
        "cli", "what is submitted, as the forms' titles name it, e.g. 数据标注优秀案例"))
    parser.add_argument("--issuer", help=translate("cli", "who issued the call"))
    parser.add_argument("--deadline", metavar="TIME", help=translate(
        "cli", "e.g. \"2026-03-31 17:00\", in the call's time zone (empty: none)"))
    parser.add_argument("--time-zone", metavar="ZONE",
                        help=translate("cli", "e.g. Asia/Shanghai"))
    parser.add_argument("--max-cases", type=int, metavar="N",
                        help=translate("cli", "the quota of cases per unit"))
    parser.add_argument("--paper-copies", type=int, metavar="N",
                        help=translate("cli", "paper copies required per case"))
    parser.add_argument("--directions", metavar="A,B,C",
                        help=translate("cli", "the call's directions, comma-separated"))
    parser.add_argument("--proof", action="append", metavar="NAME[:WORD,WORD]", help=translate(
        "cli", "a proof every case must hold, with the words that recognise its file "
               "(repeatable; --proof \"\" for none)"))
    parser.add_argument("--summary", choices=("required", "none"),
                        help=translate("cli", "whether a summary table is required"))
    parser.add_argument("--email-subject", metavar="PATTERN",
                        help=translate("cli", "e.g. \"{unit}+数据标注优秀案例\""))
    parser.add_argument("--receipt-format", metavar="FORMAT",
                        help=translate("cli", "e.g. \"SJBZ-{year}-{number:04d}\""))
    parser.add_argument("--disc-format", metavar="FORMAT",
                        help=translate("cli", "e.g. \"SJBZ-{year}-GP{number:03d}\""))


def _changes(args: argparse.Namespace) -> CallChanges:
    from app.services.call_records import CallChanges, proof_of, split_words

    numbers = {k: v for k, v in (("receipt", args.receipt_format),
                                 ("disc", args.disc_format)) if v}
    return CallChanges(
        title=args.title, subject=args.subject, issuer=args.issuer, deadline=args.deadline,
        time_zone=args.time_zone, max_cases=args.max_cases, paper_copies=args.paper_copies,
        directions=None if args.directions is None else split_words(args.directions),
        proofs=None if args.proof is None else [p for p in map(proof_of, args.proof) if p],
        requires=None if args.summary is None else {"summary": args.summary == "required"},
        email_subject=args.email_subject, numbers=numbers or None)


def run_list(args: argparse.Namespace) -> int:
    from app.services.call_records import list_calls

    with open_register(args) as reg:
        calls = list_calls(reg)
    for call in calls:
        marks = [translate("cli", "current")] if call.current else []
        if call.closed:
            marks.append(translate("cli", "closed"))
        print(f"{'*' if call.current else ' '} {call.code}  {call.title}  "
              + translate("cli", "deadline {deadline}; {units} units, {deliveries} deliveries"
                          ).format(deadline=call.deadline or "—", units=call.units,
                                   deliveries=call.deliveries)
              + (f"  ({', '.join(marks)})" if marks else ""))
    return 0


def run_new(args: argparse.Namespace) -> int:
    from app.services.call_records import new_call

    with open_register(args) as reg:
        rules = new_call(reg, args.code, source=args.source, changes=_changes(args))
    print(translate("cli", "Call {code} made: {title}. Its first receipt will be {receipt}. "
                           "Make it current with `intake call use {code}`.").format(
        code=rules.id, title=rules.title_text(), receipt=rules.number("receipt", 1)))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from app.services.call_records import edit_call

    with open_register(args) as reg:
        rules = edit_call(reg, args.code, _changes(args))
    print(translate("cli", "Call {code} changed.").format(code=rules.id))
    return 0


def run_use(args: argparse.Namespace) -> int:
    from app.services.call_records import use_call

    with open_register(args) as reg:
        use_call(reg, args.code)
    print(translate("cli", "Call {code} is now the current call.").format(code=args.code))
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    from app.services.call_records import reopen_call

    with open_register(args) as reg:
        reopen_call(reg, args.code, args.reason)
    print(translate("cli", "Call {code} is open again.").format(code=args.code))
    return 0


def run_close(args: argparse.Namespace) -> int:
    from app.services.call_records import close_call

    with open_register(args) as reg:
        close_call(reg, args.code)
    print(translate("cli", "Call {code} is closed.").format(code=args.code))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.services.call_records import export_call

    with open_register(args) as reg:
        export_call(reg, args.code, Path(args.file))
    print(translate("cli", "Call {code} written to {path}.").format(code=args.code,
                                                                    path=args.file))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.services.call_records import import_call

    with open_register(args) as reg:
        rules = import_call(reg, Path(args.file))
    print(translate("cli", "Call {code} added: {title}.").format(
        code=rules.id, title=rules.title_text()))
    return 0
