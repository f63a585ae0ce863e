"""Start over: one member at a time. Nothing of the last member is left for the next one,
not even in a field's undo history."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.main_window import STEP_PLAN, MainWindow
from tests.ui.steps import PLAN, open_dialog


def press_start_over(w: MainWindow) -> None:
    QTest.mouseClick(w.start_over, Qt.MouseButton.LeftButton)


def press_ctrl_n(w: MainWindow) -> None:
    QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def type_into(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    QTest.keyClicks(edit, text)


def undo_in(edit: QLineEdit) -> str:
    """What Ctrl+Z in the field brings back."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    return edit.text()


def test_start_over_is_a_named_button_in_the_top_bar_away_from_continue(
    hmo_window: MainWindow,
) -> None:
    w = hmo_window
    b = w.start_over
    assert b.objectName() == "startOverButton"
    assert b.text() == "Start over"
    assert b.accessibleName() == "Start over with a new member (also Ctrl+N)"
    assert b.isVisible()
    assert b.isEnabled()
    assert not w.stack.isAncestorOf(b)  # not among a step's own buttons (Continue, Skip...)
    top = b.mapTo(w, b.rect().topLeft()).y()
    assert top == w.about_button.mapTo(w, w.about_button.rect().topLeft()).y()  # beside About


@pytest.mark.parametrize("start_over", [press_start_over, press_ctrl_n], ids=["button", "ctrl+n"])
def test_start_over_forgets_the_member_and_the_next_one_starts_fresh(
    hmo_window: MainWindow, qtbot: QtBot, start_over: Callable[[MainWindow], None]
) -> None:
    w = hmo_window
    # Member 1 types a ZIP, picks a plan, searches groups, sees doctors, sets filters,
    # opens a profile.
    with qtbot.waitSignal(w.plans.results_shown):
        type_into(w.zip_edit, "94110")
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan(PLAN)
    all_groups = w.groups.model.rowCount()
    type_into(w.groups.search, "med")
    assert w.groups.search.isUndoAvailable()
    with qtbot.waitSignal(w.pcps.results_shown) as first:
        w.groups.skip.click()
    fresh_filters, fresh_total = w.pcps.current_filters(), first.args
    age_edit = w.pcps.age.findChild(QLineEdit)
    assert age_edit is not None
    age_edit.selectAll()
    totals: list[int] = []
    w.pcps.results_shown.connect(totals.append)
    with qtbot.waitSignal(w.pcps.results_shown):
        type_into(age_edit, "40")  # a search per keystroke: 4, then 40
    assert w.pcps.current_filters().member_age == 40
    aged = totals[-1]
    doctor = w.pcps.model.rows()[0]
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("es"))
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.wheelchair.setChecked(True)
    assert w.pcps.current_filters() != fresh_filters
    with qtbot.waitSignal(w.profile.results_shown):
        w.show_doctor(doctor.practitioner_id, doctor.location_id)
    assert w.profile.profile() is not None
    w.statusBar().showMessage("a message about member 1")

    start_over(w)

    s = w.session
    assert (s.area, s.plan, s.group, s.doctor, s.reached) == (None, None, None, None, STEP_PLAN)
    assert w.current_step() == STEP_PLAN
    assert [b.isEnabled() for b in w.steps] == [True, False, False, False]
    assert [b.isChecked() for b in w.steps] == [True, False, False, False]
    assert w.statusBar().currentMessage() == ""
    # the ZIP, and its undo history
    assert w.zip_edit.text() == ""
    assert not w.zip_edit.isUndoAvailable()
    assert undo_in(w.zip_edit) == ""
    assert w.zip_message.text() == ""
    assert w.county.currentIndex() == 0
    assert w.session.area is None  # Ctrl+Z above brought no area back either
    # the plan step: every plan, none selected
    assert len(w.plans.plans()) > 0
    assert w.plans.selected_plan() is None
    assert not w.plans.choose.isEnabled()
    # the later steps hold nothing of member 1
    assert w.groups.search.text() == ""
    assert not w.groups.search.isUndoAvailable()
    assert undo_in(w.groups.search) == ""
    assert w.groups.model.rowCount() == 0
    assert w.pcps.model.rowCount() == 0
    assert w.pcps.doctor_language.currentData() is None
    assert not w.pcps.wheelchair.isChecked()
    assert w.pcps.age.value() == w.pcps.age.minimum()  # the patient's age is not given
    assert not age_edit.isUndoAvailable()
    assert w.profile.profile() is None
    assert w.profile.body.toPlainText() == ""
    assert not w.profile.choose.isEnabled()
    w.go_to_step(3)  # the old profile cannot be reached
    assert w.current_step() == STEP_PLAN

    # Member 2 walks the same path and sees what member 1 first saw.
    with qtbot.waitSignal(w.plans.results_shown):
        type_into(w.zip_edit, "94110")
    with qtbot.waitSignal(w.groups.results_shown) as groups:
        w.plans.choose_plan(PLAN)
    assert groups.args == [all_groups]
    assert w.groups.search.text() == ""
    with qtbot.waitSignal(w.pcps.results_shown) as second:
        w.groups.skip.click()
    assert w.pcps.current_filters() == fresh_filters
    assert second.args == fresh_total
    with qtbot.waitSignal(w.pcps.results_shown) as aged_again:
        w.pcps.age.setValue(40)
    assert aged_again.args == [aged]


def test_start_over_closes_the_open_dialog_and_a_new_search_starts_empty(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.dialog_opened):
        QTest.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dlg = w.dialog
    assert dlg is not None
    search = dlg.findChild(QLineEdit, "findDoctorEdit")
    assert search is not None
    type_into(search, "ngu")
    w.new_session()  # as a kiosk's idle timeout would (a person closes the dialog first)
    assert open_dialog(w) is None
    with qtbot.waitSignal(w.dialog_opened):
        w.find_button.click()
    again = open_dialog(w)
    assert again is not None
    assert again is not dlg
    search = again.findChild(QLineEdit, "findDoctorEdit")
    assert search is not None
    assert search.text() == ""
    assert undo_in(search) == ""
