"""The app's colors, one table per theme, and the WCAG contrast ratio that chose them.

Three themes: ``light`` (the default), ``dark`` (when the system's color scheme is dark)
and ``high_contrast`` (when the system asks for more contrast: white and yellow on black).
Every text color here has at least 4.5:1 against the backgrounds it is drawn on, and
every border and focus color at least 3:1 (WCAG 2.2 AA, 1.4.3 and 1.4.11);
``tests/ui/test_contrast.py`` measures it again on the rendered screens.

Colors written into HTML (marks, sources, banners) come from :func:`colors`, so they
follow the theme the app shows. No widget is imported here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

THEMES = ("light", "dark", "high_contrast")

#: Names every theme gives a color to (``$name`` in ``resources/style.qss``).
LIGHT: dict[str, str] = {
    "window": "#efefef",  # the window's background
    "text": "#000000",  # text on window and base
    "base": "#ffffff",  # text fields, lists, tables
    "alt_base": "#f4f6f8",  # every other table row
    "button": "#f7f7f7",  # a button's face
    "border": "#6e6e6e",  # borders of fields, buttons, check boxes: 3:1 on window and base
    "focus": "#000000",  # the focus ring: 3:1 on window, base, button and accent
    "accent": "#1f5f99",  # default button, the current step, selected rows, checked boxes
    "on_accent": "#ffffff",  # text on accent
    "selection": "#1f5f99",  # selected rows
    "on_selection": "#ffffff",
    "placeholder": "#595959",  # placeholder text in fields
    "hint": "#4d4d4d",  # small hints under filters
    "error": "#8a1c1c",
    "disabled": "#767676",  # not checked (WCAG exempts inactive controls), still legible
    "mark": "#7a4f00",  # "(sample office, not a real address)" beside a value
    "fact": "#4d4d4d",  # "[source; date; kind]" after a profile fact
    "note_bg": "#fff3cd",  # banner: sample doctor, old data
    "note_text": "#4d3a02",
    "alert_bg": "#f8d7da",  # banner: not taking new patients
    "link": "#0b4f9c",
    "grid": "#c4ccd4",
}

DARK: dict[str, str] = {
    "window": "#1e1e1e",
    "text": "#f0f0f0",
    "base": "#2b2b2b",
    "alt_base": "#333638",
    "button": "#3a3a3a",
    "border": "#9a9a9a",
    "focus": "#ffd75e",
    "accent": "#1f5f99",
    "on_accent": "#ffffff",
    "selection": "#1f5f99",
    "on_selection": "#ffffff",
    "placeholder": "#b0b0b0",
    "hint": "#c4c4c4",
    "error": "#ff9a90",
    "disabled": "#9a9a9a",
    "mark": "#f0c674",
    "fact": "#c4c4c4",
    "note_bg": "#4a3a05",
    "note_text": "#fff0c2",
    "alert_bg": "#5c1a20",
    "link": "#8cc4ff",
    "grid": "#555a60",
}

HIGH_CONTRAST: dict[str, str] = {
    "window": "#000000",
    "text": "#ffffff",
    "base": "#000000",
    "alt_base": "#000000",
    "button": "#000000",
    "border": "#ffffff",
    "focus": "#ffff00",
    "accent": "#000000",  # chosen things are shown by a cyan border and cyan text
    "on_accent": "#1aebff",
    "selection": "#1aebff",
    "on_selection": "#000000",
    "placeholder": "#d0d0d0",
    "hint": "#ffffff",
    "error": "#ff9a90",
    "disabled": "#a0a0a0",
    "mark": "#ffff00",
    "fact": "#ffffff",
    "note_bg": "#000000",
    "note_text": "#ffff00",
    "alert_bg": "#000000",
    "link": "#ffff00",
    "grid": "#ffffff",
}

_TABLES = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}

#: Where the app's theme is kept: a property of the application (``ui.theme`` sets it).
SCHEME_PROPERTY = "hmoScheme"


def table(scheme: str) -> dict[str, str]:
    """The colors of ``scheme`` (one of :data:`THEMES`; anything else: light)."""
    return dict(_TABLES.get(scheme, LIGHT))


def current_scheme() -> str:
    """The theme the app shows now ("light" before one is applied)."""
    app = QCoreApplication.instance()
    scheme = app.property(SCHEME_PROPERTY) if app is not None else None
    return scheme if isinstance(scheme, str) and scheme in _TABLES else "light"


def colors() -> dict[str, str]:
    """The colors of the theme the app shows now, for HTML: ``colors()["mark"]``."""
    return table(current_scheme())


def note_style(kind: str = "note") -> str:
    """The inline style of a highlighted paragraph in HTML: ``note`` (a sample doctor, old
    data) or ``alert`` (not taking new patients), in the theme's colors."""
    c = colors()
    background = c["alert_bg"] if kind == "alert" else c["note_bg"]
    # High contrast has black banners: a border sets them apart instead.
    border = f"border:1px solid {c['note_text']};" if background == c["base"] else ""
    return f"background:{background};color:{c['note_text']};{border}padding:6px"


def luminance(color: tuple[int, int, int]) -> float:
    """WCAG relative luminance of an sRGB color (0-255 channels)."""

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def contrast(a: tuple[int, int, int] | str, b: tuple[int, int, int] | str) -> float:
    """WCAG contrast ratio of two colors, 1.0 to 21.0."""
    la = luminance(rgb(a) if isinstance(a, str) else a)
    lb = luminance(rgb(b) if isinstance(b, str) else b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)
