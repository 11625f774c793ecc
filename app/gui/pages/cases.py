"""案例汇总: every case of the call across units, filtered as the clerk needs (a unit, a
direction, a verdict, what is missing), and the master workbook exported from here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import CancelToken, ProgressSink
from app.gui.desk import Desk
from app.gui.lang import verdict_words
from app.gui.models.cases import CaseFilter, CasesModel
from app.gui.widgets import add_labelled, fit_columns, model_table
from app.services.desk_view import DeskView
from app.services.register import Register
from app.services.workbook import Exported, export_workbook

VERDICTS = ("accept", "accept_with_notes", "return_for_correction")


class CasesPage(QWidget):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.call_id = ""
        self.saved_box: QMessageBox | None = None
        self.model = CasesModel()
        self.filter = CaseFilter()
        self.filter.setSourceModel(self.model)
        self.unit = QComboBox()
        self.direction = QComboBox()
        self.verdict = QComboBox()
        self.verdict.addItem(self.tr("any verdict"), "")
        for verdict in VERDICTS:
            self.verdict.addItem(verdict_words(verdict), verdict)
        self.lacking = QComboBox()
        for text, key in ((self.tr("anything"), ""), (self.tr("missing stamped scan"), "scan"),
                          (self.tr("missing editable version"), "editable"),
                          (self.tr("no seal found"), "seal"),
                          (self.tr("paper copies short"), "paper")):
            self.lacking.addItem(text, key)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("search case, applicant, unit"))
        self.text.setClearButtonEnabled(True)
        for combo, name in ((self.unit, "unit"), (self.direction, "direction"),
                            (self.verdict, "verdict"), (self.lacking, "lacking")):
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, n=name: self.filter.set(**{n: c.currentData() or ""}))
        self.text.textChanged.connect(lambda t: self.filter.set(text=t.strip()))
        filters = add_labelled(QHBoxLayout(), (
            (self.tr("Unit"), self.unit), (self.tr("Direction"), self.direction),
            (self.tr("Verdict"), self.verdict), (self.tr("Showing"), self.lacking)))
        filters.addWidget(self.text, 1)
        self.table = model_table(sortable=True)
        self.table.setModel(self.filter)
        self.count = QLabel("")
        self.copy_files = QCheckBox(self.tr("copy the cases' files beside the workbook"))
        self.copy_files.setChecked(True)
        export = QPushButton(self.tr("Export the master workbook…"))
        export.clicked.connect(self.export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.copy_files)
        bottom.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.filter.rowsInserted.connect(self._count)
        self.filter.rowsRemoved.connect(self._count)
        self.filter.modelReset.connect(self._count)
        self.filter.layoutChanged.connect(self._count)
        desk.viewChanged.connect(self.update_view)

    def _refill(self, combo: QComboBox, anything: str, values: list[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, "")
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def update_view(self, view: DeskView) -> None:
        self.call_id = view.status.call.id
        self.model.paper_copies = view.status.call.paper_copies
        self._refill(self.unit, self.tr("all units"), [u.name for u in view.status.units])
        self._refill(self.direction, self.tr("all directions"),
                     list(view.status.call.directions))
        self.model.set_rows(view.cases)
        fit_columns(self.table)

    def _count(self) -> None:
        self.count.setText(self.tr("{shown} of {total} cases").format(
            shown=self.filter.rowCount(), total=self.model.rowCount()))

    def export(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the master workbook"), "案例汇总.xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        call, copy = self.call_id, self.copy_files.isChecked()

        def work(reg: Register, _p: ProgressSink, _c: CancelToken) -> Exported:
            return export_workbook(reg, call, target, copy_files=copy)

        def done(result: Exported) -> None:
            text = self.tr("Saved {path}: {units} units, {cases} cases, {files} files.").format(
                path=result.workbook, units=result.units, cases=result.cases,
                files=result.files)
            if result.missing:
                text += "\n" + self.tr("Not copied (not readable in the archive): {files}"
                                       ).format(files=", ".join(result.missing))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Master workbook"), text,
                              QMessageBox.StandardButton.Close, self)
            folder = box.addButton(self.tr("Open the folder"),
                                   QMessageBox.ButtonRole.ActionRole)
            folder.clicked.connect(lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(result.workbook.parent))))
            self.saved_box = box  # kept: the tests read it, Qt keeps it alive while open
            box.open()

        self.desk.run(work, done, parent=self, label=self.tr("Writing the master workbook…"))
