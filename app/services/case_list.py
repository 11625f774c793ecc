"""Every case of the call as one line: its unit and disc, what the summary table says of it,
whether its editable version and stamped scan are there, where the seal was seen, its paper
and its own findings. The Cases page and the master workbook both show these lines."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.core.delivery_checks import CaseRecord, count_for
from app.core.findings import Finding, Severity
from app.core.verdict import Verdict, verdict
from app.services.register import Register
from app.services.standing import SealState, seal_state
from app.services.status import CallStatus, Shown, UnitStatus


@dataclass
class CaseLine:
    unit: str
    disc: str
    index: int  # 1-based, in the disc's report
    order: int | None
    name: str
    applicant: str = ""
    direction: str = ""
    contact: str = ""
    phone: str = ""
    editable_paths: list[str] = field(default_factory=list)
    scan_paths: list[str] = field(default_factory=list)
    seal_pages: list[int] = field(default_factory=list)
    paper: int = 0  # copies received
    findings: list[Shown] = field(default_factory=list)
    seal: SealState = field(default_factory=lambda: SealState("no_scan"))

    @property
    def key(self) -> str:
        return f"{self.disc}#{self.index}"

    @property
    def editable(self) -> bool:
        return bool(self.editable_paths)

    @property
    def scan(self) -> bool:
        return bool(self.scan_paths)

    @property
    def verdict(self) -> Verdict:
        return verdict([s.finding for s in self.findings if s.open])

    def lacks(self, paper_copies: int) -> dict[str, bool]:
        """What is missing: the scan, the editable version, a seal on the scan, paper."""
        return {"scan": not self.scan, "editable": not self.editable,
                "seal": self.scan and self.seal.stamped is not True,
                "paper": self.paper < paper_copies}

    @property
    def problems(self) -> list[Finding]:
        """Open findings worth a clerk's attention (notes left out)."""
        return [s.finding for s in self.findings
                if s.open and s.finding.severity != Severity.INFO]


PAPER_CODES = ("paper_copies_short", "paper_unstamped")
MAIL_SOURCE = "邮件"  # where a case of a unit that sent only its e-mail was read


def unit_cases(unit: UnitStatus, report: dict[str, Any]) -> list[CaseLine]:
    """The cases of the unit's newest disc, whose report is given; for a unit that sent only
    its e-mail, the cases its mail's attachments hold."""
    if not unit.discs and not (unit.by_mail_only and report):
        return []
    disc = unit.discs[-1] if unit.discs else None
    source = disc.number if disc is not None else MAIL_SOURCE
    summary_rows = (report.get("summary") or {}).get("rows", [])
    lines = []
    for index, case in enumerate(report.get("cases") or [], start=1):
        editable, scan = case.get("editable") or {}, case.get("scan") or {}
        summary = next((r for r in summary_rows if r.get("name") == case.get("name")), {})
        paper = count_for(unit.paper, case.get("order"), case.get("name") or "")
        own = [s for s in disc.findings if s.case == index] if disc is not None else []
        # The case's paper, short or unstamped, is the unit's finding but this case's problem.
        label = CaseRecord(case.get("order"), case.get("name") or "").label
        own += [s for s in unit.findings if s.finding.code in PAPER_CODES
                and str(s.finding.params.get("case")) == label]
        lines.append(CaseLine(
            unit.name, source, index, case.get("order"), case.get("name") or "",
            case.get("applicant") or "", case.get("direction") or "",
            summary.get("contact") or "", summary.get("phone") or "",
            list(editable.get("paths", [])), list(scan.get("paths", [])),
            list(scan.get("seal_pages", [])), paper.received if paper else 0, own,
            seal_state(scan, own)))
    return lines


def newest_report(reg: Register, unit: UnitStatus) -> dict[str, Any]:
    if not unit.discs:
        return mail_report(reg, unit) if unit.by_mail_only else {}
    row = reg.conn.execute("SELECT report FROM discs WHERE disc_number = ?",
                           (unit.discs[-1].number,)).fetchone()
    return dict(json.loads(row["report"]))


def call_cases(reg: Register, status: CallStatus) -> list[CaseLine]:
    return [line for unit in status.units for line in unit_cases(unit, newest_report(reg, unit))]


def mail_report(reg: Register, unit: UnitStatus) -> dict[str, Any]:
    """The check of the newest e-mail read for the unit: its attachments as a disc's report."""
    row = reg.conn.execute(
        "SELECT e.report FROM emails e JOIN units u ON u.id = e.unit_id WHERE u.name = ? "
        "AND u.call_id = ? AND e.report IS NOT NULL ORDER BY e.id DESC LIMIT 1",
        (unit.name, reg.call()[0])).fetchone()
    return dict(json.loads(row["report"]).get("check") or {}) if row is not None else {}
