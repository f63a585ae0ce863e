"""At a kiosk there is no hover: whatever a tooltip says is also on the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.kiosk_shell import KioskShell
from hmo_desktop.ui.wording import takes_new_patients
from tests.ui.hover_check import hover_only
from tests.ui.steps import to_doctors
from tests.ui.test_kiosk import start_with_zip
from tests.ui.tour import screens


def test_no_information_is_hover_only_at_a_kiosk(
    hmo_kiosk_window: KioskShell, qtbot: QtBot
) -> None:
    k = hmo_kiosk_window
    problems = [f"start: {p}" for p in hover_only(k.start)]
    staff = k.open_staff()
    problems += [f"staff: {p}" for p in hover_only(staff)]
    staff.close()
    start_with_zip(k, qtbot, "93721")
    for what, shown in screens(k.main_window, qtbot):
        problems += [f"{what}: {p}" for p in hover_only(shown)]
        if what == "householdDialog (compare)":
            break  # the rest (forget, keep on close) is not offered at a kiosk
    with qtbot.waitSignal(k.warning_shown):
        k.idle.expire_now()
    problems += [f"idle warning: {p}" for p in hover_only(k.warning)]
    with qtbot.waitSignal(k.reset_done):
        k.warning.expire_now()
    k.crashed()
    qtbot.waitUntil(lambda: k.stack.currentWidget() is k.crash)
    problems += [f"crash: {p}" for p in hover_only(k.crash)]
    assert problems == [], "\n".join(problems)


def test_why_choose_asks_first_is_on_the_screen(hmo_kiosk_window: KioskShell, qtbot: QtBot) -> None:
    k = hmo_kiosk_window
    start_with_zip(k, qtbot, "93721")
    w = k.main_window
    to_doctors(w, qtbot, zip_code="94110")
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.filter_panel.accepting.setCurrentIndex(0)  # any: closed doctors too
    row = next(r for r in w.pcps.model.rows() if not takes_new_patients(r.accepting))
    with qtbot.waitSignal(w.profile.results_shown):
        w.show_doctor(row.practitioner_id, row.location_id)
    note = w.profile.choose_note
    assert note.isVisible()
    assert note.text() == "This doctor is not taking new patients: you will be asked first."
    assert hover_only(w) == []


def test_the_check_finds_words_said_on_hover_only(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    label = QLabel("Wheelchair accessible office", top)
    label.setToolTip("Parking and entrance accessible")
    top.show()
    assert hover_only(top) == ["QLabel: 'Parking and entrance accessible'"]
    QLabel("Parking and entrance accessible", top).show()
    assert hover_only(top) == []
