"""光盘核验单: one per disc, signed by the clerk and the deliverer (spec/printouts.md §1)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.inspection import CheckItem
from app.reports.layout import Column, Layout, Picture
from app.reports.stamp import Stamp
from app.reports.wording import DATE, Words, pick, seal_words, yes_no

ROLE_WORDS: dict[str, Words] = {
    "editable": ("可编辑版", "editable"), "scan": ("盖章版扫描件", "stamped scan"),
    "summary": ("汇总表", "summary table"), "summary_scan": ("汇总表扫描件", "summary scan"),
    "proof": ("佐证材料", "proof"), "archive": ("压缩包", "archive"),
    "executable": ("可执行文件", "executable"), "autorun": ("自动运行", "autorun"),
    "shortcut": ("快捷方式", "shortcut"),
    "junk": ("临时/系统文件", "temporary/system"), "note": ("说明", "note"),
    "superseded": ("已被更正版替代", "superseded"), "document": ("其他文档", "document"),
    "other": ("其他", "other"),
}


def role_words(role: str, lang: str = "zh") -> str:
    return pick(ROLE_WORDS.get(role, ROLE_WORDS["other"]), lang)


RESULT_WORDS: dict[str, Words] = {"pass": ("通过", "pass"), "fail": ("不通过", "fail"),
                                  "unchecked": ("未检测", "not checked")}
SEVERITY_WORDS: dict[str, Words] = {"error": ("错误", "error"), "warning": ("警告", "warning"),
                                    "info": ("提示", "note")}


@dataclass
class SheetCase:
    order: int | None
    name: str
    applicant: str
    direction: str
    editable_files: list[str]
    editable_format: str | None
    editable_opens: bool | None
    scan_files: list[str]
    scan_pages: int
    scan_is_scan: bool | None
    seal: str  # found | electronic | unsure | checked_stamped | checked_unstamped | none | unknown
    seal_pages: list[int]
    paper_required: int
    paper_received: int | None  # None: the disc is not in the register
    problems: list[str]
    seal_picture: bytes = b""
    seal_name: str = ""  # the expected name the seal was read to bear
    seal_name_page: int = 0
    mail: str = ""  # 电子邮件：一致 / 不一致（…）/ 未收到; empty for a disc not in the register


@dataclass
class SheetFinding:
    code: str  # kept for the JSON and the tests; never printed
    severity: str
    text: str
    where: str
    settled: str = ""  # how a person settled it: waived or a seal confirmed, by whom, when


@dataclass
class ManifestLine:
    path: str
    size: int
    type: str
    role: str
    case: int | None
    sha256: str


@dataclass
class DiscSheet:
    title: str
    receipt: str
    disc_number: str
    unit: str
    deliverer: str
    phone: str
    received_at: str
    on_time: bool | None
    label: str
    raw_labels: str
    carrier: str
    filesystems: str
    sessions: int
    capacity: int
    used: int
    file_count: int
    sha256: str
    sm3: str
    read_seconds: float | None
    bad_sectors: int
    bad_files: list[str]
    cases: list[SheetCase]
    checks: list[CheckItem]
    findings: list[SheetFinding]
    verdict: str  # in words
    note: str = ""  # what the clerk typed at the delivery
    clerk: str = ""  # 经办人, printed by name
    by_post: str = ""  # "快递（SF…）" when nobody came to sign for the unit
    manifest: list[ManifestLine] = field(default_factory=list)


def gigabytes(size: int) -> str:
    """GB to three decimals, as the handover forms want; a small disc also in MB, or every
    disc of a few megabytes reads 0.002 GB."""
    text = f"{size / 1_000_000_000:.3f} GB"
    return text if size >= 100_000_000 else f"{text}（{size / 1_000_000:.1f} MB）"


def seconds(value: float, lang: str) -> str:
    """How long reading took, to the precision that says something."""
    zh = lang.startswith("zh")
    if value < 0.01:
        return "不足 0.01 秒" if zh else "under 0.01 s"
    text = f"{value:.2f}" if value < 10 else f"{value:.0f}"
    return f"{text} 秒" if zh else f"{text} s"


def _name(path: str) -> str:
    """The file's own name: its folder is in the annex."""
    return path.rsplit("/", 1)[-1]


def _case_row(case: SheetCase, lang: str) -> list[str | Picture | None]:
    zh = lang.startswith("zh")
    editable = "\n".join(_name(p) for p in case.editable_files) or ("缺失" if zh else "missing")
    if case.editable_files:
        editable += ("\n格式 " if zh else "\nformat ") + (case.editable_format or "?").upper()
        editable += ("\n可打开：" if zh else "\nopens: ") + yes_no(case.editable_opens, lang)
    scan = "\n".join(_name(p) for p in case.scan_files) or ("缺失" if zh else "missing")
    if case.scan_files:
        scan += (f"\n{case.scan_pages}页  扫描件：" if zh else f"\n{case.scan_pages} p.  scan: ")
        scan += yes_no(case.scan_is_scan, lang)
        scan += ("\n印章：" if zh else "\nseal: ") + seal_words(
            case.seal, case.seal_pages, lang, case.seal_name, case.seal_name_page)
    paper = (f"应收 {case.paper_required}\n实收 "
             if zh else f"due {case.paper_required}\ngot ")
    paper += "—" if case.paper_received is None else str(case.paper_received)
    about = "\n".join(x for x in (case.name, case.applicant, case.direction) if x)
    picture = Picture(case.seal_picture, 20, 20) if case.seal_picture else None
    problems = "\n".join(case.problems) or ("无" if zh else "none")
    if case.mail:
        problems += "\n" + case.mail
    return ["" if case.order is None else str(case.order), about, editable, scan, paper,
            problems, picture]


def render_sheet(sheet: DiscSheet, stamp: Stamp, lang: str = "zh") -> bytes:
    page = Layout()
    page.title(sheet.title)
    page.space(2)

    def two_pairs(rows: list[tuple[str, str, str, str]]) -> None:
        page.table([Column("", 22, shaded=True), Column("", 65), Column("", 22, shaded=True),
                    Column("", 65)], [list(r) for r in rows], header=False)

    def one_pair(rows: list[tuple[str, str]]) -> None:
        page.table([Column("", 22, shaded=True), Column("", 152)], [list(r) for r in rows],
                   header=False)

    timing = "" if sheet.on_time is None else pick(
        ("（截止前送达）", " (before the deadline)") if sheet.on_time else
        ("（逾期送达）", " (after the deadline)"), lang)
    page.heading(pick(("一、收件信息", "1. Delivery"), lang))
    two_pairs([
        (pick(("收件编号", "Receipt no."), lang), sheet.receipt or "—",
         pick(("载体编号", "Disc no."), lang), sheet.disc_number or "—"),
        (pick(("推荐单位", "Unit"), lang), sheet.unit or "—",
         pick(("收到时间", "Received"), lang), (sheet.received_at or "—") + timing),
        (pick(("送件人", "Deliverer"), lang), sheet.deliverer or "—",
         pick(("联系电话", "Phone"), lang), sheet.phone or "—"),
    ])
    page.heading(pick(("二、光盘信息", "2. Disc"), lang))
    bad = (str(sheet.bad_sectors) if not sheet.bad_files else
           f"{sheet.bad_sectors}（{'、'.join(sheet.bad_files)}）")
    read_time = "—" if sheet.read_seconds is None else seconds(sheet.read_seconds, lang)
    two_pairs([
        (pick(("光盘卷标", "Label"), lang), sheet.label or "—",
         pick(("载体类型", "Carrier"), lang), sheet.carrier),
        (pick(("文件系统", "File systems"), lang), sheet.filesystems or "—",
         pick(("区段数", "Sessions"), lang), str(sheet.sessions)),
        (pick(("容量/已用", "Capacity/used"), lang),
         f"{gigabytes(sheet.capacity)} / {gigabytes(sheet.used)}",
         pick(("文件数", "Files"), lang), str(sheet.file_count)),
        (pick(("读取用时", "Read time"), lang), read_time,
         pick(("不可读扇区", "Unreadable sectors"), lang), bad),
    ])
    digests = [(pick(("镜像摘要", "Image digest"), lang), f"SHA-256：{sheet.sha256 or '—'}")]
    if sheet.sm3:
        digests.append(("", f"SM3：{sheet.sm3}"))
    if sheet.raw_labels:
        digests.append((pick(("原始卷标", "Raw labels"), lang), sheet.raw_labels))
    one_pair(digests)

    page.heading(pick(("三、案例核验（按推荐顺序）", "3. Cases (in recommendation order)"), lang))
    page.table([Column(pick(("顺序", "No."), lang), 10, "center"),
                Column(pick(("案例名称/申报单位/方向", "Case / applicant / direction"), lang), 38),
                Column(pick(("可编辑版", "Editable"), lang), 29),
                Column(pick(("盖章版", "Stamped scan"), lang), 31),
                Column(pick(("纸质版", "Paper"), lang), 14),
                Column(pick(("问题", "Problems"), lang), 28),
                Column(pick(("印章", "Seal"), lang), 24, "center")],
               [_case_row(case, lang) for case in sheet.cases]
               or [["", pick(("光盘中未识别出案例", "No case found on the disc"), lang),
                    "", "", "", "", None]], size=8)

    page.heading(pick(("四、检验项目", "4. Checks"), lang))
    page.table([Column(pick(("检验项目", "Check"), lang), 40),
                Column(pick(("结果", "Result"), lang), 24, "center"),
                Column(pick(("说明", "Note"), lang), 110)],
               [[pick(item.name, lang), pick(RESULT_WORDS[item.result], lang),
                 pick(item.note, lang)] for item in sheet.checks])

    page.heading(pick(("五、问题清单", "5. Findings"), lang))
    if sheet.findings:
        page.table([Column(pick(("序号", "No."), lang), 10, "center"),
                    Column(pick(("级别", "Level"), lang), 12, "center"),
                    Column(pick(("问题", "Problem"), lang), 62),
                    Column(pick(("位置", "Where"), lang), 48),
                    Column(pick(("处理", "Handling"), lang), 42)],
                   [[str(i), pick(SEVERITY_WORDS[f.severity], lang), f.text, f.where, f.settled]
                    for i, f in enumerate(sheet.findings, start=1)], size=8)
    else:
        page.paragraph(pick(("未发现问题。", "No findings."), lang))

    page.heading(pick(("六、结论", "6. Verdict"), lang))
    one_pair([(pick(("结论", "Verdict"), lang), sheet.verdict),
              (pick(("备注", "Remarks"), lang), sheet.note or "\n"),
              (pick(("经办人", "Clerk"), lang), sheet.clerk or "\n")])
    date = pick(DATE, lang)
    if sheet.by_post:  # nobody came: the unit's copy goes back with the clerk's signature only
        page.space(2)
        page.paragraph(pick((f"送达方式：{sheet.by_post}，无送件人当面签字。",
                             f"Delivered by {sheet.by_post}: nobody signed for the unit."),
                            lang))
        page.signatures([pick(("核验人（签字）：", "Checked by:"), lang)], date_label=date)
    else:
        page.signatures([pick(("核验人（签字）：", "Checked by:"), lang),
                         pick(("送件人（签字）：", "Delivered by:"), lang)], date_label=date)

    page.new_page()
    page.title(pick(("附件：光盘文件清单", "Annex: files on the disc"), lang), size=13)
    page.paragraph(pick((f"载体编号 {sheet.disc_number or '—'}；共 {len(sheet.manifest)} 个文件；"
                         "摘要算法：SHA-256",
                         f"Disc {sheet.disc_number or '—'}; {len(sheet.manifest)} files; "
                         "digest algorithm: SHA-256"), lang), align="center")
    page.space(1)
    page.table([Column(pick(("序号", "No."), lang), 9, "center"),
                Column(pick(("相对路径", "Path"), lang), 56),
                Column(pick(("大小（字节）", "Size (bytes)"), lang), 19, "right"),
                Column(pick(("类型", "Type"), lang), 10, "center"),
                Column(pick(("用途", "Role"), lang), 17, "center"),
                Column(pick(("案例", "Case"), lang), 9, "center"),
                Column("SHA-256", 54)],
               [[str(i), m.path, f"{m.size:,}", m.type.upper(),
                 role_words(m.role, lang),
                 "" if m.case is None else str(m.case), m.sha256]
                for i, m in enumerate(sheet.manifest, start=1)], size=7,
               caption=pick(("文件清单", "Files"), lang))
    return page.finish(stamp.footer(lang))
