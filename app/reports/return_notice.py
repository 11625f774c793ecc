"""退回补正通知: what a unit must fix, in plain words, and by when (spec/printouts.md §3)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.reports.layout import MM, Column, Layout
from app.reports.stamp import Stamp
from app.reports.wording import DATE, pick


@dataclass
class NoticeItem:
    problem: str  # the finding in plain words, with its particulars
    where: str  # the case or the file it concerns
    remedy: str  # what must be supplied or corrected


@dataclass
class ReturnNotice:
    title: str
    subject: str  # 数据标注优秀案例
    unit: str
    receipt: str
    received_at: str
    items: list[NoticeItem] = field(default_factory=list)
    deadline: str = ""  # by when, in the call's zone; empty when the call sets none
    office: str = ""
    clerk: str = ""


def render_notice(notice: ReturnNotice, stamp: Stamp, lang: str = "zh") -> bytes:
    zh = lang.startswith("zh")
    page = Layout(size=10.5)
    page.title(notice.title)
    page.paragraph(f"{pick(('编号', 'No.'), lang)}：{notice.receipt}", size=10, align="center")
    page.space(4)
    page.paragraph(f"{notice.unit}：" if zh else f"To {notice.unit}:", size=11)
    page.space(1)
    intro = (f"贵单位于 {notice.received_at} 报送的{notice.subject}申报材料（收件编号 "
             f"{notice.receipt}）经核验，存在以下问题，需补正后重新报送：" if zh else
             f"The {notice.subject} submission your unit delivered on {notice.received_at} "
             f"(receipt {notice.receipt}) was checked and must be corrected and delivered "
             "again for the following reasons:")
    page.paragraph(intro, size=11, indent_mm=0)
    page.space(2)
    page.table([Column(pick(("序号", "No."), lang), 10, "center"),
                Column(pick(("问题", "Problem"), lang), 58),
                Column(pick(("涉及案例或文件", "Case or file"), lang), 48),
                Column(pick(("需补交或更正", "To supply or correct"), lang), 58)],
               [[str(i), item.problem, item.where, item.remedy]
                for i, item in enumerate(notice.items, start=1)], size=9.5)
    page.space(3)
    # The closing words, the office and both signatures stay together: a page 2 holding only
    # the signatures is no notice anyone signs.
    page.need(72 * MM)
    if notice.deadline:
        when = (f"请于 {notice.deadline} 前将补正后的材料（纸质版、光盘）送达，并同步发送电子邮件。"
                if zh else f"Please deliver the corrected materials (paper and disc) by "
                f"{notice.deadline} and send them by e-mail as well.")
    else:  # the call sets none: the clerk writes the date agreed with the unit
        when = ("请于 ______年____月____日____时前将补正后的材料（纸质版、光盘）送达，"
                "并同步发送电子邮件。" if zh else
                "Please deliver the corrected materials (paper and disc) by "
                "__________________ and send them by e-mail as well.")
    page.paragraph(when, size=11)
    page.paragraph(pick(("补正时请携带本通知。", "Please bring this notice with the correction."),
                        lang), size=11)
    page.space(6)
    if notice.office:
        page.paragraph(notice.office, size=11, align="right")
    page.paragraph(f"{stamp.made_at:%Y年%m月%d日}" if zh else f"{stamp.made_at:%Y-%m-%d}",
                   size=11, align="right")
    if notice.clerk:  # printed by name, as on every slip an office hands out
        page.paragraph(pick((f"经办人：{notice.clerk}", f"Clerk: {notice.clerk}"), lang),
                       size=11)
    page.signatures([pick(("经办人（签字）：", "Clerk:"), lang),
                     pick(("送件人签收：", "Received by:"), lang)],
                    date_label=pick(DATE, lang))
    return page.finish(stamp.footer(lang))
