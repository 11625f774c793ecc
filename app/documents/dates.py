"""A document's own date of last change, as its writer recorded it: PDF's /ModDate, the
dcterms:modified of an Office Open XML or OFD package. None where the file says nothing."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

_PDF_DATE = re.compile(rb"/ModDate\s*\(D:(\d{14})([Zz+\-])?(\d{2})?'?(\d{2})?")
_XML_DATE = re.compile(rb"<dcterms:modified[^>]*>([^<]{10,40})</dcterms:modified>")
_LOOK = 256 << 10  # a PDF's Info dictionary sits near its start or its end
_CORE_MAX = 64 << 10


def document_date(data: bytes) -> dt.datetime | None:
    if data.startswith(b"%PDF"):
        return _pdf_date(data[:_LOOK] + data[-_LOOK:])
    if data.startswith(b"PK"):
        return _package_date(data)
    return None


def _pdf_date(head: bytes) -> dt.datetime | None:
    found = None
    for match in _PDF_DATE.finditer(head):  # the last one is the latest update's
        found = match
    if found is None:
        return None
    digits, sign, hours, minutes = found.groups()
    try:
        when = dt.datetime.strptime(digits.decode("ascii"), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    if sign in (b"+", b"-") and hours:
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes or b"0"))
        return when.replace(tzinfo=dt.timezone(offset if sign == b"+" else -offset))
    return when.replace(tzinfo=dt.timezone.utc) if sign in (b"Z", b"z") else None


def _package_date(data: bytes) -> dt.datetime | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = [n for n in package.namelist() if n.lower().endswith("core.xml")]
            if not names or package.getinfo(names[0]).file_size > _CORE_MAX:
                return None
            core = package.read(names[0])
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError):
        return None
    match = _XML_DATE.search(core)
    if match is None:
        return None
    try:
        when = dt.datetime.fromisoformat(match.group(1).decode("ascii").replace("Z", "+00:00"))
    except (ValueError, UnicodeDecodeError):
        return None
    return when if when.tzinfo is not None else None
