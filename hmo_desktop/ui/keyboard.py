"""Keyboard use: one tab stop per control, in reading order, and no traps.

Tab moves from control to control in the order a sighted person reads the screen (top
to bottom, left to right; a column, such as the doctor filters, is read before the
column to its right); Shift+Tab goes back the same way. A table or list is one tab
stop: the arrow keys move inside it, Tab leaves it. Containers (a scroll area) are no
tab stop of their own. Escape closes every dialog (``QDialog`` rejects on it).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QMessageBox, QWidget


def chain(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order (hidden or disabled ones are passed
    over by Qt, so a chain may name widgets that show only sometimes)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def one_tab_stop(view: QAbstractItemView) -> None:
    """Tab leaves the view at once; the arrow keys move inside it (a table's Tab would
    otherwise walk cell by cell: 8 presses a group row, hundreds with 60 doctors)."""
    view.setTabKeyNavigation(False)


def name_buttons(box: QMessageBox, object_name: str) -> None:
    """Give a message box's own buttons (OK, Close, Show Details...) their words as the
    name a screen reader announces, and objectNames ``<object_name>OkButton`` (the
    standard button's name) or ``<object_name>DetailsButton`` (Show Details...)."""
    for button in box.buttons():
        standard = box.standardButton(button)
        which = "Details" if standard == QMessageBox.StandardButton.NoButton else standard.name
        button.setObjectName(f"{object_name}{which}Button")
        button.setAccessibleName(button.text().replace("&", ""))


def no_tab_stop(area: QAbstractScrollArea) -> None:
    """A scroll area around controls is not a tab stop: focus goes to the controls, and
    the area scrolls to show the one focused."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
