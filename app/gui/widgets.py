"""Small pieces every page uses: a read-only table and columns sized to their contents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget

MAX_COLUMN = 320


def plain_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
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
    """Columns as wide as their contents, none wider than MAX_COLUMN; the last one stretches."""
    table.resizeColumnsToContents()
    last = table.model().columnCount() - 1
    for column in range(last):
        if table.columnWidth(column) > MAX_COLUMN:
            table.setColumnWidth(column, MAX_COLUMN)
    if last >= 0:
        table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
