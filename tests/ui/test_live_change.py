"""The directory file changes while the window is open (an update, a restore, a clean-up):
the member's next action shows one plain message, nothing is shown from the changed
file, nothing raises, and the app then ends with the directory-unavailable exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop import exitcodes
from hmo_desktop.directory import open_directory
from hmo_desktop.ui.directory_guard import changed_words
from hmo_desktop.ui.main_window import STEP_GROUP, MainWindow
from tests.directory.changes import (
    delete,
    overwrite_same_size,
    private_copy,
    replace_by_another_file,
    rewrite_keeping_size_and_time,
    truncate,
)
from tests.ui.steps import to_doctors
from tests.ui.traces import files, sockets

NO_MODIFIER = Qt.KeyboardModifier.NoModifier

CHANGES: dict[str, Callable[[Path], None]] = {
    "overwritten in place, same size": overwrite_same_size,
    "truncated": truncate,
    "replaced by os.replace (new inode)": replace_by_another_file,
    "deleted": delete,
}


def click(w: MainWindow, widget: QWidget, at: QPoint | None = None) -> None:
    """A click as the platform gives it: to the window, which passes it on."""
    parent = widget.parentWidget()
    while parent is not None:  # scrolled into sight first, as a person would
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
    point = widget.rect().center() if at is None else at
    QTest.mouseClick(w.windowHandle(), Qt.MouseButton.LeftButton, pos=widget.mapTo(w, point))


def key(w: MainWindow, k: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key as the platform gives it: to the window, which passes it to the focus."""
    QTest.keyClick(w.windowHandle(), k, modifier)


def type_zip(w: MainWindow, digits: str) -> None:
    w.zip_edit.setFocus()
    for d in digits:
        key(w, Qt.Key(ord(d)))  # Key_0 ... Key_9


def filter_change(w: MainWindow) -> None:
    box = w.pcps.wheelchair
    click(w, box, QPoint(6, box.height() // 2))  # on its tick box


def group_search_keystroke(w: MainWindow) -> None:
    w.groups.search.setFocus()
    key(w, Qt.Key.Key_M)


def open_a_profile(w: MainWindow) -> None:
    click(w, w.pcps.open_profile)


ACTIONS: dict[str, Callable[[MainWindow], None]] = {
    "a filter change": filter_change,
    "a group search keystroke": group_search_keystroke,
    "opening a profile": open_a_profile,
}


class Live:
    """The window over a private copy of the small directory."""

    def __init__(self, path: Path, window: MainWindow) -> None:
        self.path, self.w = path, window
        self.exits: list[int] = []
        assert window.guard is not None
        window.guard.quit = self.exits.append  # the app would end here


@pytest.fixture
def live(hmo_small_directory: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[Live]:
    path = private_copy(hmo_small_directory, tmp_path / "app")
    db = open_directory(path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)  # keys given to the window go to its focus widget
    yield Live(path, window)
    window.close()
    db.close()


def what_is_shown(w: MainWindow) -> tuple[object, ...]:
    s = w.session
    return (
        w.current_step(),
        w.pcps.model.rows(),
        w.pcps.count.text(),
        w.pcps.wheelchair.isChecked(),
        w.groups.model.rows(),
        w.groups.search.text(),
        w.profile.profile(),
        (s.area, s.plan, s.group, s.doctor, s.reached),
    )


def top_level_messages(name: str) -> list[QWidget]:
    return [
        m
        for m in QApplication.topLevelWidgets()
        if isinstance(m, QMessageBox) and m.objectName() == name and m.isVisible()
    ]


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("change", CHANGES)
def test_the_next_action_after_a_change_says_so_plainly(
    live: Live, qtbot: QtBot, capsys: pytest.CaptureFixture[str], change: str, action: str
) -> None:
    w = live.w
    to_doctors(w, qtbot)
    if action == "a group search keystroke":
        w.go_to_step(STEP_GROUP)
    assert w.pcps.model.rows()
    CHANGES[change](live.path)
    before, beside, open_sockets = what_is_shown(w), files(live.path.parent), sockets()
    with qtbot.captureExceptions() as errors, qtbot.waitSignal(w.dialog_opened) as opened:
        ACTIONS[action](w)
    assert errors == []
    box = opened.args[0]
    assert isinstance(box, QMessageBox)
    headline, step = changed_words()
    assert (box.objectName(), box.text(), box.informativeText()) == (
        "directoryUnavailableDialog",
        headline,
        step,
    )
    assert box.isVisible()
    assert w.dialog is box
    assert "after HMO Desktop opened and verified it" in box.detailedText()
    assert what_is_shown(w) == before  # nothing read from the changed file
    assert w.db is None
    assert w.guard is not None
    assert not w.guard.watching()
    central = w.centralWidget()
    assert central is not None
    assert not central.isEnabled()

    # Anything more the member tries does nothing, and says nothing more.
    with qtbot.captureExceptions() as errors:
        for again in ACTIONS.values():
            again(w)
        key(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        key(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        type_zip(w, "93701")
        click(w, w.start_over)
    assert errors == []
    assert w.dialog is box
    assert what_is_shown(w) == before
    assert top_level_messages("errorDialog") == []
    assert live.exits == []
    assert files(live.path.parent) == beside  # the app changed no file
    assert sockets() == open_sockets  # and opened no connection

    box.button(QMessageBox.StandardButton.Ok).click()  # the member has read it
    assert live.exits == [exitcodes.DIRECTORY_UNAVAILABLE] == [3]
    err = capsys.readouterr().err
    assert headline in err
    assert "Traceback" not in err


def test_a_directory_left_alone_is_never_reported(live: Live, qtbot: QtBot) -> None:
    w = live.w
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown):
        filter_change(w)
    with qtbot.waitSignal(w.profile.results_shown):
        open_a_profile(w)
    w.go_to_step(STEP_GROUP)
    with qtbot.waitSignal(w.groups.results_shown):
        group_search_keystroke(w)
    assert w.dialog is None
    assert w.guard is not None
    assert w.guard.watching()
    assert w.db is not None


def test_an_escaped_directory_problem_shows_the_message_not_the_error_dialog(
    hmo_small_directory: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    """What Qt does with an exception in a slot is call sys.excepthook: a directory
    problem there gets the plain message; anything else goes on to the hook before."""
    from hmo_desktop.directory.identity import DirectoryChanged

    seen: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda _kind, exc, _tb: seen.append(exc)
    try:
        path = private_copy(hmo_small_directory, tmp_path / "app")
        w = MainWindow(open_directory(path))
        qtbot.addWidget(w)
        w.show()
        assert w.guard is not None
        w.guard.quit = lambda _code: None
        bug = RuntimeError("a bug")
        sys.excepthook(RuntimeError, bug, None)
        assert seen == [bug]
        with qtbot.waitSignal(w.dialog_opened) as opened:
            problem = DirectoryChanged("SQLite: disk I/O error")
            sys.excepthook(DirectoryChanged, problem, None)
        assert seen == [bug]
        assert opened.args[0].objectName() == "directoryUnavailableDialog"
        assert opened.args[0].detailedText() == "SQLite: disk I/O error"
        sys.excepthook(DirectoryChanged, DirectoryChanged("a late query"), None)
        assert w.dialog is opened.args[0]  # shown once
        assert seen == [bug]
    finally:
        sys.excepthook = previous


@pytest.mark.parametrize("change", ["truncated", "rewritten, size and time kept"])
def test_the_app_ends_with_the_directory_unavailable_exit_code(
    hmo_small_directory: Path, tmp_path: Path, qtbot: QtBot, change: str
) -> None:
    """Through the app's own start-up and error hook, as ``hmo-desktop`` runs."""
    from hmo_desktop.app import install_excepthook, start

    path = private_copy(hmo_small_directory, tmp_path / "app")
    app, window, _ = start(path, defer_directory=True)
    assert window is not None
    qtbot.addWidget(window)
    seen: list[tuple[str, str]] = []

    def change_then_type(_plans: int) -> None:
        window.plans.results_shown.disconnect(change_then_type)
        assert window.db is not None
        if change == "truncated":
            truncate(path)
        else:
            rewrite_keeping_size_and_time(path)
            window.db.con.execute("PRAGMA shrink_memory")  # no page of it left in memory
        QTimer.singleShot(0, lambda: type_zip(window, "93701"))

    def read_and_close(dlg: QMessageBox) -> None:
        seen.append((dlg.objectName(), dlg.text()))
        dlg.close()

    window.plans.results_shown.connect(change_then_type)
    window.dialog_opened.connect(read_and_close)
    # Never a hung test run: a failure. Stopped afterwards, or it would end whatever event
    # loop a later test is running 15 s from now.
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: app.exit(99))
    deadline.start(15_000)
    previous = sys.excepthook
    try:
        install_excepthook()
        assert app.exec() == exitcodes.DIRECTORY_UNAVAILABLE
    finally:
        deadline.stop()
        sys.excepthook = previous
    assert seen == [("directoryUnavailableDialog", changed_words()[0])]
    assert top_level_messages("errorDialog") == []
    assert window.db is None
