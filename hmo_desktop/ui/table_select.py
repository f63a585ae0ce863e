"""Selecting a table's row from code, in either reading direction.

``QTableView.selectRow`` finds the row's cells from the column at the viewport's leading
edge; right to left, in a view not yet laid out (a step being shown, a dialog opening),
there is no column there and nothing is selected. ``select_row`` asks the selection model
directly, with the row's first cell as the current one, as a click would.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> bool:
    """Makes ``row`` the selected and current row; False when there is no such row."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return False
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    selection.setCurrentIndex(model.index(row, 0), flags)
    return True
