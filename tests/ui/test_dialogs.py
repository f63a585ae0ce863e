"""Dialogs: find my current doctor, and about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory
from hmo_desktop.ui.dialogs import FindDoctorDialog
from hmo_desktop.ui.main_window import STEP_PROFILE, MainWindow


def test_find_my_current_doctor_from_anywhere(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    pid, last = hmo_directory.con.execute(
        "SELECT id, last_name FROM practitioner WHERE last_name = 'Nguyễn' LIMIT 1"
    ).fetchone()
    w.find_button.click()
    dlg = w.dialog
    assert isinstance(dlg, FindDoctorDialog)
    with qtbot.waitSignal(dlg.results_shown) as shown:
        QTest.keyClicks(dlg.search, "nguyen")
    assert shown.args is not None
    assert shown.args[0] > 0
    ids = [h.id for h in dlg.model.rows()]
    assert pid in ids
    dlg.choose_row(ids.index(pid))
    with qtbot.waitSignal(w.profile.results_shown):
        QTest.keyClick(dlg.results, Qt.Key.Key_Return)
    assert w.current_step() == STEP_PROFILE
    text = w.profile.body.toPlainText()
    assert last in text
    assert "these plans include them" in text
    assert not w.profile.choose.isEnabled()  # no plan chosen yet: nothing to choose in


def test_a_name_that_matches_nothing_says_what_to_do(hmo_window: MainWindow, qtbot: QtBot) -> None:
    hmo_window.open_find_doctor()
    dlg = hmo_window.dialog
    assert isinstance(dlg, FindDoctorDialog)
    with qtbot.waitSignal(dlg.results_shown) as shown:
        dlg.search.setText("<i>zzqx</i>")
    assert shown.args == [0]
    assert not dlg.open_button.isEnabled()
    assert dlg.hint.textFormat() == Qt.TextFormat.PlainText  # what was typed, as typed
    assert 'No doctor\'s name starts with "<i>zzqx</i>"' in dlg.hint.text()


def test_about_names_every_source_with_its_date(
    hmo_window: MainWindow, hmo_directory: Directory
) -> None:
    hmo_window.about_button.click()
    box = hmo_window.dialog
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "aboutDialog"
    summary = hmo_directory.summary()
    assert summary.sha256[:12] in box.text()
    for source in summary.sources:
        assert source.title in box.text()
        assert source.as_of in box.text()
