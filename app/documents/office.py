"""Does an editable version open, and what case does it say it is?

A package (.docx/.xlsx/.odt…) must be an intact zip whose main part parses as XML (through
defusedxml: submitted XML is never trusted); an OLE2 file (.doc/.wps/.xls/.et) must have a
readable directory naming the stream its program needs. The case name is read from the document
itself (the 案例名称 line or cell of the application template) because file names get mangled.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass

from defusedxml import ElementTree

from app.documents.ole2 import Ole2Error, stream_names

MAX_PART = 64 << 20  # a main part larger than this is not an application form
MAX_TESTED = 256 << 20  # bytes of parts whose CRC is tested; the rest are only listed
MAX_PART_RATIO = 200  # a part inflating more than this (past MAX_PART) is a bomb, not a form
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_NAME_LABEL = re.compile(r"^\s*(?:案例|项目|申报案例|申报项目)\s*名\s*称\s*[:：]?\s*(.*)$")
_PAGES = re.compile(rb"<(?:\w+:)?Pages>\s*(\d+)\s*<|meta:page-count=\"(\d+)\"")

_MAIN_PART = {
    "docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml",
    "odt": "content.xml", "ods": "content.xml", "odp": "content.xml",
}
_OLE2_STREAMS = {
    "doc": ("WordDocument",), "wps": ("WordDocument", "WpsContent", "WPS"),
    "xls": ("Workbook", "Book"), "et": ("Workbook", "Book", "WPS"),
    "ppt": ("PowerPoint Document",), "dps": ("PowerPoint Document", "WPS"),
}
EDITABLE_TYPES = frozenset({"docx", "doc", "wps", "odt", "rtf"})
LEGACY_TYPES = frozenset({"doc", "wps"})


@dataclass
class OfficeCheck:
    valid: bool
    problem: str | None = None  # editable_empty | editable_corrupt
    reason: str = ""
    case_name: str | None = None
    pages: int | None = None
    format: str = ""  # docx, doc, wps…: what the content is, whatever the name says
    # Characters of text the document holds (None: not known for this kind): a document made
    # by Explorer's New menu and never written in holds none.
    text_chars: int | None = None
    pictures: int = 0  # pictures pasted in (a .docx's word/media)

    @property
    def blank(self) -> bool:
        return self.text_chars is not None and self.text_chars == 0


def check_office(data: bytes, file_type: str) -> OfficeCheck:
    """Whether a word-processing or spreadsheet file opens; its case name where it says one."""
    check = _check(data, file_type)
    check.format = file_type
    return check


def _check(data: bytes, file_type: str) -> OfficeCheck:
    """Reasons are codes (the clerk's words for them are in core.details), never a library's
    message."""
    if not data:
        return OfficeCheck(False, "editable_empty", "empty")
    if file_type in _MAIN_PART:
        return _check_package(data, file_type)
    if file_type in _OLE2_STREAMS:
        return _check_ole2(data, file_type)
    if file_type == "ole2" and _password_protected(data):
        return OfficeCheck(False, "editable_corrupt", "password")
    if file_type == "rtf":
        ok = data.lstrip().startswith(b"{\\rtf") and data.rstrip().endswith(b"}")
        return OfficeCheck(ok, None if ok else "editable_corrupt", "" if ok else "rtf_cut")
    return OfficeCheck(False, "editable_corrupt", "not_document")


_PACKAGE_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                   NotImplementedError, RuntimeError, zlib.error)  # Runtime: a password


def _check_package(data: bytes, file_type: str) -> OfficeCheck:
    part = _MAIN_PART[file_type]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo(part)
            if info.file_size > MAX_PART:
                return OfficeCheck(False, "editable_corrupt", "part_too_large")
            bad = _damaged_part(package)
            if bad:
                return OfficeCheck(False, "editable_corrupt", bad)
            with package.open(info) as stream:
                root = ElementTree.fromstring(stream.read(MAX_PART + 1))
            meta = _read_optional(package, "docProps/app.xml" if file_type in ("docx", "xlsx",
                                  "pptx") else "meta.xml")
            pictures = len(picture_names(package)) if file_type == "docx" else 0
    except KeyError:
        return OfficeCheck(False, "editable_corrupt", "part_missing")
    except _PACKAGE_ERRORS:
        return OfficeCheck(False, "editable_corrupt", "part_damaged")
    except Exception:  # defusedxml/expat refusals and parse errors
        return OfficeCheck(False, "editable_corrupt", "not_xml")
    paragraphs = _paragraphs(root, file_type)
    pages = _PAGES.search(meta) if meta else None
    return OfficeCheck(True, case_name=case_name_from(paragraphs),
                       pages=int(pages.group(1) or pages.group(2)) if pages else None,
                       text_chars=sum(len("".join(p.split())) for p in paragraphs)
                       if file_type in ("docx", "odt") else None, pictures=pictures)


def _damaged_part(package: zipfile.ZipFile) -> str:
    """Test the parts' CRCs as Word does on opening, within bounds: a part that declares an
    absurd size or ratio is refused unread, and no more than MAX_TESTED bytes are inflated."""
    budget = MAX_TESTED
    for info in package.infolist():
        if info.file_size > MAX_PART and info.file_size > MAX_PART_RATIO * max(
                info.compress_size, 1):
            return "part_too_large"
        if info.file_size > budget:
            continue
        budget -= info.file_size
        with package.open(info) as stream:
            while stream.read(1 << 20):  # zipfile checks the CRC at the end
                pass
    return ""


_PICTURE = re.compile(r"^word/media/[^/]+\.(jpe?g|png|bmp|tiff?|gif)$", re.IGNORECASE)
_NUMBER = re.compile(r"(\d+)")


def picture_names(package: zipfile.ZipFile) -> list[str]:
    """The pictures a .docx holds, in the order Word numbered them (image1, image2 …)."""
    names = [n for n in package.namelist() if _PICTURE.match(n)]
    return sorted(names, key=lambda n: [int(p) if p.isdigit() else p
                                        for p in _NUMBER.split(n.lower())])


def _read_optional(package: zipfile.ZipFile, name: str) -> bytes:
    try:
        with package.open(name) as stream:
            return stream.read(65536)
    except KeyError:
        return b""


def _paragraphs(root: ElementTree.Element, file_type: str) -> list[str]:
    if file_type == "docx":
        tag, text_tag = f"{_W}p", f"{_W}t"
        return ["".join(t.text or "" for t in p.iter(text_tag)) for p in root.iter(tag)]
    if file_type == "odt":
        return ["".join(p.itertext()) for p in root.iter() if p.tag in (f"{_TEXT_NS}p",
                                                                       f"{_TEXT_NS}h")]
    return []


def case_name_from(paragraphs: list[str], limit: int = 300) -> str | None:
    """The value of the template's 案例名称 field: on the same line or in the next cell."""
    lines = [p.strip() for p in paragraphs[:limit]]
    for index, line in enumerate(lines):
        match = _NAME_LABEL.match(line)
        if not match:
            continue
        value = match.group(1).strip()
        if not value:
            value = next((following for following in lines[index + 1:index + 3] if following),
                         "")
        if value and not _NAME_LABEL.match(value) and len(value) <= 120:
            return value
    return None


def _password_protected(data: bytes) -> bool:
    """Word/WPS save a password-protected .docx as an OLE2 file holding the encrypted package."""
    try:
        return "EncryptedPackage" in stream_names(data)
    except (Ole2Error, struct.error):
        return False


def _check_ole2(data: bytes, file_type: str) -> OfficeCheck:
    try:
        names = stream_names(data)
    except (Ole2Error, struct.error):
        return OfficeCheck(False, "editable_corrupt", "ole2_damaged")
    wanted = _OLE2_STREAMS[file_type]
    if not any(name.startswith(w) for name in names for w in wanted):
        return OfficeCheck(False, "editable_corrupt", "stream_missing")
    if "WordDocument" not in names:
        return OfficeCheck(True)
    chars, pages = _word_counts(data)
    return OfficeCheck(True, text_chars=chars, pages=pages)


def _word_counts(data: bytes) -> tuple[int | None, int | None]:
    """A Word 97+ (or WPS-saved) document's characters of main text, from its FIB (ccpText,
    at 0x4C of the WordDocument stream, less the final paragraph mark every document has), and
    its page count as the saving program recorded it (SummaryInformation); None where they
    cannot be read."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            fib = ole.openstream("WordDocument").read(0x50)
            pages = ole.get_metadata().num_pages
    except (OSError, ValueError, struct.error, IndexError, TypeError, AttributeError):
        return None, None
    if len(fib) < 0x50 or struct.unpack_from("<H", fib, 0)[0] != 0xA5EC:
        return None, None
    chars = max(0, struct.unpack_from("<i", fib, 0x4C)[0] - 1)
    return chars, pages if isinstance(pages, int) and 0 < pages < 10_000 else None
