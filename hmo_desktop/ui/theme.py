"""The app's look, in one place: the font and the style sheet, applied to the
application by the app itself (``hmo_desktop.app.start``) and by the test fixtures
(``hmo_window``), so testers see what members see.

The font is set on the application, not in the style sheet, so widgets measure their
columns with the font they will paint in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hmo_desktop.paths import resources_dir
from hmo_desktop.ui.system_font import system_point_size

#: The text size the app starts at, in points.
BASE_POINT_SIZE = 10.5


def style_sheet() -> str:
    """The app's style sheet (``resources/style.qss``); empty when it is missing."""
    path = resources_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def apply_look(app: QApplication, *, text_scale: float = 1.0, touch: bool = False) -> None:
    """The app's font and style sheet on ``app``: text at ``text_scale`` times the base
    size (1.0 to 2.0), and with ``touch`` the larger targets of a touch screen (kiosk)."""
    font = app.font()
    font.setPointSizeF(system_point_size(app) * text_scale)  # the system's size, scaled
    app.setFont(font)
    app.setStyleSheet(style_sheet())
