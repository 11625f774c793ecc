"""A stamped scan's pages, rendered with PyMuPDF, with the places where a seal was found drawn
round in blue, and the rings the program was not sure about in orange, so the clerk can see
them with their own eyes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
    QTransform,
)
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
from app.documents.pixmaps import MM_PER_INCH
from app.documents.seals.examine import SealMark

VIEW_DPI = 110
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5)  # of VIEW_DPI; 2.5 is 275 dpi, a scan's own


SEAL_COLOUR = "#0b57d0"
DOUBT_COLOUR = "#e8710a"


def _marked(png: bytes, seals: list[PageSeal], doubts: list[PageSeal], dpi: int) -> QPixmap:
    image = QImage.fromData(png, "PNG")
    if image.isNull():
        return QPixmap()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = dpi / MM_PER_INCH
    margin = 3 * scale
    for marks, colour in ((seals, SEAL_COLOUR), (doubts, DOUBT_COLOUR)):
        painter.setPen(QPen(QColor(colour), max(3, dpi // 30)))
        for seal in marks:
            mark = seal.mark
            painter.drawRoundedRect(int(mark.x_mm * scale - margin),
                                    int(mark.y_mm * scale - margin),
                                    int(mark.width_mm * scale + 2 * margin),
                                    int(mark.height_mm * scale + 2 * margin), 12, 12)
    painter.end()
    return QPixmap.fromImage(image)


class ScanViewer(QDialog):
    def __init__(self, name: str, data: bytes, file_type: str, seals: list[PageSeal],
                 parent: QWidget | None = None, *, doubts: list[PageSeal] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stamped scan: {name}").format(name=name))
        self.data, self.file_type, self.seals = data, file_type, seals
        self.doubts = doubts or []
        self.pages = page_count(data, file_type)
        self.page = QSpinBox()
        self.page.setRange(1, max(1, self.pages))
        self.page.setPrefix(self.tr("Page "))
        self.page.setSuffix(self.tr(" of {pages}").format(pages=self.pages))
        self.page.valueChanged.connect(self.show_page)
        seal_pages = sorted({s.page for s in seals})
        doubt_pages = sorted({s.page for s in self.doubts})
        if seal_pages:
            hint = self.tr("Seal found on page {pages} (framed in blue).").format(
                pages=", ".join(map(str, seal_pages)))
        elif doubt_pages:
            hint = self.tr("The program is not sure: look at page {pages} (framed in orange) "
                           "and say whether it is stamped.").format(
                pages=", ".join(map(str, doubt_pages)))
        else:
            hint = self.tr("No seal was found by the program: look at the pages yourself.")
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        first = (seal_pages or doubt_pages or [1])[0]
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.zoom, self.rotation = 1.0, 0
        self.zoom_out = QPushButton("−")
        self.zoom_out.setToolTip(self.tr("Smaller (Ctrl+-)"))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(-1))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setToolTip(self.tr("Larger (Ctrl++)"))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(+1))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.clicked.connect(self.fit_width)
        self.rotate_button = QPushButton(self.tr("Rotate"))
        self.rotate_button.setToolTip(self.tr("A page scanned sideways: turn it a quarter"))
        self.rotate_button.clicked.connect(self.rotate)
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(36)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.page)
        for button in (self.zoom_out, self.zoom_in, self.fit_button, self.rotate_button):
            bar.addWidget(button)
        bar.addWidget(self.hint, 1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.page.stepBy(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.page.stepBy(-1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.set_zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.set_zoom(-1))
        # Most of the screen: an A4 page is tall, and office screens are 768 pixels high.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1200, screen.width() - 40), screen.height() - 60)
        self.show_page(first)
        self.page.setValue(first)

    @property
    def dpi(self) -> int:
        return int(VIEW_DPI * self.zoom)

    def set_zoom(self, step: int) -> None:
        nearest = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, nearest + step))]
        self.show_page(self.page.value())

    def fit_width(self) -> None:
        """The page as wide as the window: its width at 1.0 is known from the current one."""
        shown = self.picture.pixmap()
        if shown is None or shown.isNull():
            return
        width_at_one = shown.width() / self.zoom
        room = self.scroll.viewport().width() - 8
        self.zoom = max(ZOOMS[0], min(ZOOMS[-1], room / max(1.0, width_at_one)))
        self.show_page(self.page.value())

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self.show_page(self.page.value())

    def show_page(self, number: int) -> None:
        png = page_png(self.data, number, dpi=self.dpi, file_type=self.file_type)
        pixmap = _marked(png, [s for s in self.seals if s.page == number],
                         [s for s in self.doubts if s.page == number], self.dpi)
        if pixmap.isNull():
            self.picture.setText(self.tr("This page cannot be shown."))
            return
        if self.rotation:
            pixmap = pixmap.transformed(QTransform().rotate(self.rotation))
        self.picture.setPixmap(pixmap)
        marks = [s.mark for s in self.seals + self.doubts if s.page == number]
        if marks and not self.rotation:  # the framed place in view, not below the fold
            QTimer.singleShot(0, lambda: self._scroll_to(marks[0], pixmap.size()))

    def _scroll_to(self, mark: SealMark, size: QSize) -> None:
        scale = self.dpi / MM_PER_INCH
        x = (self.picture.width() - size.width()) / 2 + (mark.x_mm + mark.width_mm / 2) * scale
        y = (self.picture.height() - size.height()) / 2 + (mark.y_mm + mark.height_mm / 2) * scale
        self.scroll.ensureVisible(int(x), int(y), int(mark.width_mm * scale / 2 + 40),
                                  int(mark.height_mm * scale / 2 + 40))
