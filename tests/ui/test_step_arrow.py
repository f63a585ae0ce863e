"""The arrows between the steps point the way the row reads, checked on the pixels drawn
in the window itself: to the right in English, to the left in Arabic."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter, QPolygonF
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.ui import i18n
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.stepper import StepArrow


def points_right(widget: QWidget) -> bool:
    """Whether the drawn arrow points right: the ink of its top rows (a ">" starts at
    the top left and ends at the middle right) lies left of the ink's middle."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    background = image.pixelColor(0, 0).lightness()
    ink = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if abs(image.pixelColor(x, y).lightness() - background) > 60
    ]
    assert ink, "the arrow drew nothing"
    top, bottom = min(y for _, y in ink), max(y for _, y in ink)
    left, right = min(x for x, _ in ink), max(x for x, _ in ink)
    first_rows = [x for x, y in ink if y <= top + (bottom - top) // 4]
    return sum(first_rows) / len(first_rows) < (left + right) / 2


def test_the_arrows_point_the_way_the_row_reads(
    hmo_window: MainWindow, qtbot: QtBot, languages: i18n.Languages
) -> None:
    arrows = hmo_window.findChildren(StepArrow)
    assert len(arrows) == 3
    assert all(points_right(a) for a in arrows)
    assert i18n.in_use.switch("ar")
    QApplication.processEvents()
    assert not any(points_right(a) for a in arrows)  # to the next step, on the left


def test_the_check_tells_left_from_right(qtbot: QtBot) -> None:
    class Drawn(QWidget):
        def __init__(self, points: list[QPointF]) -> None:
            super().__init__()
            self.points = points
            self.resize(20, 30)

        def paintEvent(self, _event: object) -> None:
            painter = QPainter(self)
            painter.drawPolyline(QPolygonF(self.points))
            painter.end()

    right = Drawn([QPointF(6, 5), QPointF(14, 15), QPointF(6, 25)])
    left = Drawn([QPointF(14, 5), QPointF(6, 15), QPointF(14, 25)])
    for w in (right, left):
        qtbot.addWidget(w)
        w.show()
    assert points_right(right)
    assert not points_right(left)
