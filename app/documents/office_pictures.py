"""The stamped pages photographed and pasted into a Word file (a .docx named …盖章版): the
pictures it holds, each made one page of a PDF, so the seal check judges them as it judges
any scan. Bounded: at most MAX_JUDGED_PAGES pictures, each within the scan check's pixel
limit, all within its content budget."""

from __future__ import annotations

import io
import zipfile

import pymupdf

from app.documents.office import picture_names
from app.documents.pdf import MAX_DOCUMENT_CONTENT, MAX_JUDGED_PAGES, MAX_PIXELS

PICTURES_IN_WORD = "docx_pictures"  # a scan's format when it was made of a Word file's pictures


def pictures_as_pdf(data: bytes) -> bytes | None:
    """A PDF of one page per picture, or None when the file holds none that open."""
    out = pymupdf.open()
    budget = MAX_DOCUMENT_CONTENT
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for name in picture_names(package)[:MAX_JUDGED_PAGES]:
                info = package.getinfo(name)
                if info.file_size > budget:
                    break
                budget -= info.file_size
                _add_page(out, package.read(info), name.rsplit(".", 1)[-1].lower())
        return out.tobytes() if out.page_count else None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return None
    finally:
        out.close()


def _add_page(out: pymupdf.Document, picture: bytes, kind: str) -> None:
    try:
        with pymupdf.open(stream=picture, filetype=kind) as image:
            if not image.page_count:
                return
            rect = image[0].rect
            if rect.width * rect.height > MAX_PIXELS:
                return
            with pymupdf.open("pdf", image.convert_to_pdf()) as page:
                out.insert_pdf(page)
    except Exception:  # any failure of MuPDF's on a picture: it gives no page
        return
