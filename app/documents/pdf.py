"""What a PDF (or a scanned image file) really is: pages, passwords, repairs, scan or text, seals.

Everything PyMuPDF raises on submitted bytes is caught here and becomes a state of the result
(`opened` False with a reason); nothing about a bad file escapes as an exception.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass, field

import pymupdf

from app.core.progress import CancelToken
from app.documents.ocr.page_lines import read_title_lines
from app.documents.ocr.recognizer import Reading
from app.documents.pixmaps import MM_PER_INCH
from app.documents.seals.examine import SealMark
from app.documents.seals.name_band import read_seal_name
from app.documents.seals.page import look_at
from app.documents.seals.redness import red_share
from app.errors import Cancelled

CROP_DPI = 200  # a 40 mm seal is 300 px or more: its words read in the window, unblurred
SCANNED_COVERAGE = 0.7  # an image covering this share of the page makes it a scanned page
OCR_TEXT_CHARS = 20
IMAGE_TYPES = ("jpg", "png", "tiff", "bmp", "gif")
E_SEAL_RED_SHARE = 0.03  # a signature's appearance this red is a seal's picture

pymupdf.TOOLS.mupdf_display_errors(False)  # damaged files are our findings, not console noise
pymupdf.TOOLS.mupdf_display_warnings(False)


@dataclass
class PageSeal:
    page: int  # 1-based
    mark: SealMark
    crop_png: bytes = field(default=b"", repr=False)  # for the sheet and the window
    electronic: bool = False  # an electronic seal (a signature's appearance), not ink
    readings: tuple[Reading, ...] = field(default=(), repr=False)  # the name round its rim


@dataclass
class ScanAnalysis:
    format: str
    opened: bool = False
    error: str = ""  # why it did not open, when it did not
    encrypted: bool = False  # needs a password to open
    restricted: bool = False  # owner password: opens, but printing/copying may be limited
    repaired: bool = False
    pages: int = 0
    judged: int = 0  # pages looked at: all of a sane scan, the first and the last of a huge one
    scanned_pages: int = 0  # pages that are one big image
    text_pages: int = 0  # pages with text and no page-sized image: typed, not scanned
    ocr_pages: int = 0  # scanned pages that also carry a text layer
    grey_pages: int = 0  # scanned pages whose image has no colour channels
    seals: list[PageSeal] = field(default_factory=list)  # seals found (ink or electronic)
    doubts: list[PageSeal] = field(default_factory=list)  # rings a person must look at
    signed: bool = False  # carries a digital signature (an electronic seal's signature)
    # The first page's largest lines of print, read (the cover's title and 案例名称), when
    # names are read: a scan is checked against its case's name by them.
    titles: list[Reading] = field(default_factory=list, repr=False)

    @property
    def seal_pages(self) -> list[int]:
        return sorted({seal.page for seal in self.seals})

    @property
    def doubt_pages(self) -> list[int]:
        return sorted({seal.page for seal in self.doubts})

    @property
    def electronic_seals(self) -> list[PageSeal]:
        return [seal for seal in self.seals if seal.electronic]

    @property
    def image_only(self) -> bool:
        return self.judged > 0 and self.scanned_pages == self.judged

    @property
    def typed(self) -> bool:
        """Exported from an editor: mostly typed pages, hardly any scanned."""
        return self.text_pages > 0 and self.scanned_pages * 2 < self.judged

    @property
    def grayscale(self) -> bool:
        return self.scanned_pages > 0 and self.grey_pages == self.scanned_pages


MAX_CONTENT = 64 << 20  # decoded bytes of one page's content streams
MAX_DOCUMENT_CONTENT = 256 << 20  # and of all the pages judged: one stream shared by many
MAX_JUDGED_PAGES = 60  # a 申报书 scan is tens of pages; past this the first and the last are
MAX_PIXELS = 400_000_000  # one image's pixels: A0 at 600 dpi is 280 million
MAX_NAMES_READ = 12  # seals whose name is read in one file: a signature page has two or three


def _page_too_large(doc: pymupdf.Document, page: pymupdf.Page, budget: list[int]) -> bool:
    """A page whose content inflates past MAX_CONTENT (or past what is left of the document's
    budget) or whose picture is absurdly large would hold MuPDF for minutes: it is judged too
    large before anything on it is decoded."""
    left = min(MAX_CONTENT, budget[0])
    start = left
    for xref in page.get_contents():
        raw = doc.xref_stream_raw(xref) or b""
        _, filters = doc.xref_get_key(xref, "Filter")
        if "FlateDecode" in filters and filters.count("/") == 1:
            inflater = zlib.decompressobj()
            try:
                left -= len(inflater.decompress(raw, left + 1))
            except zlib.error:
                continue  # MuPDF's repair decides what a broken stream shows
        else:
            left -= len(raw)
        if left < 0:
            return True
    budget[0] -= start - left
    return any(info[2] * info[3] > MAX_PIXELS for info in page.get_images(full=True))


def judged_pages(count: int) -> list[int]:
    """Which pages (0-based) are judged: all of them, or the first MAX_JUDGED_PAGES and the
    last (where a signature page often is)."""
    if count <= MAX_JUDGED_PAGES:
        return list(range(count))
    return [*range(MAX_JUDGED_PAGES - 1), count - 1]


def _open(data: bytes, file_type: str) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype=file_type if file_type in IMAGE_TYPES else "pdf")


def analyse_scan(data: bytes, file_type: str = "pdf", *, crops: bool = True,
                 names: bool = False, cancel: CancelToken | None = None) -> ScanAnalysis:
    """Open a PDF or an image file from memory and judge every page; with `names`, read
    the name round each ring found."""
    result = ScanAnalysis(format=file_type)
    try:
        doc = _open(data, file_type)
    except Exception:  # any parser failure is a fact about the file
        result.error = "damaged"
        return result
    with doc:
        if doc.needs_pass:
            result.encrypted = True
            result.error = "password"
            return result
        result.restricted = bool(doc.is_pdf and (doc.metadata or {}).get("encryption"))
        result.repaired = bool(doc.is_pdf and doc.is_repaired)
        image_grey = _image_file_is_grey(data) if file_type in IMAGE_TYPES else None
        budget = [MAX_DOCUMENT_CONTENT]
        try:
            result.pages = doc.page_count
            for number in judged_pages(doc.page_count):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                page = doc[number]
                if doc.is_pdf and _page_too_large(doc, page, budget):
                    result.error = "page_too_large"
                    break
                _judge_page(page, number + 1, result, image_grey, crops, names)
                if names and number == 0 and result.scanned_pages:
                    result.titles = read_title_lines(page)
                result.judged += 1
        except Cancelled:
            raise
        except Exception as error:  # MuPDF's own error classes, and anything a page raises
            # A page broken beyond repair: keep what was judged, say why the rest is not.
            if not isinstance(error, (pymupdf.mupdf.FzErrorBase, RuntimeError)):
                # Not MuPDF's: a fault of our check, which must not pass as a damaged page.
                logging.getLogger(__name__).warning("a page's check failed", exc_info=True)
            result.error = "page_damaged"
        result.opened = True
    return result


def _image_file_is_grey(data: bytes) -> bool:
    try:
        pixmap = pymupdf.Pixmap(data)
    except Exception:  # a damaged image file just is not judged grey
        return False
    return pixmap.n - pixmap.alpha == 1


def _judge_page(page: pymupdf.Page, number: int, result: ScanAnalysis,
                image_grey: bool | None, crops: bool, names: bool) -> None:
    area = abs(page.rect) or 1.0
    images = page.get_image_info()
    if image_grey is not None:
        scanned, grey = True, image_grey
    else:
        big = [info for info in images
               if abs(pymupdf.Rect(info["bbox"]) & page.rect) >= SCANNED_COVERAGE * area]
        scanned = bool(big)
        grey = scanned and all(info.get("colorspace", 3) == 1 for info in big)
    text = len(page.get_text("text").strip()) if image_grey is None else 0
    if scanned:
        result.scanned_pages += 1
        result.grey_pages += grey
        result.ocr_pages += text >= OCR_TEXT_CHARS
    elif text:
        result.text_pages += 1
    if image_grey is None:
        _electronic_seals(page, number, result, crops)
    look = look_at(page, images, grey)
    # One picture per file is enough for the window's list, rendered again at CROP_DPI (the
    # search looks at the page too coarsely to read a seal's words); the viewer renders pages
    # and the sheet crops again from the file.
    shown = [s.mark for s in result.seals if s.page == number and s.electronic]
    for mark in look.evidence.marks:
        if any(_overlap(mark, seal) for seal in shown):
            continue  # the electronic seal's own picture, drawn on the page
        crop = _crop(page, mark) if crops and not result.seals else b""
        result.seals.append(PageSeal(number, mark, crop,
                                     readings=_name(page, mark, grey, result, names)))
    for mark in look.evidence.unsure:
        crop = _crop(page, mark) if crops and not result.doubts else b""
        result.doubts.append(PageSeal(number, mark, crop,
                                      readings=_name(page, mark, grey, result, names)))


def _name(page: pymupdf.Page, mark: SealMark, grey: bool, result: ScanAnalysis,
          names: bool) -> tuple[Reading, ...]:
    read = sum(bool(seal.readings) for seal in result.seals + result.doubts)
    if not names or read >= MAX_NAMES_READ:
        return ()
    return read_seal_name(page, mark, grey)


def _overlap(one: SealMark, other: SealMark) -> bool:
    x, y = one.x_mm + one.width_mm / 2, one.y_mm + one.height_mm / 2
    return (other.x_mm <= x <= other.x_mm + other.width_mm
            and other.y_mm <= y <= other.y_mm + other.height_mm)


def _electronic_seals(page: pymupdf.Page, number: int, result: ScanAnalysis,
                      crops: bool) -> None:
    """Signature fields: a signed one makes the file signed; one shown on the page with a red
    appearance is an electronic seal there."""
    doc = page.parent
    for widget in page.widgets() or ():
        if widget.field_type != pymupdf.PDF_WIDGET_TYPE_SIGNATURE:
            continue
        if doc.xref_get_key(widget.xref, "V")[0] != "null":
            result.signed = True
        rect = widget.rect & page.rect
        if rect.is_empty or rect.width < 20 or rect.height < 20:
            continue
        if not _red_appearance(page, rect):
            continue
        points = MM_PER_INCH / 72
        mark = SealMark(rect.x0 * points, rect.y0 * points, rect.width * points,
                        rect.height * points, 1.0)
        crop = _crop(page, mark) if crops and not result.seals else b""
        result.seals.append(PageSeal(number, mark, crop, electronic=True))


def _red_appearance(page: pymupdf.Page, rect: pymupdf.Rect) -> bool:
    try:
        pixmap = page.get_pixmap(dpi=50, clip=rect, colorspace=pymupdf.csRGB, alpha=False)
    except Exception:  # an appearance MuPDF cannot draw shows no seal
        return False
    return red_share(pixmap.samples, pixmap.width * pixmap.height) >= E_SEAL_RED_SHARE


def _crop(page: pymupdf.Page, mark: SealMark, *, dpi: int = CROP_DPI,
          jpeg: bool = False) -> bytes:
    points = 72 / MM_PER_INCH
    margin = 3.0
    clip = pymupdf.Rect((mark.x_mm - margin) * points, (mark.y_mm - margin) * points,
                        (mark.x_mm + mark.width_mm + margin) * points,
                        (mark.y_mm + mark.height_mm + margin) * points)
    clip = clip * page.derotation_matrix & page.rect  # marks are found on the page as shown
    try:
        pixmap = page.get_pixmap(dpi=dpi, clip=clip, alpha=False)
        return bytes(pixmap.tobytes("jpeg", jpg_quality=75) if jpeg else pixmap.tobytes("png"))
    except Exception:  # the seal is found; only its picture is missing
        return b""


def seal_picture(data: bytes, file_type: str, page: int, box_mm: list[float], *,
                 dpi: int = 120) -> bytes:
    """A small JPEG of a seal found earlier (page 1-based, box in mm), for a printout; empty
    when the file no longer opens."""
    try:
        doc = _open(data, file_type)
    except Exception:  # the file changed or is damaged: the printout goes without the picture
        return b""
    with doc:
        if doc.needs_pass or not 1 <= page <= doc.page_count:
            return b""
        x, y, width, height = box_mm
        return _crop(doc[page - 1], SealMark(x, y, width, height, 1.0), dpi=dpi, jpeg=True)


def page_count(data: bytes, file_type: str = "pdf") -> int:
    try:
        with _open(data, file_type) as doc:
            return 0 if doc.needs_pass else doc.page_count
    except Exception:  # a file that does not open has no pages to show
        return 0


def page_pngs(data: bytes, *, dpi: int, file_type: str = "pdf",
              pages: range | None = None) -> list[bytes]:
    """Pages (1-based; all by default) as PNGs, for the window's viewer, preview and printer;
    a page that cannot be rendered comes back empty."""
    try:
        doc = _open(data, file_type)
    except Exception:  # a file that does not open has no pages to show
        return []
    with doc:
        if doc.needs_pass:
            return []
        wanted = pages if pages is not None else range(1, doc.page_count + 1)
        out = []
        for number in wanted:
            if not 1 <= number <= doc.page_count:
                out.append(b"")
                continue
            try:
                pixmap = doc[number - 1].get_pixmap(dpi=dpi, alpha=False)
                out.append(bytes(pixmap.tobytes("png")))
            except Exception:  # damaged pages show blank; the findings already say why
                out.append(b"")
        return out


def page_png(data: bytes, page: int, *, dpi: int, file_type: str = "pdf") -> bytes:
    shown = page_pngs(data, dpi=dpi, file_type=file_type, pages=range(page, page + 1))
    return shown[0] if shown else b""
