"""The register as the front ends use it: one database per data folder, every change written
together with its audit entry, the built-in call ready in a new register."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from app.core.rules import CallRules
from app.errors import AuditKeyWrong, RecordConflict, RegisterError
from app.services.calls import BUILTIN_CALL_ID, call_path
from app.services.trail_head import CHANNEL
from app.store import audit, desk_keys, state_seal
from app.store.archive import Archive, sha256_of
from app.store.db import database_id, is_postgres, open_register_database, transaction
from app.store.secrets import audit_key, key_file, load_anchors, save_anchor

SERIES = ("receipt", "disc")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Change:
    """One transaction of the register: what it writes, and the audit entries that say so."""

    def __init__(self, conn: sqlite3.Connection, key: bytes,
                 signer: audit.Signer | None = None) -> None:
        self.conn = conn
        self.key = key
        self.signer = signer
        self.logged = 0

    def log(self, action: str, entity: str, *, before: Any = None, after: Any = None) -> None:
        audit.append(self.conn, self.key, action, entity, before=before, after=after,
                     signer=self.signer)
        self.logged += 1

    def next_number(self, call: CallRules, call_id: int, series: str) -> str:
        """The next receipt or disc number: the counter moves in the same transaction as the
        record that uses it, so a rolled-back record gives its number back and none is skipped."""
        self.conn.execute("UPDATE counters SET last = last + 1 WHERE call_id = ? AND series = ?",
                          (call_id, series))
        last = self.conn.execute("SELECT last FROM counters WHERE call_id = ? AND series = ?",
                                 (call_id, series)).fetchone()[0]
        return call.number(series, int(last))


class Register:
    def __init__(self, data_dir: Path, call: str | None = None) -> None:
        """`call`: the code of the call to work on (`--call`); None: the register's current
        call."""
        self.data_dir = data_dir
        self.conn = open_register_database(data_dir)
        self.archive = Archive(data_dir)
        self.call_code = call.strip() if call else None
        self._key: bytes | None = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def key(self, *, create: bool = False) -> bytes:
        """The audit key. A new one is made only for a register with no entries yet: one
        brought from another machine must get its own key back, not a new one that would
        make its whole history look forged."""
        if self._key is None:
            fresh = self.conn.execute("SELECT 1 FROM audit LIMIT 1").fetchone() is None
            self._key = audit_key(database_id(self.conn), self.data_dir,
                                  create=create and fresh)
        return self._key

    @contextmanager
    def changes(self, *, restoring: bool = False, calls: bool = False) -> Iterator[Change]:
        """Several writes and their audit entries, all in one transaction. `restoring`: the
        register was put back from a backup on purpose, so being older is no finding.
        `calls`: a change of the calls themselves (or a note that changes no record), which a
        closed call does not stop."""
        if not calls and not restoring:
            self._refuse_closed()
        key = self.key(create=True)  # before BEGIN: a keyring prompt must not hold the lock
        anchor = audit.newest_anchor(load_anchors(database_id(self.conn), self.data_dir))
        signer = desk_keys.signer_for(self.conn, audit.desk())  # also a keyring read
        with transaction(self.conn) as conn:
            if not audit.key_fits(conn, key):  # nothing written: the trail stays one chain
                raise AuditKeyWrong(key_file=str(key_file(self.data_dir)))
            change = Change(conn, key, signer)
            found = state_seal.check_tables(conn, key)
            lost = "" if restoring else audit.rolled_back(conn, anchor)
            if lost:
                found.append(lost)
            if found:  # kept in the trail for good; the seal below must not hide it
                audit.append(conn, key, state_seal.TAMPERING_FOUND, "register",
                             after={"problems": found}, signer=change.signer)
            yield change
            if not change.logged:
                raise RuntimeError("a change to the register without its audit entry")
            state_seal.seal(conn, key, change.signer)
            if is_postgres(conn):
                conn.execute(f"NOTIFY {CHANNEL}")  # delivered with the commit, to every desk
        head = audit.anchor_text(self.conn)
        if head is not None:
            save_anchor(database_id(self.conn), self.data_dir, head)

    @contextmanager
    def change(self, action: str, entity: str, *, before: Any = None,
               after: Any = None) -> Iterator[sqlite3.Connection]:
        """One change and its audit entry, in one transaction."""
        with self.changes() as change:
            yield change.conn
            change.log(action, entity, before=before, after=after)

    def note(self, action: str, entity: str, *, after: Any, restoring: bool = False) -> None:
        """An audit entry for an act that changes no record (a backup, a fixity check)."""
        with self.changes(restoring=restoring, calls=True) as change:  # no call's record
            change.log(action, entity, after=after)

    def ensure_builtin_call(self) -> int:
        """The built-in call, made (and made current) in a register that has no call yet."""
        row = self.conn.execute("SELECT id FROM calls WHERE code = ?",
                                (BUILTIN_CALL_ID,)).fetchone()
        if row is not None:
            return int(row[0])
        path = call_path(BUILTIN_CALL_ID)
        mapping = json.loads(path.read_text(encoding="utf-8"))
        try:
            with self.changes(calls=True) as change:
                none_current = change.conn.execute(
                    "SELECT 1 FROM calls WHERE current = 1").fetchone() is None
                return add_call(change, mapping, current=none_current)
        except (sqlite3.IntegrityError, RecordConflict):  # another opener made it first
            return self.ensure_builtin_call()

    def call_row(self) -> sqlite3.Row:
        """The working call's record: the one named (`--call`), else the current one."""
        if self.call_code:
            row = self.conn.execute("SELECT * FROM calls WHERE code = ?",
                                    (self.call_code,)).fetchone()
            if row is None:
                known = [r[0] for r in self.conn.execute("SELECT code FROM calls ORDER BY id")]
                raise RegisterError("call_unknown", call=self.call_code,
                                    known=", ".join(known) or "—")
            return row
        row = self.conn.execute("SELECT * FROM calls WHERE current = 1").fetchone()
        if row is None:
            self.ensure_builtin_call()
            row = self.conn.execute("SELECT * FROM calls WHERE current = 1").fetchone() \
                or self.conn.execute("SELECT * FROM calls ORDER BY id LIMIT 1").fetchone()
        return row

    def call(self) -> tuple[int, CallRules]:
        """The call this register works on, and its rules."""
        row = self.call_row()
        return int(row["id"]), rules_of(row)

    def follow_record(self, number: str) -> None:
        """Work on the call a receipt or disc number belongs to (numbers are unique across
        the register's calls): a printout of an older call's record follows that call's
        rules, whichever call is current."""
        row = self.conn.execute(
            "SELECT c.code FROM calls c JOIN units u ON u.call_id = c.id JOIN deliveries d "
            "ON d.unit_id = u.id LEFT JOIN discs s ON s.delivery_id = d.id "
            "WHERE d.receipt_number = ? OR s.disc_number = ? LIMIT 1",
            (number.strip(), number.strip())).fetchone()
        if row is not None:
            self.call_code = str(row[0])

    def _refuse_closed(self) -> None:
        row = self.call_row()
        if row["closed_at"]:
            raise RegisterError("call_closed", call=row["code"])

    def unit_id(self, call_id: int, name: str) -> int | None:
        row = self.conn.execute("SELECT id FROM units WHERE call_id = ? AND name = ?",
                                (call_id, name.strip())).fetchone()
        return None if row is None else int(row[0])

    def require_unit(self, call_id: int, name: str) -> int:
        found = self.unit_id(call_id, name)
        if found is None:
            raise RegisterError("unit_unknown", unit=name)
        return found

    def verify_audit(self) -> audit.ChainCheck:
        """The chain of entries, then the records against their seal."""
        key = self.key()
        result = audit.verify_chain(self.conn, key)
        if result.reason == audit.WRONG_KEY:
            return result  # every seal would fail too: that says nothing of the records
        anchor = audit.newest_anchor(load_anchors(database_id(self.conn), self.data_dir))
        lost = audit.rolled_back(self.conn, anchor)
        if anchor is None and audit.written_by(self.conn, audit.desk()):
            lost = audit.NO_ANCHOR
        result.records = state_seal.check(self.conn, key) + ([lost] if lost else []) \
            + self._missing_images()
        return result

    def _missing_images(self) -> list[str]:
        """Archived images and mails gone or changed: the register's records point at them."""
        problems = []
        kept = (("SELECT 'disc ' || disc_number, image_path, sha256, id FROM discs "
                 "WHERE image_path IS NOT NULL ORDER BY id", "archived image"),
                ("SELECT 'e-mail ' || e.id || ' of ' || u.name, e.file_path, e.sha256, NULL "
                 "FROM emails e JOIN units u ON u.id = e.unit_id "
                 "WHERE e.file_path IS NOT NULL ORDER BY e.id", "archived mail"))
        for query, what in kept:
            for row in self.conn.execute(query).fetchall():
                path = self.archive.resolve(row[1])
                if row[3] is not None and path.is_dir():  # a disc read from its folder
                    problems.extend(self._folder_changes(row[0], path, int(row[3])))
                elif not path.is_file():
                    problems.append(f"{row[0]}: {what} {row[1]} is missing")
                elif row[2] and sha256_of(path) != row[2]:
                    problems.append(f"{row[0]}: {what} {row[1]} has changed")
        return problems


    def _folder_changes(self, name: str, folder: Path, disc_id: int) -> list[str]:
        """A folder disc is kept as its files: each one recorded must be there, unchanged."""
        problems = []
        for row in self.conn.execute("SELECT path, sha256 FROM disc_files WHERE disc_id = ? "
                                     "AND sha256 IS NOT NULL ORDER BY path", (disc_id,)):
            if "!" in row[0]:
                continue  # a member of an archive on the disc: its archive is checked
            path = folder / row[0].lstrip("/")
            if not path.is_file():
                problems.append(f"{name}: archived file {row[0]} is missing")
            elif sha256_of(path) != row[1]:
                problems.append(f"{name}: archived file {row[0]} has changed")
        return problems


def rules_of(row: sqlite3.Row) -> CallRules:
    """A call's rules from its record (its numbers kept in their own columns)."""
    data = json.loads(row["rules"])
    data["numbers"] = {"receipt": row["receipt_format"], "disc": row["disc_format"]}
    return CallRules.from_mapping(data)


def add_call(change: Change, mapping: dict[str, Any], *, current: bool = False) -> int:
    """A call's record from its definition (checked by the caller), with its counters."""
    call = CallRules.from_mapping(mapping)
    cursor = change.conn.execute(
        "INSERT INTO calls(code, title, rules, receipt_format, disc_format, created_at, "
        "current) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (call.id, call.title_text(), json.dumps(mapping, ensure_ascii=False),
         call.numbers["receipt"], call.numbers["disc"], now(), int(current)))
    call_id = int(cursor.lastrowid or 0)
    change.conn.executemany("INSERT INTO counters(call_id, series) VALUES (?, ?)",
                            [(call_id, series) for series in SERIES])
    change.log("call.create", f"call:{call.id}", after={"code": call.id, "rules": mapping})
    return call_id


def ensure_unit(change: Change, call_id: int, name: str, *, expected: bool = False) -> int:
    """The unit's id, adding the unit (and saying so in the audit trail) when it is new."""
    name = name.strip()
    if not name:
        raise RegisterError("unit_name_empty")
    row = change.conn.execute("SELECT id, expected FROM units WHERE call_id = ? AND name = ?",
                              (call_id, name)).fetchone()
    if row is not None:
        if expected and not row["expected"]:
            change.conn.execute("UPDATE units SET expected = 1 WHERE id = ?", (row["id"],))
            change.log("unit.expect", f"unit:{row['id']}", before={"expected": False},
                       after={"expected": True})
        return int(row["id"])
    cursor = change.conn.execute("INSERT INTO units(call_id, name, expected) VALUES (?, ?, ?)",
                                 (call_id, name, int(expected)))
    unit_id = int(cursor.lastrowid or 0)
    change.log("unit.create", f"unit:{unit_id}", after={"name": name, "expected": expected})
    return unit_id
