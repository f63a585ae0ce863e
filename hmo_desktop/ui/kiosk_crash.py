"""A bug at a kiosk: no dialog with a traceback, but a plain "Please ask staff" screen,
and everything the member entered is cleared (``ui.kiosk_shell`` resets behind it).

The error hook prints the kind of error and where it happened on stderr, never the
error's message (it may quote what a member typed), and writes no file.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hmo_desktop.ui.common import named

__all__ = ["CrashScreen", "install_kiosk_excepthook", "report_without_message"]


def report_without_message(
    kind: type[BaseException], tb: TracebackType | None
) -> str:  # the frames (file, line, function, code), then the error's class alone
    return "".join(traceback.format_tb(tb)) + f"{kind.__module__}.{kind.__qualname__}\n"


def install_kiosk_excepthook(on_crash: Callable[[], None]) -> None:
    """Unexpected errors: reported on stderr without their message, then ``on_crash``."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        print("HMO Desktop (kiosk): unexpected error\n" + report_without_message(kind, tb),
              file=sys.stderr)  # fmt: skip
        on_crash()

    sys.excepthook = hook


class CrashScreen(QWidget):
    """ "Something went wrong. Please ask staff." with one button to go on."""

    go_on = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskCrashScreen")
        self.heading = QLabel()
        self.text = QLabel()
        for label, scale in ((self.heading, 2.4), (self.text, 1.4)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(label is self.heading)
            label.setFont(font)
            label.setProperty("fontScale", scale)
        self.button = named(QPushButton(), "kioskCrashOkButton", "")
        self.button.setMinimumSize(240, 72)
        font = self.button.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.button.setFont(font)
        self.button.setProperty("fontScale", 1.4)
        self.button.clicked.connect(self.go_on)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(64, 64, 64, 64)
        lay.addStretch(1)
        lay.addWidget(self.heading)
        lay.addWidget(self.text)
        lay.addSpacing(32)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        lay.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Please ask staff"))
        self.text.setText(
            self.tr(
                "Something went wrong inside HMO Desktop. What was entered has been cleared. "
                "A staff member can help you start again."
            )
        )
        self.button.setText(self.tr("Start again"))
        self.button.setAccessibleName(self.tr("Start again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
