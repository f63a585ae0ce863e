"""Layouts that fit: every step and dialog at 1280x800, 1024x600 and 800x600, with text
at its size and at twice its size, shows every control whole (or in a scroll area that
can scroll to it), and the window opens at a size its screen can show."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import open_directory
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.theme import apply_look
from hmo_desktop.ui.window_size import fit_dialog, fitting_size, open_fitting
from tests.ui.layout_check import layout_problems
from tests.ui.steps import to_doctors

SIZES = ((1280, 800), (1024, 600), (800, 600))


@pytest.fixture(params=[1.0, 2.0], ids=["text100", "text200"])
def window(
    request: pytest.FixtureRequest, hmo_directory_path: Path, qtbot: QtBot
) -> Iterator[MainWindow]:
    """The window with text at 100% or 200%, on the doctor step; the look is put back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, text_scale=request.param)
    db = open_directory(hmo_directory_path)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    try:
        to_doctors(w, qtbot)
        yield w
    finally:
        w.close()
        db.close()
        apply_look(app)


def at_size(w: QWidget, qtbot: QtBot, size: tuple[int, int]) -> None:
    w.resize(*size)
    QApplication.processEvents()
    if w.size() != QSize(*size):  # the status line measured its wrapped text meanwhile
        w.resize(*size)
        QApplication.processEvents()
    # A window that cannot be made that small keeps its least size: the check says so.
    assert w.size() == QSize(*size), (w.size(), w.minimumSize(), w.minimumSizeHint())


def test_every_step_fits_every_size(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    w.show_doctor(w.pcps.model.rows()[0].practitioner_id)
    w.set_zip("10001")  # the longest message: it wraps, it never widens the window
    for size in SIZES:
        for step in range(4):
            w.go_to_step(step)
            at_size(w, qtbot, size)
            assert w.current_step() == step
            assert layout_problems(w, QSize(*size)) == [], (size, step)


def test_the_doctor_list_puts_doctor_office_distance_and_new_patients_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    w = window
    header = w.pcps.table.horizontalHeader()
    titles = [
        w.pcps.model.headerData(header.logicalIndex(v), header.orientation()) for v in range(4)
    ]
    assert titles == ["Doctor", "Office", "Distance", "New patients"]
    assert w.pcps.model.columnCount() == 7  # the model keeps every documented column
    at_size(w, qtbot, (800, 600))
    w.pcps.filters_button.setChecked(False)
    QApplication.processEvents()
    assert not w.pcps.filter_panel.isVisible()
    shown = [
        header.logicalIndex(v)
        for v in range(7)
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    assert shown[0] == 0  # the doctor's name is always shown
    row = w.pcps.current_pcp()
    assert row is not None
    assert row.group_name in w.pcps.row_detail.text()  # what a hidden column would say
    w.pcps.filters_button.setChecked(True)
    assert w.pcps.filter_panel.isVisibleTo(w.pcps)


def test_a_narrow_window_starts_the_doctor_step_with_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    w = window
    at_size(w, qtbot, (800, 600))
    w.go_to_step(1)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.skip.click()
    assert not w.pcps.filters_button.isChecked()  # the age is known: the list first
    w.new_session()
    assert w.pcps.filters_button.isChecked()  # a new member is asked the age first


def dialogs(w: MainWindow) -> dict[str, Callable[[], object]]:
    from hmo_desktop.ui.dialogs import AcknowledgeDialog, ConfirmDialog
    from hmo_desktop.ui.open_directory import open_directory_file

    prof = w.profile

    def confirm(ask: bool) -> None:
        w.show_doctor(w.pcps.model.rows()[0].practitioner_id)
        plan, p, role = w.session.plan, prof.profile(), prof._role
        assert plan is not None
        assert p is not None
        assert role is not None
        w.show_dialog(AcknowledgeDialog(p, role, w) if ask else ConfirmDialog(plan, p, role, w))

    return {
        "helpDialog": lambda: w.open_help(""),
        "findDoctorDialog": w.open_find_doctor,
        "aboutDialog": w.open_about,
        "planNotListedDialog": w.open_plan_not_listed,
        "confirmDialog": lambda: confirm(False),
        "acknowledgeDialog": lambda: confirm(True),
        "openDirectoryFailedDialog": lambda: open_directory_file(w, Path("/nonexistent.sqlite")),
        "householdDialog": w.household_action.trigger,
    }


def test_every_dialog_fits_every_size(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    for name, opener in dialogs(w).items():
        for size in SIZES:
            opener()
            dlg = w.dialog
            assert dlg is not None
            assert dlg.objectName() == name
            fit_dialog(dlg, QRect(0, 0, *size))  # as on a screen of that size
            qtbot.waitExposed(dlg)
            QApplication.processEvents()
            assert layout_problems(dlg, QSize(*size)) == [], (name, size)
            dlg.close()
            QApplication.processEvents()


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QRect(0, 0, 3840, 2120), QSize(1280, 800)),  # a large screen: the preferred size
        (QRect(0, 0, 1280, 760), QSize(1264, 720)),  # 1280x800 less a task bar
        (QRect(0, 0, 1024, 600), QSize(1008, 560)),
        (QRect(0, 0, 800, 600), QSize(784, 560)),
        (QRect(0, 0, 1280, 800), QSize(1264, 760)),  # 2560x1600 at QT_SCALE_FACTOR=2
    ],
)
def test_the_window_opens_at_a_size_the_screen_shows(available: QRect, expected: QSize) -> None:
    assert fitting_size(available) == expected


def test_opening_fits_the_window_on_the_screen_given(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    screen = QRect(100, 50, 1024, 600)
    for _ in range(2):  # the status line measures its wrapped text after a resize
        open_fitting(w, screen)
        QApplication.processEvents()
    assert w.size() == fitting_size(screen)
    assert screen.contains(w.geometry())
    assert layout_problems(w, screen.size()) == []


def test_the_check_catches_what_does_not_fit(window: MainWindow, qtbot: QtBot) -> None:
    """The negative controls: a button pushed outside, a label forced wider than the
    window, a label cut short, two buttons on top of each other."""
    w = window
    w.go_to_step(0)
    at_size(w, qtbot, (800, 600))
    page = w.plans
    outside = QPushButton("Outside", page)
    outside.setObjectName("outsideButton")
    outside.move(page.width() + 50, 10)
    outside.show()
    QApplication.processEvents()
    assert any("outsideButton" in p for p in layout_problems(w, QSize(800, 600)))
    outside.deleteLater()

    wide = QLabel("A label forced wider than the window")
    wide.setMinimumWidth(2000)
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.addWidget(wide)
    QApplication.processEvents()
    problems = layout_problems(w, QSize(800, 600))
    assert any("A label forced wider" in p and "wider than" in p for p in problems)
    wide.setMinimumWidth(0)
    wide.setFixedWidth(20)  # its text cut short
    QApplication.processEvents()
    assert any(
        "A label forced wider" in p and "needs" in p for p in layout_problems(w, QSize(800, 600))
    )
    wide.deleteLater()

    first, second = QPushButton("One", page), QPushButton("Two", page)
    for b in (first, second):
        b.setGeometry(10, 10, 80, 30)
        b.show()
    QApplication.processEvents()
    assert any("overlaps" in p for p in layout_problems(w, QSize(800, 600)))
    # And a window larger than the screen said.
    assert any("screen" in p for p in layout_problems(w, QSize(640, 480)))


def test_a_dialog_is_never_larger_than_the_screen(qtbot: QtBot) -> None:
    dlg = QDialog()
    qtbot.addWidget(dlg)
    dlg.resize(1400, 1000)
    fit_dialog(dlg, QRect(0, 0, 800, 600))
    assert dlg.width() <= 800
    assert dlg.height() <= 600
    assert dlg.maximumWidth() <= 800
    assert dlg.maximumHeight() <= 600
