"""Kiosk mode: one stranger after another at a shared machine, nothing left behind.

``KioskShell`` is the kiosk: full screen on the primary display, no frame, and closing
it (Alt+F4, the window manager's close, Escape) does nothing; only the staff PIN leaves
it. It shows, one member at a time, a start screen (``ui.kiosk_start``) and then the
steps (``KioskWindow``: the main window without File > Open directory, with "I'm
finished" instead of "Start over"). It is the only module that connects the kiosk's
screens; they never import each other.

**The total wipe** (``reset``), after the idle warning ran out, "I'm finished", a staff
reset or a bug: every dialog closed, the member's window and start screen *deleted*
(every text field and its undo history, every model, selection and scroll position go
with them) and built again over the same open directory; the clipboard emptied if the
app put anything there; the staff PDF folder emptied; the language and the text size
back to the staff's. Nothing about a member is written to disk in kiosk mode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QVBoxLayout, QWidget

from hmo_desktop.directory import Directory
from hmo_desktop.kiosk.config import KioskConfig
from hmo_desktop.kiosk.files import empty_folder
from hmo_desktop.kiosk.pin import PinGuard
from hmo_desktop.ui.common import tr
from hmo_desktop.ui.i18n import Language, available, font_covers, in_use
from hmo_desktop.ui.kiosk_crash import CrashScreen
from hmo_desktop.ui.kiosk_idle import IdleWarning, IdleWatcher
from hmo_desktop.ui.kiosk_print import HouseholdSummary, print_at_kiosk, tell
from hmo_desktop.ui.kiosk_staff import StaffDialog
from hmo_desktop.ui.kiosk_start import StartScreen
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.retranslate import is_language_change
from hmo_desktop.ui.theme import apply_look

__all__ = ["KioskShell", "KioskWindow"]


class KioskWindow(MainWindow):
    """The steps at a kiosk: no File menu (no other directory, no file dialog), nothing
    saved (``kiosk``), and "I'm finished" (``kioskFinishedButton``) where "Start over" is."""

    allow_open_directory = False
    kiosk = True
    finished_requested = Signal()

    def __init__(self, db: Directory, config: KioskConfig, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        done = self.start_over
        done.setObjectName("kioskFinishedButton")
        done.clicked.disconnect()
        done.clicked.connect(self.finished_requested)
        self._config = config

    def retranslate(self) -> None:
        """The window's words, with "I'm finished" where "Start over" is, in any language."""
        super().retranslate()
        done = self.start_over
        done.setText(self.tr("I'm finished"))
        done.setAccessibleName(self.tr("I'm finished: clear everything for the next person"))
        done.setAccessibleDescription("")
        done.setToolTip("")

    def print_at_once(self, dlg: HouseholdSummary) -> None:
        """The household's "Print summary": no print or file dialog at a kiosk; straight
        to the printer (or the staff folder), then a word on what happened."""
        tell(dlg.print_button.window(), print_at_kiosk(dlg, self._config))


def _delete(widget: QWidget) -> None:
    """Now, not later: nothing of a member may wait in the event queue."""
    import shiboken6

    if shiboken6.isValid(widget):
        shiboken6.delete(widget)


class KioskShell(QWidget):
    """The kiosk over an open directory. Testers: ``main_window`` and ``start`` (built again at
    every reset), ``idle.expire_now()``, ``warning.expire_now()``, ``reset()``, and the
    signals ``warning_shown`` and ``reset_done``."""

    warning_shown = Signal()
    reset_done = Signal()
    started = Signal()  # the member pressed Start

    def __init__(
        self, db: Directory, config: KioskConfig, languages: list[Language] | None = None
    ) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint)
        self.setObjectName("kioskShell")
        self.setAccessibleName(tr("HMO Desktop kiosk"))
        self.setWindowTitle(tr("HMO Desktop"))
        self.db, self.config = db, config
        self.pin_guard = PinGuard(config.pin_hash)
        # The start screen offers every language; one no font here draws says so and
        # cannot be chosen (boxes instead of letters help nobody).
        self.offered = available() if languages is None else languages
        self.languages = [lang for lang in self.offered if font_covers(lang)]
        #: The kiosk's own language (--lang, or the system's): each member starts in it.
        self.home_language = in_use.code
        self._may_close = False
        self._resetting = False
        self._clipboard_ours = False
        self.staff: StaffDialog | None = None
        self.resets = 0

        self.stack = QStackedWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self.crash = CrashScreen()
        self.crash.go_on.connect(self.show_start)
        self.stack.addWidget(self.crash)
        self.idle = IdleWatcher(config.idle_seconds, self)
        self.idle.timed_out.connect(self.show_warning)
        self.warning = IdleWarning(config.warning_seconds)
        self.warning.extended.connect(self._more_time)
        self.warning.finished_now.connect(self.reset)
        self.warning.expired.connect(self.reset)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # a closed dialog never ends the kiosk
        app.installEventFilter(self)  # no tooltips: a touch screen has no hover
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self._look()
        self._build()

    # ------------------------------------------------------------ members

    def _look(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app, text_scale=self.config.text_scale, touch=True)

    def _build(self) -> None:
        self.start = StartScreen(self.offered, in_use.code)
        self.start.start_requested.connect(self._start)
        self.start.language_chosen.connect(self.use_language)
        self.start.staff_requested.connect(self.open_staff)
        self.stack.addWidget(self.start)
        self._new_window()
        self.show_start()

    def _new_window(self) -> None:
        self.main_window = KioskWindow(self.db, self.config)
        self.main_window.finished_requested.connect(self.reset_soon)
        self.main_window.text_size.set_scale(self.config.text_scale)
        self.stack.addWidget(self.main_window)

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start)
        self.start.languages.setFocus()

    def _start(self, zip_code: str) -> None:
        self.stack.setCurrentWidget(self.main_window)
        if zip_code:
            self.main_window.set_zip(zip_code)
            self.main_window.plans.tree.setFocus()
        else:
            self.main_window.zip_edit.setFocus()
        self.started.emit()

    def use_language(self, code: str) -> None:
        """The member's language (``ui.i18n``: its translators, number formats and
        direction), for the start screen (translated again) and the steps, built again
        in it while the member has not started."""
        if code == in_use.code or not in_use.switch(code):
            return
        # Built again in that language: every screen's words are set as it is made.
        if self.stack.currentWidget() is self.start and self.main_window.session.reached == 0:
            self.stack.removeWidget(self.main_window)
            _delete(self.main_window)
            self._new_window()

    # ------------------------------------------------------------ idle

    def show_warning(self) -> None:
        self.warning.start()
        self.warning_shown.emit()

    def _more_time(self) -> None:
        self.idle.resume()
        self.activateWindow()  # keys go to the member's screen again, not the warning

    # ------------------------------------------------------------ the total wipe

    def reset_soon(self) -> None:
        """``reset`` once the click that asked for it is over (its button is deleted)."""
        QTimer.singleShot(0, self.reset)

    def reset(self) -> None:
        """Forget the member entirely, and show a new start screen."""
        if self._resetting:
            return
        self._resetting = True
        try:
            self.warning.stop()
            self.idle.disarm()
            self._close_dialogs()
            self._wipe_clipboard()
            if self.config.pdf_folder is not None:
                empty_folder(self.config.pdf_folder)
            for page in (self.start, self.main_window):
                self.stack.removeWidget(page)
                _delete(page)
            self.use_language(self.home_language)
            self._look()
            self._build()
            self.activateWindow()
            self.resets += 1
        finally:
            self._resetting = False
        self.reset_done.emit()

    def _close_dialogs(self) -> None:
        """Every dialog closed and deleted (the staff's too); menus and popups closed."""
        import shiboken6

        for top in QApplication.topLevelWidgets():
            if top is self or top is self.warning or not shiboken6.isValid(top):
                continue
            if isinstance(top, QDialog):
                top.close()
                _delete(top)  # its child dialogs and message boxes with it
            elif top.isVisible():
                top.close()  # a menu, a drop-down's list: they go with their window
        self.staff = None

    def _clipboard_changed(self) -> None:
        app = QGuiApplication.instance()
        active = isinstance(app, QGuiApplication) and (
            app.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        self._clipboard_ours = QGuiApplication.clipboard().ownsClipboard() or active

    def _wipe_clipboard(self) -> None:
        board = QGuiApplication.clipboard()
        if self._clipboard_ours or board.ownsClipboard():
            board.clear()
        if board.supportsSelection() and board.ownsSelection():
            board.clear(board.Mode.Selection)  # X11: text selected in a field
        self._clipboard_ours = False

    def crashed(self) -> None:
        """A bug: the "Please ask staff" screen, with everything cleared behind it."""
        if self._resetting:
            return  # the reset itself failed: do not try again and again
        QTimer.singleShot(0, self._after_crash)

    def _after_crash(self) -> None:
        self.reset()
        self.stack.setCurrentWidget(self.crash)
        self.crash.button.setFocus()

    # ------------------------------------------------------------ staff and leaving

    def open_staff(self) -> StaffDialog:
        dlg = StaffDialog(self.config, self.pin_guard, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.reset_requested.connect(self.reset_soon)
        dlg.exit_requested.connect(lambda: QTimer.singleShot(0, self.exit_kiosk))
        self.staff = dlg
        dlg.open()
        (dlg.pin if self.config.has_pin else dlg.cancel_button).setFocus()
        return dlg

    def show_kiosk(self) -> None:
        """Full screen on the primary display."""
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def shutdown(self) -> None:
        """Everything cleared and closed (tests, and leaving the kiosk); once."""
        if self._may_close:
            return
        self.reset()
        self._may_close = True
        self.idle.disarm()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.removeEventFilter(self.idle)
        _delete(self.warning)
        self.close()
        for page in (self.start, self.main_window, self.crash):
            _delete(page)

    def exit_kiosk(self) -> None:
        """Leave the kiosk (the staff page, after the PIN)."""
        self.shutdown()
        QCoreApplication.quit()  # exit code 0; nothing when no event loop runs (tests)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.setAccessibleName(tr("HMO Desktop kiosk"))
            self.setWindowTitle(tr("HMO Desktop"))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()  # Alt+F4, the window manager's close: the kiosk stays

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # Escape and the rest end here: nothing leaves the kiosk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in (QEvent.Type.ToolTip, QEvent.Type.WhatsThis)
