"""Starting the app: the window first, then errors shown once, in plain words."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from hmo_desktop.directory import DirectoryUnavailable
    from hmo_desktop.ui.main_window import MainWindow

EXIT_DIRECTORY_UNAVAILABLE = 3


def install_excepthook() -> None:
    """A bug shows one dialog with details; the app keeps running where it can."""
    import logging
    import traceback

    from PySide6.QtWidgets import QApplication, QMessageBox

    log = logging.getLogger("hmo_desktop")
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error: %s", kind.__name__)  # no personal data in logs
        print(details, file=sys.stderr)
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, "HMO Desktop",
                              QApplication.translate(
                                  "HMO Desktop", "Something went wrong inside HMO Desktop. "
                                  "You can keep working; if it happens again, send these "
                                  "details to the team."))
            box.setObjectName("errorDialog")
            box.setDetailedText(details)
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook


def unavailable_messages() -> dict[str, str]:
    """The dialog's headline per ``DirectoryUnavailable.code``, through Qt's translation;
    the layer below words its reasons in English, shown as details."""
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("DirectoryUnavailable", text)

    damaged = t("The doctor directory that came with HMO Desktop is damaged.")
    return {
        "missing": t("The doctor directory that came with HMO Desktop is missing."),
        "unreadable": t("HMO Desktop may not read its doctor directory."),
        "folder": t("A folder is where HMO Desktop's doctor directory should be."),
        "empty": damaged, "truncated": damaged, "damaged": damaged, "incomplete": damaged,
        "wal": damaged, "no_manifest": damaged, "bad_manifest": damaged,
        "not_sqlite": t("The doctor directory is not an HMO Desktop directory."),
        "foreign": t("The doctor directory is not an HMO Desktop directory."),
        "too_new": t("This doctor directory needs a newer version of HMO Desktop."),
        "too_old": t("This doctor directory is too old for this version of HMO Desktop."),
    }


def show_unavailable(problem: DirectoryUnavailable) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    headline = unavailable_messages().get(problem.code, problem.reason)
    box = QMessageBox(QMessageBox.Icon.Critical, "HMO Desktop", headline)
    box.setObjectName("directoryUnavailableDialog")
    box.setInformativeText(QCoreApplication.translate("DirectoryUnavailable",
                                                      problem.next_step))
    box.setDetailedText(problem.reason)
    box.exec()


def start(path: Path) -> tuple[QApplication, MainWindow | None, DirectoryUnavailable | None]:
    """Build the application and its window (shown), or say why the directory is unusable.

    The directory's checksum is computed on a worker thread while Qt loads.
    """
    from hmo_desktop.filehash import HashJob

    job = HashJob(path) if path.is_file() else None
    from PySide6.QtWidgets import QApplication

    from hmo_desktop.directory import DirectoryUnavailable, open_directory
    from hmo_desktop.paths import resources_dir

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("HMO Desktop")
    from hmo_desktop import __version__

    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icon.png"
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    # The font is set on the application, not in the style sheet, so widgets measure
    # their columns with the font they will paint in.
    font = app.font()
    font.setPointSizeF(10.5)
    app.setFont(font)
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    from hmo_desktop.ui.main_window import MainWindow

    try:
        db = open_directory(path, hash_job=job)
    except DirectoryUnavailable as exc:
        return app, None, exc
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    # Everything built so far lives as long as the app: keep the cyclic garbage collector
    # from walking it again on every collection (fewer pauses while the person types).
    import gc

    gc.freeze()
    return app, window, None


def run(path: Path) -> int:
    app, window, problem = start(path)
    install_excepthook()
    if problem is not None or window is None:
        assert problem is not None
        print(f"{problem.reason}\n{problem.next_step}", file=sys.stderr)
        show_unavailable(problem)
        return EXIT_DIRECTORY_UNAVAILABLE
    from hmo_desktop.benchhook import report_first_paint

    report_first_paint(app, window)
    code = app.exec()
    window.db.close()
    return int(code)
