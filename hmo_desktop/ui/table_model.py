"""One generic table model: columns are data (title, value, optional tooltip).

A column's title may be a function (``lambda: tr("Doctor")``): it is asked each time the
header is drawn, so a language change shows the new title after ``retranslate``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple, Generic[R]):
    title: str | Callable[[], str]
    value: Callable[[R], str]
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


#: The model role that gives a cell's whole row object (a GroupRow, a PcpRow): the
#: documented way for testers to read a row (docs/TESTING.md).
ROW_ROLE = Qt.ItemDataRole.UserRole


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are small frozen objects; the view shows what the columns say of them."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    # -- data in
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    def tips(self, row: R) -> list[str]:
        """The row's cell tooltips, in column order: what a detail line shows of the
        selected row, so that nothing is said on hover only (a touch screen has none)."""
        return [t for c in self._columns if c.tooltip is not None and (t := c.tooltip(row))]

    # -- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        col = self._columns[index.column()]
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.value(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            title = self._columns[section].title
            return title() if callable(title) else title
        return None

    def retranslate(self) -> None:
        """The language changed: the view asks again for the titles and every cell (the
        values' words are looked up as they are drawn)."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows and self._columns:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
