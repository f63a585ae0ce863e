"""The window: the whole path, the stepper, a new member, and start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, Page, search_pcps
from hmo_desktop.ui.dialogs import ConfirmDialog
from hmo_desktop.ui.help_dialog import HelpDialog
from hmo_desktop.ui.main_window import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE, MainWindow
from tests.ui.steps import COUNTY_PLAN, PLAN, open_dialog, to_doctors


def test_member_walks_plan_group_doctor_confirm(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown) as plans:
        w.set_zip("94110")
    assert plans.args is not None
    assert plans.args[0] > 5
    assert "San Francisco" in w.zip_message.text()
    names = [p.name for p in w.plans.plans()]
    assert PLAN in names
    assert "San Francisco Health Plan" in names
    with qtbot.waitSignal(w.groups.results_shown) as groups:
        w.plans.choose_plan(PLAN)
    assert w.current_step() == STEP_GROUP
    assert groups.args is not None
    assert groups.args[0] > 0
    first = w.groups.model.rows()[0]
    assert "Hospitals" in w.groups.detail.toPlainText()
    assert first.name in w.groups.detail.toPlainText()
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.choose_group(first.name)
    assert w.current_step() == STEP_DOCTOR
    with qtbot.waitSignal(w.pcps.results_shown) as pcps:
        w.pcps.age.setValue(40)  # who the doctor is for: nothing is listed before
    assert pcps.args is not None
    assert pcps.args[0] > 0
    rows = w.pcps.model.rows()
    assert rows
    assert {r.group_id for r in rows} == {first.id}
    assert {r.accepting for r in rows} == {"accepting"}  # the default filter
    row = rows[0]
    assert w.pcps.model.data(w.pcps.model.index(0, 1)) == "Sample doctor (fictional)"
    with qtbot.waitSignal(w.profile.results_shown):
        w.pcps.open_profile.click()
    assert w.current_step() == STEP_PROFILE
    text = w.profile.body.toPlainText()
    assert "Sample doctor (fictional)" in text
    assert row.name in text
    assert "In your plan: " + PLAN in text
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.profile.choose.click()
    dlg = w.dialog
    assert isinstance(dlg, ConfirmDialog)
    assert opened.args == [dlg]
    summary = dlg.text.toPlainText()
    for needle in (PLAN, first.name, row.name, "PCP ID", "first day of the next month",
                   "Call the doctor's office"):  # fmt: skip
        assert needle in summary


def test_back_navigation_keeps_filters_and_resets_the_group(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("es"))
    w.steps[STEP_PLAN].click()
    assert w.current_step() == STEP_PLAN
    assert w.steps[STEP_DOCTOR].isEnabled()  # can go forward again to where they were
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan("Anthem Blue Cross Select HMO")
    assert not w.steps[STEP_DOCTOR].isEnabled()  # the doctor step no longer applies
    w.steps[STEP_DOCTOR].click()
    assert w.current_step() == STEP_GROUP
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.choose_group(w.groups.model.rows()[0].name)
    assert w.pcps.doctor_language.currentData() == "es"  # the filter survived
    assert w.zip_edit.text() == "94110"
    w.go_back()
    assert w.current_step() == STEP_GROUP


def test_a_new_area_without_the_plan_starts_again_at_the_plan(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot, plan=COUNTY_PLAN)
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("93701")  # Fresno
    assert COUNTY_PLAN not in [p.name for p in w.plans.plans()]
    assert "does not serve this area" in w.statusBar().currentMessage()
    assert w.current_step() == STEP_PLAN
    assert w.session.plan is None
    assert not w.steps[STEP_GROUP].isEnabled()


def test_keyboard_only_path(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    QTest.keyClicks(w.zip_edit, "94110")
    w.plans.tree.setFocus()
    section = w.plans.model.item(0, 0)
    assert section is not None
    w.plans.tree.setCurrentIndex(section.child(0, 0).index())
    with qtbot.waitSignal(w.groups.results_shown):
        QTest.keyClick(w.plans.tree, Qt.Key.Key_Return)
    w.groups.table.setFocus()
    with qtbot.waitSignal(w.pcps.results_shown):
        QTest.keyClick(w.groups.skip, Qt.Key.Key_Space)
    assert w.current_step() == STEP_DOCTOR
    QTest.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.current_step() == STEP_GROUP


def test_help_is_reachable_from_every_step(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    w.plans.what_is_hmo.click()
    first = w.dialog
    assert isinstance(first, HelpDialog)
    assert first.objectName() == "helpDialog"
    assert "Health Maintenance Organization" in first.text.toPlainText()
    first.close()
    assert open_dialog(w) is None
    to_doctors(w, qtbot)
    QTest.keyClick(w, Qt.Key.Key_F1)
    again = w.dialog
    assert isinstance(again, HelpDialog)
    text = again.text.toPlainText()
    for term in ("Medical group / IPA", "Referral", "Accepting new patients", "Specialist"):
        assert term in text


def test_a_new_member_starts_clean_on_the_same_directory(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    db = w.db
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("es"))
    w.groups.search.setText("hill")
    w.show_doctor(w.pcps.model.rows()[0].practitioner_id)
    w.open_find_doctor()
    found = open_dialog(w)
    assert found is not None
    assert found.objectName() == "findDoctorDialog"
    with qtbot.waitSignal(w.plans.results_shown) as listed:
        w.new_session()
    assert w.db is db  # the directory stays open
    assert open_dialog(w) is None
    assert w.current_step() == STEP_PLAN
    assert (w.session.area, w.session.plan, w.session.group) == (None, None, None)
    assert [b.isEnabled() for b in w.steps] == [True, False, False, False]
    assert w.zip_edit.text() == ""
    assert not w.zip_edit.isUndoAvailable()  # the last member's ZIP cannot be undone back
    assert w.county.currentIndex() == 0
    assert w.zip_message.text() == ""
    assert listed.args is not None
    assert listed.args[0] == len(w.plans.plans()) > 0  # every plan in California again
    assert w.groups.search.text() == ""
    assert not w.groups.search.isUndoAvailable()
    assert w.groups.model.rowCount() == 0
    assert w.pcps.model.rowCount() == 0
    assert w.pcps.doctor_language.currentData() is None
    assert w.pcps.accepting.currentData() == "accepting_or_ask"  # a new member's default
    assert w.profile.profile() is None
    assert w.profile.body.toPlainText() == ""
    to_doctors(w, qtbot)  # and the next member walks the path as usual
    assert w.pcps.model.rowCount() > 0


def test_window_paints_first_then_opens_the_directory(
    hmo_directory_path: Path, qtbot: QtBot
) -> None:
    from hmo_desktop.app import start

    _app, window, problem = start(hmo_directory_path, defer_directory=True)
    assert problem is None
    assert window is not None
    qtbot.addWidget(window)
    assert not window.attached()
    assert "Opening the doctor directory" in window.plans.empty.text()
    window.find_button.click()  # too early: nothing happens, nothing breaks
    assert window.dialog is None
    window.set_zip("93701")  # typed while the directory opens: looked up once it is open
    assert window.zip_message.text() == ""
    with qtbot.waitSignal(window.plans.results_shown, timeout=5000) as shown:
        pass  # the first paint, then the directory opens and the plans are listed
    assert window.attached()
    assert window.zip_message.text() == "Fresno, Fresno County"
    assert window.county.currentText() == "Fresno"
    assert shown.args == [len(window.plans.plans())]
    assert "CalViva Health" in [p.name for p in window.plans.plans()]
    with qtbot.waitSignal(window.plans.results_shown):
        window.set_zip("94110")
    assert isinstance(window.db, Directory)
    window.db.close()


def test_directory_unavailable_dialog_and_exit_code(qtbot: QtBot, tmp_path: Path) -> None:
    from hmo_desktop.app import EXIT_DIRECTORY_UNAVAILABLE, start

    app, window, problem = start(tmp_path / "missing.sqlite", defer_directory=True)
    assert problem is None  # deferred: the window paints first
    assert window is not None
    qtbot.addWidget(window)
    seen: list[str] = []

    def read_and_close(dlg: QMessageBox) -> None:
        seen.extend([dlg.objectName(), dlg.text()])
        dlg.close()  # the member closes it: the app leaves with its own exit code

    window.dialog_opened.connect(read_and_close)
    assert app.exec() == EXIT_DIRECTORY_UNAVAILABLE
    assert seen == [
        "directoryUnavailableDialog",
        "The doctor directory that came with HMO Desktop is missing.",
    ]
    assert not window.isVisible()
    assert app.quitOnLastWindowClosed()


def test_a_doctor_found_by_name_leads_back_to_the_step_the_member_reached(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot, plan=COUNTY_PLAN)
    w.go_to_step(STEP_PLAN)
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan(PLAN)  # another plan: its group step comes next
    w.show_doctor(w.pcps.model.rows()[0].practitioner_id)  # as "Find my current doctor" does
    assert w.current_step() == STEP_PROFILE
    assert [b.isEnabled() for b in w.steps] == [True, True, False, True]
    w.go_back()
    assert w.current_step() == STEP_GROUP  # not the first plan's doctors
    with qtbot.assertNotEmitted(w.pcps.results_shown):  # nor a search under the new plan
        w.pcps.gender.setCurrentIndex(w.pcps.gender.findData("F"))
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.groups.skip.click()
    plan = w.session.plan
    assert plan is not None
    assert plan.name == PLAN
    assert w.pcps.scope.text().startswith(PLAN)
    expected = search_pcps(hmo_directory, plan.id, w.pcps.current_filters(), Page(0, 60))
    assert shown.args == [expected.doctors]  # doctors, not their office listings
    assert [r.role_id for r in w.pcps.model.rows()] == [r.role_id for r in expected.rows]


def test_after_the_plan_leaves_the_area_back_from_a_found_doctor_is_the_plan_step(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot, plan=COUNTY_PLAN)
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("93701")  # the plan does not serve Fresno: it is dropped
    w.show_doctor(w.pcps.model.rows()[0].practitioner_id)
    assert not w.profile.choose.isEnabled()  # no plan to choose the doctor in
    w.go_back()
    assert w.current_step() == STEP_PLAN
    with qtbot.assertNotEmitted(w.pcps.results_shown):
        w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("es"))
