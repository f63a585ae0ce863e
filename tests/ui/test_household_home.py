"""A household kept on a member's own computer: kept when the member chooses, asked about
at closing, opened again at start with each doctor checked against the directory, a
damaged file told about in plain words, forgotten on request; never on a kiosk."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hmo_desktop.household.members import UNLISTED
from hmo_desktop.household.store import FILE_NAME, HouseholdStore
from hmo_desktop.paths import USER_DATA_ENV
from hmo_desktop.ui.household_compare import issue_text
from hmo_desktop.ui.household_home import load_problem_text
from hmo_desktop.ui.main_window import MainWindow
from tests.ui.steps import to_doctors
from tests.ui.test_household import open_household


def folder() -> Path:
    return Path(os.environ[USER_DATA_ENV])


def files() -> list[str]:
    return sorted(p.name for p in folder().iterdir()) if folder().exists() else []


def a_family(w: MainWindow, qtbot: QtBot) -> None:
    """Two members; the first with the list's first doctor."""
    to_doctors(w, qtbot, age=40)
    dlg = open_household(w, qtbot)
    for name in ("Rosa", "Luis"):
        dlg.name.setText(name)
        dlg.add_member()
    dlg.select_member(1)
    row = w.pcps.model.rows()[0]
    w.show_doctor(row.practitioner_id, row.location_id)
    assert dlg.use_current_doctor()
    dlg.close()


def second_window(w: MainWindow, qtbot: QtBot) -> MainWindow:
    """The app started again over the same directory (and the same user folder)."""
    assert w.db is not None
    again = MainWindow(w.db)
    qtbot.addWidget(again)
    again.show()
    return again


def test_kept_when_chosen_and_opened_again_at_start(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    a_family(w, qtbot)
    assert files() == []  # nothing is written until the member chooses
    dlg = open_household(w, qtbot)
    assert dlg.keep_button.isVisible()
    assert dlg.forget_button.isVisible()
    with qtbot.waitSignal(w.home.status_changed):
        assert dlg.keep()
    assert FILE_NAME in files()
    assert dlg.home_note.isVisible()
    assert "Kept on this computer" in dlg.home_note.text()
    # From now on each change is saved as it is made.
    dlg.name.setText("Mia")
    with qtbot.waitSignal(dlg.household_changed):
        dlg.add_member()
    saved = HouseholdStore(folder()).load().household
    assert saved is not None
    assert [m.name for m in saved.members] == ["Rosa", "Luis", "Mia"]
    dlg.close()

    again = second_window(w, qtbot)
    assert [m.name for m in again.household.members] == ["Rosa", "Luis", "Mia"]
    assert again.household.choices == w.household.choices
    assert "household kept on this computer is open" in again.statusBar().currentMessage()
    assert again.home.kept
    # Closing a kept household does not ask again.
    again.close()
    assert not again.isVisible()


def test_a_doctor_gone_from_a_newer_directory_is_flagged_not_dropped(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    a_family(w, qtbot)
    h = w.household
    real = h.choices[1][0]
    gone = replace(real, practitioner_id=987654, doctor="Dr. Gone Away")
    h.add_backup(1, gone)
    HouseholdStore(folder()).save(h)

    again = second_window(w, qtbot)
    kept = again.household
    assert [c.doctor for c in kept.choices[1]] == [real.doctor, "Dr. Gone Away"]  # kept
    assert [c.practitioner_id for c in kept.unlisted] == [987654]
    message = again.statusBar().currentMessage()
    assert "Doctors no longer in this directory: Rosa: Dr. Gone Away" in message
    dlg = open_household(again, qtbot)
    flagged = [i for i in kept.overview() if i.kind == UNLISTED]
    assert [(i.member_id, i.rank) for i in flagged] == [(1, 1)]
    assert issue_text(kept, flagged[0]) in dlg.overview.text()
    assert "Dr. Gone Away" in dlg.overview.text()
    assert "no longer in this directory" in dlg.home_note.text()
    # The summary and the compare table still work with a doctor the directory lacks.
    assert "Dr. Gone Away" in dlg.summary()
    dlg.refresh()


def test_a_damaged_file_is_set_aside_and_the_last_good_copy_opened(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    a_family(w, qtbot)
    store = HouseholdStore(folder())
    store.save(w.household)
    (folder() / FILE_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 600)
    again = second_window(w, qtbot)
    assert [m.name for m in again.household.members] == ["Rosa", "Luis"]
    assert any(n.startswith("household.damaged-") for n in files())
    dlg = open_household(again, qtbot)
    assert load_problem_text("damaged_restored") in dlg.home_note.text()


def test_closing_asks_and_each_answer_does_what_it_says(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    a_family(w, qtbot)
    # Cancel: the window stays, nothing is written.
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.close()
    box = opened.args[0]
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "keepHouseholdDialog"
    assert w.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert w.isVisible()
    assert files() == []
    # Keep: saved, then closed.
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.close()
    keep = opened.args[0].button(QMessageBox.StandardButton.Save)
    assert keep.objectName() == "keepHouseholdSaveButton"
    assert keep.text() == "Keep"
    keep.click()
    assert not w.isVisible()
    assert FILE_NAME in files()


def test_dont_keep_closes_and_writes_nothing(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    a_family(w, qtbot)
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.close()
    opened.args[0].button(QMessageBox.StandardButton.Discard).click()
    assert not w.isVisible()
    assert files() == []


def test_forget_deletes_the_file_and_its_backups(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    a_family(w, qtbot)
    dlg = open_household(w, qtbot)
    for _ in range(3):
        dlg.keep()
    assert len(files()) > 1  # the household and its backups
    box = dlg.ask_forget()
    assert box.objectName() == "forgetHouseholdDialog"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(files()) > 1
    assert w.household.members  # nothing forgotten
    with qtbot.waitSignal(dlg.household_changed):
        dlg.ask_forget().button(QMessageBox.StandardButton.Discard).click()
    assert files() == []
    assert w.household.members == []
    assert "forgotten" in dlg.home_note.text()
    # Nothing to ask about at closing, and nothing opens next time.
    dlg.close()
    assert not w.home.must_ask()
    assert second_window(w, qtbot).household.members == []


def test_start_over_does_not_overwrite_the_kept_household(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    a_family(w, qtbot)
    open_household(w, qtbot).keep()
    w.new_session()
    assert w.household.members == []
    assert not w.home.kept
    saved = HouseholdStore(folder()).load().household
    assert saved is not None
    assert [m.name for m in saved.members] == ["Rosa", "Luis"]


def test_a_kiosk_never_keeps_a_household(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    HouseholdStore(folder()).save(w.household)  # a file left on the machine
    w.kiosk = True
    a_family(w, qtbot)
    dlg = open_household(w, qtbot)
    assert not dlg.keep_button.isVisible()
    assert not dlg.forget_button.isVisible()
    assert not dlg.keep()
    assert not w.home.must_ask()
    assert w.db is not None
    assert w.home.open_saved(w.db) == ""
    before = {p.name: p.stat().st_mtime_ns for p in folder().iterdir()}
    dlg.close()
    w.close()  # closes at once, asking nothing
    assert not w.isVisible()
    assert {p.name: p.stat().st_mtime_ns for p in folder().iterdir()} == before
