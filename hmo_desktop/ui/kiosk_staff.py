"""Staff only: the PIN that unlocks the kiosk, then what staff may do there (clear the
screen for the next person, leave the kiosk) and the settings the kiosk runs with.

Without a PIN in the staff configuration the kiosk cannot be left from here; the dialog
says how to set one. It says what staff chose (``reset_requested``, ``exit_requested``);
``ui.kiosk_shell`` acts on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.kiosk.config import KioskConfig
from hmo_desktop.kiosk.pin import MAX_DIGITS, PinGuard
from hmo_desktop.ui.common import named, tr
from hmo_desktop.ui.directory_note import arg, shown
from hmo_desktop.ui.keyboard import chain
from hmo_desktop.ui.kiosk_pad import NumberPad
from hmo_desktop.ui.retranslate import is_language_change, set_texts

__all__ = ["StaffDialog", "printer_name"]


def printer_name() -> str:
    """The system's default printer, "" when there is none."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.defaultPrinterName()


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths and numbers as they are
    label.setWordWrap(True)
    return label


def _button(text: str, object_name: str, name: str) -> QPushButton:
    b = named(QPushButton(text), object_name, name)
    b.setAutoDefault(False)
    b.setMinimumHeight(56)
    return b


class StaffDialog(QDialog):
    """The PIN page, then the staff page."""

    reset_requested = Signal()
    exit_requested = Signal()

    def __init__(self, config: KioskConfig, guard: PinGuard, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.config, self.guard = config, guard
        self.setObjectName("kioskStaffDialog")
        self._wrong = False  # the last PIN tried was wrong: said until the next try
        self.pages = QStackedWidget()

        # -- the PIN
        pin_page = QWidget()
        self.pin = named(QLineEdit(), "staffPinEdit", "")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_DIGITS)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.returnPressed.connect(self.unlock)
        pin_label = self.pin_label = QLabel()
        pin_label.setBuddy(self.pin)
        self.pad = NumberPad(self.pin, "staffPinPad")
        self.message = named(_plain(), "staffPinMessage", "")
        self.unlock_button = _button("", "staffUnlockButton", "")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.cancel_button = _button("", "staffCancelButton", "")
        self.cancel_button.clicked.connect(self.reject)
        lay = QVBoxLayout(pin_page)
        if config.has_pin:
            lay.addWidget(pin_label)
            lay.addWidget(self.pin)
            lay.addWidget(self.pad)
            lay.addWidget(self.message)
            row = QHBoxLayout()
            row.addWidget(self.cancel_button)
            row.addWidget(self.unlock_button)
            lay.addLayout(row)
            chain(self.pin, *self.pad.keys.values(), self.cancel_button, self.unlock_button)
        else:
            for w in (self.pin, self.pad, self.unlock_button, pin_label):
                w.hide()
            lay.addWidget(self.message)
            lay.addWidget(self.cancel_button)
        self.pages.addWidget(pin_page)

        # -- what staff may do
        staff_page = QWidget()
        self.settings = named(_plain(), "staffSettingsText", "")
        self.reset_button = _button("", "staffResetButton", "")
        self.reset_button.clicked.connect(self._reset)
        self.exit_button = _button("", "staffExitButton", "")
        self.exit_button.clicked.connect(self._exit)
        self.back_button = _button("", "staffBackButton", "")
        self.back_button.clicked.connect(self.reject)
        staff = QVBoxLayout(staff_page)
        staff.addWidget(self.settings, 1)
        row = QHBoxLayout()
        for b in (self.back_button, self.reset_button, self.exit_button):
            row.addWidget(b)
        staff.addLayout(row)
        chain(self.back_button, self.reset_button, self.exit_button)
        self.pages.addWidget(staff_page)

        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self.refresh_timer = QTimer(self)  # counts a lock down to 0 on screen
        self.refresh_timer.setInterval(1000)
        self.refresh_timer.timeout.connect(lambda: self._show_lock(self._wrong))
        self.retranslate()
        self.resize(640, 560)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every word in the language now installed (the member's, at a kiosk)."""
        set_texts(self, None, tr("Staff only"))
        self.setWindowTitle(tr("Staff only"))
        set_texts(self.pin, None, tr("Staff PIN"))
        self.pin_label.setText(tr("Staff PIN:"))
        set_texts(self.message, None, tr("PIN message"))
        set_texts(self.unlock_button, tr("Unlock"), tr("Unlock staff settings"))
        set_texts(self.cancel_button, tr("Cancel"), tr("Back to the kiosk"))
        set_texts(self.settings, self.settings_words(), tr("Settings"))
        set_texts(
            self.reset_button,
            tr("Clear for the next person"),
            tr("Clear everything now for the next person"),
        )
        set_texts(self.exit_button, tr("Leave the kiosk"), tr("Leave the kiosk"))
        set_texts(self.back_button, tr("Back to the kiosk"), tr("Back to the kiosk"))
        if self.config.has_pin:
            self._show_lock(self._wrong)
        else:
            self.message.setText(self.no_pin_words())

    def no_pin_words(self) -> str:
        from hmo_desktop.paths import kiosk_config_path

        where = shown(self.config.path or kiosk_config_path())
        return arg(
            tr(
                "No staff PIN is set, so this kiosk cannot be left from here. To set one, "
                "run this on the computer, then start the kiosk again:\n\n"
                "hmo-desktop --set-kiosk-pin\n\nIt is kept, as a salted hash, in %1"
            ),
            where,
        )

    def settings_words(self) -> str:
        c = self.config
        lines = [
            arg(tr("Configuration file: %1"), shown(c.path) if c.path else tr("none")),
            arg(tr("Idle time before the warning: %1 seconds"), _seconds(c.idle_seconds)),
            arg(tr("The warning counts down from: %1 seconds"), _seconds(c.warning_seconds)),
            arg(
                tr("Text size for each new person: %1 %"),
                QLocale().toString(round(c.text_scale * 100)),
            ),
        ]
        if c.pdf_folder is not None:
            lines.append(
                arg(tr("Summaries: PDF files in %1, emptied at every reset"), shown(c.pdf_folder))
            )
        else:
            printer = printer_name()
            lines.append(
                arg(tr("Summaries: printed on %1"), printer)
                if printer
                else tr("Summaries: no default printer is set up on this computer")
            )
        if c.problem:
            lines.append(arg(tr("The configuration file was not used: %1"), c.problem))
        return "\n".join(lines)

    def unlock(self) -> bool:
        """Check the PIN typed; the staff page when it is right. The PIN is cleared
        either way (and Qt's undo of a password field keeps nothing)."""
        ok = self.guard.check(self.pin.text())
        self.pin.clear()
        if ok:
            self.pages.setCurrentIndex(1)
            self.back_button.setFocus()
            return True
        self._show_lock(wrong=True)
        self.pin.setFocus()
        return False

    def unlocked(self) -> bool:
        return self.pages.currentIndex() == 1

    def _show_lock(self, wrong: bool = False) -> None:
        self._wrong = wrong
        if not self.config.has_pin:
            return
        left = self.guard.seconds_locked()
        if left:
            seconds = QLocale().toString(left)
            self.message.setText(arg(tr("Too many wrong PINs. Try again in %1 s."), seconds))
            self.refresh_timer.start()
        else:
            self.refresh_timer.stop()
            self.message.setText(tr("That PIN is not right.") if wrong else "")
        self.unlock_button.setEnabled(not left)

    def _reset(self) -> None:
        self.accept()
        self.reset_requested.emit()

    def _exit(self) -> None:
        self.accept()
        self.exit_requested.emit()


def _seconds(seconds: float) -> str:
    """120 or 0.5, in the language's digits."""
    return QLocale().toString(float(seconds), "g", 6)
