"""Every kiosk screen in every language: the start screen (its number pad too), the staff
page, the idle warning and the crash screen show no word the translators' file
translates left in English after a switch, and the same English words after switching
back. And the kiosk's own parts follow the language's ways: the countdown in its digits,
the number pad in its fixed 1-2-3 order, a language no font draws said, not shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.ui import i18n
from hmo_desktop.ui.kiosk_shell import KioskShell
from hmo_desktop.ui.kiosk_start import StartScreen
from tests.ui.language_check import shown_texts, still_english
from tests.ui.test_kiosk import start_with_zip
from tests.ui.test_language_switch import ALL


def switch(code: str) -> None:
    assert i18n.in_use.switch(code)
    QApplication.processEvents()
    QApplication.processEvents()


def left_in_english(widget: QWidget, code: str) -> list[str]:
    """Switch to ``code`` and back: what stayed English there, and what did not come back."""
    before = shown_texts(widget)
    switch(code)
    stayed = still_english(before, shown_texts(widget), code)
    switch("en")
    back = shown_texts(widget)
    return stayed + [
        f"{k}: {v!r} after switching back" for k, v in back.items() if before.get(k) != v
    ]


@pytest.mark.parametrize("code", ALL)
def test_every_kiosk_screen_in_every_language(
    hmo_kiosk_window: KioskShell, qtbot: QtBot, languages: i18n.Languages, code: str
) -> None:
    k = hmo_kiosk_window
    problems = [f"start: {p}" for p in left_in_english(k.start, code)]
    staff = k.open_staff()
    problems += [f"staff: {p}" for p in left_in_english(staff, code)]
    staff.close()
    start_with_zip(k, qtbot)
    with qtbot.waitSignal(k.warning_shown):
        k.idle.expire_now()
    problems += [f"idle warning: {p}" for p in left_in_english(k.warning, code)]
    with qtbot.waitSignal(k.reset_done):
        k.warning.expire_now()
    k.crashed()
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.crash)
    problems += [f"crash: {p}" for p in left_in_english(k.crash, code)]
    assert problems == [], "\n".join(problems)


def test_the_countdown_is_in_the_language_s_digits(
    hmo_kiosk_window: KioskShell, qtbot: QtBot, languages: i18n.Languages
) -> None:
    k = hmo_kiosk_window
    start_with_zip(k, qtbot)
    switch("ar")
    with qtbot.waitSignal(k.warning_shown):
        k.idle.expire_now()
    assert k.warning.count.text() == "٣٠"  # 30 in Arabic-Indic digits
    k.warning.tick.timeout.emit()
    assert k.warning.count.text() == "٢٩"


def test_the_number_pad_reads_1_2_3_from_the_left_right_to_left_too(
    hmo_kiosk_window: KioskShell, languages: i18n.Languages
) -> None:
    k = hmo_kiosk_window
    switch("fa")
    assert k.start.layoutDirection() == Qt.LayoutDirection.RightToLeft
    keys = k.start.pad.keys

    def x(key: str) -> int:
        return keys[key].mapTo(k.start, QPoint(0, 0)).x()

    assert x("1") < x("2") < x("3")
    assert x("Delete") < x("0") < x("Clear")
    assert keys["Delete"].text() != "Delete"  # its words in Farsi


def test_a_language_no_font_draws_is_said_and_cannot_be_chosen(qtbot: QtBot) -> None:
    """A language whose script no installed font has (Tangut here, on purpose)."""
    no_font = i18n.Language(
        "xx", "\U00017000", "Tangut", "en_US", None, False, QFontDatabase.WritingSystem.Ogham
    )
    assert not i18n.font_covers(no_font) or pytest.skip("a font here draws Ogham")
    screen = StartScreen([i18n.LANGUAGES[0], no_font])
    qtbot.addWidget(screen)
    item = screen.languages.item(1)
    assert item.text() == "Tangut (no font on this computer shows it)"
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    screen.choose_language("xx")
    assert screen.language() == "en"
