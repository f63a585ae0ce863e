"""Sizes that fit the screen: the window opens at a size the screen can show, every
dialog is at most the screen's available size (its contents scroll inside), and the
window's steps scroll rather than push controls off a small screen.

Nothing here remembers anything: the size comes from the screen of the moment, never
from a member's earlier visit (a kiosk serves one member after another).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: The size the window prefers on a large screen, in device-independent pixels.
PREFERRED = QSize(1280, 800)

#: Left for the window's frame and title bar, which the available area must also hold.
FRAME_ALLOWANCE = QSize(16, 40)


def available_rect(widget: QWidget | None = None) -> QRect:
    """The screen's available geometry (without task bars) of ``widget``'s screen, or
    of the primary screen; an empty rect when there is no screen."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def fitting_size(available: QRect, preferred: QSize = PREFERRED) -> QSize:
    """The window's size for a screen whose available area is ``available``: the
    preferred size, made smaller to leave room for the window frame on a small screen.
    (Logical pixels: with QT_SCALE_FACTOR=2 a 2560x1600 screen is 1280x800 here.)"""
    if available.isEmpty():
        return QSize(preferred)
    room = available.size() - FRAME_ALLOWANCE
    return preferred.boundedTo(room.expandedTo(QSize(320, 240)))


def open_fitting(window: QWidget, available: QRect | None = None) -> None:
    """Size ``window`` to fit ``available`` (default: its screen's available area) and
    place it there, centred."""
    area = available_rect(window) if available is None else available
    size = fitting_size(area)
    window.resize(size)
    if not area.isEmpty():
        frame = QRect(0, 0, size.width(), size.height() + FRAME_ALLOWANCE.height())
        frame.moveCenter(area.center())
        window.move(max(frame.x(), area.x()), max(frame.y(), area.y()))


def fit_dialog(dialog: QWidget, available: QRect | None = None) -> None:
    """At most the available area of the screen: a dialog's text scrolls inside it."""
    area = available_rect(dialog.parentWidget() or dialog) if available is None else available
    if area.isEmpty():
        return
    room = area.size() - FRAME_ALLOWANCE
    dialog.setMaximumSize(room.expandedTo(dialog.minimumSize()))
    dialog.resize(dialog.size().boundedTo(room))


def scrolling(page: QWidget, object_name: str, accessible_name: str) -> QScrollArea:
    """``page`` in a frameless scroll area that gives it the whole viewport while it
    fits, and scrolls only when the window is smaller than the page's least size."""
    area = QScrollArea()
    area.setObjectName(object_name)
    area.setAccessibleName(accessible_name)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
