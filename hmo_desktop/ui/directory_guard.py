"""When the open directory changes under the running app: say so once, plainly, and stop
reading it.

The directory is opened ``immutable`` and verified once. If the file is then rewritten,
truncated, replaced or deleted (an update, a restore, a clean-up), the next query would
read other bytes than the verified ones: different rows, or SQLite's "malformed". So
before each input a person gives the window or one of its dialogs (a key, a click, a
wheel turn, a drop) the guard asks ``Directory.check_unchanged`` (two ``os.stat`` calls,
~3 µs); when the answer is "changed", that input is dropped, so the action that would
read the directory never starts. It watches the windows' ``QWindow``s, where the
platform delivers input first: an application-wide event filter would see every event of
every object and cost ~3 MB of Python wrappers. The reading functions check too; a
``DirectoryUnavailable`` that escapes a slot anyway (a shortcut, a combo box's list, text
from an input method, a change in the instant between two checks, SQLite's "disk I/O
error" on a file that looks the same) comes to the guard through ``sys.excepthook``
instead of the generic error dialog. (The guard wraps the hook when the window is
attached: ``hmo_desktop.app.run`` installs its own before the event loop starts, and
the window is attached after the first paint.)

Then the window lets go of the directory (``window.db`` is None, the connection is
closed), its widgets and shortcuts are disabled, and one ``directoryUnavailableDialog``
says what happened and what to do; closing it ends the app with
``exitcodes.DIRECTORY_UNAVAILABLE`` (3), as at start-up. What the window shows behind it
was read before the change.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QShortcut, QWindow
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from hmo_desktop import exitcodes
from hmo_desktop.directory import DirectoryUnavailable
from hmo_desktop.ui.common import tr
from hmo_desktop.ui.keyboard import name_buttons
from hmo_desktop.ui.open_directory import name_again
from hmo_desktop.ui.retranslate import on_language_change

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory
    from hmo_desktop.ui.main_window import MainWindow

#: Input that can start a query: checked at the window, before it reaches any widget.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.Drop,
        QEvent.Type.TouchBegin,
    }
)


def changed_words() -> tuple[str, str]:
    """The headline and the next step, through Qt's translation."""
    return (
        tr("The doctor directory was replaced or changed while HMO Desktop was open."),
        tr(
            "Close HMO Desktop and open it again; if you replaced the directory on purpose, "
            "it will be checked then."
        ),
    )


class DirectoryGuard(QObject):
    """Watches the window's directory from ``attach`` on (the window creates it)."""

    lost = Signal(object)  # the DirectoryUnavailable, once, when the window lets go

    def __init__(self, window: MainWindow, db: Directory) -> None:
        super().__init__(window)
        self._window = window
        self._db: Directory | None = db
        #: How the app ends once the member closed the message (tests replace it).
        self.quit: Callable[[int], None] = QCoreApplication.exit
        self._watch_window(window)
        window.dialog_opened.connect(self._watch_window)
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook

    def watching(self) -> bool:
        return self._db is not None

    def _watch_window(self, widget: QWidget) -> None:
        """Input to this top-level widget's window; until it has one (not yet shown), its
        Show event, to watch the window then."""
        handle: QWindow | None = widget.windowHandle()  # None until it is first shown
        if handle is not None:
            handle.installEventFilter(self)
        else:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            watched.removeEventFilter(self)
            self._watch_window(watched)
            return False
        db = self._db
        if db is None or kind not in _INPUT:
            return False
        try:
            db.check_unchanged()
        except DirectoryUnavailable as problem:
            self.lose(problem)
            return True  # the action that would have read it does not happen
        return False

    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, DirectoryUnavailable) and isValid(self) and isValid(self._window):
            self.lose(exc)  # once; after that, a late query's complaint says nothing new
            return
        self._previous_hook(kind, exc, tb)

    def lose(self, problem: DirectoryUnavailable) -> None:
        """Let go of the directory and tell the member, once."""
        db, self._db = self._db, None
        if db is None:
            return
        w = self._window
        w.db = None  # the window's own actions (find a doctor, about, a new area) stop
        db.close()
        if w.dialog is not None:
            w.dialog.close()
        central = w.centralWidget()
        if central is not None:
            central.setEnabled(False)
        for shortcut in w.findChildren(QShortcut):
            shortcut.setEnabled(False)
        headline, step = changed_words()
        print(f"{headline}\n{problem.reason}\n{step}", file=sys.stderr)
        box = QMessageBox(
            QMessageBox.Icon.Critical, "HMO Desktop", headline, QMessageBox.StandardButton.Ok, w
        )
        box.setObjectName("directoryUnavailableDialog")
        box.setInformativeText(step)
        box.setDetailedText(problem.reason)
        name_buttons(box, "directoryUnavailableDialog")

        def words() -> None:
            headline, step = changed_words()
            box.setText(headline)
            box.setInformativeText(step)

        on_language_change(box, words)
        for button in box.buttons():  # Qt puts their words in the new language first
            on_language_change(button, name_again(button))
        box.finished.connect(self._leave)
        self.lost.emit(problem)
        w.show_dialog(box)

    def _leave(self, _result: int) -> None:
        if self._window.isVisible():  # not when the window itself was closed first
            self.quit(exitcodes.DIRECTORY_UNAVAILABLE)
