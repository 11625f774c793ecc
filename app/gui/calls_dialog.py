"""征集活动: the register's calls in a list, with what the office does to them — a new call from
a copy or a template, its rules edited, made current, closed, exported and imported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import CancelToken, ProgressSink
from app.errors import IntakeError
from app.gui.call_form import CallForm
from app.gui.desk import Desk
from app.gui.messages import describe
from app.gui.widgets import fit_columns, plain_table, with_actions
from app.services.call_records import (
    CallRow,
    call_mapping,
    close_call,
    edit_call,
    export_call,
    import_call,
    new_call,
    reopen_call,
    template_mapping,
    templates,
    use_call,
)
from app.services.desk_view import DeskView
from app.services.register import Register
from app.store.file_names import safe_part


class CallsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[CallRow] = []
        self.form: CallForm | None = None
        self.setWindowTitle(self.tr("Calls for submissions"))
        self.table = plain_table([self.tr("Code"), self.tr("Title"), self.tr("Deadline"),
                                  self.tr("State"), self.tr("Units"),
                                  self.tr("Deliveries received")])
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.new_button = _button(self.tr("New from the chosen…"), self.new, self.tr(
            "A new call with the chosen call's rules, to change where the new call differs."))
        self.template_button = _button(self.tr("New from a template…"), self.new_from_template)
        self.edit_button = _button(self.tr("Edit…"), self.edit)
        self.use_button = _button(self.tr("Make current"), self.use,
                                  self.tr("The call every desk works on from now on."))
        self.close_button = _button(self.tr("Close the call…"), self.close_chosen)
        self.table.currentCellChanged.connect(self._chosen_changed)
        self.export_button = _button(self.tr("Export…"), self.export)
        self.import_button = _button(self.tr("Import…"), self.import_file)
        layout = QVBoxLayout(self)
        layout.addWidget(with_actions(self.table, self.new_button, self.template_button,
                                      self.edit_button, self.use_button, self.close_button,
                                      self.export_button, self.import_button))
        self.resize(1000, 420)
        desk.viewChanged.connect(self.show_calls)
        if desk.view is not None:
            self.show_calls(desk.view)

    def show_calls(self, view: DeskView) -> None:
        chosen = self.chosen()
        self.rows = view.calls
        self.table.setRowCount(len(self.rows))
        for row, call in enumerate(self.rows):
            state = [self.tr("current")] if call.current else []
            state.append(self.tr("closed") if call.closed else self.tr("open"))
            for column, text in enumerate((call.code, call.title, call.deadline or "—",
                                           "，".join(state), str(call.units),
                                           str(call.deliveries))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen is not None and call.code == chosen.code:
                self.table.selectRow(row)
        fit_columns(self.table)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        call = self.chosen()
        self.close_button.setText(self.tr("Reopen the call…") if call is not None and call.closed
                                  else self.tr("Close the call…"))

    def chosen(self) -> CallRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # ---- acts ----------------------------------------------------------------------------

    def new(self) -> None:
        call = self.chosen()
        if call is not None:
            self._open_new(call.code)

    def new_from_template(self) -> None:
        names = templates()
        name, ok = QInputDialog.getItem(self, self.tr("New call"),
                                        self.tr("The template to start from:"), names, 0, False)
        if ok and name:
            self._open_new(name, template=True)

    def _open_new(self, source: str, *, template: bool = False) -> None:
        def load(reg: Register, _p: ProgressSink, _c: CancelToken) -> dict[str, Any]:
            if template:
                return {**template_mapping(source), "id": ""}
            return {**call_mapping(reg, source), "id": ""}

        self.desk.run(load, lambda mapping: self._form(mapping, source, new=True), parent=self)

    def edit(self) -> None:
        call = self.chosen()
        if call is None:
            return
        self.desk.run(lambda reg, _p, _c: call_mapping(reg, call.code),
                      lambda mapping: self._form(mapping, call.code, new=False), parent=self)

    def _form(self, mapping: dict[str, Any], source: str, *, new: bool) -> None:
        self.form = form = CallForm(mapping, code_free=new, parent=self)
        form.accepted.connect(lambda: self._save(form, source, new=new))
        form.open()

    def _save(self, form: CallForm, source: str, *, new: bool) -> None:
        changes, code = form.changes(), form.code.text().strip()
        if new and not code:  # the code is for the register and the command line only
            code = f"call-{dt.datetime.now():%Y%m%d-%H%M%S}"
            form.code.setText(code)

        def save(reg: Register, _p: ProgressSink, _c: CancelToken) -> None:
            if new:
                new_call(reg, code, source=source, changes=changes)
            else:
                edit_call(reg, code, changes)

        def refused(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Call for submissions"), describe(error))
            if isinstance(error, IntakeError):
                form.open()  # what was typed stays, to be put right

        self.desk.run(save, parent=self, writes=True, on_error=refused)

    def use(self) -> None:
        call = self.chosen()
        if call is None:
            return
        self.desk.run(lambda reg, _p, _c: use_call(reg, call.code), parent=self, writes=True)
        self.desk.switch_call(None)

    def close_chosen(self) -> None:
        call = self.chosen()
        if call is None:
            return
        if call.closed:
            reason, ok = QInputDialog.getText(self, self.tr("Reopen the call"), self.tr(
                "Why is {title} reopened? The reason is kept in the register.").format(
                    title=call.title))
            if ok and reason.strip():
                self.desk.run(lambda reg, _p, _c: reopen_call(reg, call.code, reason),
                              parent=self, writes=True)
            return
        answer = QMessageBox.question(self, self.tr("Close the call"), self.tr(
            "Close {title}? It is kept for the record and can be looked at, but nothing more "
            "can be received or recorded in it.").format(title=call.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.desk.run(lambda reg, _p, _c: close_call(reg, call.code), parent=self,
                          writes=True)

    def export(self) -> None:
        call = self.chosen()
        if call is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the call"),
                                              f"{safe_part(call.title, call.code)}.json",
                                              self.tr("Calls (*.json)"))
        if path:
            self.desk.run(lambda reg, _p, _c: export_call(reg, call.code, Path(path)),
                          parent=self)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a call"), "",
                                              self.tr("Calls (*.json)"))
        if path:
            self.desk.run(lambda reg, _p, _c: import_call(reg, Path(path)), parent=self,
                          writes=True)


def _button(text: str, act: Callable[[], None], tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: act())
    return button
