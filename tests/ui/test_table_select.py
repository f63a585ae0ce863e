"""Selecting a row from code works right to left too, in a view not laid out yet (where
QTableView.selectRow selects nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from hmo_desktop.ui.table_select import select_row


def table(direction: Qt.LayoutDirection) -> QTableView:
    model = QStandardItemModel(3, 2)
    for r in range(3):
        for c in range(2):
            model.setItem(r, c, QStandardItem(f"{r}{c}"))
    view = QTableView()
    view.setModel(model)
    model.setParent(view)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setLayoutDirection(direction)
    return view


def test_a_row_is_selected_in_either_direction_before_layout(qapp: QApplication) -> None:
    rtl = table(Qt.LayoutDirection.RightToLeft)
    rtl.selectRow(1)
    assert rtl.selectionModel().selectedRows() == []  # what select_row is for
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        view = table(direction)
        assert select_row(view, 1)
        assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
        assert view.currentIndex().row() == 1
        assert not select_row(view, 3)  # no such row: nothing changes
        assert view.currentIndex().row() == 1
        view.deleteLater()
    rtl.deleteLater()
