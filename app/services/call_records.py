"""The calls an office keeps in its register: made blank, from a template that ships with the
program, or as a copy of an earlier call; edited; made current; closed for the record; handed to
another office as a JSON file. Every change is audited."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.rules import CallRules
from app.errors import RegisterError, os_reason
from app.paths import resource_dir
from app.services.register import Register, add_call, now, rules_of
from app.store.durable import read_bounded, write_durably

CODE = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
MAX_CALL_FILE = 1 << 20  # a call's definition is a few KB; anything far larger is not one


@dataclass(frozen=True)
class CallRow:
    code: str
    title: str
    deadline: str
    current: bool
    closed: bool
    units: int
    deliveries: int


@dataclass(frozen=True)
class CallChanges:
    """What the clerk changes in a call (None: kept as it is)."""

    title: str | None = None
    title_en: str | None = None
    subject: str | None = None  # what is submitted, as form titles name it
    issuer: str | None = None
    deadline: str | None = None  # as typed, in the call's zone
    time_zone: str | None = None
    max_cases: int | None = None
    paper_copies: int | None = None
    directions: list[str] | None = None
    proofs: list[dict[str, Any]] | None = None  # [{"name": …, "words": […]}]
    requires: dict[str, bool] | None = None  # editable, scan, summary
    required_fields: list[str] | None = None
    columns: dict[str, list[str]] | None = None
    email_subject: str | None = None
    numbers: dict[str, str] | None = None  # receipt, disc
    severities: dict[str, str] | None = None


def split_words(text: str) -> list[str]:
    """a,b,c — with the Chinese commas and 、 people type."""
    for mark in ("，", "、", "；", ";"):
        text = text.replace(mark, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def proof_of(text: str) -> dict[str, Any] | None:
    """营业执照复印件：营业执照，执照 — a proof and the words that recognise its file."""
    name, _, words = text.replace("：", ":").partition(":")
    if not name.strip():
        return None
    return {"name": name.strip(), "words": split_words(words) or [name.strip()]}


def templates() -> list[str]:
    """The calls that ship with the program, to start a new one from."""
    return sorted(p.stem for p in (resource_dir() / "calls").glob("*.json"))


def template_mapping(name: str) -> dict[str, Any]:
    return dict(json.loads((resource_dir() / "calls" / f"{name}.json").read_text("utf-8")))


def list_calls(reg: Register) -> list[CallRow]:
    reg.call_row()  # a new register gets its built-in call first
    rows = reg.conn.execute(
        "SELECT c.*, (SELECT count(*) FROM units u WHERE u.call_id = c.id) AS units, "
        "(SELECT count(*) FROM deliveries d JOIN units u ON u.id = d.unit_id "
        "WHERE u.call_id = c.id) AS deliveries FROM calls c ORDER BY c.id").fetchall()
    return [CallRow(r["code"], r["title"], _deadline_text(rules_of(r)),
                    bool(r["current"]), bool(r["closed_at"]), int(r["units"]),
                    int(r["deliveries"])) for r in rows]


def _deadline_text(rules: CallRules) -> str:
    return rules.written(rules.deadline) if rules.deadline else ""


def call_mapping(reg: Register, code: str) -> dict[str, Any]:
    """A call's whole definition, numbers included, as it is exported."""
    row = _row(reg, code)
    mapping = json.loads(row["rules"])
    mapping["numbers"] = {"receipt": row["receipt_format"], "disc": row["disc_format"]}
    return mapping


def new_call(reg: Register, code: str, *, source: str | None = None,
             changes: CallChanges = CallChanges()) -> CallRules:
    """A call made from `source` (a call of the register or a template), or blank."""
    code = code.strip()
    if not CODE.fullmatch(code):
        raise RegisterError("call_code_invalid", call=code)
    reg.call_row()  # a new register gets its built-in call first, as the current one
    if source is None:
        base: dict[str, Any] = {"title": {"zh": code}, "directions": []}
    elif reg.conn.execute("SELECT 1 FROM calls WHERE code = ?", (source,)).fetchone():
        base = call_mapping(reg, source)
    elif source in templates():
        base = template_mapping(source)
    else:
        raise RegisterError("call_unknown", call=source, known=", ".join(dict.fromkeys(
            [r.code for r in list_calls(reg)] + templates())))
    base.pop("notice", None)  # the notice belongs to the call it was written for
    mapping = _changed({**base, "id": code}, changes)
    with reg.changes(calls=True) as change:
        _refuse_taken(change.conn, code)
        rules = _checked(change.conn, mapping, code)
        add_call(change, mapping)
    return rules


def edit_call(reg: Register, code: str, changes: CallChanges) -> CallRules:
    row = _row(reg, code)
    if row["closed_at"]:
        raise RegisterError("call_closed", call=code)
    before = call_mapping(reg, code)
    mapping = _changed(dict(before), changes)
    with reg.changes(calls=True) as change:
        rules = _checked(change.conn, mapping, code)
        stored = {k: v for k, v in mapping.items() if k != "numbers"}
        change.conn.execute(
            "UPDATE calls SET title = ?, rules = ?, receipt_format = ?, disc_format = ? "
            "WHERE id = ?", (rules.title_text(), json.dumps(stored, ensure_ascii=False),
                             rules.numbers["receipt"], rules.numbers["disc"], row["id"]))
        change.log("call.edit", f"call:{code}", before=before, after=mapping)
    return rules


def use_call(reg: Register, code: str) -> None:
    """The call every desk works on from now on (unless a command names another)."""
    row = _row(reg, code)
    if row["current"]:
        return
    with reg.changes(calls=True) as change:
        old = change.conn.execute("SELECT code FROM calls WHERE current = 1").fetchone()
        change.conn.execute("UPDATE calls SET current = 0 WHERE current = 1")
        change.conn.execute("UPDATE calls SET current = 1 WHERE id = ?", (row["id"],))
        change.log("call.use", f"call:{code}", before={"current": old[0] if old else None},
                   after={"current": code})


def close_call(reg: Register, code: str) -> None:
    """Kept for the record, read-only: nothing more is received or recorded in it."""
    row = _row(reg, code)
    if row["closed_at"]:
        raise RegisterError("call_closed", call=code)
    with reg.changes(calls=True) as change:
        change.conn.execute("UPDATE calls SET closed_at = ? WHERE id = ?", (now(), row["id"]))
        change.log("call.close", f"call:{code}", after={"closed": True})


def reopen_call(reg: Register, code: str, reason: str) -> None:
    """A call closed by mistake (or too early: a late unit's correction is still to come)
    takes changes again; the reason stays in the trail."""
    reason = reason.strip()
    if not reason:
        raise RegisterError("reopen_reason_empty")
    row = _row(reg, code)
    if not row["closed_at"]:
        raise RegisterError("call_open", call=code)
    with reg.changes(calls=True) as change:
        change.conn.execute("UPDATE calls SET closed_at = NULL WHERE id = ?", (row["id"],))
        change.log("call.reopen", f"call:{code}", before={"closed_at": row["closed_at"]},
                   after={"closed": False, "reason": reason})


def export_call(reg: Register, code: str, path: Path) -> None:
    text = json.dumps(call_mapping(reg, code), ensure_ascii=False, indent=2) + "\n"
    try:
        write_durably(path, text.encode("utf-8"))
    except OSError as exc:
        raise RegisterError("call_file_unwritable", path=str(path),
                            reason=os_reason(exc)) from exc
    reg.note("call.export", f"call:{code}", after={"file": str(path)})


def import_call(reg: Register, path: Path) -> CallRules:
    """A call another office made, under its own code (which this register must not hold)."""
    data = read_bounded(path, MAX_CALL_FILE, "call_file_invalid")
    try:
        mapping = json.loads(data.decode("utf-8-sig"))
        if not isinstance(mapping, dict) or not isinstance(mapping.get("id"), str):
            raise ValueError("no id")
    except (ValueError, UnicodeDecodeError) as exc:
        raise RegisterError("call_file_invalid", path=str(path),
                            reason="JSON") from exc
    code = mapping["id"].strip()
    if not CODE.fullmatch(code):
        raise RegisterError("call_code_invalid", call=code)
    reg.call_row()
    with reg.changes(calls=True) as change:
        _refuse_taken(change.conn, code)
        rules = _checked(change.conn, mapping, code)
        add_call(change, mapping)
        change.log("call.import", f"call:{code}", after={"file": str(path)})
    return rules


# ---- checks ------------------------------------------------------------------------------


def _row(reg: Register, code: str) -> sqlite3.Row:
    reg.call_row()  # a new register gets its built-in call first
    row = reg.conn.execute("SELECT * FROM calls WHERE code = ?", (code.strip(),)).fetchone()
    if row is None:
        known = [r[0] for r in reg.conn.execute("SELECT code FROM calls ORDER BY id")]
        raise RegisterError("call_unknown", call=code, known=", ".join(known))
    return row


def _refuse_taken(conn: sqlite3.Connection, code: str) -> None:
    if conn.execute("SELECT 1 FROM calls WHERE code = ?", (code,)).fetchone():
        raise RegisterError("call_exists", call=code)


def _changed(mapping: dict[str, Any], changes: CallChanges) -> dict[str, Any]:
    """The definition with the clerk's changes; a typed deadline stored in the call's zone."""
    title = dict(mapping.get("title") or {})
    if changes.title is not None:  # another call: the copied English title and subject go
        title = {"zh": changes.title.strip()}
        if changes.subject is None:
            mapping.pop("subject", None)
    if changes.title_en is not None:
        title["en"] = changes.title_en.strip()
    mapping["title"] = {k: v for k, v in title.items() if v}
    if changes.subject is not None:
        mapping["subject"] = {"zh": changes.subject.strip()} if changes.subject.strip() else {}
    plain = {"issuer": changes.issuer, "time_zone": changes.time_zone,
             "max_cases": changes.max_cases, "paper_copies": changes.paper_copies,
             "proofs": changes.proofs, "required_fields": changes.required_fields,
             "columns": changes.columns, "email_subject": changes.email_subject,
             "severities": changes.severities}
    mapping.update({k: v for k, v in plain.items() if v is not None})
    if changes.directions is not None:
        mapping["directions"] = [d.strip() for d in changes.directions if d.strip()]
    if changes.requires is not None:
        mapping["requires"] = {**mapping.get("requires", {}), **changes.requires}
    if changes.numbers is not None:
        mapping["numbers"] = {**mapping.get("numbers", {}), **changes.numbers}
    if changes.deadline is not None:
        mapping["deadline"] = _deadline(mapping, changes.deadline)
    return mapping


def _deadline(mapping: dict[str, Any], typed: str) -> str | None:
    if not typed.strip():
        return None
    zone_only = {"id": "-", "time_zone": mapping.get("time_zone", "Asia/Shanghai")}
    try:
        return CallRules.from_mapping(zone_only).local_time(typed).isoformat()
    except ValueError as exc:
        raise RegisterError("time_invalid", text=typed) from exc


def _checked(conn: sqlite3.Connection, mapping: dict[str, Any], code: str) -> CallRules:
    """The rules, refused with a reason the clerk can act on."""
    for key, least in (("max_cases", 1), ("paper_copies", 0)):
        value = mapping.get(key, least)
        if not isinstance(value, int) or isinstance(value, bool) or not least <= value <= 999:
            raise RegisterError(f"call_{key}_invalid", value=value)
    try:
        rules = CallRules.from_mapping(mapping)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RegisterError("call_invalid", call=code, reason=str(exc)) from exc
    for other in conn.execute("SELECT * FROM calls WHERE code != ?", (code,)).fetchall():
        theirs = rules_of(other)
        for series in ("receipt", "disc"):
            if theirs.number(series, 1) == rules.number(series, 1):
                raise RegisterError("call_numbers_clash", call=other["code"],
                                    number=rules.number(series, 1))
    return rules
