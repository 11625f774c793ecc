"""Printouts made from the register: gather, record with a verification code, render; and the
check of a presented printout's receipt number and code."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from app.disc.report_files import ReportFiles
from app.errors import RegisterError
from app.reports.receipt import render_receipt
from app.reports.return_notice import render_notice
from app.reports.stamp import Stamp
from app.reports.verification_sheet import render_sheet
from app.services.disc_report import verification_report
from app.services.ingest import disc_finding_keys
from app.services.printout_codes import (
    Kind,
    canonical,
    essentials,
    issue,
    make_code,
    normal_code,
    trail_holds,
    trail_mark,
)
from app.services.printouts import build_sheet, disc_sheet, receipt_slip, return_notice
from app.services.register import Register
from app.services.status import Shown
from app.services.verify import Verification

UNREGISTERED_CODE = "—"


@dataclasses.dataclass(frozen=True)
class Made:
    kind: Kind
    subject: str
    receipt: str
    code: str
    pdf: bytes
    new: bool


_RENDER: dict[str, Callable[[Any, Stamp, str], bytes]] = {
    "sheet": render_sheet, "receipt": render_receipt, "notice": render_notice}


def _model(reg: Register, kind: str, subject: str, lang: str) -> Any:
    if kind == "sheet":
        return disc_sheet(reg, subject, lang)
    if kind == "receipt":
        return receipt_slip(reg, subject, lang)
    return return_notice(reg, subject, lang)


def _content(model: Any, lang: str) -> dict[str, Any]:
    return {**essentials(model), "lang": lang}


def make(reg: Register, kind: Kind, subject: str, lang: str = "zh") -> Made:
    """The sheet of a disc (subject: disc number), the receipt slip or the return notice of a
    delivery (subject: receipt number)."""
    reg.follow_record(subject)
    model = _model(reg, kind, subject, lang)
    subject = model.disc_number if kind == "sheet" else model.receipt
    issued = issue(reg, kind, subject, model.receipt, _content(model, lang))
    _, call = reg.call()
    stamp = Stamp(model.receipt, issued.made_at.astimezone(call.zone), issued.code,
                  trail_mark(reg, kind, subject, issued.code))
    return Made(kind, subject, model.receipt, issued.code, _RENDER[kind](model, stamp, lang),
                issued.new)


def precheck_sheet(v: Verification, lang: str = "zh") -> bytes:
    """The sheet of a disc checked before intake: no receipt, no code; it says it is not a
    record of receipt."""
    report = verification_report(v)
    shown = [Shown(k.key, k.finding, None, None, k.case) for k in disc_finding_keys("", v)]
    source = Path(v.reading.data_path)
    with ReportFiles(source, report["files"]) as files:
        sheet = build_sheet(report, v.call, shown, v.verdict, files=files, lang=lang)
    sheet.note = ("未登记收件：本核验单仅为预检结果，不作为收件凭证。" if lang.startswith("zh") else
                  "Not registered: a pre-check only, not a record of receipt.")
    made = dt.datetime.now(v.call.zone)
    return render_sheet(sheet, Stamp("—", made, UNREGISTERED_CODE), lang)


State = Literal["unknown", "altered", "current", "superseded", "rolled_back"]


@dataclasses.dataclass
class PrintoutCheck:
    state: State
    receipt: str
    code: str
    kind: str = ""
    subject: str = ""
    made_at: str = ""
    made_by: str = ""
    newer: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (code, made_at)

    @property
    def genuine(self) -> bool:
        return self.state in ("current", "superseded")


def check_printout(reg: Register, receipt: str, code: str, trail: str = "") -> PrintoutCheck:
    """Did this register make a printout with this receipt number and code, unchanged; and do
    its facts still hold, or has a later printout (or a later change) superseded it? With the
    paper's trail mark: does the register still hold the entry the paper saw (a register put
    back to an older copy does not, whatever else it holds)?"""
    receipt, code = receipt.strip(), normal_code(code)
    reg.follow_record(receipt)
    result = PrintoutCheck("unknown", receipt, code)
    if trail and trail_holds(reg, trail) is False:
        result.state = "rolled_back"
        return result
    row = reg.conn.execute("SELECT * FROM printouts WHERE receipt_number = ? AND code = ? "
                           "ORDER BY id DESC", (receipt, code)).fetchone()
    if row is None:
        return result
    result.kind, result.subject = row["kind"], row["subject"]
    _, call = reg.call()
    result.made_at = call.shown(dt.datetime.fromisoformat(row["made_at"]))
    result.made_by = row["made_by"]
    content = json.loads(row["content"])
    if make_code(reg.key(), row["kind"], content) != code:
        result.state = "altered"
        return result
    later = reg.conn.execute(
        "SELECT code, made_at FROM printouts WHERE kind = ? AND subject = ? AND id > ? "
        "AND code != ? ORDER BY id", (row["kind"], row["subject"], row["id"], code))
    result.newer = [(r["code"], call.shown(dt.datetime.fromisoformat(r["made_at"])))
                    for r in later]
    try:
        now = _content(_model(reg, row["kind"], row["subject"], content.get("lang", "zh")),
                       content.get("lang", "zh"))
    except RegisterError:  # e.g. a return notice the unit no longer needs
        now = None
    result.state = "current" if now is not None and canonical(now) == canonical(content) \
        else "superseded"
    return result
