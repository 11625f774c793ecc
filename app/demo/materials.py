"""Submission documents made in code, the way units' programs make them: the application form
(.docx), a stamped page, the summary table (附件2). The demo uses them to build a day's
deliveries; the tests build their discs from them too."""

from __future__ import annotations

import functools
import io
import math
import zipfile
from xml.sax.saxutils import escape

import openpyxl
import pymupdf

from app.reports.fonts import cjk_font_bytes

SEAL_RED = (0.86, 0.08, 0.1)
A4 = (595, 842)


@functools.cache
def _font_buffer() -> bytes:
    return cjk_font_bytes()


def docx(case_name: str | None = "智能医疗影像标注平台", *, pages: int = 3,
         paragraphs: list[str] | None = None) -> bytes:
    """A .docx laid out like the 申报书 template: a title, then a table whose first row is
    案例名称 | <name>, as Word writes it (with docProps/app.xml and its page count)."""
    body = [f'<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>'
            for p in (paragraphs or ["数据标注优秀案例申报书"])]
    if case_name is not None:
        cell = '<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
        body.append(f'<w:tbl><w:tr>{cell.format("案例名称")}{cell.format(escape(case_name))}'
                    '</w:tr></w:tbl>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                f'main"><w:body>{"".join(body)}</w:body></w:document>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/content-types"/>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        package.writestr("word/document.xml", document)
        package.writestr("docProps/app.xml", '<?xml version="1.0"?><Properties xmlns="http://'
                         'schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                         f'<Pages>{pages}</Pages></Properties>')
    return buffer.getvalue()


def page_with_text(doc: pymupdf.Document, lines: int = 28) -> pymupdf.Page:
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_font(fontname="cjk", fontbuffer=_font_buffer())
    for i in range(lines):
        line = f"数据标注优秀案例申报书 第{i + 1}行：案例的实施情况与成效"
        page.insert_text((60, 110 + i * 24), line, fontname="cjk", fontsize=11)
    return page


SEAL_NAME = "陕西某某科技有限公司"


@functools.cache
def _seal_font() -> pymupdf.Font:
    return pymupdf.Font(fontbuffer=_font_buffer())


def draw_seal(page: pymupdf.Page, centre: tuple[float, float] = (420, 660),
              diameter_mm: float = 42, color: tuple[float, float, float] = SEAL_RED,
              arc: float = 360, name: str = SEAL_NAME) -> None:
    """A round official seal: the rim, the star and the unit's name along the top. With `arc`
    below 360 only that much of the rim took ink (a stamp pressed on one side)."""
    r = diameter_mm / 25.4 * 72 / 2
    c = pymupdf.Point(centre)
    if arc >= 360:
        page.draw_circle(c, r, color=color, width=3)
    else:
        steps = max(8, int(arc / 3))
        points = [c + pymupdf.Point(r * math.cos(math.radians(k * arc / steps)),
                                    r * math.sin(math.radians(k * arc / steps)))
                  for k in range(steps + 1)]
        page.draw_polyline(points, color=color, width=3)
    star = [c + pymupdf.Point(r * 0.3 * math.cos(math.pi / 2 + k * 4 * math.pi / 5),
                              -r * 0.3 * math.sin(math.pi / 2 + k * 4 * math.pi / 5))
            for k in range(5)]
    page.draw_polyline([*star, star[0]], color=color, fill=color, width=0.5)
    # Engraved as a stamp is: along the rim, clockwise, each character upright towards the
    # rim, so that the name reads as on a real seal. A stamp pressed on one side leaves its
    # name unpressed too.
    size = r * 0.26
    for k, ch in enumerate(name if arc >= 360 else ""):
        angle = math.pi * (1.1 - k * 1.2 / max(len(name) - 1, 1))
        at = c + pymupdf.Point(r * 0.72 * math.cos(angle), -r * 0.72 * math.sin(angle))
        writer = pymupdf.TextWriter(page.rect)
        writer.append(at + pymupdf.Point(-size / 2, size * 0.38), ch, font=_seal_font(),
                      fontsize=size)
        writer.write_text(page, color=color, morph=(at, pymupdf.Matrix(math.degrees(angle) - 90)))


def summary_xlsx(rows: list[tuple], *, header: tuple[str, ...] = (
        "推荐顺序", "案例名称", "申报单位", "申报方向", "联系人", "联系电话"),
        unit: str = "西安市数据局", title: bool = True, two_row_header: bool = False) -> bytes:
    """附件2 as units fill it: a merged title, the 推荐单位（盖章） line, the header, rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "汇总表"
    r = 1
    if title:
        sheet.cell(r, 1, "附件2")
        r += 1
        sheet.cell(r, 1, "数据标注优秀案例申报汇总表")
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
        sheet.cell(r, 1, f"推荐单位（盖章）：{unit}")
        sheet.cell(r, 5, "填表日期：2025年10月20日")
        r += 1
    if two_row_header:
        for c, label in enumerate(header[:4], start=1):
            sheet.cell(r, c, label)
            sheet.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        sheet.cell(r, 5, "联系人")
        sheet.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        sheet.cell(r + 1, 5, "姓名")
        sheet.cell(r + 1, 6, "手机号码")
        r += 2
    else:
        for c, label in enumerate(header, start=1):
            sheet.cell(r, c, label)
        r += 1
    for row in rows:
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c, value)
        r += 1
    sheet.cell(r + 1, 1, "注：推荐顺序请勿重复。")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def scan_pdf(pages: int = 2, *, sealed: bool = True, half: bool = False,
             mark: str = "", seal_name: str = SEAL_NAME) -> bytes:
    """An image-only PDF as a scanner makes it: each page rasterised and JPEG-compressed; the
    first page carries the seal of `seal_name` unless `sealed` is False (`half`: only half of
    its rim took ink, so the program cannot be sure). `mark` (ASCII) at the foot makes two
    units' scans differ."""
    source = pymupdf.open()
    for number in range(1, pages + 1):
        page = page_with_text(source)
        if sealed and number == 1:
            draw_seal(page, arc=170 if half else 360, name=seal_name)
        if mark:
            page.insert_text((60, 820), mark, fontsize=7, fontname="helv")
    out = pymupdf.open()
    for page in source:
        pixmap = page.get_pixmap(dpi=120)
        target = out.new_page(width=A4[0], height=A4[1])
        target.insert_image(target.rect, stream=pixmap.tobytes("jpeg", jpg_quality=60))
    return out.tobytes(garbage=3, deflate=True)
