"""A read-only table model over a list of plain rows: each model says its headers and how a
row shows in each column; sorting uses the raw value, not the shown text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[R] = []

    # What each model says --------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: R, column: int) -> Any:
        raise NotImplementedError

    def colour(self, row: R, column: int) -> QColor | None:
        return None

    def tip(self, row: R, column: int) -> str | None:
        return None

    def font(self, row: R, column: int) -> QFont | None:
        return None

    # ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        value = self.cell(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return value if isinstance(value, (int, float)) else str(value or "")
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(row, index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, index.column())
        return None

    def row_at(self, index: Index) -> R:
        return self.rows[index.row()]
