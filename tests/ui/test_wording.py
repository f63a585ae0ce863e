"""Plain words for directory values: hours on a 12-hour clock, wheelchair access, new-patient
status and the marks beside sample values."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from hmo_desktop.directory_format import ACCEPTING_STATUSES, ACCESSIBILITY_KEYS
from hmo_desktop.ui import wording
from hmo_desktop.ui.wording import DAY_KEYS, access_text, hours_text


def plain(text: str | None) -> str | None:
    """What a reader sees: Qt puts no-break spaces between the time and AM/PM."""
    return None if text is None else text.replace("\u00a0", " ")


def week(**days: str) -> str:
    return json.dumps(days)


def test_a_working_week_and_a_saturday_morning(qapp: QApplication) -> None:
    weekdays = dict.fromkeys(DAY_KEYS[:5], "8:00-17:00")
    text = hours_text(week(**weekdays, Sat="9:00-13:00"))
    assert plain(text) == "Monday to Friday: 8:00 AM – 5:00 PM; Saturday: 9:00 AM – 1:00 PM"


def test_days_with_other_hours_break_the_run(qapp: QApplication) -> None:
    text = hours_text(
        week(
            Mon="7:30-20:00", Tue="7:30-17:00", Wed="7:30-17:00", Thu="7:30-19:00", Sun="12:00-0:30"
        )
    )
    assert plain(text) == (
        "Monday: 7:30 AM – 8:00 PM; Tuesday and Wednesday: 7:30 AM – 5:00 PM; "
        "Thursday: 7:30 AM – 7:00 PM; Sunday: 12:00 PM – 12:30 AM"
    )


def test_the_same_hours_on_days_apart_are_not_one_run(qapp: QApplication) -> None:
    text = hours_text(week(Mon="9:00-17:00", Wed="9:00-17:00"))
    assert plain(text) == "Monday: 9:00 AM – 5:00 PM; Wednesday: 9:00 AM – 5:00 PM"


def test_day_order_is_the_weeks_not_the_files(qapp: QApplication) -> None:
    text = hours_text(week(Sat="9:00-13:00", Mon="9:00-17:00"))
    assert plain(text) == "Monday: 9:00 AM – 5:00 PM; Saturday: 9:00 AM – 1:00 PM"


def test_a_day_without_hours_is_left_out(qapp: QApplication) -> None:
    stored = json.dumps({"Mon": "9:00-17:00", "Tue": None, "Wed": "9:00-17:00"})
    assert plain(hours_text(stored)) == "Monday: 9:00 AM – 5:00 PM; Wednesday: 9:00 AM – 5:00 PM"


@pytest.mark.parametrize(
    "stored",
    [None, "", "not json", "[]", "{}", week(Mon="8-17"), week(Mon="25:00-26:00"),
     week(Monday="8:00-17:00"), json.dumps({"Mon": 8})],
)  # fmt: skip
def test_hours_that_cannot_be_read_are_unknown_not_shown_raw(
    qapp: QApplication, stored: str | None
) -> None:
    assert hours_text(stored) is None


@given(
    st.dictionaries(
        st.sampled_from(DAY_KEYS),
        st.tuples(st.integers(0, 23), st.integers(0, 59), st.integers(0, 23), st.integers(0, 59)),
        min_size=1,
    )
)
def test_every_day_given_is_said_on_a_12_hour_clock(
    days: dict[str, tuple[int, int, int, int]],
) -> None:
    stored = {d: f"{a}:{b:02d}-{c}:{e:02d}" for d, (a, b, c, e) in days.items()}
    text = plain(hours_text(json.dumps(stored)))
    assert text is not None
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    names = {key: english.dayName(i + 1) for i, key in enumerate(DAY_KEYS)}
    assert names[next(k for k in DAY_KEYS if k in days)] in text
    for key, name in names.items():
        if key not in days:
            assert name not in text  # runs are of days next to each other, all given
    for a, b, c, e in days.values():
        for hour, minute in ((a, b), (c, e)):
            twelve = f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
            assert twelve in text
    assert text.count("AM") + text.count("PM") == 2 * text.count("–")
    for hour in range(13, 24):
        assert f" {hour}:" not in f" {text}"


def test_the_time_follows_the_locale_given(qapp: QApplication) -> None:
    """The clock is the locale's (the days are the app's translated words)."""
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert plain(hours_text(week(Mon="8:00-17:00"), german)) == "Monday: 08:00 – 17:00"


def test_wheelchair_access_is_a_plain_list(qapp: QApplication) -> None:
    access = dict.fromkeys(ACCESSIBILITY_KEYS, True) | {"acc_exam_table": False}
    text = access_text(access)
    assert text == (
        "Wheelchair access: parking yes, entrance yes, inside the building yes, restroom yes, "
        "exam room yes, height-adjustable exam table and scale no"
    )
    assert "Not accessible" not in text
    assert access_text({}) == "Wheelchair access: not in this directory: call the office"
    assert tuple(wording.access_part_labels()) == ACCESSIBILITY_KEYS


def test_every_new_patient_status_has_plain_words(qapp: QApplication) -> None:
    status = wording.new_patient_status()
    assert tuple(status) == ACCEPTING_STATUSES
    for key in ACCEPTING_STATUSES:
        taking = wording.takes_new_patients(key)
        # (a status the directory does not have is not a closed door: call to ask)
        assert taking == (key in ("accepting", "unknown"))
        if key == "unknown":
            assert status[key] == "New patients: not in this directory: call the office to ask"
        else:
            assert status[key].startswith("Taking" if taking else "Not taking new patients")
        if not taking:
            text = wording.not_taking_explanation(key)
            assert text.startswith("This doctor is not taking new patients in this plan.")
            assert "call the doctor's office first" in text


def test_fictional_numbers_and_marks(qapp: QApplication) -> None:
    assert wording.is_fictional_phone("(415) 555-0142")
    assert wording.is_fictional_phone("415.555.0199")
    assert not wording.is_fictional_phone("(415) 555-1212")
    assert not wording.is_fictional_phone("(415) 555-0200")
    assert "fictional number" in wording.phone_html("(415) 555-1212", True, "unknown")
    assert "fictional number" in wording.phone_html("(415) 555-0142", False, "unknown")
    assert "fictional" not in wording.phone_html("(415) 555-1212", False, "unknown")
    assert wording.phone_html(None, True, "call the plan") == "<i>call the plan</i>"
    assert wording.detail_html("<b>rules</b>", False, "x") == "&lt;b&gt;rules&lt;/b&gt;"
    assert "(sample)" in wording.detail_html("rules", True, "x")
    assert wording.mark_html("sample", when=False) == ""
    assert wording.hospital_mark("inferred") == "inferred from distance, not published"
    assert wording.hospital_mark("published") == ""
