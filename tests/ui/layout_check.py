"""A geometry check for every visible control of a window or dialog.

Each visible interactive widget, and each label with text, must be inside its window's
visible rect, or inside a scroll area that can scroll to it; must not overlap a checked
sibling; and must show its whole text (a label without word wrap is as wide as its
text; a wrapped label is as tall as its text at its width; a button is as wide as its
text). The window must not be larger than the screen size used.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextBrowser,
    QWidget,
)

KINDS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextBrowser)


def checked(widget: QWidget) -> bool:
    """A control a person reads or operates."""
    if isinstance(widget, QLabel):
        return bool(widget.text())
    return isinstance(widget, KINDS)


def _inner_part(widget: QWidget, top: QWidget) -> bool:
    """Part of another control (a combo box's line edit, a table's header, a scroll
    bar): that control is checked instead. A scroll area's own page is not a part."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        page = parent.widget() if isinstance(parent, QScrollArea) else None
        if page is not None and (page is widget or page.isAncestorOf(widget)):
            return False
        if isinstance(parent, (*KINDS, QAbstractScrollArea)):
            return True
        parent = parent.parentWidget()
    return False


def controls(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if w.isVisibleTo(top) and w.window() is top and checked(w) and not _inner_part(w, top)
    ]


def _scroller(widget: QWidget, top: QWidget) -> QScrollArea | None:
    """The nearest scroll area whose page holds ``widget``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            page = parent.widget()
            if page is not None and page.isAncestorOf(widget):
                return parent
        parent = parent.parentWidget()
    return None


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
    return f"{type(w).__name__}({w.objectName() or text[:30]!r})"


def reachable(widget: QWidget, top: QWidget) -> str | None:
    """Why ``widget`` cannot be seen whole, or None."""
    area = _scroller(widget, top)
    if area is None:
        inside = _rect_in(widget, top)
        if not top.rect().contains(inside):
            return f"{_name(widget)} at {inside.getRect()} is outside {top.rect().getRect()}"
        parent = widget.parentWidget()
        while parent is not None and parent is not top:  # clipped by a smaller parent
            if not _rect_in(parent, top).contains(inside):
                return f"{_name(widget)} at {inside.getRect()} is clipped by {_name(parent)}"
            parent = parent.parentWidget()
        return None
    page = area.widget()
    assert page is not None
    inside = _rect_in(widget, page)
    if not page.rect().contains(inside):
        return f"{_name(widget)} at {inside.getRect()} is outside its scroll page"
    # What it needs (a wrapped label, its least width) must fit the area's width.
    need = min(inside.width(), widget.minimumSizeHint().width())
    if need > area.viewport().width():
        return f"{_name(widget)} ({need} px) is wider than its scroll area"
    return reachable(area, top)


def text_fits(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height():
                return f"{_name(widget)} needs {need} px height, has {widget.height()}"
        elif widget.sizeHint().width() > widget.width():
            return f"{_name(widget)} needs {widget.sizeHint().width()} px, has {widget.width()}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if hint.width() > widget.width() or widget.minimumSizeHint().height() > widget.height():
            return f"{_name(widget)} needs {hint.width()}x{hint.height()}, has {widget.size()}"
    return None


def overlaps(widgets: list[QWidget]) -> list[str]:
    out: list[str] = []
    by_parent: dict[int, list[QWidget]] = {}
    for w in widgets:
        by_parent.setdefault(id(w.parentWidget()), []).append(w)
    for siblings in by_parent.values():
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    out.append(f"{_name(a)} overlaps {_name(b)}")
    return out


def layout_problems(top: QWidget, screen: QSize) -> list[str]:
    """Everything wrong with ``top``'s layout as shown now (empty: it fits)."""
    problems: list[str] = []
    if top.width() > screen.width() or top.height() > screen.height():
        problems.append(f"{_name(top)} is {top.width()}x{top.height()}, screen {screen}")
    shown = controls(top)
    for w in shown:
        for problem in (reachable(w, top), text_fits(w)):
            if problem:
                problems.append(problem)
    return problems + overlaps(shown)
