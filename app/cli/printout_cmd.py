"""`intake sheet DISC --pdf FILE`, `intake receipt DELIVERY --pdf FILE`, `intake notice
DELIVERY --pdf FILE` and `intake printout check RECEIPT CODE`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli.findings_text import output_language
from app.cli.register_access import open_register
from app.cli.text import tr, translate
from app.core.translation import QT_TRANSLATE_NOOP
from app.errors import RegisterError

if TYPE_CHECKING:  # loaded when the command runs, not for `intake --help`
    from app.services.printout_codes import Kind

EXIT_NOT_GENUINE = 1
EXIT_SUPERSEDED = 4

_KIND_TEXT = {
    "sheet": QT_TRANSLATE_NOOP("cli", "disc-verification sheet of disc {subject}"),
    "receipt": QT_TRANSLATE_NOOP("cli", "receipt slip of delivery {subject}"),
    "notice": QT_TRANSLATE_NOOP("cli", "return-for-correction notice of delivery {subject}"),
}


def register(commands: Any) -> None:
    for name, kind_help, subject, subject_help in (
            ("sheet", translate("cli", "print the disc-verification sheet of a disc"),
             "DISC", translate("cli", "the disc number, e.g. SJBZ-2025-GP001")),
            ("receipt", translate("cli", "print the receipt slip of a delivery"),
             "DELIVERY", translate("cli", "the receipt number, e.g. SJBZ-2025-0001")),
            ("notice", translate("cli", "print the return-for-correction notice of a delivery"),
             "DELIVERY", translate("cli", "the receipt number, e.g. SJBZ-2025-0001"))):
        parser = commands.add_parser(name, help=kind_help)
        parser.add_argument("subject", metavar=subject, help=subject_help)
        parser.add_argument("--pdf", metavar="FILE", required=True,
                            help=translate("cli", "where to write the PDF"))
        parser.set_defaults(handler=run_make, kind=name)
    printout = commands.add_parser(
        "printout", help=translate("cli", "tell whether a printout was made here"))
    actions = printout.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help=translate("cli", "check a printout's receipt number and code"))
    check.add_argument("receipt", metavar="RECEIPT")
    check.add_argument("code", metavar="CODE")
    check.add_argument("--trail", metavar="N-XXXXXXXX", default="", help=translate(
        "cli", "the register entry printed at the foot of the paper: tells whether the "
               "register was put back past it"))
    check.set_defaults(handler=run_check)


def run_make(args: argparse.Namespace) -> int:
    from app.services.printing import make  # PDF libraries load only when run
    from app.store.durable import write_durably

    kind: Kind = args.kind
    with open_register(args) as reg:
        made = make(reg, kind, args.subject, output_language())
        path = write_durably(args.pdf, made.pdf)
    what = tr(_KIND_TEXT[kind]).format(subject=made.subject)
    print(translate("cli", "Wrote the {what} to {path} (verification code {code}).").format(
        what=what, path=path, code=made.code))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from app.services.printing import check_printout
    from app.services.printout_codes import TRAIL_MARK

    with open_register(args) as reg:
        if args.trail and not TRAIL_MARK.match(args.trail):
            raise RegisterError("trail_mark_invalid", mark=args.trail)
        result = check_printout(reg, args.receipt, args.code, args.trail)
    if result.state == "rolled_back":
        print(translate("cli", "The register no longer holds what this paper saw: its entry "
                               "{mark} is missing or different. The register was put back to "
                               "an older copy, or replaced, after this was printed.").format(
            mark=args.trail.strip()), file=sys.stderr)
        return EXIT_NOT_GENUINE
    if result.state == "unknown":
        print(translate("cli", "Not genuine: this register made no printout with receipt "
                               "number {receipt} and code {code}.").format(
            receipt=result.receipt, code=result.code))
        return EXIT_NOT_GENUINE
    what = tr(_KIND_TEXT[result.kind]).format(subject=result.subject)
    if result.state == "altered":
        print(translate("cli", "Not genuine: the record of the {what} was changed outside "
                               "Intake Desk.").format(what=what))
        return EXIT_NOT_GENUINE
    print(translate("cli", "Genuine: the {what}, printed {made_at} by {made_by}.").format(
        what=what, made_at=result.made_at, made_by=result.made_by))
    if result.state == "current":
        print(translate("cli", "It is current: the register still says what it says."))
        return 0
    print(translate("cli", "Superseded: the register has changed since it was printed."))
    for code, made_at in result.newer:
        print(translate("cli", "  later printout {code}, printed {made_at}").format(
            code=code, made_at=made_at))
    return EXIT_SUPERSEDED
