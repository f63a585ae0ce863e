"""Starting the app: the window first, then errors shown once, in plain words."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from hmo_desktop import exitcodes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hmo_desktop.directory import DirectoryUnavailable
    from hmo_desktop.kiosk.config import KioskConfig
    from hmo_desktop.ui.main_window import MainWindow

EXIT_DIRECTORY_UNAVAILABLE = exitcodes.DIRECTORY_UNAVAILABLE


def install_excepthook() -> None:
    """A bug shows one dialog with details; the app keeps running where it can."""
    import logging
    import traceback

    from PySide6.QtWidgets import QApplication, QMessageBox

    log = logging.getLogger("hmo_desktop")
    showing: list[QMessageBox] = []  # at most one dialog at a time

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error: %s", kind.__name__)  # no personal data in logs
        print(details, file=sys.stderr)
        if showing or QApplication.instance() is None:
            return
        # Imported here, not when the hook is installed: that is before the first paint,
        # and the Qt namespace's first import builds its enums (~15 ms).
        from PySide6.QtCore import Qt

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "HMO Desktop",
            QApplication.translate(
                "",
                "Something went wrong inside HMO Desktop. "
                "You can keep working; if it happens again, send these "
                "details to the team.",
            ),
        )
        box.setObjectName("errorDialog")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setDetailedText(details)
        from hmo_desktop.ui.keyboard import name_buttons

        name_buttons(box, "errorDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: showing.clear())
        showing.append(box)
        box.show()  # not exec(): a nested event loop inside a slot is how crashes repeat

    sys.excepthook = hook


def is_bundled(path: Path) -> bool:
    """Is ``path`` the directory that came with the app (not one given with --directory
    or HMO_DESKTOP_DIRECTORY)? The command line decides with this; the functions below
    take its answer as ``bundled``."""
    import os

    from hmo_desktop.paths import DIRECTORY_FILE_NAME, db_dir

    return os.path.abspath(path) == os.path.abspath(db_dir() / DIRECTORY_FILE_NAME)


def unavailable_messages(bundled: bool = True) -> dict[str, str]:
    """The dialog's headline per ``DirectoryUnavailable.code``, through Qt's translation;
    the layer below words its reasons in English, shown as details. ``bundled``: the
    directory that came with the app, else a file given with --directory."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:  # the app's one translation context (ui.common.tr)
        return QCoreApplication.translate("", text)

    not_ours = tr("The doctor directory is not an HMO Desktop directory.")
    if bundled:
        damaged = tr("The doctor directory that came with HMO Desktop is damaged.")
        missing = tr("The doctor directory that came with HMO Desktop is missing.")
        unreadable = tr("HMO Desktop may not read its doctor directory.")
        folder = tr("A folder is where HMO Desktop's doctor directory should be.")
        manifest_unreadable = tr("HMO Desktop may not read its doctor directory's manifest.")
    else:
        damaged = tr("The doctor directory file given to HMO Desktop is damaged.")
        missing = tr("The doctor directory file given to HMO Desktop does not exist.")
        unreadable = tr("HMO Desktop may not read the doctor directory file it was given.")
        folder = tr("HMO Desktop was given a folder, not a doctor directory file.")
        manifest_unreadable = tr(
            "HMO Desktop may not read the manifest of the doctor directory file it was given."
        )
    return {
        "missing": missing,
        "unreadable": unreadable,
        "folder": folder,
        "empty": damaged,
        "truncated": damaged,
        "damaged": damaged,
        "incomplete": damaged,
        "wal": damaged,
        "no_manifest": damaged,
        "bad_manifest": damaged,
        "manifest_unreadable": manifest_unreadable,
        "not_sqlite": not_ours,
        "foreign": not_ours,
        "too_new": tr("This doctor directory needs a newer version of HMO Desktop."),
        "too_old": tr("This doctor directory is too old for this version of HMO Desktop."),
    }


def unavailable_next_steps(bundled: bool = True) -> dict[str, str]:
    """What to do next, per ``DirectoryUnavailable.code``, through Qt's translation."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:  # the app's one translation context (ui.common.tr)
        return QCoreApplication.translate("", text)

    if bundled:
        rebuild = tr(
            "Reinstall HMO Desktop, or rebuild the directory with "
            "'python -m hmo_desktop.datapack build'."
        )
        steps = {
            "unreadable": tr("Check that you may read it, or reinstall HMO Desktop."),
            "manifest_unreadable": tr("Check that you may read it, or reinstall HMO Desktop."),
            "folder": tr(
                "Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory."
            ),
            "too_new": tr("Update HMO Desktop, or use the directory that came with this version."),
        }
    else:
        rebuild = tr(
            "Check the file given with --directory, or build a new one with "
            "'python -m hmo_desktop.datapack build --out FILE'."
        )
        steps = {
            "unreadable": tr("Check that you may read that file and the folders above it."),
            "manifest_unreadable": tr(
                "Check that you may read the .manifest.json file beside the directory file."
            ),
            "folder": tr("Give the path of a directory file (.sqlite), not of a folder."),
            "too_new": tr("Update HMO Desktop, or use a directory built by this version."),
        }
    for code in unavailable_messages(bundled):
        steps.setdefault(code, rebuild)
    return steps


def unavailable_words(problem: DirectoryUnavailable, bundled: bool) -> tuple[str, str]:
    """The headline and the next step for a problem (a code added below without words
    here yet still gets a plain headline)."""
    from PySide6.QtCore import QCoreApplication

    headline = unavailable_messages(bundled).get(problem.code) or QCoreApplication.translate(
        "", "HMO Desktop cannot use this doctor directory."
    )
    steps = unavailable_next_steps(bundled)
    return headline, steps.get(problem.code, steps["damaged"])


def unavailable_text(problem: DirectoryUnavailable, bundled: bool = True) -> str:
    """The explanation printed on stderr: headline, the technical reason, what to do."""
    headline, step = unavailable_words(problem, bundled)
    return f"{headline}\n{problem.reason}\n{step}"


def unavailable_box(problem: DirectoryUnavailable, bundled: bool = True) -> QMessageBox:
    """The plain explanation of why the directory cannot be used (not yet shown)."""
    from PySide6.QtWidgets import QMessageBox

    headline, step = unavailable_words(problem, bundled)
    box = QMessageBox(QMessageBox.Icon.Critical, "HMO Desktop", headline)
    box.setObjectName("directoryUnavailableDialog")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setInformativeText(step)
    box.setDetailedText(problem.reason)
    from hmo_desktop.ui.keyboard import name_buttons

    name_buttons(box, "directoryUnavailableDialog")  # OK and Show Details, for screen readers
    return box


def application() -> QApplication:
    """The QApplication (made once, from a cleaned environment), named, with its icon,
    font and style sheet."""
    from PySide6.QtWidgets import QApplication

    from hmo_desktop.paths import resources_dir

    app = QApplication.instance()
    if app is None:
        import os

        from hmo_desktop.qtenv import drop_remote_bus_addresses, qt_argv

        for name in drop_remote_bus_addresses(os.environ):
            print(
                f"HMO Desktop ignores {name}: it is not a local address, and the app "
                "opens no network connection.",
                file=sys.stderr,
            )
        app = QApplication(qt_argv(sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("HMO Desktop")
    from hmo_desktop import __version__

    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icon.png"
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    from hmo_desktop.ui.theme import apply_look

    apply_look(app)  # the font and style sheet (the test fixtures apply the same)
    from hmo_desktop.ui.i18n import apply_start_language

    apply_start_language()  # --lang, or the system's language when the app has it
    return app


def start(
    path: Path, defer_directory: bool = False, bundled: bool = True
) -> tuple[QApplication, MainWindow | None, DirectoryUnavailable | None]:
    """Build the application and its window (shown).

    The directory's checksum is computed on a worker thread while Qt loads. With
    ``defer_directory`` (how ``hmo-desktop`` starts) the window paints first and the
    directory is opened, verified and shown on the next turn of the event loop; a
    problem then shows the error dialog and ends the event loop with
    ``exitcodes.DIRECTORY_UNAVAILABLE``. Without it, a problem is returned instead of a window.
    ``bundled``: ``path`` is the directory that came with the app (``is_bundled``), which
    the error's words say.
    """
    from hmo_desktop.filehash import HashJob

    try:
        job = HashJob(path) if path.is_file() else None
    except (OSError, ValueError):  # a folder we may not search, a name too long...
        job = None  # open_directory words the problem
    app = application()
    from hmo_desktop.ui.main_window import MainWindow

    window = MainWindow(None)
    from hmo_desktop.ui.window_size import open_fitting

    open_fitting(window)  # 1280x800, or less on a smaller screen

    def open_and_attach() -> DirectoryUnavailable | None:
        from hmo_desktop.directory import DirectoryUnavailable, open_directory

        try:
            db = open_directory(path, hash_job=job)
        except DirectoryUnavailable as exc:
            return exc
        window.attach(db)
        # Everything built so far lives as long as the app: keep the cyclic garbage
        # collector from walking it again on every collection (fewer pauses later).
        import gc

        gc.freeze()
        return None

    if not defer_directory:
        problem = open_and_attach()
        if problem is not None:
            window.deleteLater()
            return app, None, problem
        window.show()
        return app, window, None

    def finish() -> None:
        problem = open_and_attach()
        if problem is not None:
            print(unavailable_text(problem, bundled), file=sys.stderr)
            # Closing the dialog would be "the last window closed", which quits with 0:
            # leave with our own exit code instead, once the member has read it.
            quit_on_close = app.quitOnLastWindowClosed()
            app.setQuitOnLastWindowClosed(False)

            def leave(_result: int) -> None:
                app.exit(exitcodes.DIRECTORY_UNAVAILABLE)

            def restore() -> None:
                app.setQuitOnLastWindowClosed(quit_on_close)

            window.hide()
            box = unavailable_box(problem, bundled)
            box.finished.connect(leave)
            # Restored once the dialog is gone (deleted as the event loop ends), not while
            # it closes: then its close would count as the last window's, and the quit Qt
            # posts for that would outlive this event loop and end the next one at once.
            box.destroyed.connect(restore)
            window.show_dialog(box)

    from PySide6.QtCore import QTimer

    from hmo_desktop.firstpaint import on_first_paint

    # After the first frame: a zero timer set before show() would run before that paint.
    on_first_paint(window, lambda: QTimer.singleShot(0, finish))
    window.show()
    return app, window, None


def run(path: Path, bundled: bool = True) -> int:
    app, window, _ = start(path, defer_directory=True, bundled=bundled)
    install_excepthook()
    from hmo_desktop.benchhook import report_first_paint

    report_first_paint(app, window)
    code = app.exec()
    if window is not None and window.db is not None:
        window.db.close()
    return int(code)


def run_kiosk(path: Path, config: KioskConfig, bundled: bool = True) -> int:
    """The kiosk (``hmo_desktop.ui.kiosk_shell``): full screen, one member after another.
    The directory is opened before anything is shown; a problem shows the usual dialog
    and ends with ``exitcodes.DIRECTORY_UNAVAILABLE``."""
    app = application()
    from hmo_desktop.directory import DirectoryUnavailable, open_directory

    try:
        db = open_directory(path)
    except DirectoryUnavailable as problem:
        print(unavailable_text(problem, bundled), file=sys.stderr)
        box = unavailable_box(problem, bundled)
        box.finished.connect(lambda _r: app.exit(exitcodes.DIRECTORY_UNAVAILABLE))
        box.show()
        return int(app.exec())
    from hmo_desktop.ui.kiosk_crash import install_kiosk_excepthook
    from hmo_desktop.ui.kiosk_shell import KioskShell

    shell = KioskShell(db, config)
    install_kiosk_excepthook(shell.crashed)  # "Please ask staff", never a traceback
    shell.show_kiosk()
    code = app.exec()
    db.close()
    return int(code)
