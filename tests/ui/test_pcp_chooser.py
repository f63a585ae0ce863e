"""Step 3: the doctors, filtered and paged."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, Page, search_pcps, suggest_relaxation
from hmo_desktop.ui.find_doctor import FindDoctorDialog
from hmo_desktop.ui.main_window import MainWindow
from tests.ui.steps import PLAN, plan_named, to_doctors


@pytest.mark.parametrize(
    ("widget", "value", "field"),
    [
        ("doctor_language", "es", "doctor_language"),
        ("staff_language", "vi", "staff_language"),
        ("gender", "F", "gender"),
        ("accepting", "existing_only", "accepting"),
        ("distance", 5, "max_miles"),
    ],
)
def test_each_combo_filter_requery_matches_the_directory(
    hmo_window: MainWindow,
    hmo_directory: Directory,
    qtbot: QtBot,
    widget: str,
    value: Any,
    field: str,
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    combo: QComboBox = getattr(w.pcps, widget)
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        combo.setCurrentIndex(combo.findData(value))
    filters = w.pcps.current_filters()
    assert getattr(filters, field) == (frozenset({value}) if field == "accepting" else value)
    expected = search_pcps(hmo_directory, plan_named(w, PLAN).id, filters, Page(0, 10_000))
    assert shown.args == [expected.doctors]  # doctors, not office listings
    assert expected.total >= expected.doctors > 0
    shown_ids = [r.role_id for r in w.pcps.model.rows()]
    assert shown_ids
    assert shown_ids == [r.role_id for r in expected.rows[: len(shown_ids)]]


def test_toggles_age_and_specialties(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    to_doctors(w, qtbot, age=15)
    rows = w.pcps.model.rows()
    assert rows
    for r in rows:  # (sample doctors: every one says which ages they see)
        assert r.age_min is not None
        assert r.age_max is not None
        assert r.age_min <= 15 <= r.age_max
    for s in ("family", "internal", "obgyn"):
        if w.pcps.specialty[s].isChecked():
            with qtbot.waitSignal(w.pcps.results_shown):
                w.pcps.specialty[s].setChecked(False)
    assert {r.specialty for r in w.pcps.model.rows()} == {"pediatrics"}
    for box in (w.pcps.telehealth, w.pcps.evening, w.pcps.saturday, w.pcps.wheelchair):
        with qtbot.waitSignal(w.pcps.results_shown):
            box.setChecked(True)
    filters = w.pcps.current_filters()
    assert (filters.telehealth, filters.evening, filters.saturday) == (True, True, True)
    assert len(filters.accessibility) == 6
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.specialty["pediatrics"].setChecked(False)
    assert shown.args == [0]
    assert w.pcps.empty.isVisible()
    assert "No specialty is selected" in w.pcps.empty.text()
    assert not w.pcps.open_profile.isEnabled()


def test_empty_result_says_which_filter_to_relax(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.distance.setCurrentIndex(w.pcps.distance.findData(2))
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("km"))
    if shown.args != [0]:
        with qtbot.waitSignal(w.pcps.results_shown) as shown:
            w.pcps.staff_language.setCurrentIndex(w.pcps.staff_language.findData("hmn"))
    assert shown.args == [0]
    assert w.pcps.empty.isVisible()
    relax = suggest_relaxation(hmo_directory, plan_named(w, PLAN).id, w.pcps.current_filters())
    assert relax is not None
    hint = re.search(r"Try (.+): that shows ([\d,]+) doctors?", w.pcps.empty.text())
    assert hint is not None
    assert int(hint.group(2).replace(",", "")) == relax.total > 0
    named = {"max_miles": "a larger distance", "doctor_language": "any language for the doctor",
             "staff_language": "any language for the office staff"}  # fmt: skip
    assert hint.group(1) == " and ".join(named[k] for k in relax.relaxed)
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.clear_button.click()
    assert shown.args is not None
    assert shown.args[0] > 0
    assert not w.pcps.empty.isVisible()
    # "Clear filters" goes back to the starting defaults, keeping who it is for.
    assert w.pcps.accepting.currentData() == "accepting_or_ask"
    assert w.pcps.age.value() == 40


def test_models_pass_the_model_tester(
    hmo_window: MainWindow, qtbot: QtBot, qtmodeltester: Any
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    qtmodeltester.check(w.groups.model)
    qtmodeltester.check(w.pcps.model)
    qtmodeltester.check(w.plans.tree.model())
    w.open_find_doctor()
    dialog = w.dialog
    assert isinstance(dialog, FindDoctorDialog)
    dialog.search.setText("kim")
    assert dialog.model.rowCount() > 0
    qtmodeltester.check(dialog.model)
    w.pcps.model.fetchMore()
    qtmodeltester.check(w.pcps.model)


def test_paging_fetches_more_rows_on_scroll(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.accepting.setCurrentIndex(0)
    assert shown.args is not None
    doctors, listings = shown.args[0], w.pcps.model.total
    assert listings > w.pcps.model.rowCount() > 0
    while w.pcps.model.canFetchMore():
        w.pcps.model.fetchMore()
    assert w.pcps.model.rowCount() == listings
    assert len({r.role_id for r in w.pcps.model.rows()}) == listings
    assert len({r.practitioner_id for r in w.pcps.model.rows()}) == doctors
