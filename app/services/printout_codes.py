"""The verification code every printout carries: an HMAC under the register's key (kept in the
OS keyring) over the printout's essential fields. The register keeps what each printout showed,
so a paper presented later can be told genuine, and current or superseded.

The code covers what the printout says, not when it was printed: printing the same facts again
gives the same code; any change to the facts gives another.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import re
from typing import Any, Literal

from app.services.register import Register, now
from app.store.audit import actor

Kind = Literal["sheet", "receipt", "notice"]
CODE_CHARS = 12


def essentials(model: Any) -> dict[str, Any]:
    """A printout's facts: its model without pictures; the manifest by its digest."""
    content = dataclasses.asdict(model)
    for case in content.get("cases", []):
        case.pop("seal_picture", None)
    if "manifest" in content:
        listing = json.dumps(content.pop("manifest"), ensure_ascii=False, sort_keys=True)
        content["manifest_sha256"] = hashlib.sha256(listing.encode("utf-8")).hexdigest()
    content.pop("read_seconds", None)  # how long reading took is no fact about the disc
    return content


def canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def make_code(key: bytes, kind: str, content: dict[str, Any]) -> str:
    mac = hmac.new(key, f"printout\n{kind}\n{canonical(content)}".encode(), hashlib.sha256)
    text = base64.b32encode(mac.digest()).decode("ascii")[:CODE_CHARS]
    return "-".join(text[i:i + 4] for i in range(0, CODE_CHARS, 4))


def normal_code(text: str) -> str:
    """What the clerk typed, in the printed form: spaces and case do not matter; O/0, I/1 are
    read as base32 has them."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum()).replace("0", "O").replace("1", "I")
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


TRAIL_MARK = re.compile(r"^\s*(\d{1,9})\s*-\s*([0-9A-Fa-f]{8})\s*$")


def trail_mark(reg: Register, kind: str, subject: str, code: str) -> str:
    """Where the trail stood when this printout was first made: the number of its audit entry
    and the start of that entry's seal, as the paper carries them ("57-3FA2B9C0")."""
    for seq, mac, after in reg.conn.execute(
            "SELECT seq, mac, after FROM audit WHERE action = 'printout.make' AND entity = ? "
            "ORDER BY seq", (f"{kind}:{subject}",)).fetchall():
        if json.loads(after or "{}").get("code") == code:
            return f"{seq}-{str(mac)[:8].upper()}"
    return ""


def trail_holds(reg: Register, mark: str) -> bool | None:
    """Whether the register still holds the entry a paper's trail mark names (None: not a
    mark). An entry gone or different: the register was put back past the paper."""
    found = TRAIL_MARK.match(mark)
    if found is None:
        return None
    row = reg.conn.execute("SELECT mac FROM audit WHERE seq = ?",
                           (int(found.group(1)),)).fetchone()
    return row is not None and str(row[0]).upper().startswith(found.group(2).upper())


@dataclasses.dataclass(frozen=True)
class Issued:
    code: str
    made_at: dt.datetime  # UTC
    new: bool  # False: the same facts were printed before, under this code


def issue(reg: Register, kind: Kind, subject: str, receipt: str,
          content: dict[str, Any]) -> Issued:
    """Record a printout about to be made; a reprint of the same facts keeps its code."""
    code = make_code(reg.key(), kind, content)
    made = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    known = reg.conn.execute("SELECT 1 FROM printouts WHERE kind = ? AND subject = ? AND code = ?",
                             (kind, subject, code)).fetchone()
    if known is not None:
        reg.note("printout.reprint", f"{kind}:{subject}", after={"code": code})
        return Issued(code, made, False)
    # A closed call's records are printed still (a lost receipt, a sheet never printed): a
    # printout adds to the record of what was given out, it changes no record of the call.
    with reg.changes(calls=True) as change:
        change.log("printout.make", f"{kind}:{subject}", after={"receipt": receipt, "code": code})
        change.conn.execute("INSERT INTO printouts(kind, subject, receipt_number, code, content, "
                     "made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (kind, subject, receipt, code, canonical(content), now(), actor()))
    return Issued(code, made, True)
