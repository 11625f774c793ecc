"""Where a call stands: for every unit, what arrived and when, its discs and their verdicts,
its paper, what is still wrong and what the clerk waived, and the unit's verdict."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field

from app.core.delivery_checks import (
    CaseRecord,
    DeliveryRecord,
    Keyed,
    PaperCount,
    PaperRecord,
    check_deliveries,
    paper_counts,
)
from app.core.findings import Finding, Severity
from app.core.mail_checks import mail_findings
from app.core.rules import CallRules
from app.core.verdict import Verdict, standing_text, verdict
from app.errors import RegisterError
from app.services.cross_unit import cross_unit_duplicates
from app.services.intake import SealCheck, Waiver, check_seal, waive
from app.services.register import Register


@dataclass
class Shown:
    """A finding as the register shows it: with its key, the waiver if there is one, and a
    person's look at the scan if the program was not sure of its seal."""

    key: str
    finding: Finding
    waiver: Waiver | None = None
    disc: str | None = None
    case: int | None = None
    seal_check: SealCheck | None = None

    @property
    def open(self) -> bool:
        return self.waiver is None and not (self.seal_check and self.seal_check.stamped)

    @property
    def seal_doubt(self) -> bool:
        """A scan the program was not sure about: a person may say whether it is stamped."""
        return self.finding.code == "scan_seal_uncertain" or self.seal_check is not None


@dataclass
class DiscLine:
    number: str
    receipt: str
    label: str
    added_at: str
    files: int
    sha256: str | None
    image: str
    checked_verdict: Verdict  # what the check said before any waiver
    verdict: Verdict = "accept"  # with cross-unit duplicates, after waivers
    findings: list[Shown] = field(default_factory=list)


@dataclass
class DeliveryLine:
    receipt: str
    received_at: dt.datetime
    method: str
    deliverer: str
    summary_paper: bool
    late: bool
    phone: str = ""
    tracking: str = ""
    voided: str = ""  # why it was voided; a voided delivery counts for nothing
    note: str = ""  # what the clerk typed at the delivery (外盒破损, 代送…)
    clerk: str = ""


@dataclass
class UnitStatus:
    name: str
    expected: bool
    deliveries: list[DeliveryLine] = field(default_factory=list)
    discs: list[DiscLine] = field(default_factory=list)
    cases: list[CaseRecord] = field(default_factory=list)
    paper: list[PaperCount] = field(default_factory=list)
    emails: int = 0
    mails: list[dt.datetime] = field(default_factory=list)  # when each e-mail was sent
    mail_imported: bool = False  # an e-mail was read, not only noted: it was held against the disc
    findings: list[Shown] = field(default_factory=list)
    verdict: Verdict | None = None  # None until a disc of the unit has been read

    @property
    def standing_deliveries(self) -> list[DeliveryLine]:
        return [d for d in self.deliveries if not d.voided]

    @property
    def delivered(self) -> bool:
        return bool(self.standing_deliveries)

    @property
    def by_mail_only(self) -> bool:
        """Its e-mail came, nothing else yet: delivered, by e-mail (已送达（邮件）)."""
        return not self.delivered and bool(self.mails)

    @property
    def arrived(self) -> bool:
        """Something of the unit's arrived: a delivery or an e-mail."""
        return self.delivered or bool(self.mails)

    @property
    def late(self) -> bool:
        return any(d.late for d in self.standing_deliveries) or (
            self.by_mail_only and self.mail_late)

    mail_late: bool = False  # the first e-mail was sent after the deadline

    @property
    def first_received(self) -> dt.datetime | None:
        return min((d.received_at for d in self.standing_deliveries), default=None) or min(
            self.mails, default=None)

    def standing(self, lang: str = "zh") -> str:
        return standing_text(self.verdict, self.delivered, lang, by_mail=self.by_mail_only)

    def finding(self, ref: str) -> Shown:
        """A finding by its key, or by its number in the list the clerk was shown."""
        ref = ref.strip()
        if ref.isdigit() and 1 <= int(ref) <= len(self.findings):
            return self.findings[int(ref) - 1]
        for shown in self.findings:
            if shown.key == ref:
                return shown
        raise RegisterError("finding_unknown", ref=ref, unit=self.name)


@dataclass
class CallStatus:
    call_id: int
    call: CallRules
    units: list[UnitStatus]

    def unit(self, name: str) -> UnitStatus:
        for unit in self.units:
            if unit.name == name.strip():
                return unit
        raise RegisterError("unit_unknown", unit=name)


def _stored_finding(row: sqlite3.Row) -> Finding:
    return Finding(row["code"], row["path"], row["detail"], params=json.loads(row["params"]),
                   level=Severity(row["severity"]))


def _looked_at(shown: Shown, call: CallRules) -> Shown:
    """A scan a person found unstamped is shown as unstamped, with who looked and when."""
    check = shown.seal_check
    if check is None or check.stamped or shown.finding.code != "scan_seal_uncertain":
        return shown
    old = shown.finding
    shown.finding = call.apply(Finding(
        "scan_unstamped", old.path, old.detail,
        params={**old.params, "checked_by": check.checked_by, "checked_at": check.checked_at}))
    return shown


def _judge(findings: list[Shown], readable: bool) -> Verdict:
    return verdict([s.finding for s in findings if s.open], readable=readable)


def unit_status(conn: sqlite3.Connection, call: CallRules, unit: sqlite3.Row) -> UnitStatus:
    status = UnitStatus(unit["name"], bool(unit["expected"]))
    waivers = {row["finding_key"]: Waiver(row["finding_key"], row["code"], row["reason"],
                                          row["waived_by"], row["waived_at"])
               for row in conn.execute("SELECT * FROM waivers WHERE unit_id = ?", (unit["id"],))}
    checks = {row["finding_key"]: SealCheck(row["finding_key"], bool(row["stamped"]),
                                            row["checked_by"], row["checked_at"])
              for row in conn.execute("SELECT * FROM seal_checks WHERE unit_id = ?",
                                      (unit["id"],))}
    deliveries = conn.execute("SELECT * FROM deliveries WHERE unit_id = ? ORDER BY id",
                              (unit["id"],)).fetchall()
    records = []
    for row in deliveries:
        received = dt.datetime.fromisoformat(row["received_at"])
        voided = row["voided_reason"] if row["voided_at"] else ""
        if not voided:
            records.append(DeliveryRecord(row["receipt_number"], received,
                                          bool(row["summary_paper"])))
        status.deliveries.append(DeliveryLine(
            row["receipt_number"], received, row["method"], row["deliverer"],
            bool(row["summary_paper"]), call.is_late(received), row["deliverer_phone"],
            row["tracking_number"], voided, row["note"] or "", row["clerk"] or ""))
    discs = conn.execute(
        "SELECT d.*, de.receipt_number FROM discs d JOIN deliveries de ON de.id = d.delivery_id "
        "WHERE de.unit_id = ? AND de.voided_at IS NULL ORDER BY d.id", (unit["id"],)).fetchall()
    shown: list[Shown] = []
    for row in discs:
        line = DiscLine(row["disc_number"], row["receipt_number"], row["label"], row["added_at"],
                        row["file_count"], row["sha256"], row["image_path"] or "", row["verdict"])
        own = [_looked_at(Shown(r["key"], _stored_finding(r), waivers.get(r["key"]),
                                line.number, r["case_no"], checks.get(r["key"])), call)
               for r in conn.execute("SELECT * FROM findings WHERE disc_id = ? ORDER BY id",
                                     (row["id"],))]
        own += [Shown(k.key, k.finding, waivers.get(k.key), line.number)
                for k in cross_unit_duplicates(conn, row["id"])]
        line.verdict = _judge(own, line.checked_verdict != "unreadable")
        line.findings = own
        status.discs.append(line)
        if row is discs[-1]:  # the newest disc stands for the unit; older ones were replaced
            shown = own
            status.cases = [CaseRecord(c["rec_order"], c["name"]) for c in conn.execute(
                "SELECT rec_order, name FROM cases WHERE disc_id = ? ORDER BY id",
                (row["id"],))]
    paper = [PaperRecord(r["case_name"], r["received"], r["stamped"]) for r in conn.execute(
        "SELECT p.* FROM paper_copies p JOIN deliveries d ON d.id = p.delivery_id "
        "WHERE d.unit_id = ? AND d.voided_at IS NULL ORDER BY p.id", (unit["id"],))]
    status.paper = paper_counts(status.cases, paper)
    mail_rows = conn.execute("SELECT received_at, sent_at, first_hop_at, report IS NULL AS noted "
                             "FROM emails WHERE unit_id = ?", (unit["id"],)).fetchall()
    # A mail noted by the clerk has the time they typed; one read from a file, its own times
    # (an undated one's sending time is unknown, and no reason to call it late).
    dated: list[dt.datetime] = []
    for r in mail_rows:
        own = r["first_hop_at"] or r["sent_at"]
        when = dt.datetime.fromisoformat(own or r["received_at"]).astimezone(call.zone)
        status.mails.append(when)
        if own or r["noted"]:
            dated.append(when)
    status.mails.sort()
    status.emails = len(status.mails)
    dated.sort()
    status.mail_late = bool(dated) and call.is_late(dated[0])
    delivery_findings: list[Keyed] = check_deliveries(
        call, records, status.cases, paper, discs=len(discs), emails=status.emails)
    delivery_findings += _mail_findings(conn, call, unit, discs[-1] if discs else None, status)
    status.findings = [Shown(k.key, k.finding, waivers.get(k.key))
                       for k in delivery_findings] + shown
    if status.discs:  # until then the unit is awaiting its disc, not to be returned
        status.verdict = _judge(status.findings, status.discs[-1].checked_verdict
                                != "unreadable")
    return status


def _mail_findings(conn: sqlite3.Connection, call: CallRules, unit: sqlite3.Row,
                   disc: sqlite3.Row | None, status: UnitStatus) -> list[Keyed]:
    """The unit's newest imported e-mail, held against its newest disc."""
    row = conn.execute("SELECT * FROM emails WHERE unit_id = ? AND report IS NOT NULL "
                       "ORDER BY id DESC LIMIT 1", (unit["id"],)).fetchone()
    if row is None:
        return []
    status.mail_imported = True
    if disc is None and not status.delivered:  # only its e-mail came: its cases are the mail's
        status.cases = [CaseRecord(c.get("order"), c.get("name") or "") for c in
                        (json.loads(row["report"]).get("check") or {}).get("cases") or []]
    others = [str(r[0]) for r in conn.execute(
        "SELECT name FROM units WHERE call_id = ? AND id != ?", (unit["call_id"], unit["id"]))]
    dated = row["first_hop_at"] or row["sent_at"]  # an undated mail's sending time is unknown
    sent = dt.datetime.fromisoformat(dated) if dated else None
    disc_report = json.loads(disc["report"]) if disc is not None and disc["report"] else None
    return mail_findings(call, unit["name"], others, json.loads(row["report"]), sent,
                         disc_report)


def call_status(reg: Register) -> CallStatus:
    call_id, call = reg.call()
    units = reg.conn.execute("SELECT * FROM units WHERE call_id = ? ORDER BY id",
                             (call_id,)).fetchall()
    return CallStatus(call_id, call, [unit_status(reg.conn, call, u) for u in units])


def waive_finding(reg: Register, unit: str, ref: str, reason: str) -> tuple[Shown, Waiver]:
    """Waive one of the unit's current findings, named by key or by its number in the list."""
    shown = call_status(reg).unit(unit).finding(ref)
    if shown.waiver is not None:
        raise RegisterError("already_waived", key=shown.key, unit=unit)
    return shown, waive(reg, unit, shown.key, reason, code=shown.finding.code)


def check_seal_finding(reg: Register, unit: str, ref: str, *,
                       stamped: bool) -> tuple[Shown, SealCheck]:
    """Record a person's look at a scan the program was not sure about, named by the finding's
    key or its number in the list."""
    shown = call_status(reg).unit(unit).finding(ref)
    if not shown.seal_doubt:
        raise RegisterError("not_a_seal_doubt", key=shown.key, unit=unit)
    return shown, check_seal(reg, unit, shown.key, stamped=stamped)


def disc_line(status: CallStatus, number: str) -> tuple[UnitStatus, DiscLine]:
    """A registered disc and its unit, by the disc's number."""
    for unit in status.units:
        for line in unit.discs:
            if line.number == number.strip():
                return unit, line
    raise RegisterError("disc_unknown", disc=number)
