"""Tying a file to another case when the linker guessed wrong: the archived copy of the disc is
checked again with the clerk's correction, and its files, cases and findings are replaced in
one transaction with an audit entry naming the file, the old case and the new one."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from app.core.progress import CancelToken, ProgressSink, no_progress
from app.core.verdict import Verdict
from app.errors import RegisterError
from app.services.disc_report import verification_report
from app.services.ingest import disc_finding_keys, record_contents
from app.services.register import Register, now
from app.services.verify import Verification, verify
from app.store.audit import actor


@dataclass
class Moved:
    disc_number: str
    path: str
    old_case: int | None  # 1-based, as the clerk sees cases
    new_case: int
    verification: Verification
    verdict: Verdict


def moves_of(reg: Register, disc_id: int) -> dict[str, int]:
    return {row["path"]: int(row["case_index"]) for row in reg.conn.execute(
        "SELECT path, case_index FROM file_moves WHERE disc_id = ?", (disc_id,))}


def _disc_row(reg: Register, disc_number: str) -> sqlite3.Row:
    row = reg.conn.execute(
        "SELECT d.id, d.delivery_id, d.image_path, d.sha256, d.report, de.unit_id, u.name "
        "FROM discs d JOIN deliveries de ON de.id = d.delivery_id "
        "JOIN units u ON u.id = de.unit_id WHERE d.disc_number = ?",
        (disc_number.strip(),)).fetchone()
    if row is None:
        raise RegisterError("disc_unknown", disc=disc_number)
    return row


def move_file(reg: Register, disc_number: str, path: str, case_index: int, *,
              progress: ProgressSink = no_progress, cancel: CancelToken | None = None) -> Moved:
    """Tie `path` to the case of the summary table's row `case_index` (from 0)."""
    row = _disc_row(reg, disc_number)
    files = {entry["path"]: entry for entry in json.loads(row["report"])["files"]}
    if path not in files:
        raise RegisterError("file_unknown", path=path, disc=disc_number)
    v = recheck(reg, disc_number, also={path: case_index}, progress=progress, cancel=cancel)
    if not 0 <= case_index < len(v.table.rows if v.table else []):
        raise RegisterError("case_unknown", case=case_index + 1, disc=disc_number)
    if row["sha256"] and v.reading.source.sha256 not in (None, row["sha256"]):
        raise RegisterError("archive_changed", path=str(v.reading.source.path))
    report = {**verification_report(v), "disc_number": disc_number}
    keyed = disc_finding_keys(disc_number, v)
    old = files[path].get("case")
    with reg.changes() as change:
        conn = change.conn
        for table in ("findings", "cases", "disc_files"):
            conn.execute(f"DELETE FROM {table} WHERE disc_id = ?", (row["id"],))
        conn.execute("INSERT INTO file_moves(disc_id, path, case_index, moved_at, moved_by) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT(disc_id, path) DO UPDATE SET "
                     "case_index = excluded.case_index, moved_at = excluded.moved_at, "
                     "moved_by = excluded.moved_by",
                     (row["id"], path, case_index, now(), actor()))
        conn.execute("UPDATE discs SET verdict = ?, report = ?, file_count = ? WHERE id = ?",
                     (v.verdict, json.dumps(report, ensure_ascii=False), len(report["files"]),
                      row["id"]))
        record_contents(conn, row["id"], row["unit_id"], row["delivery_id"], v, report, keyed)
        change.log("file.move", f"disc:{disc_number}",
                   before={"path": path, "case": old},
                   after={"path": path, "case": case_index + 1, "verdict": v.verdict})
    return Moved(disc_number, path, old, case_index + 1, v, v.verdict)


def recheck(reg: Register, disc_number: str, *, also: Mapping[str, int] | None = None,
            progress: ProgressSink = no_progress, cancel: CancelToken | None = None
            ) -> Verification:
    """The archived copy of a registered disc checked again with the clerk's moves (and
    `also`, moves not yet recorded), to show it in full; the register is not changed."""
    _, call = reg.call()
    row = _disc_row(reg, disc_number)
    return verify(reg.archive.resolve(row["image_path"]), unit=row["name"], call=call,
                  moves={**moves_of(reg, row["id"]), **(also or {})}, progress=progress,
                  cancel=cancel)
