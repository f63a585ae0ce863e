"""Contrast and target sizes measured on what the app renders: the pixels of a window
grab, and the geometry of what a person can click.

Text: in the part of a widget where its text is drawn, the most common color is the
background; the text color is, among the colors that cover a few pixels at least, the one
farthest from it (antialiased edges are blends of the two, always nearer). Focus: the
widget is grabbed without focus and with it; in its outer 4 px band, the pixels whose
color changed by at least 3:1 form the ring, which must cover the widget's perimeter at
least once and stand 3:1 against what is around the widget.
"""

from __future__ import annotations

import struct
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSpinBox,
    QTableView,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from hmo_desktop.ui.colors import contrast

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Finding:
    """A pair of colors below its minimum, or a target too small."""

    what: str  # objectName or type, and which part
    detail: str

    def __str__(self) -> str:
        return f"{self.what}: {self.detail}"


def flush_closed_windows() -> None:
    """Delete the windows earlier tests closed (deleteLater waits for an event loop that
    may never come): a new style sheet is applied to every widget alive, and thousands
    of closed ones make it take seconds."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def name(w: QWidget) -> str:
    return w.objectName() or type(w).__name__


def grab(top: QWidget, rect: QRect) -> QImage:
    """What ``top`` shows in ``rect`` (its coordinates), 32-bit RGB."""
    return top.grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)


def pixels(img: QImage) -> list[RGB]:
    w, h = img.width(), img.height()
    data = bytes(img.constBits())[: img.bytesPerLine() * h]
    out: list[RGB] = []
    line = img.bytesPerLine()
    for y in range(h):
        row = data[y * line : y * line + 4 * w]
        out.extend(
            ((v >> 16) & 255, (v >> 8) & 255, v & 255) for (v,) in struct.iter_unpack("<I", row)
        )
    return out


def text_and_background(img: QImage) -> tuple[RGB, RGB] | None:
    """The text color and the background color of a text area, or None when it shows
    only one color."""
    hist = Counter(pixels(img))
    if len(hist) < 2:
        return None
    background, count = hist.most_common(1)[0]
    least = max(4, (sum(hist.values()) - count) // 200)
    candidates = [c for c, n in hist.items() if c != background and n >= least]
    if not candidates:
        return None
    return max(candidates, key=lambda c: contrast(c, background)), background


def rect_in(top: QWidget, w: QWidget, rect: QRect | None = None) -> QRect:
    r = rect if rect is not None else w.rect()
    return QRect(w.mapTo(top, r.topLeft()), r.size())


def shown(w: QWidget, top: QWidget) -> bool:
    """Visible, enabled (WCAG exempts inactive controls) and not scrolled out of sight."""
    if not w.isVisible() or not w.isEnabled() or w.window() is not top:
        return False
    visible = w.visibleRegion().boundingRect()
    return visible.width() >= w.width() - 1 and visible.height() >= w.height() - 1


def text_areas(top: QWidget) -> Iterator[tuple[str, QRect]]:
    """Every area of ``top`` where text is drawn on one background: labels, buttons,
    fields, check boxes, header sections, menu bars, and the rows of lists and tables
    (selected rows among them)."""
    for w in top.findChildren(QWidget):
        if not shown(w, top):
            continue
        if isinstance(w, QLabel):
            if w.text().strip() and w.pixmap().isNull():
                yield name(w), rect_in(top, w, w.contentsRect())
        elif isinstance(w, QCheckBox):
            opt = QStyleOptionButton()
            w.initStyleOption(opt)
            r = w.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, w)
            yield name(w), rect_in(top, w, r)
        elif isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QSpinBox)):
            if isinstance(w, QToolButton) and not w.text():
                continue
            yield name(w), rect_in(top, w, w.rect().adjusted(4, 4, -4, -4))
        elif isinstance(w, QHeaderView):
            yield f"{name(w.parentWidget() or w)} header", rect_in(top, w)
        elif isinstance(w, QMenuBar):
            for a in w.actions():
                if a.isVisible():
                    yield f"menu {a.text()}", rect_in(top, w, w.actionGeometry(a))
        elif isinstance(w, QTextBrowser):
            viewport = w.viewport()
            yield name(w), rect_in(top, viewport, viewport.rect().adjusted(2, 2, -2, -2))
        elif isinstance(w, QAbstractItemView):
            yield from rows_of(top, w)


def rows_of(
    top: QWidget, view: QAbstractItemView, limit: int = 6, clip: bool = True
) -> Iterator[tuple[str, QRect]]:
    """The first rows of ``view`` that are in sight, each as one area (with ``clip``, only
    the part in sight)."""
    model = view.model()
    viewport = view.viewport()
    index = view.indexAt(QPoint(4, 4))
    seen = 0
    while index.isValid() and seen < limit:
        row = QRect()
        columns = 1 if isinstance(view, QListView) else model.columnCount(index.parent())
        for col in range(columns):
            row = row.united(view.visualRect(index.siblingAtColumn(col)))
        if clip:
            row = row.intersected(viewport.rect())
        if row.height() <= 2 or row.top() >= viewport.height():
            break
        selected = view.selectionModel().isSelected(index) if view.selectionModel() else False
        label = f"{name(view)} row {index.row()}{' (selected)' if selected else ''}"
        yield label, rect_in(top, viewport, row)
        index = view.indexBelow(index) if hasattr(view, "indexBelow") else _next(view, index)
        seen += 1


def _next(view: QAbstractItemView, index: QModelIndex) -> QModelIndex:
    return (
        index.sibling(index.row() + 1, 0)
        if index.row() + 1 < view.model().rowCount()
        else QModelIndex()
    )


def text_findings(top: QWidget, minimum: float = 4.5) -> list[Finding]:
    """Every text area of ``top`` whose text has less than ``minimum`` against its
    background (the focus is taken away first: a text cursor is not text)."""
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    QApplication.processEvents()
    found = []
    for what, rect in text_areas(top):
        if rect.width() < 2 or rect.height() < 2:
            continue
        pair = text_and_background(grab(top, rect))
        if pair is not None and contrast(*pair) < minimum - 0.005:
            fg, bg = pair
            found.append(Finding(what, f"{hexa(fg)} on {hexa(bg)} = {contrast(fg, bg):.2f}:1"))
    return found


def hexa(c: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*c)


def dominant(colors: list[RGB]) -> RGB:
    return Counter(colors).most_common(1)[0][0]


def band(img: QImage, inner: int) -> list[tuple[int, int]]:
    """The pixel positions of ``img``'s outer band ``inner`` pixels wide."""
    w, h = img.width(), img.height()
    out: list[tuple[int, int]] = []
    for y in range(h):
        if y < inner or y >= h - inner:
            out.extend((x, y) for x in range(w))
        else:
            out.extend((x, y) for x in range(min(inner, w)))
            out.extend((x, y) for x in range(max(w - inner, inner), w))
    return out


def color_at(img: QImage, x: int, y: int) -> RGB:
    c = img.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def focus_finding(top: QWidget, w: QWidget) -> Finding | None:
    """Whether ``w`` shows a focus ring of at least 3:1: its change covers the perimeter
    once, and stands 3:1 against the colors around the widget."""
    for area in _scroll_areas(w):
        area.ensureWidgetVisible(w, 8, 8)
    top.activateWindow()  # a window that is not active gives no widget the focus
    QApplication.processEvents()
    rect = rect_in(top, w)
    around = rect.adjusted(-2, -2, 2, 2).intersected(top.rect())
    w.clearFocus()
    QApplication.processEvents()
    before = grab(top, around)
    w.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    if not w.hasFocus():
        return Finding(name(w), "does not take the focus")
    after = grab(top, around)
    w.clearFocus()
    QApplication.processEvents()
    dx, dy = rect.x() - around.x(), rect.y() - around.y()
    ring: list[RGB] = []
    for x, y in band(QImage(rect.size(), QImage.Format.Format_RGB32), 4):
        a, b = color_at(after, x + dx, y + dy), color_at(before, x + dx, y + dy)
        if contrast(a, b) >= 3.0:
            ring.append(a)
    perimeter = 2 * (rect.width() + rect.height())
    if len(ring) < perimeter:
        return Finding(
            name(w),
            f"focus changes {len(ring)} pixels by 3:1, fewer than its perimeter {perimeter}",
        )
    outside = [
        color_at(after, x, y)
        for x, y in band(after, 2)
        if not rect.contains(QPoint(x + around.x(), y + around.y()))
    ]
    if not outside:
        return None
    color, near = dominant(ring), dominant(outside)
    if contrast(color, near) < 3.0:
        return Finding(
            name(w),
            f"focus ring {hexa(color)} next to {hexa(near)} = {contrast(color, near):.2f}:1",
        )
    return None


def _scroll_areas(w: QWidget) -> list[QScrollArea]:
    out = []
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QScrollArea):
            out.append(p)
        p = p.parentWidget()
    return out


def focusable(top: QWidget) -> list[QWidget]:
    """The widgets of ``top`` a person reaches with Tab, as a ring must show them."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QSpinBox, QAbstractScrollArea)
    out: list[QWidget] = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w, QHeaderView):
            continue
        if not w.isVisible() or not w.isEnabled() or w.window() is not top:
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or _inside_control(w, top):
            continue
        out.append(w)
    return out


def _inside_control(w: QWidget, top: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, (QComboBox, QSpinBox, QAbstractItemView, QLineEdit)):
            return True
        p = p.parentWidget()
    return False


def border_findings(top: QWidget) -> list[Finding]:
    """Fields, drop-downs, spin boxes and check boxes whose border has less than 3:1
    against what is around them (WCAG 1.4.11: the border is what shows the control)."""
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    QApplication.processEvents()
    found = []
    for w in top.findChildren(QWidget):
        if not shown(w, top) or not isinstance(w, (QLineEdit, QComboBox, QSpinBox, QCheckBox)):
            continue
        if _inside_control(w, top):
            continue
        if isinstance(w, QCheckBox):
            opt = QStyleOptionButton()
            w.initStyleOption(opt)
            box = w.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, w)
        else:
            box = w.rect()
        rect = rect_in(top, w, box)
        around = rect.adjusted(-2, -2, 2, 2).intersected(top.rect())
        img = grab(top, around)
        dx, dy = rect.x() - around.x(), rect.y() - around.y()
        edge = [
            color_at(img, x + dx, y + dy)
            for x, y in band(QImage(rect.size(), QImage.Format.Format_RGB32), 1)
        ]
        outside = [
            color_at(img, x, y)
            for x, y in band(img, 2)
            if not rect.contains(QPoint(x + around.x(), y + around.y()))
        ]
        if not outside:
            continue
        border, near = dominant(edge), dominant(outside)
        if contrast(border, near) < 3.0:
            found.append(
                Finding(
                    name(w),
                    f"border {hexa(border)} next to {hexa(near)} = {contrast(border, near):.2f}:1",
                )
            )
    return found


def target_findings(top: QWidget, least: int) -> list[Finding]:
    """Everything a person can click in ``top`` that is smaller than ``least`` x ``least``
    pixels: buttons, fields, drop-downs, check boxes (the whole clickable row), spin boxes
    and their arrows, the clear buttons of fields, rows of lists and tables, clickable
    header sections and menu bar items. Scroll bars are left out: what they scroll also
    scrolls by wheel, drag and keys (WCAG 2.5.8, "equivalent")."""
    found: list[Finding] = []

    def check(what: str, r: QRect) -> None:
        if r.width() < least or r.height() < least:
            found.append(Finding(what, f"{r.width()}x{r.height()} px, less than {least}x{least}"))

    for w in top.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled() or w.window() is not top:
            continue
        if isinstance(w, QSpinBox):
            check(name(w), w.rect())
            opt = QStyleOptionSpinBox()
            w.initStyleOption(opt)
            for part, sub in (
                ("up", QStyle.SubControl.SC_SpinBoxUp),
                ("down", QStyle.SubControl.SC_SpinBoxDown),
            ):
                r = w.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, opt, sub, w)
                check(f"{name(w)} {part} arrow", r)
        elif isinstance(w, QToolButton) and isinstance(w.parentWidget(), QLineEdit):
            if w.isVisible():
                check(f"{name(w.parentWidget())} clear button", w.rect())  # type: ignore[arg-type]
        elif isinstance(w, (QAbstractButton, QLineEdit, QComboBox)):
            if not _inside_control(w, top):
                check(name(w), w.rect())
        elif isinstance(w, QHeaderView):
            if w.sectionsClickable() and w.orientation() == Qt.Orientation.Horizontal:
                check(f"{name(w.parentWidget() or w)} header", QRect(0, 0, least, w.height()))
        elif isinstance(w, QMenuBar):
            for a in w.actions():
                if a.isVisible():
                    check(f"menu {a.text()}", w.actionGeometry(a))
        elif isinstance(w, QTableView):
            if w.model() is not None and w.model().rowCount() > 0:
                check(f"{name(w)} row", QRect(0, 0, least, w.rowHeight(0)))
        elif isinstance(w, QAbstractItemView):
            for what, r in rows_of(w, w, clip=False):
                check(what, QRect(0, 0, least, r.height()))
    return found
