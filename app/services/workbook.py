"""The master workbook of the whole call, for the experts' review: units, cases and files, the
cases' files copied out beside it and linked; and reading it back, which takes only what people
may write in it (remarks, first review) and changes nothing when nothing was written."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.verdict import verdict_text
from app.disc.report_files import ReportFiles
from app.errors import RegisterError
from app.reports.verification_sheet import role_words
from app.services.case_list import mail_report, unit_cases
from app.services.register import Register, now
from app.services.status import CallStatus, UnitStatus, call_status
from app.store.audit import actor
from app.store.durable import write_durably
from app.store.file_names import long_path, safe_relative
from app.table.export import Col, SheetRows, read_workbook, write_workbook

UNITS, CASES, FILES = "单位", "案例", "文件"
REVIEW_CHOICES = ("待定", "推荐", "不推荐")
EDITABLE = {UNITS: ("unit", "推荐单位", ("备注",)), CASES: ("case", "编号", ("初审意见", "备注"))}

UNIT_COLS = [Col("推荐单位"), Col("是否送达"), Col("首次送达时间"), Col("是否逾期"),
             Col("收件编号"), Col("光盘"), Col("案例数"), Col("结论"), Col("未处理问题"),
             Col("已豁免问题"), Col("收件备注"), Col("备注", editable=True)]
CASE_COLS = [Col("编号"), Col("推荐单位"), Col("推荐顺序"), Col("案例名称"), Col("申报单位"),
             Col("申报方向"), Col("联系人"), Col("联系电话"), Col("可编辑版"), Col("盖章版"),
             Col("印章"), Col("纸质版（实收/应收）"), Col("结论"), Col("问题"),
             Col("可编辑版文件", link=True), Col("盖章版文件", link=True),
             Col("初审意见", choices=REVIEW_CHOICES), Col("备注", editable=True)]
FILE_COLS = [Col("光盘"), Col("推荐单位"), Col("路径", link=True), Col("大小（字节）"),
             Col("类型"), Col("用途"), Col("案例"), Col("SHA-256")]


@dataclass
class Exported:
    workbook: Path
    folder: Path | None
    units: int
    cases: int
    files: int
    copied: int
    missing: list[str] = field(default_factory=list)  # files not there as received


def _yes(value: bool) -> str:
    return "是" if value else "否"


def _remarks(reg: Register) -> dict[tuple[str, str, str], str]:
    return {(r["kind"], r["subject"], r["field"]): r["value"]
            for r in reg.conn.execute("SELECT kind, subject, field, value FROM remarks")}


def _unit_row(unit: UnitStatus, status: CallStatus, remarks: dict[tuple[str, str, str], str]
              ) -> list[object]:
    first = unit.first_received
    open_count = sum(1 for s in unit.findings if s.open)
    waived = sum(1 for s in unit.findings if s.waiver is not None)
    delivered = "是（仅邮件）" if unit.by_mail_only else _yes(unit.delivered)
    return [unit.name, delivered, status.call.shown(first) if first else "",
            _yes(unit.late) if unit.arrived else "",
            "、".join(d.receipt for d in unit.standing_deliveries),
            "、".join(d.number for d in unit.discs),
            len(unit.cases), unit.standing(),
            open_count, waived, "；".join(d.note for d in unit.standing_deliveries if d.note),
            remarks.get(("unit", unit.name, "备注"), "")]


def _case_rows(unit: UnitStatus, status: CallStatus, report: dict[str, Any],
               remarks: dict[tuple[str, str, str], str], links: dict[str, str]
               ) -> list[list[object]]:
    rows: list[list[object]] = []
    for case in unit_cases(unit, report):
        rows.append([
            case.key, unit.name, case.order or "", case.name, case.applicant, case.direction,
            case.contact, case.phone, _yes(case.editable), _yes(case.scan), case.seal.words(),
            f"{case.paper}/{status.call.paper_copies}", verdict_text(case.verdict),
            "\n".join(f.text() for f in case.problems),
            _link(case.editable_paths, links), _link(case.scan_paths, links),
            remarks.get(("case", case.key, "初审意见"), ""),
            remarks.get(("case", case.key, "备注"), "")])
    return rows


def _link(paths: list[str], links: dict[str, str]) -> str:
    if not paths:
        return ""
    name = "\n".join(p.rsplit("/", 1)[-1] for p in paths)
    return f"{name}\t{links[paths[0]]}" if paths[0] in links else name


def _sheets(reg: Register, status: CallStatus, folder: Path | None, result: Exported
            ) -> list[SheetRows]:
    remarks = _remarks(reg)
    units = SheetRows(UNITS, UNIT_COLS, [_unit_row(u, status, remarks) for u in status.units])
    cases, files = SheetRows(CASES, CASE_COLS), SheetRows(FILES, FILE_COLS)
    for unit in status.units:
        if unit.by_mail_only:  # its cases as its e-mail holds them, until a disc comes
            cases.rows.extend(_case_rows(unit, status, mail_report(reg, unit), remarks, {}))
        for number, line in enumerate(unit.discs, start=1):
            row = reg.conn.execute("SELECT report, image_path FROM discs WHERE disc_number = ?",
                                   (line.number,)).fetchone()
            report = json.loads(row["report"])
            newest = number == len(unit.discs)
            links = _copy_out(reg, line.number, row["image_path"], report, folder, result) \
                if newest and folder is not None else {}
            if newest:
                cases.rows.extend(_case_rows(unit, status, report, remarks, links))
            types = {e["path"]: e.get("type") or "" for e in report.get("files", [])}
            for f in reg.conn.execute("SELECT * FROM disc_files WHERE disc_id = "
                                      "(SELECT id FROM discs WHERE disc_number = ?) "
                                      "ORDER BY path", (line.number,)):
                target = links.get(f["path"])
                files.rows.append([line.number, unit.name,
                                   f"{f['path']}\t{target}" if target else f["path"],
                                   f["size"], types.get(f["path"], "").upper(),
                                   role_words(f["role"] or "other"),
                                   f["case_no"] or "", f["sha256"] or ""])
    return [units, cases, files]


def _copy_out(reg: Register, disc: str, image: str, report: dict[str, Any],
              folder: Path, result: Exported) -> dict[str, str]:
    """The cases' files (and the summary table) of a disc, copied next to the workbook;
    returns each copied file's link, relative to the workbook."""
    wanted = [f["path"] for f in report.get("files", [])
              if f.get("role") in ("editable", "scan", "summary", "summary_scan")]
    links: dict[str, str] = {}
    with ReportFiles(reg.archive.resolve(image), report.get("files", [])) as files:
        for path in wanted:
            data = files.read(path)
            if data is None:
                result.missing.append(f"{disc}:{path}")
                continue
            relative = safe_relative(disc) / safe_relative(path)
            target = folder / relative
            Path(long_path(target.parent)).mkdir(parents=True, exist_ok=True)
            write_durably(long_path(target), data)
            links[path] = f"{folder.name}/{relative.as_posix()}"
            result.copied += 1
    return links


def export_workbook(reg: Register, call: str, target: Path, *, copy_files: bool = True
                    ) -> Exported:
    status = call_status(reg)
    if call.strip() != status.call.id:
        raise RegisterError("call_unknown", call=call, known=status.call.id)
    folder = target.with_name(target.stem + "_文件") if copy_files else None
    result = Exported(target, folder, len(status.units), 0, 0, 0)
    sheets = _sheets(reg, status, folder, result)
    result.cases, result.files = len(sheets[1].rows), len(sheets[2].rows)
    write_durably(target, write_workbook(sheets))
    return result


@dataclass
class Imported:
    changed: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    ignored: list[tuple[str, str, str]] = field(default_factory=list)  # sheet, key, column
    unknown: list[tuple[str, str]] = field(default_factory=list)  # sheet, key


def import_workbook(reg: Register, source: Path) -> Imported:
    """Take back what people wrote in the workbook's own columns. A changed fact (a name, a
    count) is not taken: the register is the record; it is listed as ignored."""
    status = call_status(reg)
    fresh = {s.name: s for s in _sheets(reg, status, None, Exported(source, None, 0, 0, 0, 0))}
    try:
        sheets = read_workbook(source.read_bytes())
    except Exception as exc:  # not a workbook, damaged, unreadable: the clerk's file, named
        raise RegisterError("workbook_unreadable", path=str(source),
                            reason="damaged") from exc
    stored = _remarks(reg)
    result = Imported()
    for name, (kind, key_column, editable) in EDITABLE.items():
        spec = fresh[name]
        titles = [c.title for c in spec.columns]
        by_key = {str(row[titles.index(key_column)]): row for row in spec.rows}
        for row in sheets.get(name, []):
            key = row.get(key_column, "")
            if key not in by_key:
                result.unknown.append((name, key))
                continue
            for title, value, col in zip(titles, by_key[key], spec.columns, strict=True):
                text = row.get(title, "")
                if title in editable:
                    if text != stored.get((kind, key, title), ""):
                        result.changed.append((kind, key, title,
                                               stored.get((kind, key, title), ""), text))
                elif text != _shown(value, col):
                    result.ignored.append((name, key, title))
    if result.changed:
        with reg.change("workbook.import", f"file:{source.name}",
                        after={"changes": [list(c) for c in result.changed]}) as conn:
            for kind, key, title, _, text in result.changed:
                conn.execute(
                    "INSERT INTO remarks(kind, subject, field, value, changed_at, changed_by) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(kind, subject, field) DO UPDATE "
                    "SET value = excluded.value, changed_at = excluded.changed_at, "
                    "changed_by = excluded.changed_by", (kind, key, title, text, now(), actor()))
    return result


def _shown(value: object, col: Col) -> str:
    """A cell as read back from the workbook."""
    if col.link and isinstance(value, str):
        value = value.split("\t", 1)[0]
    return "" if value is None else str(value)
