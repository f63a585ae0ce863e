"""The area bar: the member's ZIP or county, always visible above every step.

It emits ``area_chosen`` with the member's new area (an ``Area``, or None for all of
California); the window puts it in the session and decides what it means for the steps.
A ZIP that cannot be used is explained here, in plain words, and keeps the area (the bar
emits ``zip_rejected``); a half-typed ZIP is explained when Enter is pressed. Emptying the
ZIP field keeps the county, without the ZIP's place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from hmo_desktop.household import Area
from hmo_desktop.ui.announce import announce
from hmo_desktop.ui.common import named
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.retranslate import is_language_change

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory, InvalidZip


class AreaBar(QWidget):
    area_chosen = Signal(object)  # Area | None
    zip_rejected = Signal()  # a whole ZIP was typed that cannot be used (the area stays)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Directory | None = None  # ZIPs are looked up once it is open
        self._area: Area | None = None  # the area this bar gave last
        #: What the ZIP message says, as the words that make it (set again on a switch).
        self._said: Callable[[], str] | None = None
        self.zip_edit = named(QLineEdit(), "zipEdit", "")
        self.zip_edit.setMaxLength(10)
        self.zip_edit.setFixedWidth(110)
        self.zip_edit.textChanged.connect(self._zip_changed)
        self.zip_edit.returnPressed.connect(self._zip_entered)
        self.county = named(QComboBox(), "countyCombo", "")
        self.county.addItem("", None)  # "All of California"
        self.county.currentIndexChanged.connect(self._county_changed)
        # The message repeats what was typed: it is set as plain text (see _note).
        self.zip_message = named(QLabel(), "zipMessage", "")
        self.zip_message.setProperty("role", "error")
        # A long message wraps in its own row under the bar and the buttons beside it (the
        # window places it there): it never widens the window off a small screen.
        self.zip_message.setWordWrap(True)
        self.zip_message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self._zip_label, self._county_label = QLabel(), QLabel()
        self._zip_label.setBuddy(self.zip_edit)
        self._county_label.setBuddy(self.county)
        lay.addWidget(self._zip_label)
        lay.addWidget(self.zip_edit)
        lay.addWidget(self._county_label)
        lay.addWidget(self.county)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The bar's words in the app's language; the ZIP and county chosen stay."""
        self.zip_edit.setAccessibleName(self.tr("Your ZIP code"))
        self.zip_edit.setPlaceholderText(self.tr("ZIP code"))
        self.county.setAccessibleName(self.tr("Your county"))
        self.county.setItemText(0, self.tr("All of California"))
        self.zip_message.setAccessibleName(self.tr("ZIP code message"))
        self._zip_label.setText(self.tr("ZIP:"))
        self._county_label.setText(self.tr("or county:"))
        if self._said is not None and self.zip_message.text():
            self.zip_message.setText(self._said())  # the message shown, in the new words

    def attach(self, db: Directory) -> Area | None:
        """List the counties; the area of a ZIP typed while the directory was opening, if
        any (returned, not emitted: the window shows the area next)."""
        from hmo_desktop.directory import counties, zip_is_complete

        self._db = db
        with QSignalBlocker(self.county):
            for c in counties(db):
                self.county.addItem(c.name, (c.id, c.name))
        text = self.zip_edit.text()
        self._area = self._look_up(text) if zip_is_complete(text) else None
        return self._area

    def reset(self) -> None:
        """Empty, as for a new member (setText also empties the field's undo history)."""
        with QSignalBlocker(self.zip_edit), QSignalBlocker(self.county):
            self.zip_edit.setText("")
            self.county.setCurrentIndex(0)
        self.zip_message.clear()
        self._area = None

    def _give(self, area: Area | None) -> None:
        self._area = area
        self.area_chosen.emit(area)

    # ---------------------------------------------------------------- ZIP

    def _zip_changed(self, text: str) -> None:
        from hmo_desktop.directory import zip_is_complete

        if not text.strip():
            self.zip_message.clear()
            if self._area is not None and self._area.place is not None:
                self._give(Area(self._area.county_id, self._area.county))  # the county stays
            return
        if self._db is None or not zip_is_complete(text):
            self.zip_message.clear()  # still typing: nothing to say yet (Enter asks)
            return
        area = self._look_up(text)
        if area is None:
            self.zip_rejected.emit()
        else:
            self._give(area)

    def _zip_entered(self) -> None:
        """Enter in the ZIP field: say what is missing from what was typed."""
        from hmo_desktop.directory import zip_is_complete

        text = self.zip_edit.text().strip()
        if not text:
            if self.county.currentIndex() <= 0:
                self._note(
                    lambda: self.tr("Enter a 5-digit ZIP code, or pick a county."), error=True
                )
        elif not zip_is_complete(text):
            self._note(
                lambda: arg(
                    self.tr(
                        '"%1" is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or '
                        "ZIP+4, like 94110-1234)."
                    ),
                    text,
                ),
                error=True,
            )

    def _look_up(self, text: str) -> Area | None:
        """The area of a whole ZIP; None (with a message saying why) if it cannot be used."""
        from hmo_desktop.directory import InvalidZip, find_place

        if self._db is None:
            return None
        try:
            place = find_place(self._db, text)
        except InvalidZip as problem:
            rejected = problem  # the name "problem" ends with the except block
            self._note(lambda: self.zip_problem(rejected), error=True)
            return None
        self._note(lambda: arg(self.tr("%1, %2 County"), place.city, place.county), error=False)
        with QSignalBlocker(self.county):  # the ZIP chose the county; no second refill
            self.county.setCurrentIndex(self.county.findText(place.county))
        return Area(place.county_id, place.county, place)

    def zip_problem(self, problem: InvalidZip) -> str:
        """Why a typed ZIP cannot be used, and what to do instead."""
        z = problem.zip_code or ""
        return {
            "empty": self.tr("Enter a 5-digit ZIP code."),
            "not_ascii_digits": self.tr("Type the ZIP code with the digits 0-9."),
            "bad_format": self.tr(
                "A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234)."
            ),
            "not_california": arg(
                self.tr(
                    "%1 is not a California ZIP code. HMO Desktop covers California plans; "
                    "enter a California ZIP or pick a county."
                ),
                z,
            ),
            "unknown_zip": arg(
                self.tr(
                    "ZIP %1 is not in our list of California ZIP codes (it may be a PO box or "
                    "a new ZIP). Try a nearby ZIP or pick a county."
                ),
                z,
            ),
        }[problem.code]

    def _note(self, words: Callable[[], str], error: bool) -> None:
        # Qt's namespace is touched here, not at start-up: the first paint need not wait.
        from PySide6.QtCore import Qt

        self._said = words
        text = words()
        self.zip_message.setTextFormat(Qt.TextFormat.PlainText)  # it may repeat input
        self.zip_message.setText(text)
        self.zip_message.setProperty("role", "error" if error else "note")
        self.zip_message.style().unpolish(self.zip_message)
        self.zip_message.style().polish(self.zip_message)
        announce(self.zip_message, text, alert=error)  # a screen reader hears it at once

    # ---------------------------------------------------------------- county

    def _county_changed(self, _index: int) -> None:
        data = self.county.currentData()
        with QSignalBlocker(self.zip_edit):
            self.zip_edit.clear()
        self.zip_message.clear()
        self._give(Area(*data) if data else None)
