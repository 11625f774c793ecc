"""The printed page before anyone stamps it: the application form's last page with its two
signature blocks, a recommendation letter (maybe red-headed), a body page, the summary table or
a cover, with the red things offices print and write that are not seals: letterheads and their
rules and stars, red titles and notes, red table borders, small round logos, red pen marks,
hand-drawn loops and rectangular approval stamps."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import pymupdf

from app.reports.fonts import cjk_font

MM = 72 / 25.4
A4_MM = (210.0, 297.0)
BLACK = (0.05, 0.05, 0.05)
BLUE_PEN = (0.12, 0.16, 0.55)
RED = (0.85, 0.1, 0.12)

_LINES = ["本单位承诺所填报的申报材料内容真实、准确、完整，无虚假信息，不涉及国家秘密和个人隐私。",
          "案例以数据标注为核心环节，已在生产环境稳定运行一年以上，形成可复制可推广的经验。",
          "标注数据集覆盖医疗影像、工业质检、自动驾驶等场景，累计标注样本超过两千万条。",
          "项目建立了三级质检机制，标注准确率稳定在百分之九十八以上，效率提升约四成。",
          "如有不实之处，本单位愿承担相应责任，并接受主管部门的调查与处理。",
          "推荐单位已对申报材料进行审核，同意推荐该案例参加数据标注优秀案例征集活动。"]
_HEADS = ["陕西省数据局文件", "西安市数据局", "宝鸡市数据局文件", "中共咸阳市委网信办",
          "延安市大数据管理局"]


@dataclass
class Layout:
    """A page laid out in points, with where a stamp naturally goes (in millimetres)."""

    page: pymupdf.Page
    anchors: list[tuple[float, float]] = field(default_factory=list)
    red: list[str] = field(default_factory=list)  # the red non-seal things printed or written


def _text(page: pymupdf.Page, x_mm: float, y_mm: float, text: str, size_pt: float,
          color: tuple[float, float, float] = BLACK) -> float:
    """Writes one line at (x, y) mm (baseline) and returns its width in mm."""
    writer = pymupdf.TextWriter(page.rect)
    writer.append((x_mm * MM, y_mm * MM), text, font=cjk_font(), fontsize=size_pt)
    writer.write_text(page, color=color)
    return cjk_font().text_length(text, fontsize=size_pt) / MM


def _paragraph(page: pymupdf.Page, rng: random.Random, x_mm: float, y_mm: float,
               width_mm: float, lines: int, size_pt: float = 11,
               color: tuple[float, float, float] = BLACK) -> float:
    per_line = max(4, int(width_mm * MM / size_pt))
    step = size_pt / MM * 1.75
    for i in range(lines):
        source = rng.choice(_LINES)
        text = (source * 2)[rng.randrange(len(source)):][:per_line]
        if i == lines - 1:
            text = text[: max(3, per_line * rng.randint(3, 9) // 10)]
        _text(page, x_mm, y_mm + i * step, text, size_pt, color)
    return y_mm + lines * step


def handwriting(page: pymupdf.Page, rng: random.Random, x_mm: float, y_mm: float,
                width_mm: float, color: tuple[float, float, float] = BLUE_PEN) -> None:
    """A signature: a few fast loops of pen."""
    points = []
    x = x_mm
    while x < x_mm + width_mm:
        points.append(pymupdf.Point(x * MM, (y_mm + rng.uniform(-4, 3)) * MM))
        x += rng.uniform(2, 6)
    for a, b, c, d in zip(points, points[1:], points[2:], points[3:], strict=False):
        if rng.random() < 0.6:
            page.draw_bezier(a, b, c, d, color=color, width=rng.uniform(0.6, 1.3))


def _date(page: pymupdf.Page, x_mm: float, y_mm: float) -> None:
    _text(page, x_mm, y_mm, "2025年10月   日", 11)


def _table(page: pymupdf.Page, x0: float, y0: float, x1: float, rows: list[float],
           color: tuple[float, float, float], split_mm: float | None = None) -> None:
    width = 0.8 if color is RED else 0.6
    y = y0
    page.draw_line((x0 * MM, y * MM), (x1 * MM, y * MM), color=color, width=width)
    for height in rows:
        y += height
        page.draw_line((x0 * MM, y * MM), (x1 * MM, y * MM), color=color, width=width)
    for x in (x0, x1, *((split_mm,) if split_mm else ())):
        page.draw_line((x * MM, y0 * MM), (x * MM, y * MM), color=color, width=width)


def form_end(page: pymupdf.Page, rng: random.Random, red_borders: bool) -> Layout:
    """The form's last page: the applicant's pledge and the recommending unit's opinion, each
    with a signature, a (盖章) line and a date, as two rows of a bordered table."""
    layout = Layout(page)
    color = RED if red_borders else BLACK
    if red_borders:
        layout.red.append("red table borders")
    top = rng.uniform(25, 60)
    first, second = rng.uniform(70, 100), rng.uniform(60, 95)
    _table(page, 20, top, 190, [first, second], color, split_mm=45)
    for row, (title, height) in enumerate((("申报单位承诺", first), ("推荐单位意见", second))):
        y = top + (first if row else 0)
        _text(page, 24, y + height / 2, title, 12)
        end = _paragraph(page, rng, 49, y + 10, 136, rng.randint(2, 4))
        if row == 0:
            _text(page, 52, end + 8, "法定代表人（签字）：", 11)
            handwriting(page, rng, 95, end + 7, rng.uniform(25, 40))
        who = "申报单位（盖章）" if row == 0 else "推荐单位（盖章）"
        _text(page, 120, y + height - 22, who, 11)
        _date(page, 125, y + height - 10)
        layout.anchors.append((140 + rng.uniform(-12, 12), y + height - 16 + rng.uniform(-8, 6)))
    return layout


def letter(page: pymupdf.Page, rng: random.Random, letterhead: bool) -> Layout:
    """A recommendation letter (推荐函): maybe a red head, a body, the unit and date below."""
    layout = Layout(page)
    top = 30.0
    if letterhead:
        top = red_head(page, rng, layout)
    _text(page, 70, top + 15, "关于推荐数据标注优秀案例的函", 16)
    end = _paragraph(page, rng, 25, top + 32, 160, rng.randint(6, 14), 12)
    y = min(end + 25, 250)
    _text(page, 125, y, rng.choice(_HEADS)[:6], 12)
    _date(page, 128, y + 10)
    layout.anchors.append((145 + rng.uniform(-10, 10), y + rng.uniform(-6, 8)))
    return layout


def red_head(page: pymupdf.Page, rng: random.Random, layout: Layout) -> float:
    """红头: the issuer's name in big red type, a red rule (sometimes double, with a star)."""
    size = rng.uniform(26, 40)
    head = rng.choice(_HEADS)
    width = cjk_font().text_length(head, fontsize=size) / MM
    y = rng.uniform(28, 45)
    _text(page, (210 - width) / 2, y, head, size, RED)
    rule = y + rng.uniform(8, 14)
    page.draw_line((20 * MM, rule * MM), (190 * MM, rule * MM), color=RED,
                   width=rng.uniform(1.5, 3))
    layout.red.append("red letterhead")
    if rng.random() < 0.4:
        page.draw_line((20 * MM, (rule + 1.5) * MM), (190 * MM, (rule + 1.5) * MM), color=RED,
                       width=0.6)
    if rng.random() < 0.4:  # party and government heads put a star in the rule
        star(page, 105, rule, rng.uniform(2.5, 4))
        layout.red.append("red star in the rule")
    return rule + 5


def star(page: pymupdf.Page, x_mm: float, y_mm: float, r_mm: float) -> None:
    points = []
    for k in range(10):
        r = r_mm * (1 if k % 2 == 0 else 0.382) * MM
        theta = -math.pi / 2 + k * math.pi / 5
        points.append(pymupdf.Point(x_mm * MM + r * math.cos(theta),
                                    y_mm * MM + r * math.sin(theta)))
    page.draw_polyline([*points, points[0]], color=None, fill=RED, width=0)


def body(page: pymupdf.Page, rng: random.Random) -> Layout:
    """A page of the application's text, with a heading."""
    layout = Layout(page)
    _text(page, 25, 30, "三、案例实施情况", 14)
    _paragraph(page, rng, 25, 42, 160, rng.randint(18, 30), 11)
    layout.anchors.append((rng.uniform(60, 160), rng.uniform(90, 250)))
    return layout


def summary_table(page: pymupdf.Page, rng: random.Random, red_borders: bool) -> Layout:
    """附件2 printed: the title, the 推荐单位（盖章） line and a bordered table."""
    layout = Layout(page)
    color = RED if red_borders else BLACK
    if red_borders:
        layout.red.append("red table borders")
    _text(page, 60, 28, "数据标注优秀案例申报汇总表", 16)
    _text(page, 20, 42, "推荐单位（盖章）：" + rng.choice(_HEADS)[:6], 11)
    rows = [9.0] * rng.randint(4, 8)
    _table(page, 15, 48, 195, rows, color, split_mm=30)
    for i, _ in enumerate(rows):
        _text(page, 18, 48 + 9 * i + 6.5, str(i), 10)
        _text(page, 33, 48 + 9 * i + 6.5, rng.choice(_LINES)[:20], 10)
    layout.anchors.append((60 + rng.uniform(-12, 15), 40 + rng.uniform(-5, 8)))
    return layout


def cover(page: pymupdf.Page, rng: random.Random) -> Layout:
    layout = Layout(page)
    _text(page, 45, 80, "数据标注优秀案例申报书", 24)
    _text(page, 40, 150, "案例名称：" + rng.choice(_LINES)[:14], 13)
    _text(page, 40, 165, "申报单位（盖章）：" + rng.choice(_HEADS)[:6], 13)
    _text(page, 40, 180, "推荐单位（盖章）：" + rng.choice(_HEADS)[:6], 13)
    _date(page, 80, 215)
    layout.anchors.append((110 + rng.uniform(-10, 15), 162 + rng.uniform(-6, 8)))
    return layout


def red_marks(page: pymupdf.Page, rng: random.Random, layout: Layout, count: int) -> None:
    """What offices add in red that is not a seal."""
    kinds = ["red title", "red note", "small red logo", "red pen", "hand-drawn red loop",
             "rectangular red stamp", "red tick"]
    for kind in rng.sample(kinds, k=min(count, len(kinds))):
        x, y = rng.uniform(25, 160), rng.uniform(40, 260)
        if kind == "red title":
            _text(page, x * 0.5 + 20, y, rng.choice(_LINES)[:rng.randint(6, 14)],
                  rng.uniform(14, 22), RED)
        elif kind == "red note":
            _paragraph(page, rng, x * 0.6 + 15, y, rng.uniform(30, 60), rng.randint(2, 6),
                       rng.uniform(9, 16), RED)
        elif kind == "small red logo":
            radius = rng.uniform(4, 8.5)  # letterhead logos: 8-17 mm across
            page.draw_circle((x * MM, y * MM), radius * MM, color=RED, width=radius * 0.15 * MM)
            star(page, x, y, radius * 0.5)
        elif kind == "red pen":
            handwriting(page, rng, x, y, rng.uniform(20, 45), RED)
            _text(page, x, y + 8, "同意", rng.uniform(16, 24), RED)
        elif kind == "hand-drawn red loop":
            _loop(page, rng, x, y)
        elif kind == "rectangular red stamp":
            w, h = rng.uniform(28, 45), rng.uniform(12, 20)
            page.draw_rect(pymupdf.Rect(x * MM, y * MM, (x + w) * MM, (y + h) * MM),
                           color=RED, width=1.2 * MM)
            _text(page, x + 3, y + h * 0.65, rng.choice(["已审核", "收文", "初审通过"]),
                  h * 1.4, RED)
        else:
            page.draw_polyline([(x * MM, y * MM), ((x + 3) * MM, (y + 4) * MM),
                                ((x + 10) * MM, (y - 6) * MM)], color=RED, width=1.6)
        layout.red.append(kind)


def _loop(page: pymupdf.Page, rng: random.Random, x: float, y: float) -> None:
    """A pen loop drawn round a phrase: wobbly, not closed, nothing inside it in red."""
    rx, ry = rng.uniform(12, 30), rng.uniform(6, 16)
    start = rng.uniform(0, 2 * math.pi)
    sweep = rng.uniform(1.6, 1.95) * math.pi
    points = []
    for k in range(40):
        t = start + sweep * k / 39
        wobble = 1 + rng.uniform(-0.06, 0.06) + 0.12 * k / 39
        points.append(pymupdf.Point((x + rx * wobble * math.cos(t)) * MM,
                                    (y + ry * wobble * math.sin(t)) * MM))
    page.draw_polyline(points, color=RED, width=rng.uniform(0.7, 1.4))
