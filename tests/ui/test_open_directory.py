"""File > Open directory, the status line's note on the directory, and the About box:
another file is checked as at start-up and used only when it opens cleanly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QScrollArea
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, open_directory, source_summary
from hmo_desktop.filehash import sha256_of
from hmo_desktop.paths import manifest_path_for
from hmo_desktop.ui.dialogs import about_box
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.open_directory import open_directory_file
from tests.directory.changes import private_copy, truncate
from tests.directory.damage import edit_manifest, rewrite
from tests.ui.steps import COUNTY_PLAN, to_doctors

SAMPLE_NOTE = "Doctors shown are fictional samples."
MIXED_NOTE = "Real doctors from public files, with fictional samples where those files have none"
REAL_NOTE = "Doctors come from public provider files; see About for sources and dates."
STALE = "more than a year ago. Plans and doctors may have changed: check with the plan"


@pytest.fixture(scope="module")
def fresno_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second good directory: Fresno county only."""
    from hmo_desktop.datapack.build import BuildOptions, build_directory
    from hmo_desktop.paths import sources_dir

    out = tmp_path_factory.mktemp("fresno") / "fresno only.sqlite"
    build_directory(
        BuildOptions(out=out, sources=sources_dir(), scale=0.05, seed=11, counties=("Fresno",))
    )
    return out


def action(w: MainWindow) -> QAction | None:
    found = w.findChild(QAction, "openDirectoryAction")
    return found if isinstance(found, QAction) else None


def test_staff_open_a_directory_from_the_file_menu_with_ctrl_o(hmo_window: MainWindow) -> None:
    open_action = action(hmo_window)
    assert open_action is not None
    assert open_action is hmo_window.open_action
    assert open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    menus = [a.text() for a in hmo_window.menuBar().actions()]
    assert menus == ["&File", "&View"]  # View: the text size (tests/ui/test_text_size.py)
    assert hmo_window.menuBar().objectName() == "menuBar"


def test_a_kiosk_window_has_no_way_to_open_another_directory(
    hmo_directory: Directory, qtbot: QtBot
) -> None:
    class KioskWindow(MainWindow):
        allow_open_directory = False

    w = KioskWindow(hmo_directory)
    qtbot.addWidget(w)
    assert w.open_action is None
    assert action(w) is None
    assert [a.text() for a in w.menuBar().actions()] == ["&View"]  # no File menu
    assert action(MainWindow(None)) is not None  # the check sees one when there is one


def test_the_menu_asks_for_a_file_and_opens_the_one_chosen(
    hmo_window: MainWindow, qtbot: QtBot, fresno_directory: Path
) -> None:
    old = hmo_window.db
    open_action = action(hmo_window)
    assert open_action is not None
    with qtbot.waitSignal(hmo_window.dialog_opened) as opened:
        open_action.trigger()
    dlg = opened.args[0]
    assert isinstance(dlg, QFileDialog)
    assert dlg.objectName() == "openDirectoryDialog"
    assert dlg.testOption(QFileDialog.Option.DontUseNativeDialog)
    with qtbot.waitSignal(hmo_window.plans.results_shown):
        dlg.selectFile(str(fresno_directory))
        dlg.accept()
    qtbot.waitUntil(lambda: hmo_window.db is not old)
    assert hmo_window.db is not None
    assert hmo_window.db.path == fresno_directory


def test_a_good_directory_replaces_the_open_one_for_a_new_session(
    hmo_window: MainWindow, qtbot: QtBot, fresno_directory: Path
) -> None:
    w = hmo_window
    old = w.db
    assert old is not None
    to_doctors(w, qtbot)  # a member half-way, in San Francisco
    assert COUNTY_PLAN in [p.name for p in w.plans.plans()]
    old_pcps = w.pcps
    assert open_directory_file(w, fresno_directory)
    assert w.db is not None
    assert w.db is not old
    assert w.db.path == fresno_directory
    with pytest.raises(Exception, match="closed"):  # the old connection is closed
        old.con.execute("SELECT 1")
    # A new session over the new file: nothing of the member, every screen fresh.
    assert w.session.plan is None
    assert w.current_step() == 0
    assert w.zip_edit.text() == ""
    assert w.pcps is not old_pcps
    counties = [w.county.itemText(i) for i in range(w.county.count())]
    assert counties[0] == "All of California"
    assert len(counties) == len(set(counties)) == 59  # listed once, not again per file
    names = [p.name for p in w.plans.plans()]
    assert "CalViva Health" in names
    assert COUNTY_PLAN not in names  # San Francisco's own plan: not in this file
    assert "fresno only.sqlite" in w.windowTitle()
    assert "fresno only.sqlite" in w.statusBar().currentMessage()
    assert SAMPLE_NOTE in w.data_note.text()
    to_doctors(w, qtbot, "93701", "CalViva Health", 6)  # the whole path reads the new file
    assert w.pcps.model.rowCount() > 0
    w.open_about()
    assert isinstance(w.dialog, QMessageBox)
    assert "fresno only.sqlite" in w.dialog.text()
    assert w.db.sha256[:12] in w.dialog.text()


def not_sqlite(copy: Path) -> Path:
    copy.write_bytes(b"not a database at all, just words " * 100)
    return copy


def without_manifest(copy: Path) -> Path:
    manifest_path_for(copy).unlink()
    return copy


def wrong_hash(copy: Path) -> Path:
    return edit_manifest(copy, sha256="0" * 64)


def truncated(copy: Path) -> Path:
    truncate(copy)
    return copy


DAMAGED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "truncated": (truncated, "The doctor directory file given to HMO Desktop is damaged."),
    "wrong hash": (wrong_hash, "The doctor directory file given to HMO Desktop is damaged."),
    "not SQLite": (not_sqlite, "The doctor directory is not an HMO Desktop directory."),
    "missing manifest": (
        without_manifest,
        "The doctor directory file given to HMO Desktop is damaged.",
    ),
}


def files_of(path: Path) -> dict[str, str | None]:
    return {p.name: sha256_of(p) if p.exists() else None for p in (path, manifest_path_for(path))}


@pytest.mark.parametrize("damage", DAMAGED)
def test_a_damaged_file_is_named_and_the_open_directory_stays(
    hmo_window: MainWindow, qtbot: QtBot, hmo_small_directory: Path, tmp_path: Path, damage: str
) -> None:
    w = hmo_window
    make, headline = DAMAGED[damage]
    bad = make(private_copy(hmo_small_directory, tmp_path / "bad"))
    before = files_of(bad)
    old, title = w.db, w.windowTitle()
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    plans_before = [p.name for p in w.plans.plans()]
    with qtbot.waitSignal(w.dialog_opened) as opened:
        assert not open_directory_file(w, bad)
    box = opened.args[0]
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "openDirectoryFailedDialog"
    assert box.text() == headline
    assert "HMO Desktop keeps using the directory it had open." in box.informativeText()
    assert "--directory" not in box.informativeText()  # not the command line's advice
    assert str(bad.name) in box.detailedText()
    assert files_of(bad) == before  # byte-identical: opening never writes
    # Nothing changed: the same directory, the member's ZIP, and it still answers.
    assert w.db is old
    assert w.windowTitle() == title
    assert w.zip_edit.text() == "94110"
    box.close()
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("93701")
    assert [p.name for p in w.plans.plans()] != plans_before


@pytest.fixture
def copies(hmo_small_directory: Path, tmp_path: Path) -> Callable[..., Path]:
    made = 0

    def copy(*statements: str) -> Path:
        nonlocal made
        made += 1
        return rewrite(private_copy(hmo_small_directory, tmp_path / str(made)), *statements)

    return copy


def test_the_status_line_says_whose_doctors_these_are(
    hmo_window: MainWindow, copies: Callable[..., Path]
) -> None:
    w = hmo_window
    assert w.data_note.text().startswith(SAMPLE_NOTE)  # the small directory: all samples
    some_real = copies(
        "UPDATE practitioner SET is_sample = 0, npi = 1000000000 + id WHERE id % 2 = 0"
    )
    assert open_directory_file(w, some_real)
    assert w.data_note.text().startswith(MIXED_NOTE)
    all_real = copies("UPDATE practitioner SET is_sample = 0, npi = 1000000000 + id")
    assert open_directory_file(w, all_real)
    assert w.data_note.text().startswith(REAL_NOTE)
    assert open_directory_file(w, copies())
    assert w.data_note.text().startswith(SAMPLE_NOTE)


def test_old_data_is_flagged_in_the_status_line_and_the_about_box(hmo_window: MainWindow) -> None:
    w = hmo_window
    assert w.db is not None
    assert STALE not in w.data_note.text()  # the small directory's newest data is recent
    w.data_note.show_directory(w.db, today=date(2040, 1, 1))
    note = w.data_note.text()
    assert note.startswith("This directory's newest data is from ")
    assert STALE in note
    assert w.data_note.warning.isVisibleTo(w)
    w.data_note.show_directory(w.db)
    assert not w.data_note.warning.isVisibleTo(w)
    box = about_box(w.db, "9.9", w, today=date(2040, 1, 1))
    assert STALE in box.text()
    assert STALE not in about_box(w.db, "9.9", w).text()


def test_the_about_box_lists_every_source_and_stays_short(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    assert w.db is not None
    w.about_button.click()
    box = w.dialog
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    text = box.text()
    sources = source_summary(w.db)
    assert f"Data sources ({len(sources)})" in text
    for s in sources:
        assert s.title in text
        assert ("made by this app" if s.as_of == "build" else f"as of {s.as_of}") in text
        if s.total:
            assert f"{s.total:,}".replace(",", "") in text.replace(",", "").replace("\xa0", "")
    assert "fictional samples, made up by this app" in text
    assert box.findChild(QScrollArea, "aboutScroll") is not None
    assert box.height() <= 700


def test_an_about_box_over_a_long_list_of_sources_scrolls(
    hmo_window: MainWindow, qtbot: QtBot, copies: Callable[..., Path]
) -> None:
    many = copies(
        *(
            "INSERT INTO data_source (key, title, publisher, origin, licence, attribution, "
            f"as_of, kind, notes) VALUES ('extra{i}', 'Extra source {i}', 'Someone', 'there', "
            "'Open', 'Source: someone.', '2024', 'real', '')"
            for i in range(40)
        )
    )
    with open_directory(many) as db:
        box = about_box(db, "9.9", hmo_window)
        box.show()
        qtbot.waitExposed(box)
        assert "Extra source 39" in box.text()
        assert box.height() <= 700
        area = box.findChild(QScrollArea, "aboutScroll")
        assert isinstance(area, QScrollArea)
        assert area.verticalScrollBar().maximum() > 0
        box.close()
