"""What each printout shows, gathered from the register (or, for a disc not yet in it, from its
check): the models app/reports renders."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.core.delivery_checks import PaperCount, count_for
from app.core.entities import filesystems_text
from app.core.findings import Finding, Severity
from app.core.inspection import inspection_items
from app.core.mail_compare import case_line
from app.core.rules import CallRules
from app.core.verdict import Verdict, verdict_text
from app.disc.report_files import ReportFiles
from app.documents.pdf import seal_picture
from app.errors import RegisterError
from app.reports.receipt import PaperLine, ReceiptSlip, method_text
from app.reports.remedies import remedy
from app.reports.return_notice import NoticeItem, ReturnNotice
from app.reports.verification_sheet import DiscSheet, ManifestLine, SheetCase, SheetFinding
from app.services.case_list import PAPER_CODES
from app.services.register import Register
from app.services.standing import seal_state, settled_text
from app.services.status import Shown, UnitStatus, call_status
from app.store.audit import clerk

CD_BYTES = 900_000_000
DVD_BYTES = 4_700_000_000
DVD_DL_BYTES = 8_550_000_000


def form_title(call: CallRules, form: tuple[str, str], lang: str) -> str:
    """数据标注优秀案例 + 申报材料光盘核验单: what the call collects, then the form's name."""
    zh, en = form
    return call.subject_text(lang) + (zh if lang.startswith("zh") else f": {en}")


def finding_text(finding: Finding, lang: str) -> str:
    detail = finding.detail_text(lang)
    return f"{finding.text(lang)}（{detail}）" if detail else finding.text(lang)


def _case_label(index: int | None, cases: Sequence[dict[str, Any]], lang: str) -> str:
    if index is None or not 1 <= index <= len(cases):
        return ""
    name = cases[index - 1].get("name") or ""
    return f"案例{index}：{name}" if lang.startswith("zh") else f"case {index}: {name}"


def _where(shown: Shown, cases: Sequence[dict[str, Any]], lang: str) -> str:
    return "\n".join(x for x in (_case_label(shown.case, cases, lang), shown.finding.path or "")
                     if x)


def _carrier(kind: str, capacity: int, lang: str) -> str:
    zh = lang.startswith("zh")
    if kind == "folder":
        return "已挂载的文件夹" if zh else "mounted folder"
    if kind == "iso":
        return "镜像文件" if zh else "image file"
    if capacity <= CD_BYTES:
        return "CD-R"
    if capacity <= DVD_BYTES:
        return "DVD±R"
    return "DVD±R DL" if capacity <= DVD_DL_BYTES else "BD-R"


def _picture(scan: dict[str, Any], files: ReportFiles | None, types: dict[str, str]) -> bytes:
    """The first seal found, or else the first ring the program was not sure about."""
    for seal in (scan.get("seals") or scan.get("doubts") or [])[:1]:
        data = files.read(seal["path"]) if files is not None else None
        if data:
            return seal_picture(data, types.get(seal["path"]) or "pdf", seal["page"],
                                seal["box_mm"])
    return b""


def _paper_problems(count: PaperCount | None, required: int, lang: str) -> list[str]:
    """The case's paper as its row shows it (the findings name them per delivery)."""
    problems = []
    if count is None or count.short(required):
        problems.append(Finding("paper_copies_short").text(lang))
    if count is not None and count.unstamped:
        problems.append(Finding("paper_unstamped").text(lang))
    return problems


def build_sheet(report: dict[str, Any], call: CallRules, shown: Sequence[Shown],
                outcome: Verdict, *, files: ReportFiles | None,
                delivery: dict[str, Any] | None = None, paper: Sequence[PaperCount] | None = None,
                mail: dict[int, str] | None = None, lang: str = "zh") -> DiscSheet:
    """`delivery`: receipt, disc, unit, deliverer, phone, received_at (datetime) when the disc
    is in the register; None for a disc checked before intake."""
    cases = report.get("cases") or []
    volume = report.get("volume") or {}
    source = report.get("source") or {}
    types = {f["path"]: f.get("type") or "" for f in report.get("files", [])}
    sheet_cases = []
    for index, case in enumerate(cases, start=1):
        own = [s for s in shown if s.case == index]
        editable, scan = case.get("editable") or {}, case.get("scan") or {}
        count = count_for(paper or [], case.get("order"), case.get("name") or "")
        sheet_cases.append(SheetCase(
            order=case.get("order"), name=case.get("name") or "",
            applicant=case.get("applicant") or "", direction=case.get("direction") or "",
            editable_files=list(editable.get("paths", [])),
            editable_format=editable.get("format"),
            editable_opens=editable.get("valid") if editable.get("present") else None,
            scan_files=list(scan.get("paths", [])), scan_pages=int(scan.get("pages") or 0),
            scan_is_scan=scan.get("image_only") if scan.get("present") else None,
            seal=(state := seal_state(scan, own)).kind, seal_pages=list(state.pages),
            seal_name=state.name, seal_name_page=state.name_page,
            paper_required=call.paper_copies,
            paper_received=None if paper is None else (count.received if count else 0),
            problems=[_with_settlement(s, call, lang)
                      for s in own if s.finding.severity != Severity.INFO]
            + ([] if paper is None else _paper_problems(count, call.paper_copies, lang)),
            seal_picture=_picture(scan, files, types), mail=(mail or {}).get(index, "")))
    bad = [s.finding for s in shown if s.finding.code == "bad_sectors"]
    labels = volume.get("labels") or {}
    raw = ("；".join(f"{k}: {v}" for k, v in sorted(labels.items()))
           if len(set(labels.values())) > 1 else "")
    readable = report.get("readable", True)
    open_findings = [s.finding for s in shown if s.open]
    received = delivery["received_at"] if delivery else None
    return DiscSheet(
        title=form_title(call, ("申报材料光盘核验单", "disc verification sheet"), lang),
        receipt=delivery["receipt"] if delivery else "",
        disc_number=delivery["disc"] if delivery else "",
        unit=delivery["unit"] if delivery else "",
        deliverer=delivery["deliverer"] if delivery else "",
        phone=delivery["phone"] if delivery else "",
        received_at=call.written(received, lang) if received else "",
        on_time=None if received is None else not call.is_late(received),
        label=volume.get("label") or "", raw_labels=raw,
        carrier=_carrier(source.get("kind", "iso"), int(source.get("size") or 0), lang),
        filesystems=filesystems_text(volume.get("filesystems", [])),
        sessions=int(volume.get("sessions") or 1),
        capacity=int(volume.get("declared_size") or source.get("size") or 0),
        used=sum(int(f.get("size") or 0) for f in report.get("files", []) if "!" not in f["path"]),
        file_count=sum(1 for f in report.get("files", []) if "!" not in f["path"]),
        sha256=source.get("sha256") or "", sm3=source.get("sm3") or "",
        read_seconds=source.get("read_seconds"),
        bad_sectors=sum(int(f.params.get("sectors", 0) or 0) for f in bad),
        bad_files=[f.path for f in bad if f.path],
        cases=sheet_cases,
        checks=inspection_items(open_findings, readable=readable),
        findings=[SheetFinding(s.finding.code, s.finding.severity.value,
                               finding_text(s.finding, lang), _where(s, cases, lang),
                               settled_text(s, call, lang)) for s in shown],
        verdict=verdict_text(outcome, lang),
        note=delivery.get("note", "") if delivery else "",
        clerk=clerk() if delivery else "",
        by_post=delivery.get("by_post", "") if delivery else "",
        manifest=[ManifestLine(f["path"], int(f.get("size") or 0), f.get("type") or "",
                               f.get("role") or "other", f.get("case"), f.get("sha256") or "")
                  for f in report.get("files", [])],
    )


def _with_settlement(shown: Shown, call: CallRules, lang: str) -> str:
    """A case's problem as its row shows it, with how a person settled it."""
    settled = settled_text(shown, call, lang)
    text = shown.finding.text(lang)
    return f"{text}\n→ {settled}" if settled else text


# -- from the register ------------------------------------------------------------------------


def _delivery_row(reg: Register, receipt: str) -> Any:
    row = reg.conn.execute(
        "SELECT d.*, u.name AS unit FROM deliveries d JOIN units u ON u.id = d.unit_id "
        "WHERE d.receipt_number = ?", (receipt.strip(),)).fetchone()
    if row is None:
        raise RegisterError("receipt_unknown", receipt=receipt)
    return row


def disc_sheet(reg: Register, disc_number: str, lang: str = "zh") -> DiscSheet:
    row = reg.conn.execute(
        "SELECT di.report, di.image_path, de.receipt_number, de.received_at, de.deliverer, "
        "de.deliverer_phone, de.note, de.method, de.tracking_number, u.name AS unit FROM discs di "
        "JOIN deliveries de ON de.id = di.delivery_id JOIN units u ON u.id = de.unit_id "
        "WHERE di.disc_number = ?", (disc_number.strip(),)).fetchone()
    if row is None:
        raise RegisterError("disc_unknown", disc=disc_number)
    status = call_status(reg)
    unit = status.unit(row["unit"])
    line = next(d for d in unit.discs if d.number == disc_number.strip())
    report = json.loads(row["report"])
    image = reg.archive.resolve(row["image_path"])
    delivery = {"receipt": row["receipt_number"], "disc": line.number, "unit": row["unit"],
                "deliverer": row["deliverer"], "phone": row["deliverer_phone"],
                "received_at": dt.datetime.fromisoformat(row["received_at"]),
                "note": row["note"] or "", "by_post": _by_post(row, lang)}
    open_ones = [s.finding for s in unit.findings if s.open]
    mail = {index: case_line(open_ones, case.get("name") or "", case.get("order"),
                             mails=unit.emails, compared=unit.mail_imported, lang=lang)
            for index, case in enumerate(report.get("cases") or [], start=1)}
    with ReportFiles(Path(image), report.get("files", [])) as files:
        return build_sheet(report, status.call, line.findings, line.verdict, files=files,
                           delivery=delivery, paper=unit.paper, mail=mail, lang=lang)


def _by_post(row: Any, lang: str) -> str:
    """"快递（SF123…）" for a disc that came by post or courier; empty when it was handed in."""
    if row["method"] == "hand":
        return ""
    return method_text(row["method"], row["tracking_number"] or "", lang)


def receipt_slip(reg: Register, receipt: str, lang: str = "zh") -> ReceiptSlip:
    _, call = reg.call()
    row = _delivery_row(reg, receipt)
    received = dt.datetime.fromisoformat(row["received_at"])
    paper = [PaperLine(p["case_name"] if p["case_name"] != "*" else
                       ("全部案例" if lang.startswith("zh") else "every case"),
                       p["required"], p["received"], p["stamped"])
             for p in reg.conn.execute("SELECT * FROM paper_copies WHERE delivery_id = ? "
                                       "ORDER BY id", (row["id"],))]
    discs = [f"{d['disc_number']}（{d['label']}）" if d["label"] else d["disc_number"]
             for d in reg.conn.execute("SELECT disc_number, label FROM discs "
                                       "WHERE delivery_id = ? ORDER BY id", (row["id"],))]
    return ReceiptSlip(
        title=form_title(call, ("申报材料收件回执", "receipt"), lang),
        receipt=row["receipt_number"], unit=row["unit"], deliverer=row["deliverer"],
        phone=row["deliverer_phone"], received_at=call.written(received, lang),
        on_time=not call.is_late(received), method=row["method"],
        tracking=row["tracking_number"], clerk=row["clerk"],
        summary_paper=bool(row["summary_paper"]), paper=paper, discs=discs, office=call.issuer,
        note=row["note"] or "", voided=(row["voided_reason"] or "—") if row["voided_at"] else "")


def _unit_of(reg: Register, receipt: str) -> tuple[Any, UnitStatus, CallRules]:
    row = _delivery_row(reg, receipt)
    status = call_status(reg)
    return row, status.unit(row["unit"]), status.call


def return_notice(reg: Register, receipt: str, lang: str = "zh") -> ReturnNotice:
    """Only for a unit whose verdict, as of this delivery, is return_for_correction."""
    row, unit, call = _unit_of(reg, receipt)
    if unit.verdict != "return_for_correction":
        raise RegisterError("notice_not_needed", receipt=receipt.strip(),
                            verdict=unit.verdict or "none")
    cases = [{"name": c.name, "order": c.order} for c in unit.cases]
    items: list[NoticeItem] = []
    grouped: dict[str, NoticeItem] = {}  # the paper short in three cases is one thing to fix
    for s in unit.findings:
        if not s.open or s.finding.severity != Severity.ERROR:
            continue
        if s.finding.code in PAPER_CODES:
            detail = s.finding.detail_text(lang)
            item = grouped.get(s.finding.code)
            if item is None:
                item = grouped[s.finding.code] = NoticeItem(
                    s.finding.text(lang), detail, remedy(s.finding.code, lang))
                items.append(item)
            else:
                item.where += "\n" + detail
            continue
        items.append(NoticeItem(finding_text(s.finding, lang), _where(s, cases, lang) or
                                ("本次报送" if lang.startswith("zh") else "the delivery"),
                                remedy(s.finding.code, lang)))
    received = dt.datetime.fromisoformat(row["received_at"])
    deadline = call.correction_deadline
    return ReturnNotice(
        title=form_title(call, ("申报材料退回补正通知", "return for correction"), lang),
        subject=call.subject_text(lang), unit=unit.name, receipt=row["receipt_number"],
        received_at=call.written(received, lang), items=items,
        deadline=call.written(deadline, lang) if deadline else "", office=call.issuer,
        clerk=clerk())
