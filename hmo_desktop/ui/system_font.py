"""The system's text size, read once: the app's text starts from it (a member who set
larger text in the system keeps it), and "Text size" scales it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_PROPERTY = "hmoSystemPointSize"


def system_point_size(app: QGuiApplication) -> float:
    """The application's font size before the app first changed it (remembered on the
    application object, so a new QApplication reads its own)."""
    known = app.property(_PROPERTY)
    if isinstance(known, float) and known > 0:
        return known
    size = app.font().pointSizeF()
    if size <= 0:  # a font set in pixels: the general system font instead
        from PySide6.QtGui import QFontDatabase

        size = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    size = size if size > 0 else 9.0
    app.setProperty(_PROPERTY, size)
    return size
