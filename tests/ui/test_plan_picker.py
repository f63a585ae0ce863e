"""Step 1: the plans serving the member's area, grouped by type, in plain words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, PlanRow, find_place, plans_for_area
from hmo_desktop.ui.main_window import STEP_PLAN, MainWindow
from hmo_desktop.ui.plan_picker import PLAN_ROLE
from tests.ui.steps import PLAN, to_groups
from tests.ui.test_contract import DOCS, interactive, unnamed_or_undocumented

PROMPT = "Select your plan to see what it covers."
#: Words of the state's plan categories that must not reach the member.
JARGON = (
    "Two-Plan",
    "Geographic Managed Care",
    "Regional model",
    "County Organized",
    "Single Plan model",
    "local initiative",
    "commercial plan",
    "HDHP",
    "(dated)",
)


def detail_of(w: MainWindow, name: str) -> str:
    for ix in w.plans._plan_indexes():
        if ix.data(PLAN_ROLE).name == name:
            w.plans.tree.setCurrentIndex(ix)
            return w.plans.detail.text()
    raise LookupError(name)


def as_of_column(w: MainWindow, name: str) -> str:
    ix = next(ix for ix in w.plans._plan_indexes() if ix.data(PLAN_ROLE).name == name)
    return str(ix.siblingAtColumn(4).data())


def test_plans_for_a_zip_match_the_directory_grouped_by_type(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown) as shown:
        w.set_zip("93701")
    place = find_place(hmo_directory, "93701")
    expected = plans_for_area(hmo_directory, place.county_id)
    assert shown.args == [len(expected)]
    assert [p.id for p in w.plans.plans()] == [p.id for p in expected]
    sections = [w.plans.model.item(i, 0) for i in range(w.plans.model.rowCount())]
    titles = [s.text() for s in sections if s is not None]
    assert titles[0] == "Medi-Cal"
    assert len(titles) == len(set(titles))
    assert w.plans.title.text() == "Choose your health plan in Fresno County"


def test_choosing_an_unknown_plan_says_so(hmo_window: MainWindow) -> None:
    with pytest.raises(LookupError):
        hmo_window.plans.choose_plan("No Such Plan HMO")


@pytest.mark.parametrize("zip_code", [None, "94110", "93701"])
def test_no_plan_is_selected_until_the_member_picks_one(
    hmo_window: MainWindow, qtbot: QtBot, zip_code: str | None
) -> None:
    w = hmo_window
    if zip_code is not None:
        with qtbot.waitSignal(w.plans.results_shown):
            w.set_zip(zip_code)
    assert len(w.plans.plans()) > 1
    assert w.plans.selected_plan() is None
    assert not w.plans.tree.selectionModel().hasSelection()
    assert not w.plans.choose.isEnabled()
    assert w.plans.detail.text() == PROMPT
    with qtbot.assertNotEmitted(w.plans.plan_chosen):
        w.plans.choose.click()
        QTest.keyClick(w.plans.tree, Qt.Key.Key_Return)  # Enter on no plan chooses none
    assert w.current_step() == STEP_PLAN


def test_focusing_the_list_selects_nothing_but_arrow_keys_do(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    w.plans.tree.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab gives it
    qtbot.waitUntil(w.plans.tree.hasFocus)
    assert w.plans.tree.currentIndex().isValid()  # the view made its first row current...
    assert w.plans.selected_plan() is None  # ... but that picks nothing
    assert not w.plans.choose.isEnabled()
    assert w.plans.detail.text() == PROMPT
    QTest.keyClick(w.plans.tree, Qt.Key.Key_Down)  # the first plan, under its heading
    first = w.plans.plans()[0]
    assert w.plans.selected_plan() == first
    assert w.plans.choose.isEnabled()
    assert first.name in w.plans.detail.text()
    QTest.keyClick(w.plans.tree, Qt.Key.Key_Down)
    assert w.plans.selected_plan() == w.plans.plans()[1]
    with qtbot.waitSignal(w.plans.plan_chosen) as chosen:
        QTest.keyClick(w.plans.tree, Qt.Key.Key_Return)
    assert chosen.args == [w.plans.plans()[1]]


def test_back_at_the_plan_step_the_members_own_plan_is_selected(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_groups(w, qtbot)
    w.go_back()
    plan = w.plans.selected_plan()
    assert plan is not None
    assert plan.name == PLAN
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94112")  # the same county: still the member's choice
    plan = w.plans.selected_plan()
    assert plan is not None
    assert plan.name == PLAN
    assert w.plans.choose.isEnabled()


def test_dated_data_says_so_in_a_sentence(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    detail = detail_of(w, PLAN)
    assert (
        "This plan's group list is from 2017–18. Networks change every year: call the plan to "
        "confirm." in detail
    )
    assert "Employer and individual HMO" in detail
    assert as_of_column(w, PLAN) == "2017–18, may be out of date"
    covered = "Blue Shield of California HMO"
    assert as_of_column(w, covered) == "2017, may be out of date"
    detail = detail_of(w, covered)
    assert "This plan's information is from 2017. Plans and networks change every year" in detail
    assert "Covered California HMO (Silver, Gold, Platinum)" in detail
    assert "the groups shown are samples" in detail


def test_medi_cal_plans_in_plain_words(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    name = "San Francisco Health Plan"
    detail = detail_of(w, name)
    assert f"{name}</b>: Medi-Cal health plan for San Francisco County." in detail
    assert "Plan list as of December 2025." in detail
    assert "not available offline: the groups shown are samples" in detail
    assert as_of_column(w, name) == "December 2025"
    with qtbot.waitSignal(w.plans.results_shown):
        w.county.setCurrentIndex(0)  # all of California: no one county to name
    assert "Medi-Cal health plan for the counties it serves" in detail_of(w, name)


def test_no_plan_shows_state_program_jargon(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    seen: list[PlanRow] = []
    for ix in w.plans._plan_indexes():  # every plan of the directory
        w.plans.tree.setCurrentIndex(ix)
        plan, detail = ix.data(PLAN_ROLE), w.plans.detail.text()
        row = " ".join(str(ix.siblingAtColumn(c).data()) for c in range(5))
        tip = str(ix.data(Qt.ItemDataRole.ToolTipRole))
        assert plan.name in detail
        assert "(dated)" not in row
        for word in JARGON:
            assert word not in detail + row + tip, (plan.name, word)
        seen.append(plan)
    jargon_in_data = [p for p in seen if any(word in p.category for word in JARGON[:5])]
    assert jargon_in_data  # the check above had something to catch


def test_kaiser_and_pace_say_how_their_members_reach_a_doctor(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    for name in ("Kaiser Permanente", "Kaiser Permanente HMO"):
        detail = detail_of(w, name)
        assert "integrated plan" in detail
        assert "Permanente Medical Group for your region" in detail
        assert "there is no medical group to choose" in detail
        assert "samples" not in detail
    for name in ("ONLOK Senior Health Services", "North East Medical Services PACE"):
        detail = detail_of(w, name)
        assert "PACE: for people 55 and older who need a nursing-home level of care" in detail
        assert "your care team, including your doctor, is at the PACE center" in detail
    assert "55 and older" not in detail_of(w, "San Francisco Health Plan")


def test_my_plan_is_not_listed_says_what_to_do(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    button = w.plans.not_listed
    assert button.isVisible()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab
    button.setFocus()
    with qtbot.waitSignal(w.dialog_opened) as opened:
        QTest.keyClick(button, Qt.Key.Key_Space)
    dlg = w.dialog
    assert dlg is not None
    assert opened.args == [dlg]
    assert dlg.objectName() == "planNotListedDialog"
    text = dlg.findChild(QTextBrowser, "planNotListedText")
    assert text is not None
    words = text.toPlainText()
    for needle in (
        "Medi-Cal health plans, by county (December 2025)",
        "Covered California HMOs (2017)",
        "Anthem Blue Cross and UnitedHealthcare",
        "Blue Shield",
        "Western Health Advantage",
        "provider directory",
        "member services",
        "which medical groups and doctors are in your network",
        "Health Care Options (1-800-430-4263)",
    ):
        assert needle in words
    doc = DOCS.read_text(encoding="utf-8")
    assert unnamed_or_undocumented(interactive(dlg), doc) == []
    close = dlg.findChild(QPushButton, "planNotListedCloseButton")
    assert close is not None
    close.click()
    assert w.dialog is None
    assert w.current_step() == STEP_PLAN
