"""The seal over the register's records themselves. The audit chain proves the history of
changes was not altered; this proves the records were not changed beside it (an UPDATE of a
delivery's time with the sqlite3 shell, a disc's file deleted from its manifest).

At the end of every change the program digests every sealed table, and each disc's manifest,
cases and findings, and keeps the digests under an HMAC with the audit key. Without the key
nobody can make a seal that matches an edited record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from typing import Any

from app.store import desk_keys
from app.store.db import is_postgres

# Small tables digested whole at every change; a disc's bulk is digested once, at ingest,
# into its own row (discs.contents_digest), which the discs table digest then covers.
SEALED_TABLES = ("calls", "counters", "units", "deliveries", "discs", "paper_copies",
                 "waivers", "emails", "printouts", "remarks", "file_moves", "seal_checks")
# A table a later migration added was empty when an older seal was made.
_EMPTY = hashlib.sha256().hexdigest()
DISC_PARTS = (("disc_files", "path"), ("cases", "id"), ("findings", "id"))
STATE_KEY = "state_seal"
TAMPERING_FOUND = "register.tampering_found"


def _digest_rows(rows: list[sqlite3.Row] | list[tuple[Any, ...]]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(list(row), ensure_ascii=False, default=str).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


# Columns later migrations added to sealed tables. A seal made before a migration did not
# know them, so they are left out when such a seal (one that lists no columns) is checked.
ADDED_LATER = {"deliveries": ("voided_at", "voided_reason", "voided_by"),
               "calls": ("closed_at", "current"),
               "emails": ("sent_at", "first_hop_at", "recipients", "file_path", "sha256",
                          "report", "imported_at")}


def columns_of(conn: Any, table: str) -> list[str]:
    if is_postgres(conn):
        from app.store import pg

        return pg.table_columns(conn, table)
    return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]


def table_digest(conn: Any, table: str, columns: list[str] | None = None) -> str:
    """The rows of a table; `columns` (default all) names those a seal covered. SQLite's rows
    come in rowid order with it; PostgreSQL has no rowid, so its come in key order."""
    chosen = ", ".join(f'"{c}"' for c in columns) if columns is not None else "*"
    if is_postgres(conn):
        from app.store import pg

        order = ", ".join(f'"{c}"' for c in pg.key_columns(conn, table)) or "1"
        return _digest_rows(conn.execute(
            f"SELECT {chosen} FROM {table} ORDER BY {order}").fetchall())
    return _digest_rows(conn.execute(
        f"SELECT rowid, {chosen} FROM {table} ORDER BY rowid").fetchall())


def disc_contents_digest(conn: sqlite3.Connection, disc_id: int) -> str:
    parts = [_digest_rows(conn.execute(
        f"SELECT * FROM {table} WHERE disc_id = ? ORDER BY {order}", (disc_id,)).fetchall())
        for table, order in DISC_PARTS]
    return hashlib.sha256("".join(parts).encode("ascii")).hexdigest()


def _mac(key: bytes, tables: dict[str, str],
         columns: dict[str, list[str]] | None = None) -> str:
    sealed: Any = tables if columns is None else {"tables": tables, "columns": columns}
    text = json.dumps(sealed, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, b"state\n" + text.encode("utf-8"), hashlib.sha256).hexdigest()


def _signed(mac: str, seq: int, desk: str) -> bytes:
    return f"state-signed\n{mac}\n{seq}\n{desk}".encode()


def seal(conn: sqlite3.Connection, key: bytes, signer: tuple[str, Any] | None = None) -> None:
    """Inside the transaction of a change, after its writes. The seal names the columns it
    covers, so a column a later migration adds does not read as an edit. On a register whose
    desks sign, the desk that wrote the change signs the seal too, bound to its last entry:
    records edited beside the program and sealed again with the shared key alone no longer
    pass, and sealed again with another desk's key they name that desk."""
    columns = {table: columns_of(conn, table) for table in SEALED_TABLES}
    tables = {table: table_digest(conn, table, columns[table]) for table in SEALED_TABLES}
    mac = _mac(key, tables, columns)
    sealed: dict[str, Any] = {"tables": tables, "columns": columns, "mac": mac}
    if signer is not None:
        last = conn.execute("SELECT max(seq) FROM audit").fetchone()
        seq = int(last[0] or 0) if last else 0
        sealed["signed"] = {"desk": signer[0], "seq": seq,
                            "signature": desk_keys.sign(signer[1], _signed(mac, seq, signer[0]))}
    value = json.dumps(sealed)
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (STATE_KEY, value))


def check_tables(conn: sqlite3.Connection, key: bytes) -> list[str]:
    """The quick part of check(): the seal and the small tables. Run before every change, so a
    change never seals over an edit made beside the program."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (STATE_KEY,)).fetchone()
    has_entries = conn.execute("SELECT 1 FROM audit LIMIT 1").fetchone() is not None
    if row is None:
        return ["the seal of the records is missing"] if has_entries else []
    try:
        stored = json.loads(row[0])
        tables = dict(stored["tables"])
        columns = stored.get("columns")
        mac = str(stored["mac"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return ["the seal of the records is damaged"]
    if not hmac.compare_digest(_mac(key, tables, columns), mac):
        return ["the seal of the records was altered"]
    unsigned = _signature_problem(conn, stored.get("signed"), mac)
    if unsigned:
        return [unsigned]
    return [f"table {table} was changed outside Intake Desk" for table in SEALED_TABLES
            if not _same(conn, table, tables.get(table, _EMPTY),
                         None if columns is None else columns.get(table))]


def _signature_problem(conn: sqlite3.Connection, signed: Any, mac: str) -> str:
    """On a register whose last entry is signed, the seal must be signed by the same desk and
    bound to that entry ("" when it is, or when the register's desks do not sign)."""
    last = conn.execute("SELECT seq, signer FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if last is None or not last[1]:
        return ""
    desk, seq = str(last[1]), int(last[0])
    public = desk_keys.registered(conn).get(desk)
    try:
        stands = (public is not None and signed["desk"] == desk and int(signed["seq"]) == seq
                  and desk_keys.verifies(public, _signed(mac, seq, desk), signed["signature"]))
    except (KeyError, TypeError, ValueError):
        stands = False
    return "" if stands else (f"the seal of the records was not made by desk {desk}, which "
                              "wrote the last entry: records were changed beside the trail")


def _same(conn: sqlite3.Connection, table: str, digest: str, columns: list[str] | None) -> bool:
    present = columns_of(conn, table)
    if columns is not None:  # a sealed column gone is a change; one added since is not
        return set(columns) <= set(present) and table_digest(conn, table, columns) == digest
    if table_digest(conn, table) == digest:
        return True
    older = [c for c in present if c not in ADDED_LATER.get(table, ())]
    return older != present and table_digest(conn, table, older) == digest


def check(conn: sqlite3.Connection, key: bytes) -> list[str]:
    """What was changed outside the program: table names, and discs by number; and what
    earlier changes found and recorded in the audit trail."""
    problems = check_tables(conn, key)
    for disc_id, number, digest in conn.execute(
            "SELECT id, disc_number, contents_digest FROM discs ORDER BY id").fetchall():
        if disc_contents_digest(conn, disc_id) != digest:
            problems.append(f"the files, cases or findings of disc {number} were changed "
                            "outside Intake Desk")
    for at, after in conn.execute("SELECT at, after FROM audit WHERE action = ? ORDER BY seq",
                                  (TAMPERING_FOUND,)):
        found = json.loads(after or "{}").get("problems", [])
        problems.extend(f"found at {at}: {what}" for what in found)
    return problems
