"""Step 1: the plans serving the member's area, grouped by type."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, find_place, plans_for_area
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.plan_picker import PLAN_ROLE


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
    assert w.plans.title.text() == "Choose your health plan in Fresno"


def test_choosing_an_unknown_plan_says_so(hmo_window: MainWindow) -> None:
    with pytest.raises(LookupError):
        hmo_window.plans.choose_plan("No Such Plan HMO")


def test_detail_names_where_the_group_list_comes_from(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    details = {}
    for ix in w.plans._plan_indexes():
        w.plans.tree.setCurrentIndex(ix)
        plan = ix.data(PLAN_ROLE)
        details[plan.network_list] = w.plans.detail.text()
        assert plan.name in w.plans.detail.text()
    assert "published list" in details["published"]
    assert "samples" in details["sample"]
