"""Information shown only on hover: a tooltip (of a widget, a header, or a cell of the
selected row) whose words are not also on the screen as visible text. A touch screen has
no hover, so at a kiosk such words would never be seen."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGuiNs
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def _plain(text: str) -> str:
    if QtGuiNs.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return re.sub(r"\s+", " ", text).strip()


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def columns(model: QAbstractItemModel, parent: QModelIndex | None = None) -> int:
    try:
        return int(model.columnCount(parent if parent is not None else QModelIndex()))
    except TypeError:  # a list model's columnCount is private in Qt
        return 1


def _view_texts(view: QAbstractItemView) -> list[str]:
    """What a view draws: its rows' cells and its column titles."""
    model: QAbstractItemModel | None = view.model()
    texts: list[str] = []
    if model is None:
        return texts

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for col in range(columns(model, parent)):
                index = model.index(row, col, parent)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
                if col == 0 and parent == QModelIndex() and model.rowCount(index) > 0:
                    walk(index)

    walk(QModelIndex())
    for col in range(columns(model, QModelIndex())):
        title = model.headerData(col, Qt.Orientation.Horizontal)
        if title is not None:
            texts.append(str(title))
    return texts


def visible_text(top: QWidget) -> str:
    """Every word a person can read in ``top`` now, in one line."""
    texts: list[str] = []
    for w in [top, *top.findChildren(QWidget)]:
        if not _shown(w):
            continue
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(w.text())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QComboBox):
            texts.append(w.currentText())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            texts += _view_texts(w)
    return " | ".join(_plain(t) for t in texts if t)


def _selected_tips(view: QAbstractItemView) -> list[tuple[str, str]]:
    model: QAbstractItemModel | None = view.model()
    current = view.currentIndex()
    if model is None or not current.isValid():
        return []
    found = []
    for col in range(columns(model, current.parent())):
        index = model.index(current.row(), col, current.parent())
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        if tip:
            found.append((f"{view.objectName()} row {current.row()} column {col}", str(tip)))
    return found


def tooltips(top: QWidget) -> list[tuple[str, str]]:
    """(where, tooltip) for each visible widget with a tooltip, each visible header, and
    each cell of a visible view's selected row."""
    found: list[tuple[str, str]] = []
    for w in [top, *top.findChildren(QWidget)]:
        if not _shown(w):
            continue
        if w.toolTip():
            where = w.objectName() or type(w).__name__
            owner = w.parentWidget()
            if isinstance(w, QHeaderView) and owner is not None:
                where = f"{owner.objectName()} header"
            found.append((where, w.toolTip()))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            found += _selected_tips(w)
    return found


def hover_only(top: QWidget) -> list[str]:
    """Each tooltip of ``top`` whose words are nowhere in its visible text."""
    seen = visible_text(top)
    return [f"{where}: {tip!r}" for where, tip in tooltips(top) if _plain(tip) not in seen]
