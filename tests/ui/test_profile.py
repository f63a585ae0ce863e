"""The doctor's profile and the PCP choice: only what is true, in plain words, and a doctor
not taking new patients is chosen only after the member says so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, Page, PcpFilters, open_directory, search_pcps
from hmo_desktop.ui.dialogs import AcknowledgeDialog, ConfirmDialog
from hmo_desktop.ui.main_window import STEP_PROFILE, MainWindow
from tests.directory.unpublished import without_unpublished_details
from tests.ui.steps import COUNTY_PLAN, open_dialog, to_doctors
from tests.ui.test_contract import DOCS, interactive, unnamed_or_undocumented

NOT_TAKING = ("not_accepting", "existing_only", "existing_plus_family")


def doctor_at(
    db: Directory,
    plan_id: int,
    accepting: str,
    real_group: bool | None = None,
    with_hospitals: bool = False,
) -> tuple[int, int]:
    """A doctor and office whose roles in the plan there all have this status (so the
    profile offers one of them), nearest the member first."""
    rows = search_pcps(db, plan_id, PcpFilters(accepting=frozenset({accepting})), Page(0, 500))
    for row in rows.rows:
        statuses, provenance = db.con.execute(
            "SELECT group_concat(DISTINCT r.accepting), min(g.provenance) FROM pcp_role r "
            "JOIN medical_group g ON g.id = r.group_id "
            "WHERE r.practitioner_id = ? AND r.plan_id = ? AND r.location_id = ?",
            (row.practitioner_id, plan_id, row.location_id),
        ).fetchone()
        if statuses != accepting:
            continue
        if real_group is not None and real_group != (provenance != "generated"):
            continue
        hospitals = db.con.execute(
            "SELECT count(*) FROM practitioner_hospital WHERE practitioner_id = ?",
            (row.practitioner_id,),
        ).fetchone()[0]
        if hospitals or not with_hospitals:
            return row.practitioner_id, row.location_id
    raise LookupError(f"no such doctor {accepting} in plan {plan_id}")


def open_profile(w: MainWindow, qtbot: QtBot, accepting: str, **kw: bool) -> None:
    """From the doctors of the plan (the steps helper), the profile of one with ``accepting``."""
    plan = w.session.plan
    assert plan is not None
    assert w.db is not None
    pid, location = doctor_at(w.db, plan.id, accepting, **kw)
    with qtbot.waitSignal(w.profile.results_shown):
        w.show_doctor(pid, location)
    assert w.current_step() == STEP_PROFILE


def press_choose(w: MainWindow, qtbot: QtBot) -> QDialog:
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.profile.choose.click()
    assert opened.args is not None
    dlg = opened.args[0]
    assert isinstance(dlg, QDialog)
    assert open_dialog(w) is dlg
    return dlg


def button(dlg: QDialog, name: str) -> QPushButton:
    found = dlg.findChild(QPushButton, name)
    assert isinstance(found, QPushButton), name
    return found


def text_of(dlg: QDialog) -> str:
    label = dlg.findChild(QLabel, "acknowledgeText")
    assert isinstance(label, QLabel)
    return label.text()


def confirm_dialogs(w: MainWindow) -> list[ConfirmDialog]:
    return [d for d in w.findChildren(ConfirmDialog) if d.isVisible()]


@pytest.mark.parametrize("status", NOT_TAKING)
def test_a_doctor_not_taking_new_patients_is_chosen_only_on_purpose(
    hmo_window: MainWindow, qtbot: QtBot, status: str
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    open_profile(w, qtbot, status)
    with qtbot.waitSignal(w.profile.choice_requested) as requested:
        ask = press_choose(w, qtbot)
    assert requested.args is not None
    assert requested.args[1].accepting == status
    assert ask.objectName() == "acknowledgeDialog"
    assert not isinstance(ask, ConfirmDialog)
    assert confirm_dialogs(w) == []
    assert text_of(ask).startswith(
        "This doctor is not taking new patients in this plan. The plan may refuse or reassign "
        "the choice; call the doctor's office first to ask whether they will take you."
    )
    doc = DOCS.read_text(encoding="utf-8")
    assert unnamed_or_undocumented(interactive(ask), doc) == []
    cancel, choose = button(ask, "acknowledgeCancelButton"), button(ask, "acknowledgeChooseButton")
    assert (cancel.text(), choose.text()) == ("Pick another doctor", "Choose anyway")
    assert cancel.isDefault()
    assert not choose.isDefault()
    assert cancel.accessibleName()
    assert choose.accessibleName()
    with qtbot.assertNotEmitted(w.dialog_opened):
        cancel.click()
    assert open_dialog(w) is None
    assert confirm_dialogs(w) == []
    assert w.current_step() == STEP_PROFILE
    # Enter, the key a hurried person presses, is "Pick another doctor" too.
    again = press_choose(w, qtbot)
    assert again.objectName() == "acknowledgeDialog"
    with qtbot.assertNotEmitted(w.dialog_opened):
        QTest.keyClick(again, Qt.Key.Key_Return)
    assert open_dialog(w) is None
    assert confirm_dialogs(w) == []
    # On purpose: "Choose anyway" goes on to the confirmation, which says what to do.
    third = press_choose(w, qtbot)
    with qtbot.waitSignal(w.dialog_opened) as opened:
        button(third, "acknowledgeChooseButton").click()
    assert opened.args is not None
    confirm = opened.args[0]
    assert isinstance(confirm, ConfirmDialog)
    assert open_dialog(w) is confirm
    assert unnamed_or_undocumented(interactive(confirm), doc) == []
    summary = confirm.text.toPlainText()
    for needle in ("Not taking new patients", "not taking new patients in this plan",
                   "Call the doctor's office before you tell the plan", "Keep a backup choice",
                   "PCP ID"):  # fmt: skip
        assert needle in summary
    assert "Taking new patients" not in summary


def test_a_doctor_taking_new_patients_goes_straight_to_the_confirmation(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    open_profile(w, qtbot, "accepting")
    dlg = press_choose(w, qtbot)
    assert isinstance(dlg, ConfirmDialog)
    assert w.findChildren(AcknowledgeDialog) == []
    summary = dlg.text.toPlainText()
    assert "Taking new patients" in summary
    assert "Not taking" not in summary
    assert "Call the doctor's office first" in summary


def lines_with(text: str, needle: str) -> list[str]:
    found = [line for line in text.splitlines() if needle in line]
    assert found, needle
    return found


def cell_after(text: str, label: str) -> str:
    """In a dialog's table as plain text (a cell a line): the value beside ``label``."""
    lines = text.splitlines()
    return lines[lines.index(label) + 1]


def test_the_profile_says_what_is_sample_or_inferred_where_it_is_shown(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    open_profile(w, qtbot, "accepting", with_hospitals=True)
    prof = w.profile.profile()
    assert prof is not None
    assert prof.hospitals
    text = w.profile.body.toPlainText()
    for absent in ("17:00", "13:00", "Peds", "Not accessible", "as of build",
                   "a referral may be needed"):  # fmt: skip
        assert absent not in text
    assert re.search(r"\b\d{1,2}:\d{2} [AP]M – \d{1,2}:\d{2} [AP]M", text)
    assert not re.search(r"\b(1[3-9]|2[0-3]):\d{2}\b", text)  # no 24-hour clock
    assert "Wheelchair access: " in text
    assert "every HMO member can see a participating OB/GYN without a referral" in text
    assert prof.is_sample  # the sample generator makes every doctor
    assert "Sample doctor (fictional)" in text
    assert "(sample doctor, fictional)" in lines_with(text, prof.name)[0]
    for office in prof.offices:
        assert office.is_sample
        assert office.address is not None
        assert office.phone is not None
        for line in lines_with(text, office.address):
            assert "(sample office, not a real address)" in line
        for line in lines_with(text, office.phone):
            assert "(fictional number)" in line
        assert "(sample)" in lines_with(text, "Hours: ")[0]
    for hospital in prof.hospitals:
        for line in lines_with(text, hospital.name):
            assert ("(inferred from distance, not published)" in line) == (
                hospital.relation == "inferred"
            )
    for role in prof.roles:
        if role.is_sample:
            assert "(sample ID, fictional)" in lines_with(text, f"PCP ID {role.pcp_id}")[0]
    dlg = press_choose(w, qtbot)
    assert isinstance(dlg, ConfirmDialog)
    summary = dlg.text.toPlainText()
    assert cell_after(summary, "Doctor").endswith("(sample doctor, fictional)")
    assert cell_after(summary, "PCP ID").endswith("(sample ID, fictional)")
    assert cell_after(summary, "Office phone").endswith("(fictional number)")
    assert cell_after(summary, "Office").endswith("(sample office, not a real address)")
    assert "as of build" not in summary
    role = next(r for r in prof.roles if w.session.plan and r.plan_id == w.session.plan.id)
    assert ("Group code" in summary.splitlines()) == bool(role.group_codes)


def test_names_are_shown_as_text_not_markup(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    open_profile(w, qtbot, "accepting")
    assert w.profile.title.textFormat() == Qt.TextFormat.PlainText
    prof = w.profile.profile()
    assert prof is not None
    html = w.profile.body.toHtml()
    assert "<script" not in html
    assert prof.name in w.profile.body.toPlainText()


@pytest.fixture
def unpublished_window(
    hmo_small_directory: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[MainWindow]:
    """The window over a directory where real groups' contact details are not known."""
    db = open_directory(without_unpublished_details(hmo_small_directory, tmp_path), False)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    db.close()


def test_a_real_groups_unknown_details_say_where_to_ask(
    unpublished_window: MainWindow, qtbot: QtBot
) -> None:
    w = unpublished_window
    to_doctors(w, qtbot)
    open_profile(w, qtbot, "accepting", real_group=True)
    text = w.profile.body.toPlainText()
    assert "Referral rules: not in this directory; ask the group or the plan" in text
    assert "Group phone: not in this directory; call the plan" in text
    assert "After-hours line: not in this directory; call the plan" in text
    assert "None" not in text
    dlg = press_choose(w, qtbot)
    assert isinstance(dlg, ConfirmDialog)
    summary = dlg.text.toPlainText()
    assert cell_after(summary, "Medical group phone") == "not in this directory; call the plan"
    assert "None" not in summary


def test_a_sample_groups_details_are_marked_sample(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    to_doctors(w, qtbot, plan=COUNTY_PLAN)  # its group list is not published: sample groups
    open_profile(w, qtbot, "accepting", real_group=False)
    text = w.profile.body.toPlainText()
    assert "(sample)" in lines_with(text, "Referral rules: ")[0]
    assert "(fictional number)" in lines_with(text, "Group phone: ")[0]
    assert "(fictional number)" in lines_with(text, "After-hours line: ")[0]
    assert "(sample group, fictional)" in text
    dlg = press_choose(w, qtbot)
    assert isinstance(dlg, ConfirmDialog)
    summary = dlg.text.toPlainText()
    assert cell_after(summary, "Medical group").endswith("(sample group, fictional)")
    assert cell_after(summary, "Medical group phone").endswith("(fictional number)")
    assert "Group code" not in summary.splitlines()  # sample groups have no published code


def test_help_says_obgyn_visits_need_no_referral(hmo_window: MainWindow) -> None:
    hmo_window.open_help("specialties")
    dlg = open_dialog(hmo_window)
    assert dlg is not None
    assert dlg.objectName() == "helpDialog"
    browser = dlg.findChild(QTextBrowser, "helpText")
    assert isinstance(browser, QTextBrowser)
    text = " ".join(browser.toPlainText().split())
    assert "every HMO member can see a participating OB/GYN without a referral" in text
    assert "may require the OB/GYN to be in your medical group" in text
    assert "referral may be needed" not in text
    assert "not taking new patients, the plan may refuse the choice" in text
