"""What a unit's deliveries lack: time, paper copies, the stamped summary, the disc, e-mail.

Worked out afresh from the register whenever it is shown, so a copy brought later clears the
finding by itself. Each finding carries a key that stays the same while the situation does, so
a clerk's waiver keeps applying to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.deliveries import EACH_CASE
from app.core.findings import Finding
from app.core.normalise import comparable
from app.core.rules import CallRules


@dataclass(frozen=True)
class Keyed:
    """A finding with the key a waiver names it by."""

    key: str
    finding: Finding
    case: int | None = None  # 1-based index into the disc's cases, for a disc's finding


@dataclass(frozen=True)
class DeliveryRecord:
    receipt: str
    received_at: dt.datetime
    summary_paper: bool


@dataclass(frozen=True)
class PaperRecord:
    case: str  # the order as written, the case name, or EACH_CASE
    received: int
    stamped: int


@dataclass(frozen=True)
class CaseRecord:
    order: int | None
    name: str

    @property
    def label(self) -> str:
        return str(self.order) if self.order is not None else self.name


@dataclass(frozen=True)
class PaperCount:
    case: CaseRecord
    received: int
    stamped: int

    def short(self, required: int) -> bool:
        return self.received < required

    @property
    def unstamped(self) -> bool:
        return self.stamped < self.received

    def complete(self, required: int) -> bool:
        return not self.short(required) and not self.unstamped


def _matches(record: PaperRecord, case: CaseRecord) -> bool:
    label = record.case.strip()
    if label.isdigit():
        return case.order is not None and int(label) == case.order
    wanted, name = comparable(label), comparable(case.name)
    return bool(wanted) and bool(name) and (wanted == name or wanted in name or name in wanted)


def count_for(counts: Iterable[PaperCount], order: int | None, name: str) -> PaperCount | None:
    """The paper count of the case with this order and name, if it has one."""
    return next((c for c in counts if c.case.order == order and c.case.name == name), None)


def paper_counts(cases: list[CaseRecord], paper: Iterable[PaperRecord]) -> list[PaperCount]:
    """Copies received and stamped per case, over all deliveries: a record naming the case
    counts for it; otherwise the records made for every case do."""
    paper = list(paper)
    if not cases:  # no disc yet: the cases are the ones the paper names
        seen: dict[str, CaseRecord] = {}
        for record in paper:
            if record.case != EACH_CASE:
                label = record.case.strip()
                seen.setdefault(label, CaseRecord(int(label) if label.isdigit() else None,
                                                  "" if label.isdigit() else label))
        cases = list(seen.values())
    counts = []
    for case in cases:
        own = [r for r in paper if r.case != EACH_CASE and _matches(r, case)]
        used = own or [r for r in paper if r.case == EACH_CASE]
        counts.append(PaperCount(case, sum(r.received for r in used),
                                 sum(r.stamped for r in used)))
    return counts


def check_deliveries(call: CallRules, deliveries: list[DeliveryRecord], cases: list[CaseRecord],
                     paper: list[PaperRecord], *, discs: int, emails: int) -> list[Keyed]:
    if not deliveries:
        return []
    found: list[Keyed] = []
    deadline = call.deadline
    for delivery in deliveries:
        if deadline is not None and call.is_late(delivery.received_at):
            late = delivery.received_at - deadline
            found.append(Keyed(f"late_delivery:{delivery.receipt}", Finding(
                "late_delivery", params={
                    "receipt": delivery.receipt,
                    "received": call.shown(delivery.received_at),
                    "deadline": call.shown(deadline),
                    "hours": round(late.total_seconds() / 3600, 1)})))
    if discs == 0:
        found.append(Keyed("disc_missing", Finding("disc_missing")))
    if call.requires_summary and not any(d.summary_paper for d in deliveries):
        found.append(Keyed("summary_paper_missing", Finding("summary_paper_missing")))
    for count in paper_counts(cases, paper):
        label = count.case.label
        params = {"case": label, "received": count.received, "stamped": count.stamped,
                  "required": call.paper_copies}
        if count.short(call.paper_copies):
            found.append(Keyed(f"paper_copies_short:{label}",
                               Finding("paper_copies_short", params=params)))
        if count.unstamped:
            found.append(Keyed(f"paper_unstamped:{label}",
                               Finding("paper_unstamped", params=params)))
    if emails == 0:
        found.append(Keyed("email_missing", Finding("email_missing")))
    return [Keyed(k.key, call.apply(k.finding)) for k in found]
