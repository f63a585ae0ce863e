"""The directory's words in the member's language: spoken languages named in their own
script in running text, American Sign Language in the app's words, the rare languages in
the doctor-language filter, the week's days and times as the language writes them, and
one rule for digits in Farsi and Arabic."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, PcpFilters, doctor_profile, plans_for_area, search_pcps
from hmo_desktop.ui import i18n
from hmo_desktop.ui.household_same import everyone_words
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.wording import DAY_KEYS, hours_text
from tests.ui.steps import to_doctors
from tools.translations import ts_path

#: Doctor languages the filter must offer besides the app's own: Lao, Mien, Ukrainian
#: and American Sign Language, with the names the list shows.
RARE = {"lo": "ພາສາລາວ", "ium": "Iu Mien", "uk": "Українська", "ase": "American Sign Language"}


def switch(languages: i18n.Languages, code: str) -> None:
    assert languages.switch(code)
    QApplication.processEvents()  # the screens hear of it by a posted event


def offered(w: MainWindow) -> dict[str, str]:
    combo = w.pcps.filter_panel.doctor_language
    return {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}


def test_the_filter_offers_lao_mien_ukrainian_and_asl(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    to_doctors(w, qtbot, zip_code="93721")  # Fresno: its Lao, Mien and Hmong families
    assert {code: offered(w).get(code) for code in RARE} == RARE
    panel = w.pcps.filter_panel
    with qtbot.waitSignal(w.pcps.results_shown):
        panel.accepting.setCurrentIndex(0)  # any: the sample is small
    with qtbot.waitSignal(w.pcps.results_shown):
        panel.doctor_language.setCurrentIndex(panel.doctor_language.findData("uk"))
    rows = w.pcps.model.rows()
    assert rows
    for row in rows:
        assert "uk" in doctor_profile(w.db, row.practitioner_id).languages  # type: ignore[arg-type]


def test_each_rare_language_finds_the_doctors_who_speak_it(hmo_directory: Directory) -> None:
    for code in RARE:
        found = [
            row
            for plan in plans_for_area(hmo_directory)
            for row in search_pcps(hmo_directory, plan.id, PcpFilters(doctor_language=code)).rows
        ]
        assert found, code
        for row in found:
            assert code in doctor_profile(hmo_directory, row.practitioner_id).languages


def test_the_sample_data_gives_some_doctors_and_offices_each_rare_language(
    hmo_directory: Directory,
) -> None:
    con = hmo_directory.con
    for table in ("practitioner_language", "location_language"):
        spoken = {
            code
            for (code,) in con.execute(
                f"SELECT DISTINCT language_code FROM {table} WHERE language_code IN "
                "('lo', 'ium', 'uk', 'ase')"
            )
        }
        assert spoken <= set(RARE)
        assert len(spoken) >= (4 if table == "practitioner_language" else 2), table


def test_a_profile_names_languages_in_their_own_script(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    combo = w.pcps.filter_panel.doctor_language
    with qtbot.waitSignal(w.pcps.results_shown):
        combo.setCurrentIndex(combo.findData("es"))
    row = w.pcps.model.rows()[0]
    with qtbot.waitSignal(w.profile.results_shown):
        w.show_doctor(row.practitioner_id, row.location_id)
    text = w.profile.body.toPlainText()
    assert "English and Español" in text  # a list as the language joins one
    assert "Spanish" not in text


def test_the_week_and_asl_in_the_app_s_language(
    languages: i18n.Languages, hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    week = json.dumps(dict.fromkeys(DAY_KEYS[:5], "8:00-17:00") | {"Sat": "9:00-13:00"})
    english = hours_text(week)
    assert english is not None
    assert english.startswith("Monday to Friday: 8:00")
    to_doctors(w, qtbot)
    switch(languages, "es")
    spanish = hours_text(week)
    assert spanish is not None
    assert spanish.startswith("Lunes a Viernes: ")
    assert "Sábado" in spanish
    assert "5:00 p.m." in spanish.replace("\u00a0", " ")  # the clock of Spanish (US)
    assert offered(w)["ase"] == "Lengua de señas americana (ASL)"
    assert offered(w)["lo"] == "ພາສາລາວ"  # a language's own name is the same in any
    switch(languages, "hmn")  # no locale of its own: its days are translated words
    hmong = hours_text(week)
    assert hmong is not None
    assert hmong.startswith("Hnub Ib")
    assert "Monday" not in hmong
    switch(languages, "en")
    assert offered(w)["ase"] == "American Sign Language"


#: Numbers that identify rather than count stay as written in any language: ZIP codes
#: (and ZIP+4), phone numbers, years and year ranges.
IDENTIFIER = re.compile(r"ZIP\+4|\d[\d-]*-\d+|\d{4,}")


@pytest.mark.parametrize(("code", "digits"), [("fa", "۰۱۲۳۴۵۶۷۸۹"), ("ar", "٠١٢٣٤٥٦٧٨٩")])
def test_farsi_and_arabic_count_in_their_own_digits(
    code: str, digits: str, languages: i18n.Languages, hmo_window: MainWindow, qtbot: QtBot
) -> None:
    """One rule: a number that counts or measures is written in the language's digits,
    by the translators as by QLocale; an identifier is written as it is everywhere."""
    for message in ET.parse(ts_path(code)).getroot().iter("message"):
        source = message.findtext("source") or ""
        if source == "Type the ZIP code with the digits 0-9.":
            continue  # the digits a ZIP is written with, named
        node = message.find("translation")
        assert node is not None
        for text in [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]:
            counted = IDENTIFIER.sub("", re.sub(r"%L?(n|\d+)", "", text))
            assert not re.search(r"[0-9]", counted), (source, text)
            assert "%n" not in text, (source, text)  # %Ln: the language's digits
    w = hmo_window
    to_doctors(w, qtbot)
    switch(languages, code)
    count = w.pcps.count.text()
    assert re.search(f"[{digits}]", count), count
    assert not re.search(r"[0-9]", IDENTIFIER.sub("", count)), count
    assert w.zip_edit.text() == "94110"  # what the member typed, as typed


def test_doctors_for_everyone_in_proper_plurals(languages: i18n.Languages) -> None:
    assert everyone_words(1, [4, 40]) == "1 doctor can see everyone (ages 4 and 40)."
    assert everyone_words(12, [4, 38, 40]) == "12 doctors can see everyone (ages 4, 38, and 40)."
    switch(languages, "ru")  # three plural forms
    assert everyone_words(3, [4, 40]).startswith("3 врача могут")
    assert everyone_words(5, [4, 40]).startswith("5 врачей могут")
    assert everyone_words(21, [4, 40]).startswith("21 врач может")


def test_a_zip_typed_in_persian_or_arabic_digits_is_that_zip(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    for typed in ("۹۴۱۱۰", "٩٣٧٢١", "９４１１０"):
        w.zip_edit.clear()
        with qtbot.waitSignal(w.plans.results_shown):
            w.zip_edit.setText(typed)
        assert w.session.county in ("San Francisco", "Fresno"), typed
        assert w.zip_edit.text() == typed  # what the member typed stays as typed
    assert w.session.county == "San Francisco"


def test_lists_inside_a_sentence_use_the_language_s_separator(languages: i18n.Languages) -> None:
    from hmo_desktop.ui.wording import access_text

    access = {"acc_parking": True, "acc_exterior": False}
    assert access_text(access) == "Wheelchair access: parking yes, entrance no"
    switch(languages, "zh_Hant")
    assert "、" in access_text(access)
    switch(languages, "ar")
    assert "، " in access_text(access)


def test_a_sample_office_is_named_in_the_app_s_language(
    languages: i18n.Languages, hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    row = w.pcps.model.rows()[0]
    assert row.office_address == f"Sample office near ZIP {row.office_zip}"  # as stored
    switch(languages, "es")
    cell = w.pcps.model.index(0, 2).data()
    assert cell == f"Consultorio de ejemplo cerca del ZIP {row.office_zip}"
    with qtbot.waitSignal(w.profile.results_shown):
        w.show_doctor(row.practitioner_id, row.location_id)
    text = w.profile.body.toPlainText()
    assert f"Consultorio de {row.office_city}" in text
    assert "Sample office near" not in text


def test_labels_and_parts_use_the_language_s_punctuation(languages: i18n.Languages) -> None:
    week = json.dumps({"Mon": "8:00-17:00", "Sat": "9:00-13:00"})
    english = hours_text(week)
    assert english is not None
    assert english.startswith("Monday: ")
    assert "; Saturday: " in english
    switch(languages, "zh_Hant")
    chinese = hours_text(week)
    assert chinese is not None
    assert "：" in chinese
    assert "；" in chinese
    assert ";" not in chinese
    switch(languages, "fa")
    farsi = hours_text(week)
    assert farsi is not None
    assert "؛ " in farsi
