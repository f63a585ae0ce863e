"""The theme part of the app's look: which theme (light, dark, high contrast), its
palette and its style sheet, and the sizes of targets (24 px, or 44 px on a touch
screen). ``ui.theme.apply_look`` calls :func:`apply_theme` after setting the font.

The theme follows the system's: its contrast preference (high contrast first) and its
color scheme (dark), also when they change while the app runs, unless one was forced
(``scheme=``). Nothing is written to disk.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from hmo_desktop.paths import resources_dir
from hmo_desktop.ui.colors import SCHEME_PROPERTY, THEMES, table

#: The smallest target, in pixels (WCAG 2.5.8), and the one of a touch screen.
TARGET = 24
TOUCH_TARGET = 44

_FORCED = "hmoSchemeForced"
_TOUCH = "hmoTouch"
_FOLLOWING = "hmoFollowsSystem"


def system_scheme() -> str:
    """The theme the system asks for: high contrast, dark, or light."""
    hints = QGuiApplication.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high_contrast"
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def is_touch(app: QApplication | None = None) -> bool:
    """Whether the look has a touch screen's targets now."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    return app is not None and app.property(_TOUCH) is True


def target_size(app: QApplication | None = None) -> int:
    """The smallest target the look gives now: 24 px, 44 px with touch."""
    return TOUCH_TARGET if is_touch(app) else TARGET


def sizes(touch: bool) -> dict[str, int]:
    """The style sheet's sizes, in pixels, for the smallest target."""
    t = TOUCH_TARGET if touch else TARGET
    arrow = t
    return {
        "target": t,
        "control_inner": t - 10,  # 1 px border and 4 px padding, top and bottom
        "field_inner": t - 8,  # 1 px border and 3 px padding
        "check_inner": t - 8,  # 3 px border and 1 px padding
        "indicator": 16 if not touch else 28,  # and a 2 px border
        "row": t,
        "arrow": arrow,
        "arrow_focus": arrow - 2,
        "spin_inner": t - 6,  # 1 px border, 3 px padding: room for t px arrows
        "spin_button": t,
        "spin_pad": 2 * arrow + 4,
        "spin_pad_focus": 2 * arrow + 2,
        "menu_pad": 6 if not touch else 16,
        "menu_side": 10 if not touch else 16,
        "header_pad": 4 if not touch else 14,
    }


#: Hints are this much smaller than the text around them, at every text size.
HINT_RATIO = 0.86


def style_sheet(scheme: str = "light", touch: bool = False, text_pt: float = 10.5) -> str:
    """The app's style sheet (``resources/style.qss``) filled for ``scheme``; ``text_pt``:
    the application font's size, which the hints' size follows."""
    path = resources_dir() / "style.qss"
    if not path.exists():
        return ""
    c = table(scheme)
    c["accent_border"] = c["on_accent"] if scheme == "high_contrast" else c["accent"]
    images = (resources_dir() / "look").as_posix()
    glyph = "dark" if scheme == "light" else "light"  # arrows: black, or white on dark
    c["check_image"] = f"{images}/check.png"
    c["up_image"] = f"{images}/up-{glyph}.png"
    c["down_image"] = f"{images}/down-{glyph}.png"
    values = {**c, **{k: str(v) for k, v in sizes(touch).items()}}
    values["hint_pt"] = f"{max(text_pt * HINT_RATIO, 7.0):.1f}"
    return Template(path.read_text(encoding="utf-8")).substitute(values)


def palette(scheme: str) -> QPalette:
    """The palette of ``scheme``: what the style draws without the style sheet (header
    sections, scroll bars, arrows, rich text, links)."""
    c = {k: QColor(v) for k, v in table(scheme).items()}
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"],
        QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"],
        QPalette.ColorRole.AlternateBase: c["alt_base"],
        QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"],
        QPalette.ColorRole.BrightText: c["error"],
        QPalette.ColorRole.Highlight: c["selection"],
        QPalette.ColorRole.HighlightedText: c["on_selection"],
        QPalette.ColorRole.PlaceholderText: c["placeholder"],
        QPalette.ColorRole.ToolTipBase: c["base"],
        QPalette.ColorRole.ToolTipText: c["text"],
        QPalette.ColorRole.Link: c["link"],
        QPalette.ColorRole.LinkVisited: c["link"],
        QPalette.ColorRole.Light: c["base"],
        QPalette.ColorRole.Midlight: c["button"],
        QPalette.ColorRole.Mid: c["border"],
        QPalette.ColorRole.Dark: c["border"],
        QPalette.ColorRole.Shadow: c["border"],
    }
    for role, color in roles.items():
        # Active and inactive alike: a selection stays as legible when the window is not
        # the active one (a grab, a second screen).
        p.setColor(QPalette.ColorGroup.Active, role, color)
        p.setColor(QPalette.ColorGroup.Inactive, role, color)
        p.setColor(QPalette.ColorGroup.Disabled, role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, c["disabled"])
    return p


def apply_theme(app: QApplication, *, touch: bool = False, scheme: str | None = None) -> str:
    """The palette and style sheet of ``scheme`` (None: the system's) on ``app``, with
    touch-sized targets or not; returns the theme applied."""
    if scheme is not None and scheme not in THEMES:
        raise ValueError(f"unknown scheme {scheme!r}; one of {', '.join(THEMES)}")
    chosen = scheme or system_scheme()
    app.setProperty(SCHEME_PROPERTY, chosen)
    app.setProperty(_FORCED, scheme is not None)
    app.setProperty(_TOUCH, touch)
    app.setPalette(palette(chosen))
    app.setStyleSheet(style_sheet(chosen, touch, app.font().pointSizeF()))
    table_rows(app)
    _follow_system(app)
    return chosen


def table_rows(app: QApplication) -> None:
    """Table rows at least one target tall (their height is set in code, not in the
    style sheet: ``ui.common.results_table``)."""
    least = target_size(app)
    for widget in app.allWidgets():
        if isinstance(widget, QTableView):
            rows: QHeaderView = widget.verticalHeader()
            if rows.defaultSectionSize() < least:
                rows.setDefaultSectionSize(least)


def _follow_system(app: QApplication) -> None:
    """Once per application: apply the theme again when the system's changes (unless a
    theme was forced)."""
    if app.property(_FOLLOWING) is True:
        return
    app.setProperty(_FOLLOWING, True)
    hints = QGuiApplication.styleHints()
    relay = _Relay(app)
    hints.colorSchemeChanged.connect(relay.changed)
    hints.accessibility().contrastPreferenceChanged.connect(relay.changed)


class _Relay(QObject):
    """Applies the system's theme again when it changes; lives as long as the app."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def changed(self, *_: object) -> None:
        app = self._app
        if app.property(_FORCED) is True:
            return
        touch = app.property(_TOUCH) is True
        scheme = system_scheme()
        if scheme != app.property(SCHEME_PROPERTY):
            apply_theme(app, touch=touch)
