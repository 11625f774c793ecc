"""`intake status [--unit NAME] [--json FILE]`: where the call stands, unit by unit."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.findings_text import finding_lines, output_language
from app.cli.register_access import open_register
from app.cli.text import table, translate
from app.core.deliveries import method_words

if TYPE_CHECKING:  # the services load when the command runs, not for `intake --help`
    from app.core.rules import CallRules
    from app.services.status import CallStatus, UnitStatus


def register(commands: Any) -> None:
    parser = commands.add_parser("status", help=translate("cli", "where the call stands"))
    parser.add_argument("--unit", metavar="NAME",
                        help=translate("cli", "one unit in full, with its findings numbered"))
    parser.add_argument("--json", metavar="FILE",
                        help=translate("cli", "also write the status as JSON (- for standard "
                                              "output)"))
    parser.set_defaults(handler=run)


def _paper(unit: UnitStatus, required: int) -> str:
    if not unit.paper:
        return "-"
    full = sum(1 for p in unit.paper if p.complete(required))
    return f"{full}/{len(unit.paper)}"


def overview(status: CallStatus) -> list[str]:
    lang = output_language()
    call = status.call
    lines = [call.title_text(lang)]
    if call.deadline:
        lines.append(translate("cli", "Deadline: {deadline} ({zone})").format(
            deadline=call.shown(call.deadline),
            zone=call.zone_name(lang)))
    delivered = sum(1 for u in status.units if u.arrived)
    lines.append(translate("cli", "Units: {units}, delivered {delivered}, not delivered "
                                  "{missing}, late {late}").format(
        units=len(status.units), delivered=delivered, missing=len(status.units) - delivered,
        late=sum(1 for u in status.units if u.late)))
    lines.append("")
    rows = []
    for unit in status.units:
        rows.append([
            unit.name, call.shown(unit.first_received) if unit.first_received else "-",
            ",".join(d.receipt for d in unit.standing_deliveries) or "-",
            translate("cli", "late") if unit.late else "",
            ",".join(d.number for d in unit.discs) or "-", str(len(unit.cases)),
            _paper(unit, call.paper_copies),
            unit.standing(lang)])
    headers = [translate("cli", "Unit"), translate("cli", "Received"),
               translate("cli", "Receipts"), translate("cli", "Late"),
               translate("cli", "Discs"), translate("cli", "Cases"),
               translate("cli", "Paper"), translate("cli", "Verdict")]
    lines.extend(table(headers, rows))
    return lines


def unit_lines(unit: UnitStatus, call: CallRules) -> list[str]:
    from app.core.verdict import verdict_text
    from app.services.standing import settled_text

    lang = output_language()
    lines = [unit.name, ""]
    for d in unit.deliveries:
        lines.append(translate("cli", "Receipt {receipt}: {time}, {method}{late}").format(
            receipt=d.receipt, time=call.shown(d.received_at),
            method=method_words(d.method),
            late=translate("cli", ", late") if d.late else "")
            + (translate("cli", " — VOIDED: {reason}").format(reason=d.voided)
               if d.voided else ""))
    for disc in unit.discs:
        lines.append(translate("cli", "Disc {disc}: {files} files, {verdict}").format(
            disc=disc.number, files=disc.files, verdict=verdict_text(disc.verdict, lang)))
    for paper in unit.paper:
        lines.append(translate("cli", "Paper, case {case}: {received} of {required} copies, "
                                      "{stamped} stamped").format(
            case=paper.case.label, received=paper.received, required=call.paper_copies,
            stamped=paper.stamped))
    lines.append("")
    lines.append(translate("cli", "Findings ({count}):").format(count=len(unit.findings)))
    for number, shown in enumerate(unit.findings, start=1):
        text = finding_lines([shown.finding], indent="")[0]
        lines.append(f"  {number:>2}. {text}")
        lines.append(f"      {shown.key}")
        settled = settled_text(shown, call, lang)  # as the window and the sheet say it
        if settled:
            lines.append(f"      {settled}")
    lines.append("")
    lines.append(translate("cli", "Verdict: {verdict}").format(
        verdict=unit.standing(lang)))
    return lines


def run(args: argparse.Namespace) -> int:
    from app.services.disc_report import write_json
    from app.services.status import call_status
    from app.services.status_report import status_report

    with open_register(args) as reg:
        status = call_status(reg)
    if args.json:
        write_json(status_report(status), args.json)
    if args.json != "-":
        lines = (unit_lines(status.unit(args.unit), status.call) if args.unit
                 else overview(status))
        print("\n".join(lines))
    return 0
