"""Keyboard only: Tab reaches every control of every step and dialog, once each, in
reading order, without traps; Shift+Tab goes back the same way; a table is one tab stop;
Escape closes every dialog."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import DoctorProfile, RoleInfo, doctor_profile
from hmo_desktop.household import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE
from hmo_desktop.ui.main_window import MainWindow
from tests.ui.focus_walk import chain_problems, walk
from tests.ui.steps import PLAN, to_doctors, to_groups


class TabEater(QLineEdit):
    """A field that keeps Tab for itself: a trap for a keyboard user."""

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QKeyEvent) and e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            e.accept()
            return True
        return super().event(e)


def at_step(w: MainWindow, qtbot: QtBot, step: int) -> None:
    """The window at ``step`` with something chosen on it, so its buttons are enabled."""
    to_doctors(w, qtbot)
    if step == STEP_PROFILE:
        w.pcps.open_profile.click()
    elif step == STEP_PLAN:
        w.go_to_step(STEP_PLAN)
        w.plans.tree.setCurrentIndex(w.plans.tree.currentIndex())
    else:
        w.go_to_step(step)
    assert w.current_step() == step
    qtbot.wait(1)


@pytest.mark.parametrize("step", [STEP_PLAN, STEP_GROUP, STEP_DOCTOR, STEP_PROFILE])
def test_tab_reaches_every_control_of_each_step_in_reading_order(
    hmo_window: MainWindow, qtbot: QtBot, step: int
) -> None:
    at_step(hmo_window, qtbot, step)
    assert chain_problems(hmo_window.zip_edit) == []


def test_a_table_is_one_tab_stop_and_the_buttons_after_it_are_reached(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    assert w.pcps.model.rowCount() >= 20
    stops = walk(w.zip_edit).stops
    assert stops.count(w.pcps.table) == 1
    assert w.pcps.open_profile in stops[stops.index(w.pcps.table) + 1 :]  # reached after it
    # The arrow keys move inside it.
    w.pcps.table.setFocus()
    before = w.pcps.table.currentIndex().row()
    QTest.keyClick(w.pcps.table, Qt.Key.Key_Down)
    assert w.pcps.table.currentIndex().row() == before + 1
    w.go_to_step(STEP_GROUP)
    stops = walk(w.zip_edit).stops
    assert stops.count(w.groups.table) == 1
    assert w.groups.skip in stops
    assert w.groups.choose in stops


def test_the_filter_panel_is_no_tab_stop_of_its_own(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    stops = walk(w.zip_edit).stops
    assert w.pcps.filter_panel not in stops
    assert stops[stops.index(w.back_button) + 1] is w.pcps.age


def test_the_check_catches_a_trap_and_an_unreachable_button(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_groups(w, qtbot)
    assert chain_problems(w.zip_edit) == []
    eater = TabEater(w.groups)
    eater.setObjectName("tabEater")
    eater.setAccessibleName("Eats Tab")
    lay = w.groups.layout()
    assert lay is not None
    lay.addWidget(eater)
    QWidget.setTabOrder(w.groups.sort, eater)
    eater.show()
    assert "trap: Tab never leaves tabEater" in chain_problems(w.zip_edit)
    eater.deleteLater()
    qtbot.wait(1)
    lost = QPushButton("Lost", w.groups)
    lost.setObjectName("lostButton")
    lost.setAccessibleName("Lost")
    lost.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    lay.addWidget(lost)
    lost.show()
    assert "not reached: lostButton" in chain_problems(w.zip_edit)
    lost.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    QWidget.setTabOrder(w.groups.sort, lost)  # reached, but out of reading order
    problems = chain_problems(w.zip_edit)
    assert "out of reading order: lostButton -> groupTable" in problems


def a_role(w: MainWindow, taking: bool) -> tuple[DoctorProfile, RoleInfo]:
    """A doctor of the session's plan whose role there takes new patients or not."""
    from hmo_desktop.ui.dialogs import AcknowledgeDialog

    assert w.db is not None
    assert w.session.plan is not None
    for row in w.pcps.model.rows():
        prof = doctor_profile(w.db, row.practitioner_id)
        for role in prof.roles:
            if role.plan_id == w.session.plan.id and AcknowledgeDialog.needed(role) != taking:
                return prof, role
    raise LookupError("no such doctor")


def dialogs(w: MainWindow) -> dict[str, Callable[[], None]]:
    from hmo_desktop.ui.dialogs import AcknowledgeDialog, ConfirmDialog

    plan = w.session.plan
    assert plan is not None

    def failed() -> None:
        from pathlib import Path

        from hmo_desktop.directory import DirectoryUnavailable
        from hmo_desktop.ui.open_directory import open_failed_box

        problem = DirectoryUnavailable("missing", "no such file")
        w.show_dialog(open_failed_box(problem, Path("/nowhere/x.sqlite"), w))

    def household(keep_box: bool = False) -> None:
        """A member with a doctor (every control enabled); or closing the window then."""
        row = w.pcps.model.rows()[0]
        w.show_doctor(row.practitioner_id, row.location_id)
        from hmo_desktop.ui.household_compare import shown_choice

        choice = shown_choice(w)
        assert choice is not None
        w.household.choose(w.household.add_member("Ana", 40).id, choice)
        w.close() if keep_box else w.household_action.trigger()

    return {
        "findDoctorDialog": w.open_find_doctor,
        "helpDialog": lambda: w.open_help(""),
        "aboutDialog": w.open_about,
        "planNotListedDialog": w.open_plan_not_listed,
        "confirmDialog": lambda: w.show_dialog(ConfirmDialog(plan, *a_role(w, True), w)),
        "acknowledgeDialog": lambda: w.show_dialog(AcknowledgeDialog(*a_role(w, False), w)),
        "openDirectoryFailedDialog": failed,
        "householdDialog": household,
        "keepHouseholdDialog": lambda: household(keep_box=True),
    }


DIALOGS = (
    "findDoctorDialog",
    "helpDialog",
    "aboutDialog",
    "planNotListedDialog",
    "confirmDialog",
    "acknowledgeDialog",
    "openDirectoryFailedDialog",
    "householdDialog",
    "keepHouseholdDialog",
)


def open_named(w: MainWindow, qtbot: QtBot, which: str) -> QDialog:
    with qtbot.waitSignal(w.dialog_opened) as opened:
        dialogs(w)[which]()
    dlg = opened.args[0]
    assert isinstance(dlg, QDialog)
    assert dlg.objectName() == which
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.isActiveWindow())
    return dlg


@pytest.mark.parametrize("which", DIALOGS)
def test_tab_reaches_every_control_of_each_dialog_and_escape_closes_it(
    hmo_window: MainWindow, qtbot: QtBot, which: str
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    dlg = open_named(w, qtbot, which)
    first = dlg.focusWidget()
    assert first is not None, "the dialog opens with focus on a control"
    assert chain_problems(first, dlg) == []
    with qtbot.waitSignal(dlg.finished):
        QTest.keyClick(dlg.focusWidget() or dlg, Qt.Key.Key_Escape)
    assert w.dialog is None


def test_escape_closes_the_open_directory_dialog(hmo_window: MainWindow, qtbot: QtBot) -> None:
    from hmo_desktop.ui.open_directory import choose_directory_file

    dlg = choose_directory_file(hmo_window)
    qtbot.waitExposed(dlg)
    with qtbot.waitSignal(dlg.finished):
        QTest.keyClick(dlg.focusWidget() or dlg, Qt.Key.Key_Escape)
    assert hmo_window.dialog is None


def test_start_over_keeps_working_from_the_keyboard(hmo_window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+N from anywhere on the path comes back to the ZIP field, the chain's start."""
    w = hmo_window
    to_doctors(w, qtbot, plan=PLAN)
    w.pcps.table.setFocus()
    QTest.keyClick(w.pcps.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert w.current_step() == STEP_PLAN
    assert w.zip_edit.hasFocus()
