"""The stepper: each step is reachable only with what it needs, and says what it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, doctor_profile
from hmo_desktop.ui.main_window import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE, MainWindow
from tests.ui.steps import COUNTY_PLAN, to_doctors


def find_doctor_by_name(w: MainWindow, qtbot: QtBot, name: str) -> None:
    """Ctrl+F, type the name (anywhere in California), Open: the first doctor's profile."""
    with qtbot.waitSignal(w.dialog_opened):
        QTest.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dlg = w.dialog
    assert dlg is not None
    for box in dlg.findChildren(QCheckBox):  # no limit to the member's county
        box.setChecked(False)
    edit = dlg.findChild(QLineEdit, "findDoctorEdit")
    assert edit is not None
    found: list[int] = []
    dlg.results_shown.connect(found.append)  # type: ignore[attr-defined]
    QTest.keyClicks(edit, name)
    assert found[-1] > 0
    opener = dlg.findChild(QPushButton, "findDoctorOpenButton")
    assert opener is not None
    with qtbot.waitSignal(w.profile.results_shown):
        QTest.mouseClick(opener, Qt.MouseButton.LeftButton)


def test_the_last_step_is_called_the_doctors_profile(hmo_window: MainWindow) -> None:
    labels = [(b.objectName(), b.text(), b.accessibleName()) for b in hmo_window.steps]
    assert labels == [
        ("stepPlan", "1  Plan", "Plan"),
        ("stepGroup", "2  Medical group", "Medical group"),
        ("stepDoctor", "3  Doctor", "Doctor"),
        ("stepProfile", "4  Doctor's profile", "Doctor's profile"),
    ]


def test_a_doctor_found_before_any_plan_then_the_group_step_and_skip(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    name = doctor_profile(hmo_directory, 1).name
    find_doctor_by_name(w, qtbot, name)
    assert w.current_step() == STEP_PROFILE
    assert [b.isEnabled() for b in w.steps] == [True, False, False, True]
    assert not w.profile.choose.isEnabled()  # no plan to choose the doctor in
    with qtbot.captureExceptions() as errors:
        QTest.mouseClick(w.steps[STEP_GROUP], Qt.MouseButton.LeftButton)  # disabled
        w.go_to_step(STEP_GROUP)  # nor through the helper
        w.go_to_step(STEP_DOCTOR)
        w.groups.skip.click()  # a hidden screen's button changes nothing but the step
        w.pcps.open_profile.click()
    assert errors == []
    assert w.current_step() == STEP_PLAN  # where a plan is chosen
    assert w.session.plan is None
    assert [b.isEnabled() for b in w.steps] == [True, False, False, True]
    w.go_to_step(STEP_PROFILE)  # the doctor found is still one click away
    assert w.current_step() == STEP_PROFILE
    assert name in w.profile.body.toPlainText()


def test_after_the_plan_is_dropped_the_later_steps_wait_for_a_new_one(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot, plan=COUNTY_PLAN)
    doctor = w.pcps.model.rows()[0]
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("93701")  # Fresno: the plan is dropped
    assert [b.isEnabled() for b in w.steps] == [True, False, False, False]
    find_doctor_by_name(w, qtbot, doctor_profile(hmo_directory, doctor.practitioner_id).name)
    with qtbot.captureExceptions() as errors:
        for step in (STEP_GROUP, STEP_DOCTOR):
            QTest.mouseClick(w.steps[step], Qt.MouseButton.LeftButton)
            assert w.current_step() == STEP_PROFILE
        w.groups.skip.click()
        w.groups.choose.click()
    assert errors == []
    assert w.session.plan is None
    assert w.current_step() == STEP_PLAN
    QTest.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.current_step() == STEP_PLAN


def test_the_profile_is_shown_again_for_the_plan_of_the_moment(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot, plan=COUNTY_PLAN)
    doctor = w.pcps.model.rows()[0]
    with qtbot.waitSignal(w.profile.results_shown):
        w.pcps.open_profile.click()
    assert w.profile.choose.isEnabled()
    w.go_to_step(STEP_PLAN)
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan("UnitedHealthcare Signature HMO")
    profile = doctor_profile(hmo_directory, doctor.practitioner_id)
    in_new_plan = any(r.plan_name == "UnitedHealthcare Signature HMO" for r in profile.roles)
    with qtbot.waitSignal(w.profile.results_shown):
        QTest.mouseClick(w.steps[STEP_PROFILE], Qt.MouseButton.LeftButton)
    assert w.current_step() == STEP_PROFILE
    assert w.profile.choose.isEnabled() == in_new_plan  # a choice only within the new plan
    assert "UnitedHealthcare Signature HMO" in w.profile.body.toPlainText()
    w.go_back()
    assert w.current_step() == STEP_GROUP  # the furthest step reached under the new plan
