"""The status of a call as JSON, for `intake status --json` and for other tools."""

from __future__ import annotations

from typing import Any

from app.services.status import CallStatus, Shown, UnitStatus


def _finding(shown: Shown) -> dict[str, Any]:
    entry = shown.finding.as_report()
    entry.update(key=shown.key, disc=shown.disc, case=shown.case, waived=None, open=shown.open)
    if shown.waiver is not None:
        entry["waived"] = {"reason": shown.waiver.reason, "by": shown.waiver.waived_by,
                           "at": shown.waiver.waived_at}
    if shown.seal_check is not None:
        entry["seal_check"] = {"stamped": shown.seal_check.stamped,
                               "by": shown.seal_check.checked_by,
                               "at": shown.seal_check.checked_at}
    return entry


def unit_report(unit: UnitStatus) -> dict[str, Any]:
    first = unit.first_received
    return {
        "name": unit.name, "expected": unit.expected, "delivered": unit.delivered,
        "by_mail_only": unit.by_mail_only, "mails": [m.isoformat() for m in unit.mails],
        "late": unit.late, "first_received": first.isoformat() if first else None,
        "deliveries": [{"receipt": d.receipt, "received_at": d.received_at.isoformat(),
                        "method": d.method, "deliverer": d.deliverer,
                        "summary_paper": d.summary_paper, "late": d.late,
                        "voided": d.voided or None}
                       for d in unit.deliveries],
        "discs": [{"number": d.number, "receipt": d.receipt, "label": d.label,
                   "files": d.files, "sha256": d.sha256, "image": d.image,
                   "checked_verdict": d.checked_verdict, "verdict": d.verdict}
                  for d in unit.discs],
        "cases": [{"order": c.order, "name": c.name} for c in unit.cases],
        "paper": [{"case": p.case.label, "received": p.received, "stamped": p.stamped}
                  for p in unit.paper],
        "emails": unit.emails,
        "findings": [_finding(s) for s in unit.findings],
        "verdict": unit.verdict,
    }


def status_report(status: CallStatus) -> dict[str, Any]:
    units = [unit_report(u) for u in status.units]
    verdicts: dict[str, int] = {}
    for unit in status.units:
        if unit.verdict is not None:
            verdicts[unit.verdict] = verdicts.get(unit.verdict, 0) + 1
    deadline = status.call.deadline
    return {
        "call": status.call.id,
        "deadline": deadline.isoformat() if deadline else None,
        "time_zone": status.call.time_zone,
        "totals": {"units": len(units),
                   "delivered": sum(1 for u in status.units if u.arrived),
                   "not_delivered": sum(1 for u in status.units if not u.arrived),
                   "late": sum(1 for u in status.units if u.late),
                   "discs": sum(len(u.discs) for u in status.units),
                   "cases": sum(len(u.cases) for u in status.units),
                   "verdicts": verdicts},
        "units": units,
    }
