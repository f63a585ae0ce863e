"""What a screen reader is told when a message changes: the area bar's error, the
doctor count, the empty state and the note on doctors left out.

Such a label has a fixed accessible name ("Number of doctors found"), which is what a
screen reader reads for it; the changing words go in its accessible description, and a
``QAccessibleEvent`` tells the screen reader at once (``Alert`` for a problem the member
must act on, ``DescriptionChanged`` otherwise).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, *, alert: bool = False) -> None:
    """Put ``text`` in the widget's accessible description and announce it."""
    widget.setAccessibleDescription(text)
    kind = QAccessible.Event.Alert if alert else QAccessible.Event.DescriptionChanged
    QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))


def announce_labels(*labels: QLabel, alert: tuple[QLabel, ...] = ()) -> None:
    """Announce each label whose words changed since it was last announced; a hidden
    label says nothing (its description is emptied, silently)."""
    for label in labels:
        text = label.text() if not label.isHidden() else ""
        if text == label.accessibleDescription():
            continue
        if text:
            announce(label, text, alert=label in alert)
        else:
            label.setAccessibleDescription("")
