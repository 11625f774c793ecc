"""Adding a disc to the register: check it, keep its image in the archive under the disc's
number, and record the disc, its manifest, its cases and its findings in one transaction.

The slow parts (reading the disc, copying the image) happen before the transaction; what is
written inside it is small, so a crash at any moment leaves either the whole disc or none of it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.delivery_checks import Keyed
from app.core.progress import CancelToken, ProgressSink, no_progress
from app.core.rules import CallRules
from app.core.verdict import Verdict, verdict
from app.disc.drives.block_source import is_device
from app.errors import Cancelled, DriveLost, ImageNotWritten, RegisterError
from app.services.cross_unit import cross_unit_duplicates
from app.services.disc_report import verification_report
from app.services.intake import Delivery, add_delivery, newest_delivery
from app.services.register import Change, Register, ensure_unit, now
from app.services.verify import Verification, verify
from app.store.archive import Staged
from app.store.state_seal import disc_contents_digest

# Roles whose files say something about a case; a shared Thumbs.db or empty file does not.


@dataclass
class Ingested:
    disc_number: str
    receipt: str
    unit: str
    image: Path
    verification: Verification
    report: dict[str, Any]
    findings: list[Keyed]  # the disc's own, then files another unit also delivered
    verdict: Verdict


def disc_finding_keys(disc_number: str, v: Verification) -> list[Keyed]:
    """The disc's findings with keys that name the disc, the code, the case and the file."""
    case_of = {id(f): index + 1 for index, own in enumerate(v.case_findings) for f in own}
    seen: Counter[str] = Counter()
    keyed = []
    for finding in v.findings:
        base = (f"{disc_number}:{finding.code}:{case_of.get(id(finding), '-')}:"
                f"{finding.path or '-'}")
        seen[base] += 1
        key = base if seen[base] == 1 else f"{base}#{seen[base]}"
        keyed.append(Keyed(key, finding, case_of.get(id(finding))))
    return keyed


def add_disc(reg: Register, source: str | os.PathLike[str], unit: str, *,
             table: str | os.PathLike[str] | None = None, label: str | None = None,
             received_at: dt.datetime | None = None, progress: ProgressSink = no_progress,
             cancel: CancelToken | None = None, again: bool = False,
             unusable: bool = False) -> Ingested:
    """`received_at` is used when the disc opens a delivery of its own (none was logged).
    The same image read twice is refused with the disc it already is, unless `again`: the
    clerk records it once more on purpose. A source that holds no disc's contents (a wrong
    file, an empty image or folder) makes no record, no number and no unit, unless `unusable`:
    the clerk confirms it is the unit's disc, unreadable or empty as it is."""
    cancel = cancel or CancelToken()
    call_id, call = reg.call()
    if is_device(str(source)):
        v, staged = _read_drive(reg, str(source), table, unit, call, progress, cancel)
    elif Path(source).is_dir():
        v = verify(source, table=table, unit=unit, call=call, progress=progress, cancel=cancel)
        staged = reg.archive.stage(Path(source), progress=progress, cancel=cancel)
    else:
        v, staged = _read_image(reg, Path(source), table, unit, call, progress, cancel)
    placed: Path | None = None
    try:
        if staged.sha256 and v.reading.source.sha256 not in (None, staged.sha256):
            raise RegisterError("source_changed", path=str(source))
        if not again and staged.sha256:
            _refuse_a_second_record(reg, staged.sha256)
        if not unusable:
            _refuse_what_is_no_disc(source, v)
        report = verification_report(v)
        with reg.changes() as change:
            unit_id = ensure_unit(change, call_id, unit)
            receipt = _delivery_for(change, call_id, call, unit_id,
                                    Delivery(unit, received_at, note="disc"))
            number = change.next_number(call, call_id, "disc")
            keyed = disc_finding_keys(number, v)
            reg.archive.sweep({str(r[0]) for r in change.conn.execute(
                "SELECT image_path FROM discs WHERE image_path IS NOT NULL")})
            placed = reg.archive.place(staged, number)
            disc_id = _record(change, receipt[0], number, label, source, staged, placed,
                              v, report, keyed, reg)
            keyed = keyed + cross_unit_duplicates(change.conn, disc_id)
            outcome = verdict([k.finding for k in keyed], readable=v.reading.readable)
            change.log("disc.add", f"disc:{number}", after={
                "unit": unit.strip(), "receipt": receipt[1], "disc": number,
                "source": str(source), "sha256": staged.sha256, "files": len(report["files"]),
                "verdict": v.verdict, "image": reg.archive.relative(placed)})
    except BaseException:
        reg.archive.discard(staged.path)
        if placed is not None:  # the transaction did not commit: the number is free again
            reg.archive.discard(placed)
        raise
    report["disc_number"] = number
    if v.reading.image_path is not None and not staged.is_folder:
        v.reading.image_path = str(placed)  # the copy the checks read now has its number
    return Ingested(number, receipt[1], unit.strip(), placed, v, report, keyed, outcome)


def _refuse_a_second_record(reg: Register, sha256: str) -> None:
    _, call = reg.call()
    known = reg.conn.execute(
        "SELECT d.disc_number, u.name, d.added_at FROM discs d JOIN deliveries v ON "
        "v.id = d.delivery_id JOIN units u ON u.id = v.unit_id WHERE d.sha256 = ? "
        "ORDER BY d.id LIMIT 1", (sha256,)).fetchone()
    if known is not None:
        raise RegisterError("disc_already_recorded", disc=known[0], unit=known[1],
                            at=call.shown(dt.datetime.fromisoformat(known[2])))


def _refuse_what_is_no_disc(source: str | os.PathLike[str], v: Verification) -> None:
    if v.reading.readable is False:
        raise RegisterError("source_not_a_disc", path=str(source), why="unreadable")
    if not v.reading.files:
        raise RegisterError("source_not_a_disc", path=str(source), why="empty")


def _read_drive(reg: Register, device: str, table: str | os.PathLike[str] | None, unit: str,
                call: CallRules, progress: ProgressSink, cancel: CancelToken
                ) -> tuple[Verification, Staged]:
    """A disc in its drive is imaged straight into the archive's staging: the one read of the
    drive is also the archive copy."""
    target = reg.archive.drive_image(device)
    try:
        v = verify(device, table=table, unit=unit, call=call, progress=progress, cancel=cancel,
                   image_to=target)
    except (Cancelled, DriveLost, ImageNotWritten):
        raise  # the copy so far and its map stay: the next read of this drive goes on from there
    except BaseException:
        reg.archive.discard(target)
        raise
    source = v.reading.source
    return v, Staged(target, source.sha256, source.size, False)


def _read_image(reg: Register, image: Path, table: str | os.PathLike[str] | None, unit: str,
                call: CallRules, progress: ProgressSink, cancel: CancelToken
                ) -> tuple[Verification, Staged]:
    """An image file is read once: the pass that digests it and its files writes the archive's
    copy, and the checks read the files from that copy."""
    target = reg.archive.new_stage()
    try:
        v = verify(image, table=table, unit=unit, call=call, progress=progress, cancel=cancel,
                   copy_to=target)
    except BaseException:
        reg.archive.discard(target)
        raise
    source = v.reading.source
    return v, Staged(target, source.sha256, source.size, False)


def _delivery_for(change: Change, call_id: int, call: CallRules, unit_id: int,
                  delivery: Delivery) -> tuple[int, str]:
    """The unit's newest delivery; a disc that comes alone opens a delivery of its own."""
    newest = newest_delivery(change.conn, unit_id)
    if newest is not None:
        return newest
    receipt = add_delivery(change, call_id, call, delivery)
    return receipt.id, receipt.number


def _label(v: Verification) -> str:
    return v.reading.volume.label if v.reading.volume is not None else ""


def _record(change: Change, delivery_id: int, number: str, label: str | None,
            source: str | os.PathLike[str], staged: Staged, placed: Path, v: Verification,
            report: dict[str, Any], keyed: list[Keyed], reg: Register) -> int:
    conn = change.conn
    cursor = conn.execute(
        "INSERT INTO discs(delivery_id, disc_number, label, source, image_path, sha256, "
        "verdict, report, added_at, file_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (delivery_id, number, label if label is not None else _label(v),
         str(source), reg.archive.relative(placed), staged.sha256, v.verdict,
         json.dumps({**report, "disc_number": number}, ensure_ascii=False), now(),
         len(report["files"])))
    disc_id = int(cursor.lastrowid or 0)
    unit_id = conn.execute("SELECT unit_id FROM deliveries WHERE id = ?",
                           (delivery_id,)).fetchone()[0]
    record_contents(conn, disc_id, unit_id, delivery_id, v, report, keyed)
    return disc_id


def record_contents(conn: sqlite3.Connection, disc_id: int, unit_id: int, delivery_id: int,
                    v: Verification, report: dict[str, Any], keyed: list[Keyed]) -> None:
    """What the check found on the disc: its files, its cases and its findings, sealed by the
    disc's contents digest."""
    files = {entry["path"]: entry for entry in report["files"]}
    conn.executemany(
        "INSERT INTO disc_files(disc_id, path, size, sha256, role, case_no) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(disc_id, e["path"], e["size"], e["sha256"], e.get("role"), e.get("case"))
         for e in files.values()])
    for case in v.linking.cases:
        row = case.row
        conn.execute("INSERT INTO cases(unit_id, disc_id, rec_order, name, applicant, "
                     "direction, contact, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (unit_id, disc_id, case.order, case.name,
                      *((row.applicant, row.direction, row.contact, row.phone) if row
                        else ("", "", "", ""))))
    conn.executemany(
        "INSERT INTO findings(unit_id, disc_id, delivery_id, code, severity, path, detail, "
        "params, case_no, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(unit_id, disc_id, delivery_id, k.finding.code, k.finding.severity.value,
          k.finding.path, k.finding.detail,
          json.dumps(k.finding.params, ensure_ascii=False, default=str),
          k.case, k.key) for k in keyed])
    conn.execute("UPDATE discs SET contents_digest = ? WHERE id = ?",
                 (disc_contents_digest(conn, disc_id), disc_id))
