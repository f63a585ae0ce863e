"""What the window says about the directory it has open: whose doctors it lists
(fictional samples, public files, or both) and, when its data on plans and doctors is more
than a year old, a warning with what to do. The status line shows ``DirectoryNote``; the
About box uses the same words.

No screen is imported here, nor the window: ``dialogs`` uses these words.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from hmo_desktop.ui.common import arg as arg  # its place before; screens import it here
from hmo_desktop.ui.common import tr
from hmo_desktop.ui.retranslate import is_language_change

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from hmo_desktop.directory import DataAge, Directory, DoctorMix


def shown(path: Path) -> str:
    """A path as text any widget can show: a byte that is not UTF-8 becomes U+FFFD."""
    import os

    return os.fsencode(path).decode("utf-8", "replace")


def doctor_words(mix: DoctorMix) -> str:
    """Whose doctors the directory lists, in one sentence for the status line."""
    if mix.real == 0:
        return tr(
            "Doctors shown are fictional samples. Plans and groups: public data, dated "
            "where marked. Always confirm with your plan."
        )
    if mix.sample:
        return tr(
            "Real doctors from public files, with fictional samples where those files have "
            "none (marked Sample). Always confirm with your plan."
        )
    return tr(
        "Doctors come from public provider files; see About for sources and dates. Always "
        "confirm with your plan."
    )


def when_words(age: DataAge) -> str:
    """The period a date names, in the member's language: "2018", "March 2024"."""
    start = QDate(age.start.year, age.start.month, age.start.day)
    if age.precision == "year":
        return str(age.start.year)
    pattern = "MMMM yyyy" if age.precision == "month" else "d MMMM yyyy"
    return QLocale().toString(start, pattern)


def age_warning(age: DataAge | None, today: date) -> str | None:
    """The warning for data on plans and doctors more than a year old (the rule:
    ``hmo_desktop.directory.newest_data``), or None."""
    if age is None or not age.is_stale(today):
        return None
    return arg(
        tr(
            "This directory's newest data is from %1, more than a year ago. Plans and doctors "
            "may have changed: check with the plan before enrolling."
        ),
        when_words(age),
    )


def _fit_height(label: QLabel, width: int) -> None:
    """The height ``label``'s wrapped text needs at ``width`` (a QLabel's answer is at
    least its minimum height: that is set free first)."""
    label.setMinimumHeight(0)
    label.setMaximumHeight(16777215)
    label.setFixedHeight(max(1, label.heightForWidth(width)))


class DirectoryNote(QWidget):
    """The status line's note on the open directory: empty until one is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: What the open directory is (whose doctors, its newest data, the day it was
        #: judged on): read once, said again in each language.
        self._shown: tuple[DoctorMix, DataAge | None, date] | None = None
        # No minimum width, and wrapped: a narrow window or large text makes the status
        # line taller, never cuts "Always confirm with your plan" off.
        self.note = QLabel()
        self.note.setObjectName("dataNote")
        self.warning = QLabel()
        self.warning.setObjectName("directoryAgeWarning")
        # Its colors: the theme's (QLabel#directoryAgeWarning in resources/style.qss).
        self.warning.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        for label in (self.warning, self.note):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            lay.addWidget(label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The status bar does not ask a height for its width: each label is given the
        # height its wrapped text needs at the width it has.
        for label in (self.warning, self.note):
            _fit_height(label, event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def show_directory(self, db: Directory, today: date | None = None) -> None:
        from hmo_desktop.directory import doctor_mix, newest_data, source_summary

        self._shown = (doctor_mix(db), newest_data(source_summary(db)), today or date.today())
        self.retranslate()

    def retranslate(self) -> None:
        """What it says about the directory shown, in the app's language (the directory is
        not read again: it may be closed by now)."""
        if self._shown is None:
            return
        mix, age, today = self._shown
        note = doctor_words(mix)
        self.note.setText(note)
        self.note.setToolTip(note)
        _fit_height(self.note, self.width())
        warning = age_warning(age, today)
        self.warning.setText(warning or "")
        self.warning.setToolTip(warning or "")
        self.warning.setAccessibleName(warning or "")
        self.warning.setVisible(warning is not None)
        _fit_height(self.warning, self.width())

    def text(self) -> str:
        """All it says, for testers: the warning (if any), then the note."""
        shown = (self.warning.text(),) if self.warning.isVisibleTo(self) else ()
        return "\n".join((*shown, self.note.text()))
