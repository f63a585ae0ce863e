"""The stepper under the area bar: the four steps of the path, and Back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton

from hmo_desktop.ui.common import named, tr
from hmo_desktop.ui.flow_layout import FlowLayout


def build_stepper(
    go_to_step: Callable[[int], None], go_back: Callable[[], None]
) -> tuple[FlowLayout, list[QPushButton], QPushButton]:
    """The row of step buttons (checkable; the window enables them) and the Back button;
    the row wraps on a narrow window or with large text."""
    steps: list[QPushButton] = []
    row = FlowLayout()
    for i, (obj, label) in enumerate(
        (
            ("stepPlan", tr("1  Plan")),
            ("stepGroup", tr("2  Medical group")),
            ("stepDoctor", tr("3  Doctor")),
            ("stepProfile", tr("4  Doctor's profile")),
        )
    ):
        b = named(QPushButton(label), obj, label.split("  ", 1)[1])
        b.setCheckable(True)
        b.setProperty("role", "step")
        b.clicked.connect(lambda _c=False, i=i: go_to_step(i))
        row.addWidget(b)
        if i < 3:
            arrow = QLabel("›")
            arrow.setAccessibleName("")
            row.addWidget(arrow)
        steps.append(b)
    back = named(QPushButton(tr("Back")), "backButton", tr("Back"))
    back.clicked.connect(go_back)
    row.addWidget(back)
    return row, steps, back
