"""Printing a PDF the program made: its pages rendered by PyMuPDF (off the GUI thread) and
painted on a QPrinter, one printer page per PDF page, A4, with no scaling surprises."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.documents.pdf import page_pngs

PRINT_DPI = 200
PREVIEW_DPI = 80


def render_pages(pdf: bytes, dpi: int) -> list[bytes]:
    """Every page as a PNG (plain Python: run it in a job)."""
    return page_pngs(pdf, dpi=dpi)


def paint_pages(printer: QPrinter, pages: list[bytes]) -> bool:
    """Paint the rendered pages on the printer; False when the printer could not start."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number, png in enumerate(pages):
            if number:
                printer.newPage()
            image = QImage.fromData(png, "PNG")
            if image.isNull():
                continue
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(area.x() + (area.width() - width) / 2,
                                     area.y() + (area.height() - height) / 2, width, height),
                              image)
    finally:
        painter.end()
    return True
