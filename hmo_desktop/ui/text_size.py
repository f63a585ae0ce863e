"""Text size: View > Text size (100 % to 200 %), Ctrl+Plus, Ctrl+Minus and Ctrl+0.

The app's text starts at the system's size (``ui.system_font``); this scales it for the
whole app at once, while it runs. Nothing is written anywhere: the next start (or, at a
kiosk, the next person who opens the app) begins at 100 % again. Start over keeps the size:
it belongs to the person at the screen, not to the member's choices.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView, QWidget

from hmo_desktop.ui.common import tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.look import target_size
from hmo_desktop.ui.retranslate import on_language_change
from hmo_desktop.ui.theme import apply_look

#: The sizes offered, as scales of the system's text size.
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)


def action_name(scale: float) -> str:
    """The menu item's objectName: ``textSize100`` ... ``textSize200``."""
    return f"textSize{round(scale * 100)}"


class TextSize(QObject):
    """The window's text-size menu and shortcuts; ``changed`` gives the new scale."""

    changed = Signal(float)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.scale = 1.0
        self._bar = bar = window.menuBar()
        bar.setObjectName("menuBar")
        self._view = view = bar.addMenu("")
        view.setObjectName("viewMenu")
        self.menu = view.addMenu("")
        self.menu.setObjectName("textSizeMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[float, QAction] = {}
        for scale in SCALES:
            item = QAction(window)
            item.setObjectName(action_name(scale))
            item.setCheckable(True)
            item.setChecked(scale == self.scale)
            item.triggered.connect(lambda _on=False, s=scale: self.set_scale(s))
            group.addAction(item)
            self.menu.addAction(item)
            self.actions[scale] = item
        self.menu.addSeparator()
        keys = QKeySequence.StandardKey
        self._keys: list[QAction] = []
        for key, slot, name in (
            (QKeySequence(keys.ZoomIn), self.larger, "largerTextAction"),
            (QKeySequence(keys.ZoomOut), self.smaller, "smallerTextAction"),
            (QKeySequence("Ctrl+0"), self.normal, "normalTextAction"),
        ):
            act = QAction(window)
            act.setObjectName(name)
            act.setShortcut(key)
            act.triggered.connect(slot)
            self.menu.addAction(act)
            self._keys.append(act)
        # Ctrl+= as well as Ctrl++: on most keyboards "+" needs Shift, "=" does not.
        QShortcut(QKeySequence("Ctrl+="), window, self.larger)
        self.retranslate()
        on_language_change(self.menu, self.retranslate)

    def retranslate(self) -> None:
        """The menus' words, in the app's language (the size chosen stays)."""
        self._bar.setAccessibleName(tr("Menu bar"))
        self._view.setTitle(tr("&View"))
        self.menu.setTitle(tr("&Text size"))
        for scale, item in self.actions.items():
            # "%1 %" with the number filled in: the percent sign's place is the translator's.
            item.setText(arg(tr("%1 %"), QLocale().toString(round(scale * 100))))
        larger, smaller, normal = self._keys
        larger.setText(tr("Larger text"))
        smaller.setText(tr("Smaller text"))
        normal.setText(tr("Normal text size"))

    def larger(self) -> None:
        self.set_scale(next((s for s in SCALES if s > self.scale), SCALES[-1]))

    def smaller(self) -> None:
        self.set_scale(next((s for s in reversed(SCALES) if s < self.scale), SCALES[0]))

    def normal(self) -> None:
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        """Text at ``scale`` times the system's size, for the whole app, now."""
        scale = min(max(scale, SCALES[0]), SCALES[-1])
        for s, item in self.actions.items():
            item.setChecked(s == scale)
        if scale == self.scale:
            return
        self.scale = scale
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app, text_scale=scale)
            for top in app.topLevelWidgets():
                refit(top)
        self.changed.emit(scale)


def refit(top: QWidget) -> None:
    """Sizes measured from the font when a widget was made, measured again: headings,
    table rows and column widths (``results_table``), one-line labels."""
    base = QApplication.font().pointSizeF()
    for w in top.findChildren(QWidget):
        factor = w.property("fontScale")  # a heading's size, relative to the text
        if isinstance(factor, float):
            font = w.font()
            font.setPointSizeF(base * factor)
            w.setFont(font)
    for table in top.findChildren(QTableView):
        widths = table.property("widthsEm")  # a results_table: fixed rows, widths in 'm's
        if isinstance(widths, list):
            fm = table.fontMetrics()
            padding = table.property("rowPadding")
            pad = padding if isinstance(padding, int) else 10
            rows = max(fm.height() + pad, target_size())  # 44 px on a touch screen
            table.verticalHeader().setDefaultSectionSize(rows)
            em = fm.horizontalAdvance("m")
            for col, width in enumerate(widths):
                if width:
                    table.horizontalHeader().resizeSection(col, int(width) * em)
    for label in top.findChildren(QLabel):
        if label.property("oneLine") is True:
            label.setFixedHeight(label.fontMetrics().height() + 6)
    top.updateGeometry()
    layout = top.layout()
    if layout is not None:
        layout.activate()
