"""Submission documents built in code: application forms, stamped scans, summary tables, OFD
files, old-format OLE2 files and archives, made the way units' programs make them."""

from __future__ import annotations

import io
import math
import random
import struct
import zipfile

import numpy as np
import pymupdf

from app.demo.materials import (
    A4,
    SEAL_NAME,
    SEAL_RED,
    docx,
    draw_seal,
    page_with_text,
    summary_xlsx,
)

FAINT_RED = (0.97, 0.62, 0.62)
__all__ = ["docx", "summary_xlsx"]  # the tests build forms and tables through this module


def draw_letterhead(page: pymupdf.Page) -> None:
    """A red-headed document (红头文件): a big red title and a red rule under it."""
    page.insert_text((95, 70), "某某市数据局文件", fontname="cjk", fontsize=32, color=SEAL_RED)
    page.draw_line((50, 88), (545, 88), color=SEAL_RED, width=2)


def _paper_grain(seed: int) -> pymupdf.Pixmap:
    """Scanner noise on paper: what makes real scans several times larger than clean ones."""
    width, height = 1654, 2339  # one grain per pixel of a 200 dpi scan
    grain = random.Random(seed).randbytes(width * height)
    alpha = bytes([36]) * (width * height)
    samples = bytearray(2 * width * height)
    samples[0::2], samples[1::2] = grain, alpha
    return pymupdf.Pixmap(pymupdf.csGRAY, width, height, bytes(samples), 1)


def draw_red_text(page: pymupdf.Page, lines: int = 8, size: float = 11) -> None:
    """A block of red text about as wide as high (a handwritten-style red note, 红字批注)."""
    for i in range(lines):
        page.insert_text((300, 500 + i * size * 1.4), "红色批注文字示例"[: max(3, lines)],
                         fontname="cjk", fontsize=size, color=SEAL_RED)


def scan_pdf(pages: int = 3, *, seal_pages: tuple[int, ...] = (1,),
             letterhead_pages: tuple[int, ...] = (), red_text_pages: tuple[int, ...] = (),
             grey: bool = False, faint: bool = False, skew: float = 0.0, quality: int = 60,
             dpi: int = 150, ocr: bool = False, grain: bool = False, mark: str = "",
             seal_name: str = SEAL_NAME) -> bytes:
    """An image-only PDF as a scanner makes it: every page rasterised, JPEG-compressed, and
    placed as one page-sized image (optionally under an invisible OCR text layer). `mark`
    (ASCII) is printed small at the foot so that two units' scans differ."""
    source = pymupdf.open()
    texture = _paper_grain(1) if grain else None
    for number in range(1, pages + 1):
        page = page_with_text(source)
        if texture is not None:
            page.insert_image(page.rect, pixmap=texture, overlay=False)
        if number in letterhead_pages:
            draw_letterhead(page)
        if number in red_text_pages:
            draw_red_text(page, lines=4 + number * 2, size=20 - number * 3)
        if number in seal_pages:
            draw_seal(page, color=FAINT_RED if faint else SEAL_RED, name=seal_name)
        if mark:
            page.insert_text((60, 820), mark, fontsize=7, fontname="helv")
    out = pymupdf.open()
    for page in source:
        pixmap = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB)
        if skew:
            pixmap = _skewed(pixmap, skew, grey)
        target = out.new_page(width=A4[0], height=A4[1])
        target.insert_image(target.rect, stream=pixmap.tobytes("jpeg", jpg_quality=quality))
        if ocr:
            target.insert_text((60, 110), "数据标注优秀案例申报书 OCR text layer " * 3,
                               render_mode=3, fontname="helv", fontsize=11)
    return out.tobytes(garbage=3, deflate=True)


def _skewed(pixmap: pymupdf.Pixmap, degrees: float, grey: bool) -> pymupdf.Pixmap:
    """The page as it lies crooked on the scanner glass."""
    doc = pymupdf.open()
    page = doc.new_page(width=pixmap.width, height=pixmap.height)
    page.insert_image(page.rect, pixmap=pixmap, rotate=0)
    matrix = pymupdf.Matrix(degrees)
    shown = doc.convert_to_pdf()
    tilted = pymupdf.open()
    target = tilted.new_page(width=pixmap.width, height=pixmap.height)
    target.show_pdf_page(target.rect, pymupdf.open("pdf", shown), 0, rotate=degrees)
    del matrix
    return target.get_pixmap(colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB)


def text_pdf(pages: int = 3, *, letterhead: bool = True, seal_image: bool = False) -> bytes:
    """A PDF exported straight from Word/WPS: real text, maybe a red letterhead, no scan."""
    doc = pymupdf.open()
    for number in range(pages):
        page = page_with_text(doc)
        if letterhead and number == 0:
            draw_letterhead(page)
    return doc.tobytes()


def scan_image(*, seal: bool = True, kind: str = "jpeg", grey: bool = False) -> bytes:
    """One scanned page saved as an image file (units sometimes deliver JPG pages)."""
    doc = pymupdf.open()
    page = page_with_text(doc)
    if seal:
        draw_seal(page)
    pixmap = page.get_pixmap(dpi=120, colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB)
    return pixmap.tobytes("jpeg" if kind == "jpeg" else "png")


def ole2(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file holding the given streams, the container .doc/.wps/.xls use.
    Each stream is padded to 4096 bytes so it lives in regular sectors (no mini stream)."""
    sector = 512
    body = b""
    entries = [("Root Entry", 5, 0xFFFFFFFE, 0)]
    chains: list[tuple[int, int]] = []
    next_sector = 0
    for name, data in streams.items():
        data = data.ljust(4096, b"\0")
        count = math.ceil(len(data) / sector)
        chains.append((next_sector, count))
        entries.append((name, 2, next_sector, len(data)))
        body += data.ljust(count * sector, b"\0")
        next_sector += count
    dir_start = next_sector
    fat_index = dir_start + 1
    fat = [0xFFFFFFFF] * (sector // 4)
    for start, count in chains:
        for k in range(count):
            fat[start + k] = start + k + 1 if k + 1 < count else 0xFFFFFFFE
    fat[dir_start] = 0xFFFFFFFE
    fat[fat_index] = 0xFFFFFFFD
    directory = b""
    for index, (name, kind, start, size) in enumerate(entries):
        encoded = (name + "\0").encode("utf-16-le")
        child = 1 if index == 0 and len(entries) > 1 else 0xFFFFFFFF
        right = index + 1 if 0 < index < len(entries) - 1 else 0xFFFFFFFF
        record = encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
        record += struct.pack("<III", 0xFFFFFFFF, right, child) + b"\0" * 16 + b"\0" * 4
        record += b"\0" * 16 + struct.pack("<IQ", start, size)
        directory += record.ljust(128, b"\0")
    directory = directory.ljust(sector, b"\0")
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 0x20, 6)
    struct.pack_into("<IIII", header, 0x2C, 1, dir_start, 0, 4096)
    struct.pack_into("<IIII", header, 0x3C, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = [fat_index] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    return bytes(header) + body + directory + struct.pack(f"<{sector // 4}I", *fat)


def legacy_doc() -> bytes:
    """A Word 97-2003 .doc's container: the WordDocument and 1Table streams."""
    return ole2({"WordDocument": b"\xec\xa5" + b"\0" * 1000, "1Table": b"\0" * 100})


class _LocalNameInfo(zipfile.ZipInfo):
    """A member whose name is stored in GBK without the UTF-8 flag, as tools on Chinese
    Windows write it (zipfile itself would always write UTF-8 for a non-ASCII name)."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def zip_of(files: dict[str, bytes], *, gbk: bool = False) -> bytes:
    """A ZIP as Windows' 发送到→压缩文件夹 or WinRAR on Chinese Windows writes it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            kind = _LocalNameInfo if gbk else zipfile.ZipInfo
            info = kind(name, date_time=(2025, 10, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _circle_ops(cx: float, cy: float, r: float) -> str:
    k = 0.5523 * r
    return (f"{cx + r} {cy} m {cx + r} {cy + k} {cx + k} {cy + r} {cx} {cy + r} c "
            f"{cx - k} {cy + r} {cx - r} {cy + k} {cx - r} {cy} c "
            f"{cx - r} {cy - k} {cx - k} {cy - r} {cx} {cy - r} c "
            f"{cx + k} {cy - r} {cx + r} {cy - k} {cx + r} {cy} c")


def esealed_pdf(*, pages: int = 2, seal_page: int = 2, signed: bool = True) -> bytes:
    """A typed PDF carrying an electronic seal, as 电子签章 systems make one: a signature field
    on the last page whose appearance is the red seal (a ring and a star), and the signature
    itself (not a valid one: only its presence is read)."""
    doc = pymupdf.open()
    for _ in range(pages):
        page_with_text(doc)
    page = doc[seal_page - 1]
    size, height = 120, page.rect.height
    star = []
    for k in range(10):
        r = 22 if k % 2 == 0 else 22 * 0.382
        t = math.pi / 2 + k * math.pi / 5
        star.append(f"{60 + r * math.cos(t):.2f} {60 + r * math.sin(t):.2f} {'l' if k else 'm'}")
    look = doc.get_new_xref()
    doc.update_object(look, f"<< /Type /XObject /Subtype /Form /BBox [0 0 {size} {size}] "
                            "/Resources << >> >>")
    doc.update_stream(look, (f"q 0.86 0.1 0.12 RG 0.86 0.1 0.12 rg 5 w {_circle_ops(60, 60, 55)}"
                             f" S {' '.join(star)} h f Q").encode())
    value = ""
    if signed:
        signature = doc.get_new_xref()
        doc.update_object(signature, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter "
                                     "/adbe.pkcs7.detached /M (D:20251020100000+08'00') "
                                     "/ByteRange [0 0 0 0] /Contents <3082> >>")
        value = f"/V {signature} 0 R"
    x, y = 380, 600
    widget = doc.get_new_xref()
    doc.update_object(widget, f"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Seal1) /F 4 "
                              f"/Rect [{x} {height - y - size} {x + size} {height - y}] "
                              f"/P {page.xref} 0 R /AP << /N {look} 0 R >> {value} >>")
    doc.xref_set_key(page.xref, "Annots", f"[{widget} 0 R]")
    doc.xref_set_key(doc.pdf_catalog(), "AcroForm", f"<< /Fields [{widget} 0 R] /SigFlags 3 >>")
    return doc.tobytes()


def ofd(*, signed: bool = False, seal: bool = True, typed: bool = False,
        stamp: bool = False) -> bytes:
    """A one-page OFD whose page is a scanned image (as 数科/福昕 OFD tools save scans), or
    typed text; `stamp` adds an electronic seal shown on the page (GB/T 38540 StampAnnot)."""
    image = scan_image(seal=seal)
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    signed = signed or stamp
    signatures = "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>" if signed else ""
    parts = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.1">'
                   f'<ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>{signatures}'
                   '</ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": f'<?xml version="1.0"?><ofd:Document {ns}><ofd:CommonData>'
                              '<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>'
                              '</ofd:CommonData><ofd:Pages><ofd:Page ID="1" '
                              'BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/DocumentRes.xml": f'<?xml version="1.0"?><ofd:Res {ns} BaseLoc="Res">'
                                 '<ofd:MultiMedias><ofd:MultiMedia ID="7" Type="Image">'
                                 '<ofd:MediaFile>page0.jpg</ofd:MediaFile></ofd:MultiMedia>'
                                 '</ofd:MultiMedias></ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": f'<?xml version="1.0"?><ofd:Page {ns}><ofd:Content>'
                                          '<ofd:Layer ID="2">' + (
                                              '<ofd:TextObject ID="3" Boundary="20 20 170 10">'
                                              '<ofd:TextCode X="0" Y="8">数据标注优秀案例申报书'
                                              '</ofd:TextCode></ofd:TextObject>' if typed else
                                              '<ofd:ImageObject ID="3" ResourceID="7" '
                                              'Boundary="0 0 210 297" '
                                              'CTM="210 0 0 297 0 0"/>')
                                          + '</ofd:Layer></ofd:Content></ofd:Page>',
    }
    if signed:
        parts["Doc_0/Signs/Signatures.xml"] = (
            f'<?xml version="1.0"?><ofd:Signatures {ns}><ofd:Signature ID="1" '
            'BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>')
    if stamp:
        parts["Doc_0/Signs/Sign_0/Signature.xml"] = (
            f'<?xml version="1.0"?><ofd:Signature {ns}><ofd:SignedInfo>'
            '<ofd:Provider ProviderName="某电子签章系统"/><ofd:StampAnnot ID="1" PageRef="1" '
            'Boundary="120 200 40 40"/></ofd:SignedInfo>'
            '<ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text)
        package.writestr("Doc_0/Res/page0.jpg", image)
    return buffer.getvalue()


def named_scan_pdf(unit: str, pages: int = 3, *, seal_page: int = 1, grey: bool = False,
                   dpi: int = 200, angle: float = 20.0, cover: str = "") -> bytes:
    """An image-only scan whose seal bears `unit` round its rim, engraved as a stamp is (each
    character upright towards the rim), pressed in even red ink over the text near the foot
    of `seal_page`; with `grey`, scanned in greyscale; with `cover`, the first page is the
    application's cover naming that case."""
    from scanlab.pressing import Ink, press
    from scanlab.seal_ink import SealStyle

    style = SealStyle(42.0, 42.0, angle, unit, "", False, 1.2, False)
    out = pymupdf.open()
    for number in range(1, pages + 1):
        source = pymupdf.open()
        page = page_with_text(source, lines=16 if cover and number == 1 else 28)
        if cover and number == 1:
            page.draw_rect(pymupdf.Rect(0, 0, A4[0], 500), color=None, fill=(1, 1, 1))
            page.insert_text((90, 150), "2025年陕西省数据标注优秀案例申报书", fontname="cjk",
                             fontsize=22)
            page.insert_text((90, 230), f"案例名称：{cover}", fontname="cjk", fontsize=15)
            page.insert_text((90, 270), f"申报单位：{unit}", fontname="cjk", fontsize=15)
        pixmap = page.get_pixmap(dpi=dpi)
        pixels = np.frombuffer(pixmap.samples, np.uint8).reshape(
            pixmap.height, pixmap.width, 3).astype(np.float32) / 255
        if number == seal_page:
            press(pixels, (pixmap.width * 0.68, pixmap.height * 0.78), style,
                  Ink((0.86, 0.12, 0.14), 0.9, 0.0, 0.0, 0.1), dpi, random.Random(number))
        image = pymupdf.Pixmap(pymupdf.csRGB, pixmap.width, pixmap.height,
                               (np.clip(pixels, 0, 1) * 255).astype(np.uint8).tobytes(), 0)
        if grey:
            image = pymupdf.Pixmap(pymupdf.csGRAY, image)
        target = out.new_page(width=A4[0], height=A4[1])
        target.insert_image(target.rect, stream=image.tobytes("jpeg", jpg_quality=75))
    return out.tobytes(garbage=3, deflate=True)
