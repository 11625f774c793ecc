"""`intake verify SOURCE [--table XLSX] [--unit NAME] [--json FILE]`: the whole check of a
disc, a summary for people, and the verdict as the exit code."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.disc_command import add_source_and_report, drive_copy, emit, run_with_progress
from app.cli.findings_text import finding_lines, output_language
from app.cli.inspect_cmd import source_lines
from app.cli.register_access import call_rules
from app.cli.text import table, translate

if TYPE_CHECKING:
    from app.services.verify import Verification

EXIT_CODES = {"accept": 0, "accept_with_notes": 10, "return_for_correction": 20,
              "unreadable": 30}


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "verify", help=translate("cli", "check a disc against the call and its summary table"))
    add_source_and_report(parser)
    parser.add_argument(
        "--table", metavar="XLSX",
        help=translate("cli", "the unit's summary table, when it is not on the disc"))
    parser.add_argument(
        "--unit", metavar="NAME", help=translate("cli", "the recommending unit that delivered"))
    parser.add_argument("--quiet", action="store_true", help=translate("cli", "print no summary"))
    parser.add_argument(
        "--pdf", metavar="FILE",
        help=translate("cli", "also write a disc-verification sheet (a pre-check: the disc "
                              "is not registered)"))
    parser.set_defaults(handler=run)


def _mark(present: bool) -> str:
    return "✓" if present else "✗"


def render(result: Verification) -> list[str]:
    from app.core.verdict import verdict_text

    lines = source_lines(result.reading)
    table_info = result.table
    if table_info is not None:
        lines.append(translate("cli", "Summary table: {path} (sheet {sheet}, {count} rows)")
                     .format(path=table_info.path, sheet=table_info.sheet,
                             count=len(table_info.rows)))
        if table_info.unit:
            lines.append(translate("cli", "Recommending unit: {unit}").format(
                unit=table_info.unit))
    lines.append("")
    rows = []
    for index, case in enumerate(result.linking.cases):
        seals = [str(page) for page in result.scan_pages(index)[1]]
        errors = sum(1 for f in result.case_findings[index] if f.severity.value == "error")
        rows.append([
            "-" if case.order is None else str(case.order), case.name[:40] or "-",
            _mark(bool(case.paths["editable"])), _mark(bool(case.paths["scan"])),
            ",".join(seals[:8]) or "-", str(errors)])
    headers = [translate("cli", "Order"), translate("cli", "Case"),
               translate("cli", "Editable"), translate("cli", "Scan"),
               translate("cli", "Seal on pages"), translate("cli", "Errors")]
    lines.append(translate("cli", "Cases ({count}):").format(count=len(rows)))
    lines.extend("  " + line for line in table(headers, rows))
    lines.append("")
    lines.append(translate("cli", "Problems ({count}):").format(count=len(result.findings)))
    lines.extend(finding_lines(result.findings))
    lines.append("")
    lines.append(translate("cli", "Verdict: {verdict}").format(
        verdict=verdict_text(result.verdict, output_language())))
    return lines


def run(args: argparse.Namespace) -> int:
    from app.services.disc_report import verification_report  # the checks load only when run
    from app.services.printing import precheck_sheet
    from app.services.verify import verify
    from app.store.durable import write_durably

    call = call_rules(args)
    with drive_copy(args.source) as image_to:
        result = run_with_progress(lambda progress, cancel: verify(
            args.source, table=args.table, unit=args.unit, call=call, progress=progress,
            cancel=cancel, image_to=image_to))
        emit(args, lambda: verification_report(result), lambda: render(result))
        if args.pdf:
            write_durably(args.pdf, precheck_sheet(result, output_language()))
    return EXIT_CODES[result.verdict]
