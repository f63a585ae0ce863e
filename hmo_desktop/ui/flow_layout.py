"""A layout that puts its widgets in a row and wraps them onto the next row when the row
is full (Qt's flow layout example): the top bar and the stepper fit an 800 px window, and
text at twice its size, without widening the window."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's interface (Qt's camelCase: these override Qt)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of everything."""
        width = sum(i.sizeHint().width() for i in self._shown()) + self._gap * max(
            0, len(self._shown()) - 1
        )
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: everything else can wrap."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- the arrangement

    def _right_to_left(self) -> bool:
        owner = self.parentWidget()
        if owner is None:
            return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return owner.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items (when ``move``); the height they take at ``rect``'s width."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_height = area.x(), area.y(), 0
        rows: list[list[tuple[QLayoutItem, QPoint, QSize]]] = [[]]
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())  # an item wider than the row shrinks
            width = max(width, item.minimumSize().width())
            gap = self._gap
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + row_height + self._gap
                row_height = 0
                rows.append([])
            rows[-1].append((item, QPoint(x, y), QSize(width, hint.height())))
            x += width + gap
            row_height = max(row_height, hint.height())
        if move:
            # Right to left (Farsi, Arabic), each row starts at the right edge.
            mirror = self._right_to_left()
            for row in rows:
                tallest = max((size.height() for _i, _p, size in row), default=0)
                for item, point, size in row:
                    # Items of a row share its height, centred like a box layout's.
                    top = point.y() + (tallest - size.height()) // 2
                    left = point.x()
                    if mirror:
                        left = area.x() + area.right() + 1 - point.x() - size.width()
                    item.setGeometry(QRect(QPoint(left, top), size))
        return y + row_height - rect.y() + m.bottom()
