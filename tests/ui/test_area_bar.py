"""The area bar: a ZIP or a county, and a plain reason when a ZIP cannot be used."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hmo_desktop.household import Area
from hmo_desktop.ui.main_window import STEP_DOCTOR, STEP_PLAN, MainWindow
from tests.ui.steps import to_county_groups, to_doctors


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("10001", "10001 is not a California ZIP code"),
        ("96199", "ZIP 96199 is not in our list of California ZIP codes"),
        ("⁹⁴¹¹⁰", "digits 0-9"),
        ("94x10", "A ZIP code is 5 digits"),
        ("94110-123x", "A ZIP code is 5 digits"),
    ],
)
def test_zip_errors_are_plain_and_keep_the_area(
    hmo_window: MainWindow, qtbot: QtBot, typed: str, message: str
) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    area, listed = w.session.area, w.plans.plans()
    w.plans.tree.setCurrentIndex(w.plans._plan_indexes()[0])  # picked, not yet continued
    assert w.plans.choose.isEnabled()
    with qtbot.assertNotEmitted(w.plans.results_shown):
        w.set_zip(typed)
    assert message in w.zip_message.text()
    assert w.zip_message.property("role") == "error"
    assert w.county.currentText() == "San Francisco"  # nothing lost
    assert w.session.area == area
    assert w.plans.plans() == listed
    # ... but no plan stays selected for a ZIP that cannot be used
    assert w.plans.selected_plan() is None
    assert not w.plans.choose.isEnabled()
    assert w.plans.detail.text() == "Select your plan to see what it covers."


def test_a_partly_typed_zip_says_nothing_yet(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    with qtbot.assertNotEmitted(w.area.area_chosen):
        for i in range(1, 5):
            w.set_zip("94110"[:i])
            assert w.zip_message.text() == ""
    with qtbot.waitSignal(w.area.area_chosen):
        w.set_zip("94110-1234")  # ZIP+4
    assert w.zip_message.text() == "San Francisco, San Francisco County"
    assert w.zip_message.property("role") == "note"
    place = w.place()
    assert place is not None
    assert place.zip == "94110"


def test_county_instead_of_zip(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    w.set_zip("94110")
    with qtbot.waitSignal(w.plans.results_shown):
        w.county.setCurrentIndex(w.county.findText("Fresno"))
    assert w.zip_edit.text() == ""
    assert w.place() is None
    assert w.session.area is not None
    assert w.session.area.county == "Fresno"
    assert "CalViva Health" in [p.name for p in w.plans.plans()]
    with qtbot.waitSignal(w.plans.results_shown):
        w.county.setCurrentIndex(0)  # all of California
    assert w.session.area is None


@pytest.mark.parametrize("typed", ["9411", "94110-12"])
def test_enter_on_a_half_typed_zip_says_what_is_missing(
    hmo_window: MainWindow, qtbot: QtBot, typed: str
) -> None:
    w = hmo_window
    QTest.keyClicks(w.zip_edit, typed)
    assert w.zip_message.text() == ""  # nothing while typing
    with qtbot.assertNotEmitted(w.plans.results_shown):
        QTest.keyClick(w.zip_edit, Qt.Key.Key_Return)
    assert w.zip_message.text() == (
        f'"{typed}" is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, '
        "like 94110-1234)."
    )
    assert w.zip_message.property("role") == "error"
    QTest.keyClicks(w.zip_edit, "0" if typed == "9411" else "34")  # typing on: all is well
    assert w.zip_message.text() == "San Francisco, San Francisco County"


def test_enter_on_an_empty_zip_asks_for_one_unless_a_county_is_chosen(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    QTest.keyClick(w.zip_edit, Qt.Key.Key_Return)
    assert w.zip_message.text() == "Enter a 5-digit ZIP code, or pick a county."
    with qtbot.waitSignal(w.plans.results_shown):
        w.county.setCurrentIndex(w.county.findText("Fresno"))
    QTest.keyClick(w.zip_edit, Qt.Key.Key_Return)
    assert w.zip_message.text() == ""


def test_typed_markup_is_never_rendered_and_the_field_takes_ten_characters(
    hmo_window: MainWindow,
) -> None:
    w = hmo_window
    w.zip_edit.setFocus()
    QTest.keyClicks(w.zip_edit, '<font color="red" size="7">CALL</font>')
    assert w.zip_edit.text() == "<font colo"  # the length limit
    assert w.zip_message.text() == "A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234)."
    assert w.zip_message.textFormat() == Qt.TextFormat.PlainText
    w.zip_edit.setText("9411")
    QTest.keyClick(w.zip_edit, Qt.Key.Key_Return)  # a message that repeats what was typed
    assert w.zip_message.text().startswith('"9411" is not a whole ZIP code.')
    assert w.zip_message.textFormat() == Qt.TextFormat.PlainText


def test_a_zip_no_plan_serves_says_why_and_leaves_nothing_to_continue_with(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    w.plans.tree.setCurrentIndex(w.plans._plan_indexes()[0])
    assert w.plans.choose.isEnabled()
    with qtbot.waitSignal(w.plans.results_shown) as shown:
        w.set_zip("94501")  # Alameda: a California ZIP, but no plan of this directory
    assert shown.args == [0]
    assert w.zip_message.text() == "Alameda, Alameda County"
    assert w.plans.empty.isVisible()
    assert not w.plans.intro.isVisible()  # not "These HMO plans serve your area"
    assert w.plans.empty.text().startswith("No plan in this directory serves ZIP 94501 (Alameda")
    assert "Check the ZIP code or pick another county" in w.plans.empty.text()
    assert "My plan is not listed" in w.plans.empty.text()
    assert w.plans.detail.text() == ""
    assert not w.plans.choose.isEnabled()
    assert w.plans.title.text() == "Choose your health plan in Alameda County"


def test_a_zip_no_plan_serves_takes_a_member_back_to_the_plan_step(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    assert w.current_step() == STEP_DOCTOR
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94501")
    assert w.current_step() == STEP_PLAN
    assert w.session.plan is None
    assert [b.isEnabled() for b in w.steps] == [True, False, False, False]


def test_a_county_without_a_zip_is_the_area_of_every_step(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.county.setCurrentIndex(w.county.findText("Fresno"))
    area = w.session.area
    assert area is not None
    assert (area.county, area.place) == ("Fresno", None)
    assert w.session.county == "Fresno"
    assert w.plans.title.text() == "Choose your health plan in Fresno County"


def test_emptying_the_zip_keeps_its_county_without_the_place(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("93701")
    w.zip_edit.selectAll()
    with qtbot.waitSignal(w.plans.results_shown):
        QTest.keyClick(w.zip_edit, Qt.Key.Key_Backspace)
    assert w.session.area == Area(w.county.currentData()[0], "Fresno")
    assert w.county.currentText() == "Fresno"
    assert w.zip_message.text() == ""
    with qtbot.assertNotEmitted(w.area.area_chosen):  # already the county alone
        QTest.keyClicks(w.zip_edit, "9")
        QTest.keyClick(w.zip_edit, Qt.Key.Key_Backspace)


def test_the_doctor_step_names_a_county_chosen_without_a_zip(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_county_groups(w, qtbot, "Fresno", "CalViva Health")
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.skip.click()
    assert w.current_step() == STEP_DOCTOR
    assert "Fresno County" in w.pcps.scope.text()


def test_a_long_zip_message_never_widens_the_window(hmo_window: MainWindow, qtbot: QtBot) -> None:
    """At 1024x640 a ZIP message wraps in the bar instead of pushing Help, About and Start
    over off a small screen."""
    w = hmo_window
    w.resize(1024, 640)
    qtbot.waitUntil(lambda: w.width() == 1024)
    for text in ("10001", "96199", "9411"):
        w.zip_edit.setText(text)
        QTest.keyClick(w.zip_edit, Qt.Key.Key_Return)
        QApplication.processEvents()
        assert w.zip_message.text()
        assert w.width() == 1024, text
        assert w.start_over.geometry().right() <= w.width()
