"""A delivery's details put right (a mistyped time, a wrong paper count, a forgotten note),
with the clerk's reason in the audit trail, before and after: the receipt number stays."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass, replace

from app.core.deliveries import EACH_CASE, METHODS
from app.errors import RegisterError
from app.services.register import Register, now


@dataclass(frozen=True)
class DeliveryDetails:
    received_at: dt.datetime
    deliverer: str
    phone: str
    method: str
    tracking: str
    note: str
    copies: int  # paper copies per case, as counted at the desk
    stamped: int


def delivery_details(reg: Register, receipt: str) -> DeliveryDetails:
    row = _row(reg, receipt)
    paper = reg.conn.execute("SELECT received, stamped FROM paper_copies WHERE delivery_id = ? "
                             "AND case_name = ? ORDER BY id DESC LIMIT 1",
                             (row["id"], EACH_CASE)).fetchone()
    return DeliveryDetails(dt.datetime.fromisoformat(row["received_at"]), row["deliverer"],
                           row["deliverer_phone"], row["method"], row["tracking_number"],
                           row["note"] or "", int(paper["received"]) if paper else 0,
                           int(paper["stamped"]) if paper else 0)


def correct_delivery(reg: Register, receipt: str, new: DeliveryDetails, reason: str) -> bool:
    """Returns False when nothing was changed (the clerk pressed OK on what was there)."""
    reason = reason.strip()
    if not reason:
        raise RegisterError("correction_reason_empty")
    if new.method not in METHODS:
        raise RegisterError("method_unknown", method=new.method, methods=", ".join(METHODS))
    if new.copies < 0 or not 0 <= new.stamped <= new.copies:
        raise RegisterError("paper_counts_invalid", received=new.copies, stamped=new.stamped)
    row = _row(reg, receipt)
    if row["voided_at"]:
        raise RegisterError("already_voided", receipt=receipt)
    _, call = reg.call()
    new = replace(new, received_at=new.received_at.astimezone(call.zone))
    old = delivery_details(reg, receipt)
    if old == new:
        return False
    changed = {k: v for k, v in asdict(new).items() if asdict(old)[k] != v}
    before = {k: asdict(old)[k] for k in changed}
    with reg.change("delivery.correct", f"delivery:{row['receipt_number']}",
                    before=_plain(before),
                    after={**_plain(changed), "reason": reason, "at": now()}) as conn:
        conn.execute("UPDATE deliveries SET received_at = ?, deliverer = ?, deliverer_phone = ?, "
                     "method = ?, tracking_number = ?, note = ? WHERE id = ?",
                     (new.received_at.isoformat(), new.deliverer.strip(), new.phone.strip(),
                      new.method, new.tracking.strip(), new.note.strip(), row["id"]))
        if "copies" in changed or "stamped" in changed:
            updated = conn.execute("UPDATE paper_copies SET received = ?, stamped = ?, "
                                   "recorded_at = ? WHERE delivery_id = ? AND case_name = ?",
                                   (new.copies, new.stamped, now(), row["id"], EACH_CASE))
            if not updated.rowcount:
                conn.execute("INSERT INTO paper_copies(delivery_id, case_name, required, "
                             "received, stamped, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                             (row["id"], EACH_CASE, call.paper_copies, new.copies,
                              new.stamped, now()))
    return True


def _row(reg: Register, receipt: str) -> sqlite3.Row:
    row = reg.conn.execute("SELECT * FROM deliveries WHERE receipt_number = ?",
                           (receipt.strip(),)).fetchone()
    if row is None:
        raise RegisterError("receipt_unknown", receipt=receipt)
    return row


def _plain(values: dict[str, object]) -> dict[str, object]:
    return {k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in values.items()}
