"""The audit trail: every change appends an entry chained to the one before by HMAC-SHA256
under a key kept outside the database (secrets.py). Editing, deleting, inserting or reordering
entries breaks the chain; a head record, itself under the key, catches entries cut off the end.

Known limit: someone holding an older copy of the whole database can put it back (roll back);
the chain proves the copy is untampered, not that it is the newest.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import os
import platform
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from app.store import desk_keys

OPERATOR_ENV = "INTAKE_OPERATOR"


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account, say)
        return "unknown"


def clerk() -> str:
    """The name printed for the clerk (receipts, waivers): the desk's 经办人 as set in
    Settings or INTAKE_OPERATOR, else the login name."""
    return os.environ.get(OPERATOR_ENV, "").strip() or _login()


DESK_ENV = "INTAKE_DESK"


def clerk_at_desk() -> str:
    """The clerk as a receipt names them: with the desk where a desk name was given (an
    office with several desks names them; a lone desk's computer name says nothing)."""
    named = os.environ.get(DESK_ENV, "").strip()
    return f"{clerk()}（{named}）" if named else clerk()


def desk() -> str:
    """Which desk acts: its name (INTAKE_DESK, or Settings), else the computer's name. On a
    register several desks share, the trail says at which one each act was done."""
    return os.environ.get(DESK_ENV, "").strip() or platform.node() or "desk"


def actor() -> str:
    """Who does a change, for the audit trail: the 经办人 with the operating-system user
    beside it, which alone says little (`root`, `user`), and the desk."""
    operator = os.environ.get(OPERATOR_ENV, "").strip()
    who = f"{operator}（{_login()}）" if operator else _login()
    return f"{who} @ {desk()}"


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _signed(fields: list[Any], signer: str, mac: str) -> bytes:
    """What a desk signs: the entry with the one before it (as its MAC has it), its own MAC
    and the signing desk's name."""
    return _canonical(["signed", *fields, mac, signer]).encode("utf-8")


def _mac(key: bytes, fields: list[Any]) -> str:
    return hmac.new(key, _canonical(fields).encode("utf-8"), hashlib.sha256).hexdigest()


def append(conn: sqlite3.Connection, key: bytes, action: str, entity: str, *,
           before: Any = None, after: Any = None, who: str | None = None,
           at: datetime | None = None, signer: Signer | None = None) -> int:
    """Add an entry; call it inside the transaction that makes the change. `signer`: the
    desk and its own key, on a register whose desks sign their entries (desk_keys.py)."""
    last = conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq = (last[0] if last else 0) + 1
    previous = last[1] if last else ""
    when = (at or datetime.now(timezone.utc)).isoformat()
    who = who or actor()
    before_text = None if before is None else _canonical(before)
    after_text = None if after is None else _canonical(after)
    fields = [seq, when, who, action, entity, before_text, after_text, previous]
    mac = _mac(key, fields)
    name, signature = None, None
    if signer is not None:
        name = signer[0]
        signature = desk_keys.sign(signer[1], _signed(fields, name, mac))
    conn.execute("INSERT INTO audit(seq, at, actor, action, entity, before, after, mac, "
                 "signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (seq, when, who, action, entity, before_text, after_text, mac, name,
                  signature))
    head = _canonical({"seq": seq, "mac": mac, "check": _mac(key, ["head", seq, mac])})
    conn.execute("INSERT INTO meta(key, value) VALUES ('audit_head', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (head,))
    return seq


def key_fits(conn: sqlite3.Connection, key: bytes) -> bool:
    """Whether the key is the one the trail was written with (a register with no entry yet
    takes any key). One MAC over the last entry's record: cheap enough before every change."""
    head_row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head_row is None:
        return True
    head = json.loads(head_row[0])
    return hmac.compare_digest(_mac(key, ["head", head["seq"], head["mac"]]), head["check"])


@dataclass
class ChainCheck:
    entries: int
    first_bad: int | None = None  # the position (1-based) of the first entry that fails
    reason: str = ""
    records: list[str] = field(default_factory=list)  # records changed beside the trail

    @property
    def intact(self) -> bool:
        return self.first_bad is None and not self.reason and not self.records


WRONG_KEY = "wrong_key"
Signer = tuple[str, Any]  # a desk's name and its Ed25519 private key


def _signature_problem(trusted: dict[str, str], fields: list[Any], mac: str, who: str,
                       signer: str | None, signature: str | None) -> str:
    """Why a signed register's entry does not stand ("" when it does): unsigned, signed by a
    desk whose key is not registered, by a key that is not that desk's, or claiming to be
    made at another desk than the one that signed it."""
    if not signer or not signature:
        return "is not signed by any desk"
    public = trusted.get(signer)
    if public is None:
        return f"is signed by desk {signer}, whose key is not registered"
    if not desk_keys.verifies(public, _signed(fields, signer, mac), signature):
        return f"is not signed by desk {signer}'s key"
    if not str(who).endswith(f"@ {signer}"):
        return f"says it was made at another desk than {signer}, which signed it"
    return ""


def anchor_text(conn: sqlite3.Connection) -> str | None:
    """The last entry, as kept outside the database (see secrets.save_anchor)."""
    last = conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return None if last is None else _canonical({"seq": last[0], "mac": last[1]})


def newest_anchor(anchors: list[str]) -> str | None:
    """Of the anchors a desk keeps (secrets.load_anchors), the one furthest along the trail."""
    best, best_seq = None, -1
    for text in anchors:
        try:
            seq = int(json.loads(text)["seq"])
        except (ValueError, KeyError, TypeError):
            continue
        if seq > best_seq:
            best, best_seq = text, seq
    return best


def written_by(conn: sqlite3.Connection, desk_name: str) -> bool:
    """Whether the trail holds an entry made at this desk (see actor())."""
    pattern = "%@ " + desk_name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return conn.execute("SELECT 1 FROM audit WHERE actor LIKE ? ESCAPE '\\' LIMIT 1",
                        (pattern,)).fetchone() is not None


NO_ANCHOR = ("this desk wrote to the register but keeps no record of the trail's end (its "
             "anchor is gone): a roll-back to an older copy could not be seen")


def rolled_back(conn: sqlite3.Connection, anchor: str | None) -> str:
    """What is missing when the database is older than the last entry this desk wrote."""
    if not anchor:
        return ""
    try:
        kept = json.loads(anchor)
        seq, mac = int(kept["seq"]), str(kept["mac"])
    except (ValueError, KeyError, TypeError):
        return ""
    row = conn.execute("SELECT mac FROM audit WHERE seq = ?", (seq,)).fetchone()
    if row is not None and hmac.compare_digest(str(row[0]), mac):
        return ""
    present = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    return (f"the register was put back to an older copy: this desk last wrote entry {seq}, "
            f"the trail holds {present}")


def verify_chain(conn: sqlite3.Connection, key: bytes) -> ChainCheck:
    """The trail entry by entry. A key that fits neither the first entry nor the last one's
    record is another register's key, not a forged trail: said as such (reason WRONG_KEY)."""
    found = _verify_chain(conn, key)
    if found.first_bad == 1 and not key_fits(conn, key):
        return ChainCheck(found.entries, None, WRONG_KEY)
    return found


def _verify_chain(conn: sqlite3.Connection, key: bytes) -> ChainCheck:
    rows = conn.execute("SELECT seq, at, actor, action, entity, before, after, mac, signer, "
                        "signature FROM audit ORDER BY seq").fetchall()
    trusted = desk_keys.registered(conn)
    previous = ""
    signing = False  # from the first signed entry on, every entry must be signed
    for position, row in enumerate(rows, start=1):
        seq, when, who, action, entity, before, after, mac, signer, signature = tuple(row)
        if seq != position:
            return ChainCheck(len(rows), position, f"entry {position} is numbered {seq}")
        fields = [seq, when, who, action, entity, before, after, previous]
        if not hmac.compare_digest(_mac(key, fields), str(mac)):
            return ChainCheck(len(rows), position, f"entry {position} does not match its seal")
        signing = signing or signature is not None
        if signing:
            problem = _signature_problem(trusted, fields, str(mac), who, signer, signature)
            if problem:
                return ChainCheck(len(rows), position, f"entry {position} {problem}")
        previous = mac
    head_row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head_row is None:
        if rows:
            return ChainCheck(len(rows), len(rows), "the record of the last entry is missing")
        return ChainCheck(0)
    head = json.loads(head_row[0])
    if not hmac.compare_digest(_mac(key, ["head", head["seq"], head["mac"]]), head["check"]):
        return ChainCheck(len(rows), None, "the record of the last entry was altered")
    written = int(head["seq"])
    if written != len(rows) or (rows and head["mac"] != rows[-1][7]):
        # The first entry past the shorter of the two: the one cut off, or the one added.
        bad = min(written, len(rows)) + (written != len(rows))
        return ChainCheck(len(rows), bad, f"{written} entries were written, {len(rows)} remain")
    return ChainCheck(len(rows))
