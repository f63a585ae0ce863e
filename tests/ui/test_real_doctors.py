"""Real doctors imported from a public file, as a member sees them: no sample badge, the
NPI, "call to ask" where the file does not say, and how many a filter leaves out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import PcpRow
from hmo_desktop.ui.main_window import MainWindow
from tests.datapack import real_files as rf
from tests.ui.steps import PLAN, to_doctors
from tests.ui.test_find_doctor import open_find, row_text, search


@pytest.fixture(scope="module")
def real_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return rf.build_real(tmp_path_factory.mktemp("real-ui")).path


@pytest.fixture
def hmo_directory_path(real_path: Path) -> Path:
    """The window fixture (``hmo_window``) opens the directory with imported doctors."""
    return real_path


@pytest.fixture
def window(hmo_window: MainWindow) -> MainWindow:
    return hmo_window


def _rows(w: MainWindow) -> list[PcpRow]:
    model = w.pcps.model
    while model.canFetchMore():
        model.fetchMore()
    return [r for i in range(model.rowCount()) if (r := model.row_at(i)) is not None]


def _cell(w: MainWindow, row: int, title: str) -> str:
    model = w.pcps.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return str(model.index(row, column).data())


def test_a_real_doctor_is_listed_as_real_with_call_to_ask(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    to_doctors(w, qtbot, "94117", PLAN)
    rows = _rows(w)
    real = [i for i, r in enumerate(rows) if not r.is_sample]
    assert [rows[i].name for i in real] == ["Rosa McDonald"]
    i = real[0]
    assert _cell(w, i, "Doctor") == "Rosa McDonald, MD"
    assert _cell(w, i, "Sample?") == ""
    assert _cell(w, i, "New patients") == "Call to ask"
    assert not w.pcps.unknown_note.isVisible()
    # Only confirmed "accepting": she is left out, and nothing else is said about her.
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.accepting.setCurrentIndex(w.pcps.accepting.findData("accepting"))
    assert all(r.is_sample for r in _rows(w))
    assert w.pcps.unknown_note.isVisible()
    assert w.pcps.unknown_note.text() == (
        "1 more doctor is left out because the directory does not say whether they take "
        "new patients. Call their offices to ask."
    )
    # A language filter: her record has no languages, so she is counted, not shown.
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.accepting.setCurrentIndex(w.pcps.accepting.findData("accepting_or_ask"))
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("es"))
    assert all(r.is_sample for r in _rows(w))
    assert "the directory does not say which languages the doctor speaks" in (
        w.pcps.unknown_note.text()
    )


def test_a_real_doctors_profile_says_what_is_not_known(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    to_doctors(w, qtbot, "94117", PLAN)
    row = next(r for r in _rows(w) if not r.is_sample)
    w.show_doctor(row.practitioner_id, row.location_id)
    text = w.profile.body.toPlainText()
    assert w.profile.title.text() == "Rosa McDonald, MD"
    assert f"NPI: {rf.MCDONALD}" in text
    assert "fictional" not in text.split("Ages seen")[0]  # no sample mark on her
    assert "CMS Doctors and Clinicians national downloadable file; 2026-03-01; public data" in text
    assert "Languages the doctor speaks: not in this directory: call the office" in text
    assert "Board certification: not in this directory: call the office" in text
    assert "Ages seen: Family medicine: not in this directory: call the office" in text
    assert "Hours: not in this directory; call the office" in text
    assert "Wheelchair access: not in this directory: call the office" in text
    assert "New patients: not in this directory: call the office to ask" in text
    assert "PCP ID: not in this directory: the plan gives it when you enroll" in text
    assert "the doctor's practice was matched to it by name" in text
    assert w.profile.choose.isEnabled()  # not known to be closed: the member may choose


def test_a_doctor_in_no_network_is_found_by_name(window: MainWindow, qtbot: QtBot) -> None:
    w = window
    dialog = open_find(w)
    hits = [h for h in search(dialog, qtbot, "O'Brien") if not h.is_sample]
    assert [h.name for h in hits] == ["Sean O'Brien, DO"]
    text = row_text(dialog, hits[0].id)
    assert text.splitlines()[-1] == "No HMO network in this directory lists this doctor's group"
    assert "Sample" not in text
    dialog.reject()
