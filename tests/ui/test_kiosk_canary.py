"""Nothing left behind at a kiosk: a full session with a unique value in every field a
member types in, then an idle reset and "I'm finished", and a search for those values
everywhere they could stay (the canary), first shown to find them all before the reset.
And every file a kiosk session opens for writing, recorded with an audit hook."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QSettings
from PySide6.QtCore import Qt as QtNs
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hmo_desktop.kiosk.config import KioskConfig
from hmo_desktop.pdftext import PdfTextError, page_texts
from hmo_desktop.ui.kiosk_shell import KioskShell
from tests.ui.steps import PLAN

#: One unique value per field a member types in (the app has no notes field).
ZIP = "93721"  # downtown Fresno: a ZIP of the small directory, shown nowhere by itself
CANARIES = {
    "zip": ZIP,
    "find": "Qzcanaryfind",
    "group": "Qzcanarygroup",
    "nickname": "Qzcanarynick",
}
ROLES = (
    QtNs.ItemDataRole.DisplayRole,
    QtNs.ItemDataRole.EditRole,
    QtNs.ItemDataRole.ToolTipRole,
    QtNs.ItemDataRole.AccessibleTextRole,
    QtNs.ItemDataRole.AccessibleDescriptionRole,
    QtNs.ItemDataRole.UserRole,
)


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def widget_texts(w: QWidget) -> list[str]:
    texts = [w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription()]
    texts += [w.statusTip(), w.whatsThis()]
    if isinstance(w, (QLabel, QAbstractButton)):
        texts.append(w.text())
    if isinstance(w, QLineEdit):
        texts += [w.text(), w.placeholderText(), w.displayText()]
    if isinstance(w, (QTextEdit, QPlainTextEdit)):
        texts += [w.toPlainText(), w.placeholderText()]
    if isinstance(w, QComboBox):
        texts += [w.currentText()] + [w.itemText(i) for i in range(w.count())]
    if isinstance(w, QMessageBox):
        texts += [w.text(), w.informativeText(), w.detailedText()]
    return texts


def _count(model: QAbstractItemModel, parent: QModelIndex, what: str) -> int:
    try:
        return int(getattr(model, what)(parent))
    except TypeError:  # a list model's columnCount, a table's hasChildren: private in Qt
        return 1 if what == "columnCount" else 0


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    columns = _count(model, parent, "columnCount")
    for row in range(_count(model, parent, "rowCount")):
        for col in range(max(1, columns)):
            index = model.index(row, col, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if col == 0 and parent == QModelIndex() and _count(model, index, "rowCount") > 0:
                yield from model_texts(model, index)  # a tree's children (one level)
    for col in range(columns):
        header = model.headerData(col, QtNs.Orientation.Horizontal)
        if header is not None:
            yield str(header)


def models() -> list[QAbstractItemModel]:
    found: dict[int, QAbstractItemModel] = {}
    for w in QApplication.allWidgets():
        for m in w.findChildren(QAbstractItemModel):
            found[id(m)] = m
        if isinstance(w, (QAbstractItemView, QComboBox)) and w.model() is not None:
            found[id(w.model())] = w.model()
    return [m for m in found.values() if shiboken6.isValid(m)]


def file_texts(folders: list[Path]) -> Iterator[tuple[str, str]]:
    for folder in folders:
        for path in folder.rglob("*") if folder.is_dir() else []:
            if not path.is_file():
                continue
            data = path.read_bytes()
            yield str(path), data.decode("utf-8", "replace")
            yield str(path), data.decode("utf-16", "replace")
            if data.startswith(b"%PDF"):
                try:
                    yield str(path), "\n".join(page_texts(data))
                except PdfTextError:
                    yield str(path), "an unreadable PDF"


def scan(folders: list[Path], log: str) -> dict[str, list[str]]:
    """Where each canary is found: widgets, models, clipboard, settings, files, log."""
    places: list[tuple[str, str]] = []
    for w in QApplication.allWidgets():
        places += [(f"widget {w.objectName() or type(w).__name__}", t) for t in widget_texts(w)]
    for m in models():
        places += [(f"model {type(m).__name__}", t) for t in model_texts(m)]
    board = QGuiApplication.clipboard()
    places.append(("clipboard", board.text()))
    if board.supportsSelection():
        places.append(("selection", board.text(QClipboard.Mode.Selection)))
    settings = QSettings()
    places += [(f"settings {k}", str(settings.value(k))) for k in settings.allKeys()]
    places += [(f"file {p}", t) for p, t in file_texts(folders)]
    places.append(("log", log))
    return {
        name: sorted({where for where, text in places if value in text})
        for name, value in CANARIES.items()
    }


def undo_left() -> list[str]:
    """Fields whose undo history still holds something."""
    out = []
    for w in QApplication.allWidgets():
        if isinstance(w, QLineEdit) and w.isUndoAvailable():
            out.append(w.objectName() or "QLineEdit")
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and w.document().isUndoAvailable():
            out.append(w.objectName() or type(w).__name__)
    return out


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """A home, configuration, data and cache folder of the test's own: what the app
    writes there (QSettings, a saved household) is found."""
    folders = []
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HMO_DESKTOP_DATA"):
        folder = tmp_path / var.lower()
        folder.mkdir()
        monkeypatch.setenv(var, str(folder))
        folders.append(folder)
    return folders


def member_session(k: KioskShell, qtbot: QtBot) -> None:
    """A member's whole visit: every field typed in, doctors chosen, the summary printed,
    a field copied to the clipboard, find-a-doctor left open."""
    for digit in ZIP:
        QTest.mouseClick(k.start.pad.keys[digit], QtNs.MouseButton.LeftButton)
    with qtbot.waitSignal(k.main_window.plans.results_shown):
        QTest.mouseClick(k.start.start_button, QtNs.MouseButton.LeftButton)
    w = k.main_window
    assert w.session.county == "Fresno"
    assert PLAN in {p.name for p in w.plans.plans()}
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan(PLAN)  # also listed in Fresno County
    QTest.keyClicks(w.groups.search, CANARIES["group"])
    w.groups.search.selectAll()
    w.groups.search.copy()  # the member copies what they typed
    w.groups.search.deselect()
    w.groups.search.setText(CANARIES["group"])
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.skip.click()
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.age.setValue(40)
    doctor = w.pcps.model.rows()[0]
    with qtbot.waitSignal(w.profile.results_shown):
        w.show_doctor(doctor.practitioner_id, doctor.location_id)
    with qtbot.waitSignal(w.dialog_opened) as opened:
        w.household_action.trigger()
    dlg: Any = opened.args[0]
    dlg.name.setText(CANARIES["nickname"])
    dlg.age.setValue(40)
    assert dlg.add_member() is not None
    assert dlg.use_current_doctor(backup=False)
    QTest.mouseClick(dlg.print_button, QtNs.MouseButton.LeftButton)  # into the staff folder
    w.open_find_doctor()
    find = w.dialog
    assert find is not None
    edit = find.findChild(QLineEdit, "findDoctorEdit")
    assert edit is not None
    QTest.keyClicks(edit, CANARIES["find"])
    logging.getLogger("hmo_desktop").warning("a session went by")  # the log is scanned too


@pytest.mark.parametrize("how", ["idle", "finished"])
def test_canary_nothing_of_a_member_is_left_after_a_reset(
    hmo_kiosk_window: KioskShell,
    hmo_kiosk_config: KioskConfig,
    qtbot: QtBot,
    home: list[Path],
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    how: str,
) -> None:
    k = hmo_kiosk_window
    assert hmo_kiosk_config.pdf_folder is not None
    folders = [*home, hmo_kiosk_config.pdf_folder]
    member_session(k, qtbot)

    def log() -> str:
        out, err = capfd.readouterr()
        return caplog.text + out + err

    # The negative control: the same scan, before the reset, finds every canary.
    before = scan(folders, log())
    assert all(before.values()), before
    assert any(where.startswith("file ") for where in before["nickname"])  # the PDF
    assert "clipboard" in before["group"]
    assert undo_left()

    if how == "idle":
        with qtbot.waitSignal(k.warning_shown):
            k.idle.expire_now()
        with qtbot.waitSignal(k.reset_done):
            k.warning.expire_now()
    else:
        with qtbot.waitSignal(k.reset_done):
            QTest.mouseClick(k.main_window.start_over, QtNs.MouseButton.LeftButton)
    flush_deletes()

    assert scan(folders, log()) == {name: [] for name in CANARIES}
    assert undo_left() == []
    assert list(hmo_kiosk_config.pdf_folder.iterdir()) == []
    assert k.stack.currentWidget() is k.start
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not k]
    # And the next member's visit starts as the first one's did.
    member_session(k, qtbot)
    assert all(scan(folders, log()).values())


# -- every file a kiosk session opens for writing -------------------------------------

_WRITES: list[tuple[str, str]] | None = None
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_CHANGES = {"os.rename", "os.replace", "os.remove", "os.mkdir", "os.rmdir", "os.truncate",
            "os.chmod", "shutil.rmtree", "shutil.copyfile", "shutil.move"}  # fmt: skip


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _WRITES is None:
        return
    if event == "open" and len(args) >= 3:
        path, mode, flags = args[0], args[1], args[2]
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writes and not isinstance(path, int):
            _WRITES.append((event, os.fsdecode(path)))
    elif event in _CHANGES and args and not isinstance(args[0], int):
        _WRITES.append((event, os.fsdecode(args[0])))
    elif event == "sqlite3.connect" and args:
        target = str(args[0])
        if "mode=ro" not in target:
            _WRITES.append((event, target))


sys.addaudithook(_audit)  # for the whole test process; it records only while asked


@pytest.fixture
def recorded_writes() -> Iterator[list[tuple[str, str]]]:
    global _WRITES
    _WRITES = []
    try:
        yield _WRITES
    finally:
        _WRITES = None


def test_a_kiosk_session_writes_no_file(
    hmo_kiosk_window: KioskShell,
    hmo_kiosk_config: KioskConfig,
    qtbot: QtBot,
    home: list[Path],
    recorded_writes: list[tuple[str, str]],
) -> None:
    k = hmo_kiosk_window
    folder = hmo_kiosk_config.pdf_folder
    assert folder is not None
    member_session(k, qtbot)
    w = k.main_window
    w.text_size.set_scale(1.5)
    w.open_help("")
    w.open_about()
    with qtbot.waitSignal(k.warning_shown):
        k.idle.expire_now()
    k.warning.extend()
    with qtbot.waitSignal(k.reset_done):
        QTest.mouseClick(w.start_over, QtNs.MouseButton.LeftButton)
    member_session(k, qtbot)
    with qtbot.waitSignal(k.warning_shown):
        k.idle.expire_now()
    with qtbot.waitSignal(k.reset_done):
        k.warning.expire_now()
    flush_deletes()
    assert recorded_writes  # the summary was written: the hook sees writes
    outside = [(e, p) for e, p in recorded_writes if not Path(p).resolve().is_relative_to(folder)]
    assert outside == []
    assert list(folder.iterdir()) == []  # and emptied at the reset
    assert [p for f in home for p in f.rglob("*")] == []  # no settings, no household


def test_the_write_recorder_catches_a_write(
    tmp_path: Path, recorded_writes: list[tuple[str, str]]
) -> None:
    (tmp_path / "x.txt").write_text("written")
    fd = os.open(tmp_path / "y", os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    (tmp_path / "x.txt").read_text()  # reading is not recorded
    assert recorded_writes == [("open", str(tmp_path / "x.txt")), ("open", str(tmp_path / "y"))]
