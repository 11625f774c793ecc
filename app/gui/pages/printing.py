"""打印: the verification sheet of a disc, the receipt of a delivery, the return notice of a
unit to correct; made with their verification code, shown, printed or saved as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import CancelToken, ProgressSink
from app.gui.desk import Desk
from app.gui.printer import PREVIEW_DPI, PRINT_DPI, paint_pages, render_pages
from app.gui.widgets import add_labelled
from app.services.desk_view import DeskView
from app.services.printing import Made, make
from app.services.register import Register
from app.store.durable import write_durably
from app.store.file_names import safe_part

KINDS = ("sheet", "receipt", "notice")


class PrintingPage(QWidget):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.view: DeskView | None = None
        self.made: Made | None = None
        self.made_lang = ""
        self._filling = False  # the list of subjects is being made again: nobody chose
        self.kind = QComboBox()
        for kind, text in zip(KINDS, (self.tr("Disc verification sheet"),
                                      self.tr("Receipt"), self.tr("Return notice")),
                              strict=True):
            self.kind.addItem(text, kind)
        self.subject = QComboBox()
        self.subject.setEditable(True)
        self.subject.setMinimumWidth(260)
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.kind.currentIndexChanged.connect(self._fill_subjects)
        # What is shown is what is printed: another choice takes the old preview away.
        for combo in (self.kind, self.subject, self.language):
            combo.currentIndexChanged.connect(self._chosen)
        self.subject.editTextChanged.connect(self._chosen)
        self.make_button = make_button = QPushButton(self.tr("&Make and show"))
        make_button.clicked.connect(self.make_printout)
        self.print_button = QPushButton(self.tr("&Print…"))
        # clicked(bool) would hand its `checked` to the printer argument
        self.print_button.clicked.connect(lambda: self.print_printout())
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save_printout)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        bar = add_labelled(QHBoxLayout(), ((self.tr("Printout"), self.kind),
                                           (self.tr("For"), self.subject),
                                           (self.tr("Language"), self.language)))
        bar.addWidget(make_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        self.status = QLabel(self.tr("Choose a printout and what it is for."))
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #6b7280; }")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        desk.viewChanged.connect(self.update_view)

    def _chosen(self) -> None:
        made = self.made
        if self._filling or made is None or (made.kind, made.subject, self.made_lang) == (
                self.kind.currentData(), self.subject_value(), self.language.currentData()):
            return
        self.made = None
        while self.pages_layout.count():
            old = self.pages_layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Press “Make and show” for the printout chosen."))

    def update_view(self, view: DeskView) -> None:
        self.view = view
        self._fill_subjects()

    def _fill_subjects(self) -> None:
        if self.view is None:
            return
        typed = self.subject.currentText()
        self._filling = True
        self.subject.clear()
        kind = self.kind.currentData()
        for row in self.view.deliveries:
            if kind == "sheet":
                for disc in row.discs:
                    self.subject.addItem(f"{disc}  {row.unit}", disc)
            elif row.line.voided and kind == "receipt":  # printed again only as what it is
                self.subject.addItem(self.tr("{receipt}  {unit} (voided)").format(
                    receipt=row.line.receipt, unit=row.unit), row.line.receipt)
            elif kind == "receipt" or (row.verdict == "return_for_correction"
                                       and not row.line.voided):
                self.subject.addItem(f"{row.line.receipt}  {row.unit}", row.line.receipt)
        if typed:
            self.subject.setCurrentIndex(max(0, self.subject.findData(typed.split()[0])))
        self._filling = False
        self._chosen()

    def choose(self, kind: str, subject: str) -> None:
        """Come here from another page with the printout and its subject chosen."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        found = self.subject.findData(subject)
        if found >= 0:
            self.subject.setCurrentIndex(found)
        else:
            self.subject.setEditText(subject)

    def subject_value(self) -> str:
        data = self.subject.currentData()
        text = self.subject.currentText().strip()
        return str(data) if data and self.subject.itemText(self.subject.currentIndex()) == text \
            else (text.split()[0] if text else "")

    def make_printout(self) -> None:
        kind, subject, lang = self.kind.currentData(), self.subject_value(), \
            self.language.currentData()
        if not subject:
            return

        def work(reg: Register, _p: ProgressSink, _c: CancelToken
                 ) -> tuple[Made, list[bytes], str]:
            made = make(reg, kind, subject, lang)
            return made, render_pages(made.pdf, PREVIEW_DPI), lang

        self.desk.run(work, self.show_made, parent=self, writes=True,
                      label=self.tr("Making the printout…"))

    def show_made(self, result: tuple[Made, list[bytes], str]) -> None:
        made, pages, lang = result
        self.made, self.made_lang = made, lang
        while self.pages_layout.count():
            old = self.pages_layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        for png in pages:
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(QImage.fromData(png, "PNG")))
            picture.setStyleSheet("background: white; margin: 8px;")
            self.pages_layout.addWidget(picture)
        self.status.setText(self.tr("{title} for {subject}: {pages} pages, verification code "
                                    "{code}{again}.").format(
            title=self.kind.currentText(), subject=made.subject, pages=len(pages),
            code=made.code, again="" if made.new else self.tr(" (same as printed before)")))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def save_printout(self) -> None:
        if self.made is None:
            return
        name = safe_part(f"{self.kind.currentText()}-{self.made.subject}.pdf")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), name,
                                                self.tr("PDF (*.pdf)"))
        if target:
            write_durably(Path(target), self.made.pdf)
            self.status.setText(self.tr("Saved {path}.").format(path=target))

    def new_printer(self) -> QPrinter:
        """The printer the print dialog starts from: the system's default."""
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_printout(self, printer: QPrinter | None = None) -> None:
        """Print on a printer the clerk chooses (or the one given, as the tests do)."""
        if self.made is None:
            return
        if printer is None:
            printer = self.new_printer()
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return
        pdf, target = self.made.pdf, printer

        def painted(pages: list[bytes]) -> None:
            if not paint_pages(target, pages):
                QMessageBox.warning(self, self.tr("Printing"),
                                    self.tr("The printer could not be started."))
                return
            self.status.setText(self.tr("Sent {pages} pages to the printer.").format(
                pages=len(pages)))

        self.desk.run(lambda _r, _p, _c: render_pages(pdf, PRINT_DPI), painted, parent=self,
                      label=self.tr("Preparing the pages for the printer…"))
