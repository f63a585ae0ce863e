"""The area bar: the member's ZIP or county, always visible above every step.

It writes the area into the session and emits ``area_changed``; the window decides what
that means for the steps. A ZIP that cannot be used is explained here, in plain words,
and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from hmo_desktop.household import Area, Session
from hmo_desktop.ui.common import named

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory, InvalidZip, Place


class AreaBar(QWidget):
    area_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db: Directory | None = None  # ZIPs are looked up once it is open
        self.zip_edit = named(QLineEdit(), "zipEdit", self.tr("Your ZIP code"))
        self.zip_edit.setPlaceholderText(self.tr("ZIP code"))
        self.zip_edit.setMaxLength(10)
        self.zip_edit.setFixedWidth(110)
        self.zip_edit.textChanged.connect(self._zip_changed)
        self.county = named(QComboBox(), "countyCombo", self.tr("Your county"))
        self.county.addItem(self.tr("All of California"), None)
        self.county.currentIndexChanged.connect(self._county_changed)
        self.zip_message = named(QLabel(), "zipMessage", self.tr("ZIP code message"))
        self.zip_message.setProperty("role", "error")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("ZIP:")))
        lay.addWidget(self.zip_edit)
        lay.addWidget(QLabel(self.tr("or county:")))
        lay.addWidget(self.county)
        lay.addWidget(self.zip_message, 1)

    def attach(self, db: Directory) -> None:
        """List the counties and look up a ZIP typed while the directory was opening
        (into the session, without ``area_changed``: the window shows the area next)."""
        from hmo_desktop.directory import counties

        self._db = db
        with QSignalBlocker(self.county):
            for c in counties(db):
                self.county.addItem(c.name, (c.id, c.name))
        self._look_up(self.zip_edit.text())

    def reset(self) -> None:
        """Empty, as for a new member (setText also empties the field's undo history)."""
        with QSignalBlocker(self.zip_edit), QSignalBlocker(self.county):
            self.zip_edit.setText("")
            self.county.setCurrentIndex(0)
        self.zip_message.clear()

    def place(self) -> Place | None:
        return self._session.place

    # ---------------------------------------------------------------- ZIP

    def _zip_changed(self, text: str) -> None:
        if self._look_up(text):
            self.area_changed.emit()

    def _look_up(self, text: str) -> bool:
        """Find the ZIP and put its area in the session; True if the area changed."""
        from hmo_desktop.directory import InvalidZip, find_place, zip_is_complete

        if self._db is None or not zip_is_complete(text):
            self.zip_message.clear()
            return False
        try:
            place = find_place(self._db, text)
        except InvalidZip as problem:
            self._note(self.zip_problem(problem), error=True)
            return False
        self._note(
            self.tr("%1, %2 County").replace("%1", place.city).replace("%2", place.county),
            error=False,
        )
        with QSignalBlocker(self.county):  # the ZIP chose the county; no second refill
            self.county.setCurrentIndex(self.county.findText(place.county))
        self._session.set_area(Area(place.county_id, place.county, place))
        return True

    def zip_problem(self, problem: InvalidZip) -> str:
        """Why a typed ZIP cannot be used, and what to do instead."""
        z = problem.zip_code or ""
        return {
            "empty": self.tr("Enter a 5-digit ZIP code."),
            "not_ascii_digits": self.tr("Type the ZIP code with the digits 0-9."),
            "bad_format": self.tr(
                "A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234)."
            ),
            "not_california": self.tr(
                "%1 is not a California ZIP code. HMO Desktop covers California plans; "
                "enter a California ZIP or pick a county."
            ).replace("%1", z),
            "unknown_zip": self.tr(
                "ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a "
                "new ZIP). Try a nearby ZIP or pick a county."
            ).replace("%1", z),
        }[problem.code]

    def _note(self, text: str, error: bool) -> None:
        self.zip_message.setText(text)
        self.zip_message.setProperty("role", "error" if error else "note")
        self.zip_message.style().unpolish(self.zip_message)
        self.zip_message.style().polish(self.zip_message)

    # ---------------------------------------------------------------- county

    def _county_changed(self, _index: int) -> None:
        data = self.county.currentData()
        with QSignalBlocker(self.zip_edit):
            self.zip_edit.clear()
        self.zip_message.clear()
        self._session.set_area(Area(*data) if data else None)
        self.area_changed.emit()
