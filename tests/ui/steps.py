"""Steps a member takes, shared by the screen tests."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import PlanRow
from hmo_desktop.ui.main_window import MainWindow

#: A plan with a published group list in San Francisco (the small directory has it).
PLAN = "UnitedHealthcare Signature HMO"
#: A Medi-Cal plan of San Francisco county only (not in Fresno).
COUNTY_PLAN = "San Francisco Health Plan"


def to_groups(w: MainWindow, qtbot: QtBot, zip_code: str = "94110", plan: str = PLAN) -> None:
    """ZIP, then the plan: its medical groups."""
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip(zip_code)
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan(plan)


def to_county_groups(w: MainWindow, qtbot: QtBot, county: str, plan: str) -> None:
    """A county chosen without a ZIP, then the plan: its medical groups there."""
    with qtbot.waitSignal(w.plans.results_shown):
        w.county.setCurrentIndex(w.county.findText(county))
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan(plan)


def to_doctors(
    w: MainWindow, qtbot: QtBot, zip_code: str = "94110", plan: str = PLAN, age: int = 40
) -> None:
    """ZIP, the plan, then "Skip" (or, for a plan with one care team, "Continue"), then
    the patient's age: doctors across the whole plan who see a patient that age."""
    to_groups(w, qtbot, zip_code, plan)
    with qtbot.waitSignal(w.pcps.results_shown):
        if w.groups.skip.isVisible():
            w.groups.skip.click()
        else:
            w.groups.choose.click()
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.age.setValue(age)


def plan_named(w: MainWindow, name: str) -> PlanRow:
    return next(p for p in w.plans.plans() if p.name == name)


def open_dialog(w: MainWindow) -> QDialog | None:
    """The dialog open now (a call, so a type checker does not keep an earlier answer)."""
    return w.dialog
