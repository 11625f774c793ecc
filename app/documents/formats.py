"""What a file is, judged by its first bytes rather than its name."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import BinaryIO

# Types a file's first bytes can prove. "ooxml" is a Word/Excel/PowerPoint package whose first
# member does not say which; the full check of the package is the documents layer's job.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Which sniffed types an extension may honestly carry.
_EXPECTED: dict[str, frozenset[str]] = {}


def _expect(types: str, *extensions: str) -> None:
    for ext in extensions:
        _EXPECTED[ext] = frozenset(types.split())


_expect("pdf", "pdf")
# A bare "zip" may still be a good package (its first member just says nothing); only a
# package that plainly is something else counts as a mismatch here.
_expect("docx ooxml zip", "docx", "docm", "dotx")
_expect("xlsx ooxml zip", "xlsx", "xlsm", "xltx")
_expect("pptx ooxml zip", "pptx")
_expect("ole2", "doc", "xls", "ppt", "wps", "et", "dps", "dot", "xlt")
_expect("odf zip", "odt", "ods", "odp")
_expect("ofd zip", "ofd")
_expect("zip docx xlsx pptx ooxml odf ofd", "zip")
_expect("rar", "rar")
_expect("7z", "7z")
_expect("jpg", "jpg", "jpeg")
_expect("png", "png")
_expect("tiff", "tif", "tiff")
_expect("bmp", "bmp")
_expect("gif", "gif")
_expect("rtf", "rtf")
_expect("exe", "exe", "dll", "com", "scr", "sys", "msi")
_expect("text", "txt", "inf", "ini", "csv", "log", "md")
_expect("xml text", "xml")


def extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base.strip(".") else ""


def _zip_kind(head: bytes) -> str:
    """Name the package from its first member, as far as the first bytes allow."""
    if len(head) < 30:
        return "zip"
    name_len, extra_len = struct.unpack_from("<HH", head, 26)
    name = head[30:30 + name_len]
    if name == b"mimetype":
        payload = head[30 + name_len + extra_len:][:64]
        return "odf" if payload.startswith(b"application/vnd.oasis.opendocument") else "zip"
    if name.lower() == b"ofd.xml":
        return "ofd"
    if name.startswith(b"word/"):
        return "docx"
    if name.startswith(b"xl/"):
        return "xlsx"
    if name.startswith(b"ppt/"):
        return "pptx"
    if name in (b"[Content_Types].xml", b"_rels/.rels") or name.startswith(b"docProps/"):
        return "ooxml"
    return "zip"


def _is_text(head: bytes) -> bool:
    if not head:
        return False
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = head[:-4] if len(head) > 8 else head  # a cut multi-byte character at the end
    for encoding in ("utf-8", "gb18030"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
        return controls == 0
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def sniff(head: bytes, size: int | None = None) -> str:
    """The type the content shows: pdf, docx, xlsx, ooxml, odf, ofd, zip, ole2, rar, 7z, exe,
    elf, jpg, png, tiff, bmp, gif, rtf, xml, text, empty or unknown."""
    if size == 0 or not head:
        return "empty"
    # A container's magic at offset 0 decides before a PDF's header anywhere in the first KB
    # (which readers accept): a stored zip or RAR whose first member is a PDF holds that PDF's
    # header near its start, and is an archive all the same.
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(head)
    if head.startswith(_OLE2):
        return "ole2"
    if head.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if head.startswith(b"MZ"):
        return "exe"
    if head.startswith(b"\x7fELF"):
        return "elf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"BM") and len(head) > 14:
        return "bmp"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<?xml"):
        return "xml"
    if _is_text(head):
        return "text"
    return "unknown"


def extension_mismatch(name: str, kind: str) -> bool:
    """True when the name promises a format the content plainly is not."""
    if kind in ("empty", "unknown"):
        return False
    expected = _EXPECTED.get(extension(name))
    if expected is None:
        return False
    return kind not in expected


_REFINE = {
    "ole2": ("doc", "xls", "ppt", "wps", "et", "dps"),
    "ooxml": ("docx", "xlsx", "pptx"),
    "odf": ("odt", "ods", "odp"),
    "text": ("txt", "inf", "ini", "csv", "log", "md"),
}


def file_type(name: str, kind: str) -> str:
    """The type to report: the sniffed kind, made precise by the extension where the content
    alone cannot tell (a .wps and a .doc are both OLE2 files)."""
    ext = extension(name)
    choices = _REFINE.get(kind)
    if choices is not None:
        if ext in choices:
            return ext
        return {"text": "txt"}.get(kind, kind)
    return kind


_PACKAGE_PARTS = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"),
                  ("ppt/presentation.xml", "pptx"), ("OFD.xml", "ofd"))


def package_type(data: bytes | BinaryIO) -> str | None:
    """What a zip package is, from the parts it holds: docx, xlsx, pptx, odt/ods/odp or ofd;
    None for a plain archive or a damaged one. Needed where the first member says nothing, and
    where a burner's 8.3 names cut .docx to .DOC."""
    try:
        source = io.BytesIO(data) if isinstance(data, bytes) else data
        with zipfile.ZipFile(source) as package:
            names = set(package.namelist())
            if "mimetype" in names:
                with package.open("mimetype") as part:
                    mime = part.read(80).decode("ascii", "replace")
                for suffix, kind in (("text", "odt"), ("spreadsheet", "ods"),
                                     ("presentation", "odp")):
                    if mime.startswith(f"application/vnd.oasis.opendocument.{suffix}"):
                        return kind
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, RuntimeError,
            NotImplementedError, zlib.error):
        return None
    lowered = {name.lower() for name in names}
    for part, kind in _PACKAGE_PARTS:
        if part.lower() in lowered:
            return kind
    return None
