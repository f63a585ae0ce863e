"""Whether focus shows: the pixels a Tab press changes around the newly focused widget,
read from grabs of the window before and after the press."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

#: How far inside and outside a widget's edge an indicator is looked for, in pixels.
RING = 4
#: WCAG 2.4.13 (focus appearance): 3:1 against what was there and what is around.
MIN_CONTRAST = 3.0


def luminance(rgb: int) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: int, b: int) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class Pixels:
    """A grab as 0xRRGGBB numbers, read without a call per pixel."""

    def __init__(self, image: QImage) -> None:
        img = image.convertToFormat(QImage.Format.Format_RGB32)
        self.width, self.height = img.width(), img.height()
        self.stride = img.bytesPerLine()
        self.data = bytes(img.constBits())

    def at(self, x: int, y: int) -> int:
        i = y * self.stride + x * 4  # little-endian BGRA
        d = self.data
        return (d[i + 2] << 16) | (d[i + 1] << 8) | d[i]


@dataclass
class Seen:
    widget: QWidget
    indicator: int  # changed pixels with 3:1 against before and around
    needed: int  # a 1-pixel line all around the widget's visible edge
    changed: int

    @property
    def shows(self) -> bool:
        return self.indicator >= self.needed


def ring(r: QRect, limit: QRect) -> list[tuple[int, int, bool]]:
    """Pixels near ``r``'s edge (x, y, outside ``r``), within ``limit``."""
    out: list[tuple[int, int, bool]] = []
    for y in range(max(r.top() - RING, limit.top()), min(r.bottom() + RING, limit.bottom()) + 1):
        for x in range(
            max(r.left() - RING, limit.left()), min(r.right() + RING, limit.right()) + 1
        ):
            inside = r.contains(x, y)
            near = (
                x - r.left() < RING or r.right() - x < RING or y - r.top() < RING
                or r.bottom() - y < RING
            )  # fmt: skip
            if not inside or near:
                out.append((x, y, not inside))
    return out


def visible_rect(w: QWidget, window: QWidget) -> QRect:
    shown = w.visibleRegion().boundingRect()
    return QRect(w.mapTo(window, shown.topLeft()), shown.size())


def seen_after(window: QWidget, before: QImage, after: QImage, w: QWidget) -> Seen:
    b, a = Pixels(before), Pixels(after)
    r = visible_rect(w, window)
    pixels = ring(r, QRect(0, 0, min(a.width, b.width), min(a.height, b.height)))
    changed = [(x, y) for x, y, _out in pixels if a.at(x, y) != b.at(x, y)]
    still = Counter(a.at(x, y) for x, y, out in pixels if out and a.at(x, y) == b.at(x, y))
    around = still.most_common(1)[0][0] if still else None
    indicator = 0
    for x, y in changed:
        now = a.at(x, y)
        if contrast(now, b.at(x, y)) >= MIN_CONTRAST and (
            around is None or contrast(now, around) >= MIN_CONTRAST
        ):
            indicator += 1
    return Seen(w, indicator, 2 * (r.width() + r.height()), len(changed))


def tab_and_look(window: QWidget, *, most: int = 120) -> list[Seen]:
    """From the focus widget, Tab round the chain once; for each widget reached, what the
    press changed around it."""
    start = QApplication.focusWidget()
    assert start is not None
    out: list[Seen] = []
    for _ in range(most):
        now = QApplication.focusWidget()
        assert now is not None
        QApplication.processEvents()
        before = window.grab().toImage()
        QTest.keyClick(now, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after_widget = QApplication.focusWidget()
        assert after_widget is not None
        if after_widget is now:
            continue  # moved between a text's links
        out.append(seen_after(window, before, window.grab().toImage(), after_widget))
        if after_widget is start:
            return out
    return out


def unseen(seen: list[Seen]) -> list[str]:
    return [
        f"{s.widget.objectName() or type(s.widget).__name__}: {s.indicator} of {s.needed} "
        f"pixels ({s.changed} changed)"
        for s in seen
        if not s.shows
    ]
