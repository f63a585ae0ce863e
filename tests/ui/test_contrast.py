"""Contrast measured on the rendered app, in every theme: text 4.5:1 on its background,
field and check-box borders 3:1 against what is around them, and a focus ring on every
control, list and table that changes 3:1 and stands 3:1 against its surroundings (WCAG
2.2 AA 1.4.3, 1.4.11, 2.4.7; the ring as 2.4.13 measures it). Each check is first shown
to catch a violation."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.colors import (
    SCHEME_PROPERTY,
    THEMES,
    colors,
    contrast,
    current_scheme,
    note_style,
    table,
)
from hmo_desktop.ui.look import palette
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.theme import apply_look
from hmo_desktop.ui.wording import mark_html
from tests.ui.pixels import (
    Finding,
    border_findings,
    flush_closed_windows,
    focus_finding,
    focusable,
    grab,
    rect_in,
    text_and_background,
    text_findings,
)
from tests.ui.tour import screens


@pytest.fixture(params=THEMES)
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in each theme, forced; the system's theme again afterwards."""
    flush_closed_windows()
    apply_look(qapp, scheme=request.param, touch=False)
    yield str(request.param)
    apply_look(qapp, touch=False)


def _on(w: MainWindow, widget: QWidget, y: int = 300) -> QWidget:
    """``widget`` shown over the window's middle, on top of the screen there."""
    widget.setParent(w.centralWidget())
    widget.setGeometry(40, y, 360, 120 if isinstance(widget, QListView) else 40)
    widget.show()
    widget.raise_()
    QApplication.processEvents()
    return widget


# Negative controls: each check reports what it must.


def test_text_check_catches_grey_on_white(hmo_window: MainWindow) -> None:
    grey = _on(hmo_window, QLabel("Grey words on white"))
    grey.setObjectName("greyLabel")
    grey.setStyleSheet("color: #999; background: #fff; font-size: 12pt;")
    QApplication.processEvents()
    found = [f for f in text_findings(hmo_window) if f.what == "greyLabel"]
    assert [f.detail for f in found] == ["#999999 on #ffffff = 2.85:1"]


def test_text_check_catches_a_pale_selected_row(hmo_window: MainWindow) -> None:
    rows = QListView()
    rows.setObjectName("paleRows")
    rows.setModel(QStringListModel(["Selected row", "Other row"]))
    rows.setStyleSheet("QListView::item:selected { background: #308cc6; color: #fff; }")
    _on(hmo_window, rows)
    rows.setCurrentIndex(rows.model().index(0, 0))
    found = [f for f in text_findings(hmo_window) if f.what.startswith("paleRows")]
    # White text on #308cc6 is 3.69:1; the font's smoothed edges may read a shade off it.
    assert len(found) == 1
    assert re.fullmatch(
        r"paleRows row 0 \(selected\): #f[0-9a-f]{5} on #308cc6 = 3\.[5-6]\d:1", str(found[0])
    )


def test_text_check_catches_a_pale_placeholder(hmo_window: MainWindow) -> None:
    edit = QLineEdit()
    edit.setObjectName("paleField")
    edit.setPlaceholderText("A placeholder nobody can read")
    edit.setStyleSheet("QLineEdit { background: #fff; placeholder-text-color: #999; }")
    _on(hmo_window, edit)
    found = [f for f in text_findings(hmo_window) if f.what == "paleField"]
    assert [f.detail for f in found] == ["#999999 on #ffffff = 2.85:1"]


def test_focus_check_catches_a_pale_ring_and_no_ring(hmo_window: MainWindow) -> None:
    pale = _on(hmo_window, QLineEdit("pale ring"))
    pale.setStyleSheet(
        "QLineEdit { border: 1px solid #000; padding: 3px; background: #fff; }"
        "QLineEdit:focus { border: 3px solid #f0a500; padding: 1px; }"
    )
    none = _on(hmo_window, QPushButton("no ring"), 360)
    none.setStyleSheet("QPushButton, QPushButton:focus { border: 1px solid #000; padding: 4px; }")
    QApplication.processEvents()
    assert "focus changes" in str(focus_finding(hmo_window, pale))
    assert "focus changes" in str(focus_finding(hmo_window, none))
    blends_in = _on(hmo_window, QPushButton("ring the color of the window"), 420)
    blends_in.setStyleSheet(
        "QPushButton { border: 1px solid #000; background: #000; color: #fff; padding: 4px; }"
        "QPushButton:focus { border: 3px solid #efefef; padding: 2px; }"
    )
    QApplication.processEvents()
    assert "focus ring #efefef next to" in str(focus_finding(hmo_window, blends_in))


def test_border_check_catches_a_pale_field_border(hmo_window: MainWindow) -> None:
    edit = _on(hmo_window, QLineEdit("pale border"))
    edit.setObjectName("paleBorder")
    edit.setStyleSheet("QLineEdit { border: 1px solid #c8c8c8; background: #fff; }")
    QApplication.processEvents()
    found = [f for f in border_findings(hmo_window) if f.what == "paleBorder"]
    assert len(found) == 1
    assert "#c8c8c8" in found[0].detail


# The app, in every theme.


def test_text_has_4_5_to_1_on_every_screen(
    hmo_window: MainWindow, qtbot: QtBot, theme: str
) -> None:
    found: list[str] = []
    for where, top in screens(hmo_window, qtbot):
        found += [f"{where}: {f}" for f in text_findings(top)]
    assert not found, "\n".join(found)


def test_field_and_check_box_borders_have_3_to_1(
    hmo_window: MainWindow, qtbot: QtBot, theme: str
) -> None:
    found: list[str] = []
    for where, top in screens(hmo_window, qtbot):
        found += [f"{where}: {f}" for f in border_findings(top)]
    assert not found, "\n".join(found)


def test_every_control_list_and_table_shows_a_focus_ring(
    hmo_window: MainWindow, qtbot: QtBot, theme: str
) -> None:
    found: list[str] = []
    checked = 0
    for where, top in screens(hmo_window, qtbot):
        for widget in focusable(top):
            finding: Finding | None = focus_finding(top, widget)
            checked += 1
            if finding is not None:
                found.append(f"{where}: {finding}")
    assert not found, "\n".join(found)
    assert checked > 60  # every step and dialog had its controls checked


def _html(kind: str) -> str:
    """What the screens write into their HTML, in the colors of the theme shown now."""
    if kind == "mark":
        return mark_html("sample office, not a real address")  # alone: its color is measured
    if kind == "fact":
        return f"<span style='color:{colors()['fact']}'>[CMS; 2025; public data]</span>"
    words = "Not taking new patients" if kind == "alert" else "Sample doctor (fictional)"
    return f'<p style="{note_style(kind)}"><b>{words}</b>: call the office first</p>'


def _text_part(img: QImage) -> QImage:
    """The rows of a text browser's page that are not its background: a banner's rows."""
    page = img.pixelColor(1, 1)
    rows = [y for y in range(img.height()) if img.pixelColor(img.width() // 2, y) != page]
    if not rows:
        return img
    return img.copy(0, rows[0], img.width(), rows[-1] - rows[0] + 1)


def test_colors_written_into_html_have_4_5_to_1(hmo_window: MainWindow, theme: str) -> None:
    page = QTextBrowser()
    _on(hmo_window, page)
    page.setGeometry(40, 300, 520, 80)
    found = []
    for kind in ("mark", "fact", "note", "alert"):
        page.setHtml(_html(kind))
        QApplication.processEvents()
        viewport = page.viewport()
        img = grab(
            hmo_window, rect_in(hmo_window, viewport, viewport.rect().adjusted(2, 2, -2, -2))
        )
        pair = text_and_background(_text_part(img) if kind in ("note", "alert") else img)
        assert pair is not None, kind
        if contrast(*pair) < 4.5:
            found.append(f"{kind}: {pair}")
    assert not found


def test_the_theme_follows_the_system_while_the_app_runs(
    hmo_window: MainWindow, qapp: QApplication
) -> None:
    """The offscreen platform cannot change its color scheme, so its signal is sent by
    hand: a followed theme is read from the system again, a forced one stays."""
    changed = QGuiApplication.styleHints().colorSchemeChanged
    try:
        apply_look(qapp, scheme="dark")
        changed.emit(Qt.ColorScheme.Light)
        assert current_scheme() == "dark"  # forced: the system's scheme does not count
        apply_look(qapp, touch=False)  # followed: the system's (light here)
        qapp.setProperty(SCHEME_PROPERTY, "dark")  # as if the system had been dark
        qapp.setPalette(palette("dark"))
        changed.emit(Qt.ColorScheme.Light)
        assert current_scheme() == "light"
        window = qapp.palette().color(QPalette.ColorRole.Window).name()
        assert window == table("light")["window"]
        assert not text_findings(hmo_window)
    finally:
        apply_look(qapp, touch=False)
