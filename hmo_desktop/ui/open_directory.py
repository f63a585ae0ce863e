"""File > Open directory… (Ctrl+O, for staff; a kiosk builds the window without it).

Another directory file, verified exactly as the bundled one is at start-up
(``hmo_desktop.directory.open_directory``), replaces the open one only when it opens
cleanly; the window then starts a new session over it. Otherwise a dialog says what is
wrong and what to do, and the directory in use stays open, untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMessageBox,
    QToolButton,
    QWidget,
)

from hmo_desktop.ui.common import tr
from hmo_desktop.ui.directory_note import arg, shown
from hmo_desktop.ui.keyboard import name_buttons
from hmo_desktop.ui.retranslate import on_language_change

if TYPE_CHECKING:
    from hmo_desktop.directory import DirectoryUnavailable
    from hmo_desktop.ui.main_window import MainWindow


def add_file_menu(window: MainWindow) -> QAction:
    """The File menu with "Open directory…" (Ctrl+O), for staff."""
    bar = window.menuBar()
    bar.setObjectName("menuBar")
    menu = bar.addMenu("")
    menu.setObjectName("fileMenu")
    action = QAction(window)
    action.setObjectName("openDirectoryAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
    action.triggered.connect(lambda: choose_directory_file(window))
    menu.addAction(action)

    def words() -> None:
        bar.setAccessibleName(tr("Menu bar"))
        # Qt's own overflow button, shown only when the menus do not fit: named for testers.
        for more in bar.findChildren(QToolButton):
            more.setAccessibleName(tr("More menus"))
        menu.setTitle(tr("&File"))
        action.setText(tr("&Open directory…"))
        action.setToolTip(tr("Open another doctor directory file; it is checked before it is used"))

    words()
    on_language_change(menu, words)
    return action


def title_with(file_name: str) -> str:
    """The window's title once File > Open directory opened ``file_name``."""
    return arg(tr("HMO Desktop: choose your primary care doctor (%1)"), file_name)


def choose_directory_file(window: MainWindow) -> QFileDialog:
    """Ask for a directory file (Qt's own dialog, not the platform's, so tests can drive
    it); the file chosen is opened with ``open_directory_file``."""
    dlg = QFileDialog(window)
    dlg.setObjectName("openDirectoryDialog")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
    dlg.setFileMode(QFileDialog.FileMode.ExistingFile)

    def words() -> None:
        dlg.setWindowTitle(tr("Open a doctor directory"))
        dlg.setAccessibleName(tr("Open a doctor directory"))
        before = dlg.nameFilters()
        chosen = before.index(dlg.selectedNameFilter()) if dlg.selectedNameFilter() in before else 0
        filters = [tr("Doctor directories (*.sqlite)"), tr("All files (*)")]
        if filters != before:
            dlg.setNameFilters(filters)
            dlg.selectNameFilter(filters[chosen])  # the member's choice stays

    words()
    on_language_change(dlg, words)
    if window.db is not None:
        dlg.setDirectory(str(window.db.path.parent))
    # After the dialog has closed: opening starts a new session, which closes dialogs.
    dlg.fileSelected.connect(
        lambda name: QTimer.singleShot(0, lambda: open_directory_file(window, Path(name)))
    )
    window.show_dialog(dlg)
    return dlg


def open_failed_words(problem: DirectoryUnavailable) -> tuple[str, str]:
    """The headline and next step: the start-up's words for a file given to the app
    (``hmo_desktop.app.unavailable_words``), but where they would send the person to the
    command line, to choose another file instead."""
    from hmo_desktop.app import unavailable_messages, unavailable_next_steps

    headline = unavailable_messages(bundled=False).get(problem.code) or tr(
        "HMO Desktop cannot use this doctor directory."
    )
    own_steps = ("unreadable", "manifest_unreadable", "folder", "too_new")
    step = (
        unavailable_next_steps(bundled=False)[problem.code]
        if problem.code in own_steps
        else tr(
            "Choose another directory file, or build a new one with "
            "'python -m hmo_desktop.datapack build --out FILE'."
        )
    )
    return headline, step


def open_failed_box(problem: DirectoryUnavailable, path: Path, parent: QWidget) -> QMessageBox:
    """Why the chosen file cannot be used, what to do, and that nothing changed."""
    box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("openDirectoryFailedDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)

    def words() -> None:
        headline, step = open_failed_words(problem)
        box.setWindowTitle(tr("Open directory"))
        box.setText(headline)
        box.setAccessibleName(headline)
        box.setInformativeText(
            arg(tr("%1\n\nHMO Desktop keeps using the directory it had open."), step)
        )
        box.setDetailedText(arg(tr("File: %1\n%2"), shown(path), problem.reason))

    words()
    on_language_change(box, words)
    name_buttons(box, "openDirectoryFailed")  # OK and Show Details..., for screen readers
    for button in box.buttons():  # Qt gives them their new words before they hear of it
        on_language_change(button, name_again(button))
    return box


def name_again(button: QAbstractButton) -> Callable[[], None]:
    """A message box's button named again by its words (``keyboard.name_buttons``)."""
    return lambda: button.setAccessibleName(button.text().replace("&", ""))


def open_directory_file(window: MainWindow, path: Path) -> bool:
    """Open ``path`` as the app opens its own directory (header, manifest, checksum,
    tables), with a wait cursor while it is checked. Only a directory that opens cleanly
    replaces the window's: a new session starts over it, the title names the file and the
    old connection is closed. Otherwise ``openDirectoryFailedDialog`` says why (it is
    ``window.dialog``) and the window keeps its directory. True when it was opened."""
    from hmo_desktop.directory import DirectoryUnavailable, open_directory

    if window.guard is not None and not window.guard.watching():
        return False  # the open one was lost: the app is ending (see directory_guard)
    bar = window.statusBar()
    window.say(lambda: tr("Checking the directory file…"))
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db = open_directory(path)
    except DirectoryUnavailable as problem:
        QApplication.restoreOverrideCursor()
        bar.clearMessage()
        window.show_dialog(open_failed_box(problem, path, window))
        return False
    QApplication.restoreOverrideCursor()
    from shiboken6 import delete, isValid

    old_db, old_guard = window.db, window.guard
    with QSignalBlocker(window.county):  # "All of California" stays; the file lists the rest
        while window.county.count() > 1:
            window.county.removeItem(window.county.count() - 1)
    # Deleted now, not later: nothing may read the old directory once it is closed.
    for old in window.replace_directory(db):
        delete(old)
    if old_guard is not None and isValid(old_guard):
        delete(old_guard)  # it watched the old file; the new guard watches this one
    if old_db is not None:
        old_db.close()
    window.directory_file = path.name
    window.setWindowTitle(title_with(path.name))
    window.say(lambda: arg(tr("Now using the directory %1."), path.name), 8000)
    return True
