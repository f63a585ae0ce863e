"""An on-screen number pad for a touch kiosk: the digits, Delete and Clear, typing into
one field as its keys would (so its limits and validator still apply).

Each key is a button named ``<prefix>0`` ... ``<prefix>9``, ``<prefix>Delete`` and
``<prefix>Clear`` (``kioskPad``: the start screen's ZIP; ``staffPinPad``: the staff PIN);
Tab reaches every key, and the field itself takes typed digits as well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from hmo_desktop.ui.common import named, tr
from hmo_desktop.ui.retranslate import is_language_change, set_texts

__all__ = ["NumberPad"]


class NumberPad(QWidget):
    """Keys 1-9 in three rows, then Delete, 0 and Clear, typing into ``target``."""

    def __init__(self, target: QLineEdit, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName(f"{prefix}Pad")
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(8)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._key(prefix, digit, digit, digit), i // 3, i % 3)
        grid.addWidget(self._key(prefix, "Delete", "", ""), 3, 0)
        grid.addWidget(self._key(prefix, "0", "0", "0"), 3, 1)
        grid.addWidget(self._key(prefix, "Clear", "", ""), 3, 2)
        self.keys["Delete"].clicked.connect(self._delete)
        self.keys["Clear"].clicked.connect(self._clear)
        # A number pad reads 1 2 3 from the left in every language, as on a phone; its
        # digits are 0-9, the digits a ZIP code and a PIN are written with.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        set_texts(self.keys["Delete"], tr("Delete"), tr("Delete one digit"))
        set_texts(self.keys["Clear"], tr("Clear"), tr("Clear all digits"))

    def _key(self, prefix: str, key: str, text: str, name: str) -> QPushButton:
        button = named(QPushButton(text), f"{prefix}{key}", name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(False)
        button.setMinimumSize(72, 56)  # larger than the 44 px minimum: fingers, gloves
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        button.setFont(font)
        button.setProperty("fontScale", 1.4)  # kept when the text size changes
        if key.isdigit():
            button.clicked.connect(lambda _on=False, d=key: self.type_digit(d))
        self.keys[key] = button
        return button

    def type_digit(self, digit: str) -> None:
        """What pressing a digit key does: the field gets it at its cursor."""
        self.target.insert(digit)

    def _delete(self) -> None:
        self.target.backspace()

    def _clear(self) -> None:
        self.target.clear()
