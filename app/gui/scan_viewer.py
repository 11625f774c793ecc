"""A stamped scan's pages, rendered with PyMuPDF, with the places where a seal was found drawn
round in blue, so the clerk can see the seal with their own eyes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.documents.pdf import PageSeal, page_count, page_png
from app.documents.seals import MM_PER_INCH

VIEW_DPI = 110


def _marked(png: bytes, seals: list[PageSeal], dpi: int) -> QPixmap:
    image = QImage.fromData(png, "PNG")
    if image.isNull():
        return QPixmap()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#0b57d0"), max(3, dpi // 30))
    painter.setPen(pen)
    scale = dpi / MM_PER_INCH
    margin = 3 * scale
    for seal in seals:
        mark = seal.mark
        painter.drawRoundedRect(int(mark.x_mm * scale - margin), int(mark.y_mm * scale - margin),
                                int(mark.width_mm * scale + 2 * margin),
                                int(mark.height_mm * scale + 2 * margin), 12, 12)
    painter.end()
    return QPixmap.fromImage(image)


class ScanViewer(QDialog):
    def __init__(self, name: str, data: bytes, file_type: str, seals: list[PageSeal],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stamped scan: {name}").format(name=name))
        self.data, self.file_type, self.seals = data, file_type, seals
        self.pages = page_count(data, file_type)
        self.page = QSpinBox()
        self.page.setRange(1, max(1, self.pages))
        self.page.setPrefix(self.tr("Page "))
        self.page.setSuffix(self.tr(" of {pages}").format(pages=self.pages))
        self.page.valueChanged.connect(self.show_page)
        seal_pages = sorted({s.page for s in seals})
        self.hint = QLabel(
            self.tr("Seal found on page {pages} (framed in blue).").format(
                pages=", ".join(map(str, seal_pages))) if seal_pages
            else self.tr("No seal was found by the program: look at the pages yourself."))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.page)
        bar.addWidget(self.hint, 1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.page.stepBy(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.page.stepBy(-1))
        self.resize(980, 900)
        self.show_page(seal_pages[0] if seal_pages else 1)
        self.page.setValue(seal_pages[0] if seal_pages else 1)

    def show_page(self, number: int) -> None:
        png = page_png(self.data, number, dpi=VIEW_DPI, file_type=self.file_type)
        pixmap = _marked(png, [s for s in self.seals if s.page == number], VIEW_DPI)
        if pixmap.isNull():
            self.picture.setText(self.tr("This page cannot be shown."))
        else:
            self.picture.setPixmap(pixmap)
