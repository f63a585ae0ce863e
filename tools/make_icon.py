"""Draw resources/icon.png (the app icon): a stethoscope-blue rounded square with a
white cross and a small house (home, PCP). Run once; the PNG is committed."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath


def main() -> None:
    app = QGuiApplication(sys.argv)
    size = 256
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#1f5f99"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    roof = QPainterPath()
    roof.moveTo(128, 40)
    roof.lineTo(220, 120)
    roof.lineTo(36, 120)
    roof.closeSubpath()
    p.setBrush(QColor("#f0a500"))
    p.drawPath(roof)
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(64, 120, 128, 96))
    p.setBrush(QColor("#c0392b"))
    p.drawRect(QRectF(116, 136, 24, 64))
    p.drawRect(QRectF(96, 156, 64, 24))
    p.end()
    out = sys.argv[1] if len(sys.argv) > 1 else "resources/icon.png"
    img.save(out)
    del app


if __name__ == "__main__":
    main()
