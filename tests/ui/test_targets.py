"""Target sizes (WCAG 2.2 AA 2.5.8): everything a person can click is at least 24 x 24
pixels at 1280 x 800 on every step and in every dialog, and at least 44 x 44 with the
touch look (``apply_look(app, touch=True)``, for a kiosk). The check is first shown to
catch a small target."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.look import TARGET, TOUCH_TARGET
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.theme import apply_look
from tests.ui.pixels import flush_closed_windows, target_findings
from tests.ui.tour import screens


@pytest.fixture
def touch(qapp: QApplication) -> Iterator[None]:
    flush_closed_windows()
    apply_look(qapp, touch=True)
    yield
    apply_look(qapp, touch=False)


def test_target_check_catches_a_small_button(hmo_window: MainWindow) -> None:
    small = QPushButton("OK", hmo_window.centralWidget())
    small.setObjectName("smallButton")
    small.setStyleSheet("QPushButton { min-height: 0; min-width: 0; padding: 0; }")
    small.setGeometry(40, 300, 60, 20)
    small.show()
    found = [str(f) for f in target_findings(hmo_window, TARGET) if f.what == "smallButton"]
    assert found == ["smallButton: 60x20 px, less than 24x24"]
    small.setGeometry(40, 300, 60, 30)  # enough for a mouse, not for a finger
    assert not [f for f in target_findings(hmo_window, TARGET) if f.what == "smallButton"]
    found = [str(f) for f in target_findings(hmo_window, TOUCH_TARGET) if f.what == "smallButton"]
    assert found == ["smallButton: 60x30 px, less than 44x44"]


def test_every_target_is_24_px_at_least(hmo_window: MainWindow, qtbot: QtBot) -> None:
    found: list[str] = []
    for where, top in screens(hmo_window, qtbot):
        found += [f"{where}: {f}" for f in target_findings(top, TARGET)]
    assert not found, "\n".join(found)


def test_every_target_is_44_px_at_least_with_touch(
    hmo_window: MainWindow, qtbot: QtBot, touch: None
) -> None:
    found: list[str] = []
    for where, top in screens(hmo_window, qtbot):
        found += [f"{where}: {f}" for f in target_findings(top, TOUCH_TARGET)]
    assert not found, "\n".join(found)


def test_touch_look_is_kept_when_the_text_size_changes(
    hmo_window: MainWindow, qtbot: QtBot, touch: None
) -> None:
    found: list[str] = []
    for scale in (1.25, 1.0):  # Ctrl+Plus, Ctrl+0: the targets stay a finger's size
        hmo_window.text_size.set_scale(scale)
        for where, top in screens(hmo_window, qtbot):
            found += [f"{scale} {where}: {f}" for f in target_findings(top, TOUCH_TARGET)]
        hmo_window.new_session()
    assert not found, "\n".join(found)
