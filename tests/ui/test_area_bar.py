"""The area bar: a ZIP or a county, and a plain reason when a ZIP cannot be used."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("10001", "10001 is not a California ZIP code"),
        ("96199", "ZIP 96199 is not in our list of California ZIP codes"),
        ("９４１１０", "digits 0-9"),
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
    with qtbot.assertNotEmitted(w.plans.results_shown):
        w.set_zip(typed)
    assert message in w.zip_message.text()
    assert w.zip_message.property("role") == "error"
    assert w.county.currentText() == "San Francisco"  # nothing lost
    assert w.session.area == area
    assert w.plans.plans() == listed


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
