"""The app's look, in one place: the font and the style sheet, applied to the
application by the app itself (``hmo_desktop.app.start``) and by the test fixtures
(``hmo_window``), so testers see what members see.

The font is set on the application, not in the style sheet, so widgets measure their
columns with the font they will paint in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hmo_desktop.ui import look
from hmo_desktop.ui.system_font import system_point_size

#: The text size the app starts at, in points.
BASE_POINT_SIZE = 10.5


def style_sheet(scheme: str = "light", touch: bool = False) -> str:
    """The app's style sheet (``resources/style.qss``) filled for a theme; empty when it
    is missing."""
    return look.style_sheet(scheme, touch)


def apply_look(
    app: QApplication,
    *,
    text_scale: float = 1.0,
    touch: bool | None = None,
    scheme: str | None = None,
) -> None:
    """The app's font and style sheet on ``app``: text at ``text_scale`` times the base
    size (1.0 to 2.0), and with ``touch`` the larger targets of a touch screen (kiosk,
    44 px instead of 24; None keeps what the last call chose, so a change of text size
    keeps them). ``scheme`` forces a theme ("light", "dark", "high_contrast");
    None follows the system's (``ui.look``), also when it changes."""
    font = app.font()
    font.setPointSizeF(system_point_size(app) * text_scale)  # the system's size, scaled
    app.setFont(font)
    look.apply_theme(app, touch=look.is_touch(app) if touch is None else touch, scheme=scheme)
