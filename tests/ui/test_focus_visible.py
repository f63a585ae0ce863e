"""Focus shows on every control, list and table: each Tab press changes pixels along the
edge of the widget it reaches, at 3:1 contrast against what was there and around it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hmo_desktop.household import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE
from hmo_desktop.ui.main_window import MainWindow
from tests.ui.focus_pixels import contrast, tab_and_look, unseen
from tests.ui.test_keyboard import DIALOGS, at_step, open_named


def test_contrast_is_measured_as_wcag_does() -> None:
    assert contrast(0x000000, 0xFFFFFF) == pytest.approx(21.0)
    assert contrast(0x767676, 0xFFFFFF) == pytest.approx(4.54, abs=0.01)
    assert contrast(0xF0A500, 0xFFFFFF) < 3  # an orange line on white is not enough


@pytest.mark.parametrize("step", [STEP_PLAN, STEP_GROUP, STEP_DOCTOR, STEP_PROFILE])
def test_focus_shows_on_every_control_of_each_step(
    hmo_window: MainWindow, qtbot: QtBot, step: int
) -> None:
    at_step(hmo_window, qtbot, step)
    hmo_window.zip_edit.setFocus()
    seen = tab_and_look(hmo_window)
    assert len(seen) >= 8
    assert unseen(seen) == []


@pytest.mark.parametrize("which", DIALOGS)
def test_focus_shows_on_every_control_of_each_dialog(
    hmo_window: MainWindow, qtbot: QtBot, which: str
) -> None:
    at_step(hmo_window, qtbot, STEP_DOCTOR)
    dlg = open_named(hmo_window, qtbot, which)
    seen = tab_and_look(dlg)
    assert seen
    assert unseen(seen) == []


def test_the_check_catches_a_control_without_focus_indicator(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    at_step(hmo_window, qtbot, STEP_PLAN)
    plain = QPushButton("No focus shown", hmo_window.plans)
    plain.setObjectName("plainButton")
    plain.setAccessibleName("No focus shown")
    plain.setStyleSheet(
        "QPushButton, QPushButton:focus { outline: none; border: 1px solid #767676;"
        " background: #f4f4f4; color: black; }"
    )
    lay = hmo_window.plans.layout()
    assert lay is not None
    lay.addWidget(plain)
    plain.show()
    QPushButton.setTabOrder(hmo_window.plans.choose, plain)
    hmo_window.zip_edit.setFocus()
    problems = unseen(tab_and_look(hmo_window))
    assert [p for p in problems if p.startswith("plainButton:")], problems
