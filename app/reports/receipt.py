"""收件回执: one per delivery, two slips on one A4 page, one kept and one handed over
(spec/printouts.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field

import segno

from app.reports.layout import MM, PAGE, Column, Layout, QrCode
from app.reports.stamp import Stamp
from app.reports.wording import DATE, Words, pick

METHOD_WORDS: dict[str, Words] = {"hand": ("当面送达", "by hand"), "post": ("邮寄", "by post"),
                                  "courier": ("快递", "by courier")}


def method_text(method: str, tracking: str, lang: str) -> str:
    """快递（单号 SF…）: how it came, with the tracking number when there is one."""
    text = pick(METHOD_WORDS.get(method, METHOD_WORDS["hand"]), lang)
    if tracking:
        text += (f"（单号 {tracking}）" if lang.startswith("zh") else f" (tracking {tracking})")
    return text


COPIES: tuple[Words, Words] = (("存根（收件处留存）", "Counterfoil (kept by the desk)"),
                               ("回执（交送件人）", "Receipt (for the deliverer)"))


@dataclass
class PaperLine:
    case: str
    required: int
    received: int
    stamped: int


@dataclass
class ReceiptSlip:
    title: str
    receipt: str
    unit: str
    deliverer: str
    phone: str
    received_at: str
    on_time: bool
    method: str  # hand | post | courier
    tracking: str
    clerk: str
    summary_paper: bool
    paper: list[PaperLine] = field(default_factory=list)
    discs: list[str] = field(default_factory=list)  # "SJBZ-2025-GP001（卷标）"
    office: str = ""
    note: str = ""  # 备注 the clerk typed at the delivery
    voided: str = ""  # why the delivery was voided: the slip says so in its title


def qr_code(text: str) -> QrCode:
    code = segno.make(text, error="m", micro=False)
    return QrCode(tuple(tuple(bool(v) for v in row) for row in code.matrix_iter(scale=1,
                                                                                 border=0)), 20)


def _slip(page: Layout, slip: ReceiptSlip, copy: Words, stamp: Stamp, lang: str) -> None:
    zh = lang.startswith("zh")
    top = page.y
    qr = qr_code(slip.receipt)
    page.draw_qr(qr, page.right - qr.size_mm * MM, top)
    page.title(slip.title + (pick(("（已作废）", " (VOIDED)"), lang) if slip.voided else ""),
               size=14)
    page.paragraph(pick(copy, lang), size=9, align="center")
    page.y = max(page.y, top + qr.size_mm * MM + 1 * MM)
    method = method_text(slip.method, slip.tracking, lang)
    timing = pick(("截止前送达", "before the deadline") if slip.on_time else
                  ("逾期送达", "after the deadline"), lang)
    cols = [Column("", 20, shaded=True), Column("", 67), Column("", 20, shaded=True),
            Column("", 67)]
    page.table(cols, [
        [pick(("收件编号", "Receipt no."), lang), slip.receipt,
         pick(("推荐单位", "Unit"), lang), slip.unit],
        [pick(("送件人", "Deliverer"), lang), " ".join(x for x in (slip.deliverer, slip.phone) if x)
         or "—", pick(("送达方式", "Delivered"), lang), method],
        [pick(("收到时间", "Received"), lang), f"{slip.received_at}（{timing}）" if zh
         else f"{slip.received_at} ({timing})", pick(("收件人", "Clerk"), lang), slip.clerk],
    ], header=False, size=8.5)
    none = pick(("本次未收到光盘", "none this time"), lang)
    discs = "、".join(slip.discs) if slip.discs else none
    page.table([Column("", 20, shaded=True), Column("", 154)], [
        [pick(("电子光盘", "Discs"), lang), discs],
        [pick(("盖章汇总表", "Stamped summary"), lang),
         pick(("纸质版已收到", "paper copy received") if slip.summary_paper else
              ("未收到", "not received"), lang)],
    ], header=False, size=8.5)
    if slip.voided:
        page.paragraph(pick((f"本次收件已作废：{slip.voided}", f"This delivery was voided: "
                                                           f"{slip.voided}"), lang), size=9)
    if slip.note:
        page.table([Column("", 20, shaded=True), Column("", 154)],
                   [[pick(("备注", "Note"), lang), slip.note]], header=False, size=8.5)
    page.table([Column(pick(("纸质版（案例）", "Paper copies (case)"), lang), 94),
                Column(pick(("应收（份）", "Due"), lang), 26, "center"),
                Column(pick(("实收（份）", "Received"), lang), 26, "center"),
                Column(pick(("已盖章（份）", "Stamped"), lang), 28, "center")],
               [[p.case, str(p.required), str(p.received), str(p.stamped)]
                for p in slip.paper] or
               [[pick(("本次未登记纸质版", "no paper copies recorded"), lang), "", "", ""]],
               size=8.5)
    page.signatures([pick(("收件人（签字）：", "Received by:"), lang),
                     pick(("送件人（签字）：", "Delivered by:"), lang)],
                    date_label=pick(DATE, lang), size=9)
    page.paragraph(stamp.code_line(lang), size=7.5, align="right")


def render_receipt(slip: ReceiptSlip, stamp: Stamp, lang: str = "zh") -> bytes:
    """Both copies on one page when they fit in half a page each, else each on its pages."""
    page = Layout()
    page.new_page()
    _slip(page, slip, COPIES[0], stamp, lang)
    if page.doc.page_count == 1 and page.y < PAGE.height / 2 - 8 * MM:
        page.y = PAGE.height / 2 - 4 * MM
        page.cut_line(pick(("沿此线裁开", "cut here"), lang))
        page.y = PAGE.height / 2 + 6 * MM
        _slip(page, slip, COPIES[1], stamp, lang)
        if page.doc.page_count == 1:
            return page.finish(stamp.footer(lang))
    page.doc.close()
    page = Layout()
    for copy in COPIES:
        page.new_page()
        _slip(page, slip, copy, stamp, lang)
    return page.finish(stamp.footer(lang))
