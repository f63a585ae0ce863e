"""Step 2: the medical groups of the chosen plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.main_window import MainWindow
from tests.ui.steps import PLAN, to_county_groups, to_groups


def test_group_type_ahead_and_sort(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    with qtbot.waitSignal(w.groups.results_shown) as all_groups:
        w.plans.choose_plan(PLAN)
    assert all_groups.args is not None
    n = all_groups.args[0]
    assert n > 1
    # The plan's groups are carrier-listed: no made-up distance, sorted by county, name.
    rows = w.groups.model.rows()
    assert all(g.distance_mi is None and not g.is_sample for g in rows)
    assert [(g.counties, g.name.casefold()) for g in rows] == sorted(
        (g.counties, g.name.casefold()) for g in rows
    )
    target = w.groups.model.rows()[-1].name
    with qtbot.waitSignal(w.groups.results_shown) as shown:
        w.groups.search.setText(target.split()[0][:4].lower())
    assert shown.args is not None
    assert 0 < shown.args[0] <= n
    assert target in [g.name for g in w.groups.model.rows()]
    # The detail pane follows the new first row once typing pauses.
    top = w.groups.model.rows()[0].name
    qtbot.waitUntil(lambda: w.groups.detail.toPlainText().startswith(top))
    with qtbot.waitSignal(w.groups.results_shown) as shown:
        w.groups.search.setText("zzzz qqq")
    assert shown.args == [0]
    assert w.groups.empty.isVisible()
    assert "No group name matches your search" in w.groups.empty.text()
    assert not w.groups.choose.isEnabled()
    w.groups.search.clear()
    with qtbot.waitSignal(w.groups.results_shown):
        w.groups.sort.setCurrentIndex(w.groups.sort.findData("name"))
    names = [g.name.casefold() for g in w.groups.model.rows()]
    assert len(names) == n
    assert names == sorted(names)


def test_without_a_zip_the_county_groups_are_sorted_by_name(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_county_groups(w, qtbot, "San Francisco", PLAN)
    rows = w.groups.model.rows()
    assert rows
    assert all(g.distance_mi is None for g in rows)
    assert [g.name.casefold() for g in rows] == sorted(g.name.casefold() for g in rows)
    assert all(g.counties == ("San Francisco",) for g in rows)


def test_a_typed_name_is_shown_as_typed_never_as_markup(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_groups(w, qtbot)
    with qtbot.waitSignal(w.groups.results_shown) as shown:
        w.groups.search.setText("<b>zz</b><img src=x>")
    assert shown.args == [0]
    assert w.groups.empty.textFormat() == Qt.TextFormat.PlainText
    n = len(w.groups._all)
    said = w.groups.empty.text()
    assert "<b>" not in said
    # "%1" or "%2" typed is never substituted: the message is the same, with the count.
    with qtbot.waitSignal(w.groups.results_shown):
        w.groups.search.setText("%1 %2")
    assert w.groups.empty.text() == said
    assert f"all {n} groups" in said
    # A pasted page is cut to the box's limit, not searched word by word.
    w.groups.search.setText("x" * 100_000)
    assert len(w.groups.search.text()) == w.groups.search.maxLength() <= 100
