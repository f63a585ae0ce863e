"""Changing a household after the fact: a member's details, a member's own plan, the order
of their doctors, and a doctor removed; and what the summary says after each."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from hmo_desktop.household.members import AGING_OUT, NOT_IN_PLAN
from hmo_desktop.ui.household_compare import issue_text
from hmo_desktop.ui.household_dialog import HouseholdDialog
from hmo_desktop.ui.main_window import MainWindow
from tests.ui.steps import to_doctors
from tests.ui.test_household import open_household


def with_doctors(w: MainWindow, qtbot: QtBot, dlg: HouseholdDialog, name: str, n: int) -> None:
    """A member with the first ``n`` doctors of the list: a first choice and backups."""
    dlg.name.setText(name)
    dlg.age.setValue(8)
    assert dlg.add_member() is not None
    for i, row in enumerate(w.pcps.model.rows()[:n]):
        w.show_doctor(row.practitioner_id, row.location_id)
        with qtbot.waitSignal(dlg.household_changed):
            assert dlg.use_current_doctor(backup=i > 0)


def test_a_member_is_changed_and_their_doctors_reordered_and_removed(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot, age=8)
    dlg = open_household(w, qtbot)
    with_doctors(w, qtbot, dlg, "Mia", 3)
    h = w.household
    first, b1, b2 = (c.practitioner_id for c in h.choices[1])
    panel = dlg.choices
    assert panel.title.text() == "Mia's plan and doctors"
    assert [panel.model.index(r, 0).data() for r in range(3)] == [
        "First choice",
        "Backup 1",
        "Backup 2",
    ]

    # Change her: the form fills in, "Save changes" replaces her; the doctors stay.
    dlg.edit_button.click()
    assert dlg.name.text() == "Mia"
    assert dlg.age.value() == 8
    assert dlg.add_button.text() == "Save changes"
    assert dlg.form.cancel_button.isVisible()
    dlg.name.setText("Mía")
    dlg.age.setValue(20)
    with qtbot.waitSignal(dlg.household_changed):
        dlg.add_button.click()
    assert [(m.name, m.age) for m in h.members] == [("Mía", 20)]
    assert [c.practitioner_id for c in h.choices[1]] == [first, b1, b2]
    assert dlg.add_button.text() == "Add member"
    assert not dlg.form.cancel_button.isVisible()
    # A pediatrician for a 20-year-old: the overview says so, naming her.
    aging = [i for i in h.overview() if i.kind == AGING_OUT]
    for issue in aging:
        assert issue_text(h, issue) in dlg.overview.text()
    # Cancel leaves her as she was.
    dlg.edit_button.click()
    dlg.name.setText("Someone else")
    dlg.form.cancel_button.click()
    assert h.members[0].name == "Mía"
    assert dlg.name.text() == ""

    # The second backup becomes the first choice; the first becomes a backup.
    panel.table.selectRow(2)
    assert panel.make_first.isEnabled()
    with qtbot.waitSignal(dlg.household_changed):
        panel.make_first.click()
    assert [c.practitioner_id for c in h.choices[1]] == [b2, first, b1]
    assert dlg.members_model.index(0, 2).data() == h.choices[1][0].doctor
    panel.table.selectRow(0)
    assert not panel.make_first.isEnabled()  # already first
    # Remove the first choice: the next one moves up.
    with qtbot.waitSignal(dlg.household_changed):
        panel.remove.click()
    assert [c.practitioner_id for c in h.choices[1]] == [first, b1]
    assert panel.model.rowCount() == 2
    assert dlg.members_model.index(0, 2).data() == h.choices[1][0].doctor
    # A summary written now has what is on screen, not what was.
    summary = dlg.summary()
    assert "Mía" in summary
    assert h.choices[1][0].doctor in summary


def test_a_member_with_a_plan_of_their_own(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    to_doctors(w, qtbot, age=40)
    dlg = open_household(w, qtbot)
    with_doctors(w, qtbot, dlg, "Ana", 1)
    h = w.household
    plan = w.session.plan
    assert plan is not None
    assert h.plan_id == plan.id  # the first doctor chosen sets the household's plan
    combo: QComboBox = dlg.choices.plan
    assert combo.itemText(0) == f"The household's plan ({plan.name})"
    assert combo.count() > 1  # the area's other plans
    other_name = combo.itemText(1)
    other_id = combo.itemData(1)
    assert other_id != plan.id
    with qtbot.waitSignal(dlg.household_changed):
        combo.setCurrentIndex(1)
        combo.activated.emit(1)
    assert h.plan_of(1) == other_id
    # Her doctor was chosen in the household's plan: not in her own. Said, not dropped.
    issue = next(i for i in h.overview() if i.kind == NOT_IN_PLAN)
    assert issue_text(h, issue) in dlg.overview.text()
    assert h.pcp(1) is not None
    assert other_name in dlg.summary()
    # Back to the household's plan: nothing to look at again for the plan.
    with qtbot.waitSignal(dlg.household_changed):
        combo.setCurrentIndex(0)
        combo.activated.emit(0)
    assert h.plan_of(1) == plan.id
    assert 1 not in h.member_plans
    assert all(i.kind != NOT_IN_PLAN for i in h.overview())


def test_removing_the_member_being_changed_empties_the_form(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    dlg = open_household(w, qtbot)
    dlg.name.setText("Luis")
    dlg.add_member()
    dlg.edit_button.click()
    assert dlg.form.cancel_button.isVisible()  # Luis is being changed
    with qtbot.waitSignal(dlg.household_changed):
        dlg.remove_button.click()
    assert w.household.members == []
    assert dlg.form.editing is None
    assert dlg.add_button.text() == "Add member"
    assert not dlg.choices.isEnabled()
    assert dlg.choices.title.text() == "Select a member to see their plan and doctors."
