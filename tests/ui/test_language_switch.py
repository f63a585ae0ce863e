"""Switching language in the middle of a session: every screen and dialog shows its
words in the new language at once (none left in English that the translators'
file translates), switching back gives the English texts exactly, and the member's place,
choices, filters and selection are kept. Right-to-left languages mirror the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.household import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE
from hmo_desktop.ui import i18n
from hmo_desktop.ui.main_window import MainWindow
from tests.ui.language_check import shown_texts, still_english
from tests.ui.steps import to_doctors
from tests.ui.test_keyboard import DIALOGS, at_step, open_named

#: Every language the app has besides English: each step and each dialog is switched to
#: every one of them.
ALL = ("es", "zh_Hant", "zh_Hans", "vi", "ko", "tl", "hy", "ru", "fa", "ar", "km", "hmn", "uk")


def switch(w: MainWindow, code: str) -> None:
    assert i18n.in_use.switch(code)
    QApplication.processEvents()  # the screens hear of it by a posted event
    QApplication.processEvents()  # the layouts their new words asked for (the menu bar's)


@pytest.mark.parametrize("code", ALL)
@pytest.mark.parametrize("step", [STEP_PLAN, STEP_GROUP, STEP_DOCTOR, STEP_PROFILE])
def test_every_step_switches_and_comes_back(
    hmo_window: MainWindow, qtbot: QtBot, languages: i18n.Languages, step: int, code: str
) -> None:
    w = hmo_window
    at_step(w, qtbot, step)
    before = shown_texts(w)
    switch(w, code)
    assert still_english(before, shown_texts(w), code) == []
    switch(w, "en")
    assert shown_texts(w) == before


@pytest.mark.parametrize("code", ALL)
@pytest.mark.parametrize("which", DIALOGS)
def test_every_dialog_switches_and_comes_back(
    hmo_window: MainWindow, qtbot: QtBot, languages: i18n.Languages, which: str, code: str
) -> None:
    w = hmo_window
    at_step(w, qtbot, STEP_DOCTOR)
    dlg = open_named(w, qtbot, which)
    before = shown_texts(dlg)
    switch(w, code)
    assert still_english(before, shown_texts(dlg), code) == []
    switch(w, "en")
    assert shown_texts(dlg) == before


def test_the_doctor_step_keeps_plan_group_filters_and_selection(
    hmo_window: MainWindow, qtbot: QtBot, languages: i18n.Languages
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    pcps = w.pcps
    with qtbot.waitSignal(pcps.results_shown):
        pcps.evening.setChecked(True)
    pcps.table.selectRow(2)
    chosen = pcps.model.row_at(2)
    plan, group = w.session.plan, w.session.group
    filters, total = pcps.current_filters(), pcps.model.total
    switch(w, "vi")
    assert (w.session.plan, w.session.group) == (plan, group)
    assert pcps.current_filters() == filters
    assert pcps.evening.isChecked()
    assert pcps.model.total == total
    assert pcps.model.row_at(pcps.table.currentIndex().row()) == chosen
    assert w.current_step() == STEP_DOCTOR


def test_right_to_left_mirrors_the_window(
    hmo_window: MainWindow, qtbot: QtBot, languages: i18n.Languages
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)

    def x(widget: QWidget) -> int:
        return widget.mapTo(w, QPoint(0, 0)).x()

    assert x(w.zip_edit) < x(w.county) < w.width() // 2  # left to right, on the left
    switch(w, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.wait(10)
    # Mirrored: the ZIP comes first from the right, the county after it to its left.
    assert x(w.county) < x(w.zip_edit)
    assert x(w.zip_edit) > w.width() // 2
    assert x(w.pcps.table) < x(w.pcps.filters_button) or w.pcps.filters_button.isHidden()
    switch(w, "en")
    assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("code", ALL)
def test_every_language_translates_the_doctor_step_and_the_household(
    hmo_window: MainWindow, qtbot: QtBot, languages: i18n.Languages, code: str
) -> None:
    w = hmo_window
    at_step(w, qtbot, STEP_DOCTOR)
    before = shown_texts(w)
    dlg = open_named(w, qtbot, "householdDialog")
    before_dialog = shown_texts(dlg)
    switch(w, code)
    assert still_english(before, shown_texts(w), code) == []
    assert still_english(before_dialog, shown_texts(dlg), code) == []
