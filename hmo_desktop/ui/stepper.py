"""The stepper under the area bar: the four steps of the path, and Back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from hmo_desktop.ui.common import named, tr
from hmo_desktop.ui.flow_layout import FlowLayout
from hmo_desktop.ui.retranslate import on_language_change, set_texts


class StepArrow(QLabel):
    """The arrow between two steps: it points the way the row reads (right to left in
    Farsi and Arabic)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("")
        self._point()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._point()
        super().changeEvent(event)

    def _point(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.setText("‹" if rtl else "›")


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
