"""Every screen a member or counselor sees, one after another, for checks that look at
each: the four steps (a plan chosen, a doctor selected) and every dialog."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.main_window import MainWindow
from tests.ui.steps import PLAN, open_dialog


def screens(w: MainWindow, qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    """Walk ``w`` through the app, yielding (what is shown, the window or dialog)."""
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    yield "1 plan", w
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan(PLAN)
    yield "2 group (empty search: its placeholder)", w
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.skip.click()
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.age.setValue(40)
    w.pcps.table.selectRow(0)
    yield "3 doctor (a row selected)", w
    with qtbot.waitSignal(w.profile.results_shown):
        w.pcps.open_profile.click()
    yield "4 profile", w
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.profile.choose.click()
    yield from _dialog(opened.args[0])
    w.go_to_step(0)
    yield "1 plan (a plan chosen: its row selected)", w
    with qtbot.waitSignal(w.dialog_opened):
        w.open_find_doctor()
    found = open_dialog(w)
    assert found is not None
    yield "find doctor (empty: its placeholder)", found
    with qtbot.waitSignal(found.results_shown):  # type: ignore[attr-defined]
        found.search.setText("a")  # type: ignore[attr-defined]
    found.choose_row(0)  # type: ignore[attr-defined]
    yield from _dialog(found)
    for opener in ("help", "plan not listed", "about"):
        with qtbot.waitSignal(w.dialog_opened) as opened:
            if opener == "help":
                w.open_help("hmo")
            elif opener == "about":
                w.open_about()
            else:
                w.open_plan_not_listed()
        yield from _dialog(opened.args[0])
    yield from _household(w, qtbot)


def _household(w: MainWindow, qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    """The household (a member with a doctor; then Compare), asking to forget it, and
    asking to keep it when the window closes."""
    row = w.pcps.model.rows()[0]
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.show_doctor(row.practitioner_id, row.location_id)
        w.household_action.trigger()
    dlg = opened.args[0]
    dlg.name.setText("Ana")
    dlg.add_member()
    dlg.use_current_doctor()
    dlg.resize(max(dlg.width(), 480), dlg.height())
    yield "householdDialog (members)", dlg
    dlg.tabs.setCurrentIndex(1)
    yield "householdDialog (compare)", dlg
    box = dlg.ask_forget()
    yield box.objectName(), box
    box.close()
    dlg.close()
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.close()  # a household not kept: asks first
    yield from _dialog(opened.args[0])


def _dialog(dlg: QDialog) -> Iterator[tuple[str, QWidget]]:
    dlg.resize(max(dlg.width(), 480), dlg.height())
    yield dlg.objectName(), dlg
    dlg.close()
