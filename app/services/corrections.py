"""Putting a mistake right, in the audit trail like everything else: a waiver withdrawn, a unit
whose name was mistyped renamed (or folded into the unit it should have been), a delivery
logged by mistake voided."""

from __future__ import annotations

from app.errors import RegisterError
from app.services.register import Register, now
from app.services.status import Shown, call_status
from app.store import state_seal
from app.store.audit import clerk


def withdraw_waiver(reg: Register, unit: str, ref: str) -> Shown:
    """The finding (by its number in the unit's list or its key) counts again."""
    shown = call_status(reg).unit(unit).finding(ref)
    if shown.waiver is None:
        raise RegisterError("not_waived", key=shown.key, unit=unit)
    call_id, _ = reg.call()
    unit_id = reg.require_unit(call_id, unit)
    row = reg.conn.execute("SELECT * FROM waivers WHERE unit_id = ? AND finding_key = ?",
                           (unit_id, shown.key)).fetchone()
    with reg.change("finding.unwaive", f"unit:{unit_id}",
                    before={"unit": unit.strip(), **dict(row)}) as conn:
        conn.execute("DELETE FROM waivers WHERE id = ?", (row["id"],))
    return shown


def void_delivery(reg: Register, receipt: str, reason: str) -> str:
    """The delivery counts for nothing any more (nor its paper and discs); its receipt number
    stays used and shows as voided. Returns the unit's name."""
    reason = reason.strip()
    if not reason:
        raise RegisterError("void_reason_empty")
    row = reg.conn.execute(
        "SELECT d.id, d.voided_at, u.name FROM deliveries d JOIN units u ON u.id = d.unit_id "
        "WHERE d.receipt_number = ?", (receipt.strip(),)).fetchone()
    if row is None:
        raise RegisterError("receipt_unknown", receipt=receipt)
    if row["voided_at"]:
        raise RegisterError("already_voided", receipt=receipt)
    when, who = now(), clerk()
    with reg.change("delivery.void", f"delivery:{receipt.strip()}",
                    after={"receipt": receipt.strip(), "unit": row["name"], "reason": reason,
                           "by": who, "at": when}) as conn:
        conn.execute("UPDATE deliveries SET voided_at = ?, voided_reason = ?, voided_by = ? "
                     "WHERE id = ?", (when, reason, who, row["id"]))
    return str(row["name"])


def rename_unit(reg: Register, old: str, new: str) -> str:
    """The unit's name corrected. When the right name is already a unit (宝鸡数据局 logged
    beside 宝鸡市数据局), the mistyped one is folded into it: its deliveries, paper, e-mails
    and waivers move, its receipt numbers stay as they were given. Returns what was done:
    "renamed" or "merged"."""
    new = new.strip()
    if not new:
        raise RegisterError("unit_name_empty")
    call_id, _ = reg.call()
    unit_id = reg.require_unit(call_id, old)
    target = reg.conn.execute("SELECT id FROM units WHERE call_id = ? AND name = ?",
                              (call_id, new)).fetchone()
    if target is not None and target["id"] == unit_id:
        return "renamed"
    if target is None:
        with reg.change("unit.rename", f"unit:{unit_id}", before={"name": old.strip()},
                        after={"name": new}) as conn:
            conn.execute("UPDATE units SET name = ? WHERE id = ?", (new, unit_id))
        return "renamed"
    into = int(target["id"])
    moved = [r[0] for r in reg.conn.execute("SELECT receipt_number FROM deliveries "
                                            "WHERE unit_id = ? ORDER BY id", (unit_id,))]
    with reg.change("unit.merge", f"unit:{into}",
                    before={"name": old.strip(), "unit": unit_id, "receipts": moved},
                    after={"name": new, "unit": into}) as conn:
        for table in _KEYED:  # one per finding: the right unit's own is kept
            conn.execute(f"DELETE FROM {table} WHERE unit_id = ? AND finding_key IN "
                         f"(SELECT finding_key FROM {table} WHERE unit_id = ?)",
                         (unit_id, into))
        for table in (*_KEYED, *_PLAIN):
            conn.execute(f"UPDATE {table} SET unit_id = ? WHERE unit_id = ?", (into, unit_id))
        conn.execute("DELETE FROM units WHERE id = ?", (unit_id,))
        # A disc's cases and findings name their unit: their digest is taken again.
        for (disc_id,) in conn.execute(
                "SELECT d.id FROM discs d JOIN deliveries v ON v.id = d.delivery_id "
                "WHERE v.unit_id = ?", (into,)).fetchall():
            conn.execute("UPDATE discs SET contents_digest = ? WHERE id = ?",
                         (state_seal.disc_contents_digest(conn, disc_id), disc_id))
    return "merged"


# Tables that belong to a unit: keyed by finding (one row per finding and unit), and plain.
_KEYED = ("waivers", "seal_checks")
_PLAIN = ("deliveries", "cases", "findings", "emails")
