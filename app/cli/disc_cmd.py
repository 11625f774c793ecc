"""`intake disc add SOURCE --unit NAME`: check a disc and keep it in the register;
`intake disc check NUMBER`: re-check an archived disc against what was recorded."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli.disc_command import add_source_and_report, emit, run_with_progress
from app.cli.findings_text import finding_lines, output_language
from app.cli.register_access import open_register, when
from app.cli.text import translate
from app.cli.verify_cmd import EXIT_CODES, render

if TYPE_CHECKING:  # loaded when the command runs, not for `intake --help`
    from app.services.status import UnitStatus

if TYPE_CHECKING:
    from app.services.fixity import FixityResult
    from app.services.ingest import Ingested

EXIT_DAMAGED = 1


def register(commands: Any) -> None:
    parser = commands.add_parser("disc", help=translate("cli", "discs in the register"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help=translate("cli", "check a disc, archive its image and record it"))
    add_source_and_report(add)
    add.add_argument("--unit", required=True, metavar="NAME",
                     help=translate("cli", "the recommending unit that delivered it"))
    add.add_argument("--table", metavar="XLSX",
                     help=translate("cli", "the unit's summary table, when it is not on the "
                                           "disc"))
    add.add_argument("--label", metavar="TEXT",
                     help=translate("cli", "what is written on the disc"))
    add.add_argument("--at", metavar="TIME",
                     help=translate("cli", "when it arrived, if no delivery was logged for it "
                                           "(default: now)"))
    add.add_argument("--quiet", action="store_true", help=translate("cli", "print no summary"))
    add.add_argument("--again", action="store_true",
                     help=translate("cli", "record an image that is already recorded once "
                                           "more, on purpose"))
    add.add_argument("--unusable", action="store_true",
                     help=translate("cli", "record it although it cannot be read or holds "
                                           "nothing: it is the unit's disc as it came"))
    add.set_defaults(handler=run_add)
    check = actions.add_parser(
        "check", help=translate("cli", "re-check an archived disc: files changed or missing"))
    check.add_argument("number", metavar="DISC_NUMBER")
    check.set_defaults(handler=run_check)


def _lines(result: Ingested, standing: UnitStatus) -> list[str]:
    from app.core.verdict import verdict_text

    lines = render(result.verification)[:-1]  # the verdict line is said again below
    extra = [k.finding for k in result.findings[len(result.verification.findings):]]
    if extra:
        lines.extend(finding_lines(extra))
        lines.append("")
    lines.append(translate("cli", "Disc {disc} of {unit}, receipt {receipt}; image kept as "
                                  "{image}.").format(disc=result.disc_number, unit=result.unit,
                                                     receipt=result.receipt,
                                                     image=result.image))
    lines.append(translate("cli", "Verdict: {verdict}").format(
        verdict=verdict_text(result.verdict, output_language())))
    if standing.verdict is not None and standing.verdict != result.verdict:
        lines.append(translate("cli", "With its paper and delivery, {unit} stands at: {verdict} "
                                      "(see `intake status --unit`).").format(
            unit=standing.name, verdict=verdict_text(standing.verdict, output_language())))
    return lines


def run_add(args: argparse.Namespace) -> int:
    from app.services.ingest import add_disc  # the checks load only when run
    from app.services.status import call_status

    with open_register(args) as reg:
        _, call = reg.call()
        received = when(call, args.at)
        result = run_with_progress(lambda progress, cancel: add_disc(
            reg, args.source, args.unit, table=args.table, label=args.label,
            received_at=received, progress=progress, cancel=cancel, again=args.again,
            unusable=args.unusable))
        standing = call_status(reg).unit(result.unit)
    emit(args, lambda: result.report, lambda: _lines(result, standing))
    return EXIT_CODES[result.verdict]


def fixity_lines(result: FixityResult) -> list[str]:
    if not result.image_present:
        return [translate("cli", "The archived image {image} is missing.").format(
            image=result.image)]
    lines = []
    if result.image_matches is False:
        lines.append(translate("cli", "The archived image no longer matches its SHA-256."))
    for case, changes in sorted(result.by_case().items(), key=lambda kv: (kv[0] is None,
                                                                           kv[0] or 0)):
        lines.append(translate("cli", "Case {case}:").format(case=case) if case is not None
                     else translate("cli", "Not tied to a case:"))
        states = {"changed": translate("cli", "changed"),
                  "missing": translate("cli", "missing"),
                  "added": translate("cli", "added")}
        lines.extend(f"  {states[c.state]}: {c.path}" for c in changes)
    return lines


def run_check(args: argparse.Namespace) -> int:
    from app.services.fixity import recheck

    with open_register(args) as reg:
        result = run_with_progress(lambda progress, cancel: recheck(
            reg, args.number, progress=progress, cancel=cancel))
    if result.intact:
        print(translate("cli", "Disc {disc}: intact ({files} files).").format(
            disc=result.disc_number, files=result.files_checked))
        return 0
    print(translate("cli", "Disc {disc} has changed since it was received:").format(
        disc=result.disc_number), file=sys.stderr)
    print("\n".join(fixity_lines(result)), file=sys.stderr)
    return EXIT_DAMAGED
