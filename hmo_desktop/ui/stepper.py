"""The stepper under the area bar: the four steps of the path, and Back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from hmo_desktop.ui.common import named, tr
from hmo_desktop.ui.flow_layout import FlowLayout
from hmo_desktop.ui.retranslate import on_language_change, set_texts


class StepArrow(QWidget):
    """The arrow between two steps, drawn: it points the way the row reads (to the left
    in Farsi and Arabic). A "›" or "‹" character would not do: a text run's direction,
    and so whether the character is shown mirrored, depends on more than the widget's
    (the language's input direction among others)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.height() // 2 + 4, fm.height())

    def points_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def paintEvent(self, _event: QPaintEvent) -> None:
        half = max(3.0, self.fontMetrics().height() / 6)
        mid_x, mid_y = self.width() / 2, self.height() / 2
        tip = -half / 2 if self.points_left() else half / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), max(1.5, half / 3))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(
            [
                QPointF(mid_x - tip, mid_y - half),
                QPointF(mid_x + tip, mid_y),
                QPointF(mid_x - tip, mid_y + half),
            ]
        )
        painter.end()


def build_stepper(
    go_to_step: Callable[[int], None], go_back: Callable[[], None]
) -> tuple[FlowLayout, list[QPushButton], QPushButton]:
    """The row of step buttons (checkable; the window enables them) and the Back button;
    the row wraps on a narrow window or with large text."""
    steps: list[QPushButton] = []
    row = FlowLayout()
    for i, obj in enumerate(("stepPlan", "stepGroup", "stepDoctor", "stepProfile")):
        b = named(QPushButton(), obj, "")
        b.setCheckable(True)
        b.setProperty("role", "step")
        b.clicked.connect(lambda _c=False, i=i: go_to_step(i))
        row.addWidget(b)
        if i < 3:
            row.addWidget(StepArrow())
        steps.append(b)
    back = named(QPushButton(), "backButton", "")
    back.clicked.connect(go_back)
    row.addWidget(back)

    def words() -> None:
        labels = (tr("1  Plan"), tr("2  Medical group"), tr("3  Doctor"), tr("4  Doctor's profile"))
        for b, label in zip(steps, labels, strict=True):
            # Its name without the number: the step's own word ("Plan").
            set_texts(b, label, label.split("  ", 1)[-1].strip())
        set_texts(back, tr("Back"), tr("Back"))

    words()
    on_language_change(back, words)
    return row, steps, back
