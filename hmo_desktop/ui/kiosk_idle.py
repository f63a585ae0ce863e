"""Idle time at a kiosk: the watcher that notices nobody has touched the screen for a
while, and the full-screen warning that counts down before everything is cleared.

WCAG 2.2.1 (timing adjustable): the warning shows at least 20 s, and one tap anywhere on
it, or any key, gives the member the whole idle time again, as often as they like (ten
times and more). "I'm finished" on it clears at once.

Testers: ``IdleWatcher.expire_now()`` makes the idle time run out now (the warning shows);
``IdleWarning.expire_now()`` makes the countdown reach 0 now (``expired``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hmo_desktop.ui.common import named

__all__ = ["INPUT_EVENTS", "IdleWarning", "IdleWatcher"]

#: What counts as someone at the screen.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


_MODIFIERS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)


class IdleWatcher(QObject):
    """Watches the whole app's input. Armed by the first input after ``disarm()`` (a new
    member's start screen with nothing typed has nothing to clear); then ``timed_out``
    after ``seconds`` without input. Paused while the warning shows."""

    timed_out = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.armed = False
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._time_out)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.paused:
            self.armed = True
            self.timer.start(round(self.seconds * 1000))
        return False

    def disarm(self) -> None:
        """A new member: nothing to watch until someone touches the screen."""
        self.armed = self.paused = False
        self.timer.stop()

    def resume(self) -> None:
        """After the warning was answered: the whole idle time again."""
        self.paused = False
        self.armed = True
        self.timer.start(round(self.seconds * 1000))

    def expire_now(self) -> None:
        """For tests: the idle time runs out now."""
        self.armed = True
        self.timer.stop()
        self._time_out()

    def _time_out(self) -> None:
        if self.armed and not self.paused:
            self.paused = True
            self.timed_out.emit()


class IdleWarning(QWidget):
    """Full screen, above everything (dialogs too): "Are you still there?", the seconds
    left in large digits, "I need more time" and "I'm finished"."""

    extended = Signal()  # the member asked for more time
    finished_now = Signal()  # "I'm finished"
    expired = Signal()  # the countdown reached 0

    def __init__(self, seconds: float) -> None:
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(None, flags)
        self.setObjectName("kioskIdleWarning")
        self.seconds = seconds
        self.left = 0
        self.extensions = 0  # how many times the member asked for more time
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.count = named(QLabel(), "kioskIdleCountdown", "")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.explain = QLabel()
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain.setWordWrap(True)
        for label, scale in ((self.heading, 2.4), (self.count, 6.0), (self.explain, 1.4)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(label is not self.explain)
            label.setFont(font)
            label.setProperty("fontScale", scale)
        self.more = named(QPushButton(), "kioskMoreTimeButton", "")
        self.done = named(QPushButton(), "kioskIdleFinishedButton", "")
        for b, scale in ((self.more, 1.8), (self.done, 1.3)):
            b.setMinimumSize(240, 88 if b is self.more else 64)
            font = b.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(b is self.more)
            b.setFont(font)
            b.setProperty("fontScale", scale)
        self.more.setDefault(True)
        self.more.clicked.connect(self.extend)
        self.done.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.more)
        buttons.addSpacing(48)
        buttons.addWidget(self.done)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(64, 64, 64, 64)
        lay.addStretch(1)
        for w in (self.heading, self.count, self.explain):
            lay.addWidget(w)
        lay.addSpacing(32)
        lay.addLayout(buttons)
        lay.addStretch(2)
        QWidget.setTabOrder(self.more, self.done)
        self.setAutoFillBackground(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Are you still there?"))
        self.setAccessibleName(self.tr("Are you still there?"))
        self.heading.setText(self.tr("Are you still there?"))
        self.count.setAccessibleName(self.tr("Seconds left"))
        self.explain.setText(
            self.tr(
                "When the count reaches 0, everything on this screen is cleared for the next "
                "person. Touch anywhere or press any key for more time."
            )
        )
        self.more.setText(self.tr("I need more time"))
        self.more.setAccessibleName(self.tr("I need more time"))
        self.done.setText(self.tr("I'm finished"))
        self.done.setAccessibleName(self.tr("I'm finished: clear everything now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Show it, full screen on the primary display, counting down from the start."""
        self.left = max(1, round(self.seconds))
        self._show_left()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        if QGuiApplication.platformName() != "offscreen":  # it has no stacking to change
            self.raise_()
        self.activateWindow()
        self.more.setFocus()
        self.tick.start()

    def stop(self) -> None:
        self.tick.stop()
        self.hide()

    def extend(self) -> None:
        """More time: the warning goes; the member has the whole idle time again."""
        if not self.isVisible():
            return
        self.extensions += 1
        self.stop()
        self.extended.emit()

    def expire_now(self) -> None:
        """For tests: the countdown reaches 0 now."""
        self.left = 1
        self._tick()

    def _finish(self) -> None:
        self.stop()
        self.finished_now.emit()

    def _tick(self) -> None:
        self.left -= 1
        self._show_left()
        if self.left <= 0:
            self.stop()
            self.expired.emit()

    def _show_left(self) -> None:
        self.count.setText(QLocale().toString(max(self.left, 0)))  # the language's digits
        self.count.setAccessibleDescription(self.count.text())

    # One tap anywhere, or any key (but Tab, a modifier alone, and Enter or Space on
    # "I'm finished"), is more time.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.extend()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _MODIFIERS:  # Shift of Shift+Tab: not yet a key of its own
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # moving between the two buttons
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            other = self.done if self.focusWidget() is self.more else self.more
            other.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            event.accept()
            return
        pressing_done = self.done.hasFocus() and key in (
            Qt.Key.Key_Space,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if pressing_done:
            self.done.click()
        else:
            self.extend()
        event.accept()
