"""Switching language while the app runs: every screen sets its words again.

Qt sends each widget a ``LanguageChange`` event when the app's translators change
(``ui.i18n``). A screen sets its translatable texts in one method, ``retranslate``,
called once at the end of its ``__init__`` and again on that event; what the member
chose, typed, filtered and selected is left as it is. Texts that depend on what is shown
(counts, titles with a plan's name) are set by the screen's own refresh, which
``retranslate`` calls. Table models re-read their titles and cells
(``RowTableModel.retranslate``).

    class Screen(QWidget):
        def __init__(self) -> None:
            ...
            self.skip = named(QPushButton(), "skipGroupButton", "")
            self.retranslate()

        def changeEvent(self, event: QEvent) -> None:
            if is_language_change(event):
                self.retranslate()
            super().changeEvent(event)

        def retranslate(self) -> None:
            set_texts(self.skip, self.tr("Skip"), self.tr("See every doctor in the plan"))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


def set_texts(
    widget: QWidget, text: str | None, name: str | None = None, tip: str | None = None
) -> None:
    """A control's shown text (``setText`` where it has one), the name a screen reader
    announces, and its tooltip, where given."""
    if text is not None:
        widget.setText(text)  # type: ignore[attr-defined]
    if name is not None:
        widget.setAccessibleName(name)
    if tip is not None:
        widget.setToolTip(tip)


class _Watcher(QObject):
    def __init__(self, widget: QWidget, again: Callable[[], None]) -> None:
        super().__init__(widget)
        self._again = again
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_language_change(event):
            self._again()
        return False


def on_language_change(widget: QWidget, again: Callable[[], None]) -> None:
    """Calls ``again`` whenever ``widget`` gets a language change: for a widget built by
    a function (a message box, a menu) rather than a class with ``changeEvent``."""
    _Watcher(widget, again)
