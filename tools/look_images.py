"""Draw the style sheet's images (``resources/look/``): the check mark of a checked box
(white, drawn on the accent color of every theme) and the arrows of drop-downs and spin
boxes, dark (light theme) and light (dark and high-contrast themes).

    python tools/look_images.py

PNG, not SVG: the bundle leaves Qt's SVG module out.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

from hmo_desktop.paths import resources_dir


def check_mark(size: int = 64) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#ffffff"), size * 0.14)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath(QPointF(size * 0.18, size * 0.52))
    path.lineTo(QPointF(size * 0.41, size * 0.75))
    path.lineTo(QPointF(size * 0.83, size * 0.27))
    painter.drawPath(path)
    painter.end()
    return image


def arrow(color: str, up: bool, size: int = 48) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    top, bottom = size * 0.28, size * 0.72
    tip, base = (top, bottom) if up else (bottom, top)
    points = [QPointF(size * 0.12, base), QPointF(size * 0.88, base), QPointF(size / 2, tip)]
    painter.drawPolygon(QPolygonF(points))
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    out = resources_dir() / "look"
    out.mkdir(parents=True, exist_ok=True)
    check_mark().save(str(out / "check.png"))
    for glyph, color in (("dark", "#000000"), ("light", "#ffffff")):
        arrow(color, up=True).save(str(out / f"up-{glyph}.png"))
        arrow(color, up=False).save(str(out / f"down-{glyph}.png"))
    del app


if __name__ == "__main__":
    main()
