"""Walking the focus chain with real Tab and Shift+Tab presses, and what it must show:
every control reached, once, in reading order, and no trap."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.ui.test_contract import interactive

#: Presses on one widget before it counts as a trap (a text with links takes one each).
MOST_PRESSES_ON_ONE = 25


@dataclass
class Walk:
    """The widgets focused, in order, from the start until focus came back to it."""

    stops: list[QWidget] = field(default_factory=list)
    trapped: QWidget | None = None  # focus stayed here: Tab never left it
    twice: list[QWidget] = field(default_factory=list)  # reached again before the end


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def walk(start: QWidget, *, backward: bool = False, most: int = 150) -> Walk:
    """Focus ``start``, then press Tab (Shift+Tab: ``backward``) until focus is back on
    it. Consecutive presses on one widget are one stop (a text's links), up to a trap."""
    start.window().activateWindow()
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    assert focused() is start, f"cannot focus {start.objectName()}"
    out = Walk(stops=[start])
    key = Qt.Key.Key_Backtab if backward else Qt.Key.Key_Tab
    same = 0
    for _ in range(most):
        now = focused()
        assert now is not None
        QTest.keyClick(now, key, Qt.KeyboardModifier.ShiftModifier if backward else
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
        after = focused()
        if after is start:
            return out
        if after is None:
            out.trapped = now  # focus left the window
            return out
        if after is now:
            same += 1
            if same >= MOST_PRESSES_ON_ONE:
                out.trapped = now
                return out
            continue
        same = 0
        if after in out.stops:
            out.twice.append(after)
            return out
        out.stops.append(after)
    out.trapped = focused()
    return out


def name(w: QWidget) -> str:
    return w.objectName() or f"<{type(w).__name__} {w.accessibleName()!r}>"


def controls(top: QWidget) -> list[QWidget]:
    """The documented interactive widgets a person can use now: visible and enabled."""
    return [w for w in interactive(top) if w.isVisible() and w.isEnabled()]


def place(w: QWidget) -> QRect:
    """Where the widget is read: in a scroll area (the doctor filters), the area as a
    whole when compared with what is outside it, so a column is read top to bottom
    before the column to its right."""
    return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())


def _block(a: QWidget, b: QWidget) -> QWidget:
    """What ``a`` is read as when compared with ``b``: the outermost scroll area or
    widget marked as a column (property ``column``) holding ``a`` but not ``b`` (a column
    read as a whole), else ``a`` itself."""
    block, p = a, a.parentWidget()
    while p is not None and not p.isAncestorOf(b):
        if isinstance(p, QScrollArea) or p.property("column") is True:
            block = p
        p = p.parentWidget()
    return block


def read_before(a: QWidget, b: QWidget) -> bool:
    """Whether ``b`` may come right after ``a`` in reading order: not above it, and not
    to its left on the same line."""
    ra, rb = place(_block(a, b)), place(_block(b, a))
    if rb.bottom() < ra.top():
        return False  # b wholly above a
    overlap = rb.top() <= ra.bottom() and ra.top() <= rb.bottom()
    return not (overlap and rb.right() < ra.left())  # b on a's line, to its left


def first_read(widgets: list[QWidget]) -> QWidget:
    """The one read first: on the top line (the widgets beside the topmost one), the
    leftmost."""
    top = min(widgets, key=lambda w: place(w).top())
    t = place(top)
    line = [w for w in widgets if place(w).top() <= t.bottom() and t.top() <= place(w).bottom()]
    return min(line, key=lambda w: place(w).left())


def chain_problems(start: QWidget, top: QWidget | None = None) -> list[str]:
    """Every way the tab chain from ``start`` fails: a trap, a widget reached twice, a
    control never reached, a stop that is hidden or unnamed, a step out of reading order,
    and Shift+Tab not the reverse of Tab."""
    top = top if top is not None else start.window()
    fwd = walk(start)
    if fwd.trapped is None and not fwd.twice:
        # The chain is a cycle: check it from its first stop in reading order (a dialog
        # opens with focus on its default button, which is read last).
        first = first_read(fwd.stops)
        if first is not start:
            start, fwd = first, walk(first)
    problems: list[str] = []
    if fwd.trapped is not None:
        problems.append(f"trap: Tab never leaves {name(fwd.trapped)}")
    problems += [f"reached twice: {name(w)}" for w in fwd.twice]
    problems += [f"not reached: {name(w)}" for w in controls(top) if w not in fwd.stops]
    for w in fwd.stops:
        if not w.isVisible() or not w.accessibleName():
            problems.append(f"invisible or unnamed tab stop: {name(w)}")
    for a, b in zip(fwd.stops, fwd.stops[1:], strict=False):
        if not read_before(a, b):
            problems.append(f"out of reading order: {name(a)} -> {name(b)}")
    if not problems:
        back = walk(start, backward=True)
        if back.stops != [start, *reversed(fwd.stops[1:])]:
            problems.append(
                "Shift+Tab is not the reverse: " + ", ".join(name(w) for w in back.stops)
            )
    return problems
