"""Small pieces every page uses: read-only tables with columns sized to their contents,
captioned fields in a row, a view with its action buttons below."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_ID, ORG_NAME

MAX_COLUMN = 320


def plain_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return read_only(table)


def read_only(table: QTableWidget) -> QTableWidget:
    """A table of whole rows the clerk reads and chooses from, never edits."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    _read_only_rows(table)
    return table


def model_table(*, sortable: bool = False) -> QTableView:
    """A read-only table over a model. Sortable only over a sort proxy, starting unsorted
    (the rows' own order), so no arrow claims an order the rows are not in."""
    table = QTableView()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    _read_only_rows(table)
    if sortable:
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    return table


def _read_only_rows(table: QTableView) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their contents, none wider than MAX_COLUMN; the last one stretches.
    A text cut at MAX_COLUMN wraps onto more lines of its row instead of ending in '…'."""
    table.resizeColumnsToContents()
    last = table.model().columnCount() - 1
    for column in range(last):
        if table.columnWidth(column) > MAX_COLUMN:
            table.setColumnWidth(column, MAX_COLUMN)
    if last >= 0:
        table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.resizeRowsToContents()


def add_labelled(row: QHBoxLayout, pairs: Sequence[tuple[str, QWidget]]) -> QHBoxLayout:
    """Caption and field side by side; a caption's &-mnemonic puts the focus in its field."""
    for text, field in pairs:
        caption = QLabel(text)
        caption.setBuddy(field)
        row.addWidget(caption)
        row.addWidget(field)
    return row


def with_actions(view: QWidget, *buttons: QWidget, note: QWidget | None = None) -> QWidget:
    """A view with its actions right-aligned below it (and a note on the left)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    bar = QHBoxLayout()
    if note is not None:
        bar.addWidget(note)
    bar.addStretch(1)
    for button in buttons:
        bar.addWidget(button)
    layout.addLayout(bar)
    return holder


def remembered(splitter: QSplitter, name: str) -> QSplitter:
    """The split where the clerk last dragged it, kept in the settings as it moves."""
    key = f"splitters/{name}"
    saved = QSettings(ORG_NAME, APP_ID).value(key)
    if isinstance(saved, QByteArray):
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(
        lambda _pos, _index: QSettings(ORG_NAME, APP_ID).setValue(key, splitter.saveState()))
    return splitter


class TimeField(QDateTimeEdit):
    """A date and time typed straight through (202510241740) and left with one Tab: Qt's own
    field takes a Tab per section, five to get past it."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
