"""Run something when a widget's first frame is being painted (once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._callback()
        return False


def on_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` as ``widget`` gets its first paint event (the filter is owned by
    the widget and removes itself)."""
    widget.installEventFilter(_FirstPaint(widget, callback))
