"""Text size: the system's size to start with; Ctrl+Plus, Ctrl+Minus, Ctrl+0 and View >
Text size (100 % to 200 %) change it for the whole app at once; nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory
from hmo_desktop.household import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.system_font import system_point_size
from hmo_desktop.ui.text_size import SCALES, action_name
from tests.ui.focus_walk import controls
from tests.ui.test_keyboard import at_step

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _normal_size_after(qapp: QApplication) -> Iterator[None]:
    """The font is the application's: later tests start at 100 % again."""
    yield
    from hmo_desktop.ui.theme import apply_look

    apply_look(qapp)


def point_size() -> float:
    return QApplication.font().pointSizeF()


def checked(w: MainWindow) -> list[str]:
    return [a.objectName() for a in w.text_size.actions.values() if a.isChecked()]


def base() -> float:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return system_point_size(app)


def test_the_text_starts_at_the_systems_size(hmo_window: MainWindow) -> None:
    from PySide6.QtGui import QFontDatabase

    general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    assert base() == general  # not a size of the app's own over the system's
    assert point_size() == base()
    assert hmo_window.text_size.scale == 1.0
    assert checked(hmo_window) == ["textSize100"]


def test_ctrl_plus_steps_up_to_200_percent_and_stops(hmo_window: MainWindow) -> None:
    w = hmo_window
    seen = []
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Plus, Qt.Key.Key_Plus,
                Qt.Key.Key_Plus, Qt.Key.Key_Plus):  # fmt: skip
        QTest.keyClick(w.zip_edit, key, CTRL)
        seen.append((w.text_size.scale, point_size(), checked(w)))
    assert [s for s, _p, _c in seen] == [1.25, 1.5, 1.75, 2.0, 2.0, 2.0]
    assert [p for _s, p, _c in seen] == [pytest.approx(base() * s) for s, _p, _c in seen]
    assert [c for _s, _p, c in seen][-1] == ["textSize200"]
    QTest.keyClick(w.zip_edit, Qt.Key.Key_Minus, CTRL)
    assert (w.text_size.scale, checked(w)) == (1.75, ["textSize175"])
    QTest.keyClick(w.zip_edit, Qt.Key.Key_0, CTRL)
    assert (w.text_size.scale, checked(w), point_size()) == (1.0, ["textSize100"], base())
    QTest.keyClick(w.zip_edit, Qt.Key.Key_Minus, CTRL)  # not below 100 %
    assert (w.text_size.scale, checked(w)) == (1.0, ["textSize100"])


def test_the_view_menu_sets_each_size(hmo_window: MainWindow) -> None:
    w = hmo_window
    menu = w.findChild(QMenu, "textSizeMenu")
    assert isinstance(menu, QMenu)
    assert [a.objectName() for a in menu.actions() if a.isCheckable()] == [
        "textSize100", "textSize125", "textSize150", "textSize175", "textSize200"
    ]  # fmt: skip
    assert [a.text() for a in menu.actions() if a.isCheckable()][-1] == "200 %"
    for scale in SCALES:
        item = w.findChild(QAction, action_name(scale))
        assert isinstance(item, QAction)
        item.trigger()
        assert w.text_size.scale == scale
        assert checked(w) == [action_name(scale)]
        assert point_size() == pytest.approx(base() * scale)
    heading = w.plans.title
    assert heading.font().pointSizeF() == pytest.approx(base() * 2.0 * 1.35)
    w.text_size.normal()
    assert heading.font().pointSizeF() == pytest.approx(base() * 1.35)


def test_a_kiosk_window_has_the_text_size_menu_too(hmo_directory: Directory, qtbot: QtBot) -> None:
    class KioskWindow(MainWindow):
        allow_open_directory = False

    w = KioskWindow(hmo_directory)
    qtbot.addWidget(w)
    assert [a.text() for a in w.menuBar().actions()] == ["&View"]
    assert w.findChild(QAction, "textSize200") is not None


@pytest.mark.parametrize("step", [STEP_PLAN, STEP_GROUP, STEP_DOCTOR, STEP_PROFILE])
def test_at_200_percent_every_step_still_shows_its_controls(
    hmo_window: MainWindow, qtbot: QtBot, step: int
) -> None:
    w = hmo_window
    at_step(w, qtbot, step)
    before = {c.objectName() for c in controls(w)}
    w.text_size.set_scale(2.0)
    qtbot.wait(1)
    after: list[QWidget] = controls(w)
    assert {c.objectName() for c in after} == before
    assert all(c.width() > 0 and c.height() > 0 for c in after)
    rows = w.pcps.table.verticalHeader().defaultSectionSize() if step == STEP_DOCTOR else 0
    if rows:
        assert rows >= w.pcps.table.fontMetrics().height()  # rows grew with the text


def test_the_size_is_kept_for_this_run_only(
    hmo_directory: Directory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    w = MainWindow(hmo_directory)
    qtbot.addWidget(w)
    w.text_size.set_scale(1.5)
    w.new_session()  # the next member: the size stays with the person at the screen
    assert w.text_size.scale == 1.5
    w.text_size.normal()
    assert list(tmp_path.iterdir()) == []  # no settings file, no folder made
    again = MainWindow(hmo_directory)
    qtbot.addWidget(again)
    assert again.text_size.scale == 1.0
