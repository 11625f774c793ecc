"""The intake desk's records: units expected, deliveries received, paper copies counted,
e-mails noted, findings waived. Each is one transaction with its audit entry."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass

from app.core.deliveries import EACH_CASE, METHODS
from app.core.rules import CallRules
from app.errors import RegisterError
from app.services.register import Change, Register, ensure_unit, now
from app.store.audit import clerk, clerk_at_desk


@dataclass(frozen=True)
class Delivery:
    unit: str
    received_at: dt.datetime | None = None  # None: now
    deliverer: str = ""
    phone: str = ""
    method: str = "hand"
    tracking: str = ""
    summary_paper: bool = False
    note: str = ""


@dataclass(frozen=True)
class Receipt:
    id: int
    number: str
    unit: str
    received_at: dt.datetime
    late: bool


def expect_units(reg: Register, names: list[str]) -> list[int]:
    """The units the call expects; the status lists them even before anything arrives."""
    call_id, _ = reg.call()
    with reg.changes() as change:
        ids = [ensure_unit(change, call_id, name, expected=True) for name in names]
        if not change.logged:  # all of them were expected already: still a clerk's act
            change.log("unit.expect", "units", after={"names": names})
    return ids


def set_expected_units(reg: Register, names: list[str]) -> tuple[list[str], list[str]]:
    """The call's whole list of expected units, as the clerk keeps it in the window: names
    new to the list are expected from now on, names taken off it no longer are (their records
    stay). Returns the names added and the names taken off."""
    call_id, _ = reg.call()
    wanted = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    with reg.changes() as change:
        before = {str(r["name"]): int(r["id"]) for r in change.conn.execute(
            "SELECT id, name FROM units WHERE call_id = ? AND expected = 1", (call_id,))}
        added = [n for n in wanted if n not in before]
        for name in added:
            ensure_unit(change, call_id, name, expected=True)
        removed = [n for n in before if n not in wanted]
        for name in removed:
            change.conn.execute("UPDATE units SET expected = 0 WHERE id = ?", (before[name],))
            change.log("unit.unexpect", f"unit:{before[name]}", before={"expected": True},
                       after={"expected": False})
    return added, removed


def receive(reg: Register, delivery: Delivery) -> Receipt:
    call_id, call = reg.call()
    with reg.changes() as change:
        return add_delivery(change, call_id, call, delivery)


def add_delivery(change: Change, call_id: int, call: CallRules, delivery: Delivery) -> Receipt:
    """A delivery with the next receipt number, inside the caller's transaction."""
    if delivery.method not in METHODS:
        raise RegisterError("method_unknown", method=delivery.method, methods=", ".join(METHODS))
    received = (delivery.received_at or dt.datetime.now(call.zone)).astimezone(call.zone)
    unit_id = ensure_unit(change, call_id, delivery.unit)
    number = change.next_number(call, call_id, "receipt")
    record = {"unit": delivery.unit.strip(), "receipt": number,
              "received_at": received.isoformat(), "deliverer": delivery.deliverer,
              "phone": delivery.phone, "method": delivery.method,
              "tracking": delivery.tracking, "summary_paper": delivery.summary_paper,
              "note": delivery.note, "clerk": clerk_at_desk()}
    cursor = change.conn.execute(
        "INSERT INTO deliveries(unit_id, receipt_number, received_at, deliverer, "
        "deliverer_phone, method, tracking_number, clerk, summary_paper, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (unit_id, number, record["received_at"], delivery.deliverer, delivery.phone,
         delivery.method, delivery.tracking, record["clerk"], int(delivery.summary_paper),
         delivery.note))
    delivery_id = int(cursor.lastrowid or 0)
    change.log("delivery.receive", f"delivery:{number}", after=record)
    return Receipt(delivery_id, number, record["unit"], received, call.is_late(received))


def newest_delivery(conn: sqlite3.Connection, unit_id: int) -> tuple[int, str] | None:
    """The unit's newest delivery: its id and receipt number."""
    row = conn.execute("SELECT id, receipt_number FROM deliveries WHERE unit_id = ? "
                       "AND voided_at IS NULL ORDER BY id DESC LIMIT 1", (unit_id,)).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def latest_delivery(reg: Register, call_id: int, unit: str) -> tuple[int, str]:
    newest = newest_delivery(reg.conn, reg.require_unit(call_id, unit))
    if newest is None:
        raise RegisterError("no_delivery", unit=unit)
    return newest


def delivery_by_receipt(reg: Register, receipt: str) -> tuple[int, str]:
    row = reg.conn.execute("SELECT d.id, u.name FROM deliveries d JOIN units u "
                           "ON u.id = d.unit_id WHERE d.receipt_number = ?",
                           (receipt.strip(),)).fetchone()
    if row is None:
        raise RegisterError("receipt_unknown", receipt=receipt)
    return int(row[0]), str(row[1])


def _delivery_of(reg: Register, unit: str, receipt: str | None) -> tuple[int, str]:
    """The delivery named by its receipt, else the unit's newest one."""
    call_id, _ = reg.call()
    if receipt:
        delivery_id, owner = delivery_by_receipt(reg, receipt)
        if owner != unit.strip():
            raise RegisterError("receipt_of_other_unit", receipt=receipt, unit=owner)
        return delivery_id, receipt
    return latest_delivery(reg, call_id, unit)


def _check_counts(received: int, stamped: int) -> None:
    if received < 0 or stamped < 0 or stamped > received:
        raise RegisterError("paper_counts_invalid", received=received, stamped=stamped)


def _add_paper(change: Change, delivery_id: int, number: str, case: str, received: int,
               stamped: int, required: int) -> None:
    record = {"receipt": number, "case": case, "received": received, "stamped": stamped}
    change.conn.execute("INSERT INTO paper_copies(delivery_id, case_name, required, received, "
                        "stamped, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                        (delivery_id, case, required, received, stamped, now()))
    change.log("paper.record", f"delivery:{number}", after=record)


def record_paper(reg: Register, unit: str, case: str, received: int, stamped: int, *,
                 receipt: str | None = None) -> None:
    """Paper copies of one case (by its order or name), or of every case (EACH_CASE)."""
    _check_counts(received, stamped)
    _, call = reg.call()
    delivery_id, number = _delivery_of(reg, unit, receipt)
    with reg.changes() as change:
        _add_paper(change, delivery_id, number, case.strip() or EACH_CASE, received, stamped,
                   call.paper_copies)


def receive_with_paper(reg: Register, delivery: Delivery, received: int, stamped: int
                       ) -> Receipt:
    """A delivery and the paper copies counted for each of its cases, in one transaction: the
    window's form is one act, so it is recorded whole or not at all."""
    _check_counts(received, stamped)
    call_id, call = reg.call()
    with reg.changes() as change:
        receipt = add_delivery(change, call_id, call, delivery)
        _add_paper(change, receipt.id, receipt.number, EACH_CASE, received, stamped,
                   call.paper_copies)
    return receipt


def record_summary_paper(reg: Register, unit: str, *, receipt: str | None = None) -> None:
    delivery_id, number = _delivery_of(reg, unit, receipt)
    with reg.change("paper.summary", f"delivery:{number}", before={"summary_paper": False},
                    after={"summary_paper": True}) as conn:
        conn.execute("UPDATE deliveries SET summary_paper = 1 WHERE id = ?", (delivery_id,))


def record_email(reg: Register, unit: str, received_at: dt.datetime, *, subject: str = "",
                 sender: str = "") -> None:
    call_id, _ = reg.call()
    with reg.changes() as change:
        unit_id = ensure_unit(change, call_id, unit)
        change.conn.execute("INSERT INTO emails(unit_id, received_at, subject, sender) "
                            "VALUES (?, ?, ?, ?)",
                            (unit_id, received_at.isoformat(), subject, sender))
        change.log("email.record", f"unit:{unit_id}",
                   after={"unit": unit.strip(), "received_at": received_at.isoformat(),
                          "subject": subject, "sender": sender})


@dataclass(frozen=True)
class Waiver:
    key: str
    code: str
    reason: str
    waived_by: str
    waived_at: str


def waive(reg: Register, unit: str, key: str, reason: str, *, code: str) -> Waiver:
    """Set a finding aside with the clerk's reason; the caller has checked the finding is
    the unit's (status.py knows them)."""
    reason = reason.strip()
    if not reason:
        raise RegisterError("waiver_reason_empty")
    call_id, _ = reg.call()
    unit_id = reg.require_unit(call_id, unit)
    if reg.conn.execute("SELECT 1 FROM waivers WHERE unit_id = ? AND finding_key = ?",
                        (unit_id, key)).fetchone():
        raise RegisterError("already_waived", key=key, unit=unit)
    waiver = Waiver(key, code, reason, clerk(), now())
    with reg.change("finding.waive", f"unit:{unit_id}",
                    after={"unit": unit.strip(), **asdict(waiver)}) as conn:
        conn.execute("INSERT INTO waivers(unit_id, finding_key, code, reason, waived_by, "
                     "waived_at) VALUES (?, ?, ?, ?, ?, ?)",
                     (unit_id, key, code, reason, waiver.waived_by, waiver.waived_at))
    return waiver


@dataclass(frozen=True)
class SealCheck:
    """A person's answer where the program was not sure whether a scan is stamped."""

    key: str
    stamped: bool
    checked_by: str
    checked_at: str


def check_seal(reg: Register, unit: str, key: str, *, stamped: bool) -> SealCheck:
    """Record what the clerk saw on a scan the program was not sure about; the caller has
    checked that the finding is the unit's scan_seal_uncertain. A second look replaces the
    first (the trail keeps both)."""
    call_id, _ = reg.call()
    unit_id = reg.require_unit(call_id, unit)
    row = reg.conn.execute("SELECT stamped FROM seal_checks WHERE unit_id = ? AND finding_key = ?",
                           (unit_id, key)).fetchone()
    check = SealCheck(key, stamped, clerk(), now())
    before = None if row is None else {"unit": unit.strip(), "key": key,
                                        "stamped": bool(row["stamped"])}
    with reg.change("seal.check", f"unit:{unit_id}", before=before,
                    after={"unit": unit.strip(), **asdict(check)}) as conn:
        conn.execute("INSERT INTO seal_checks(unit_id, finding_key, stamped, checked_by, "
                     "checked_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(unit_id, finding_key) DO "
                     "UPDATE SET stamped = excluded.stamped, checked_by = excluded.checked_by, "
                     "checked_at = excluded.checked_at",
                     (unit_id, key, int(stamped), check.checked_by, check.checked_at))
    return check
