"""The area bar: the member's ZIP or county, always visible above every step.

It emits ``area_chosen`` with the member's new area (an ``Area``, or None for all of
California); the window puts it in the session and decides what it means for the steps.
A ZIP that cannot be used is explained here, in plain words, and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from hmo_desktop.household import Area
from hmo_desktop.ui.common import named

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory, InvalidZip


class AreaBar(QWidget):
    area_chosen = Signal(object)  # Area | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def attach(self, db: Directory) -> Area | None:
        """List the counties; the area of a ZIP typed while the directory was opening, if
        any (returned, not emitted: the window shows the area next)."""
        from hmo_desktop.directory import counties

        self._db = db
        with QSignalBlocker(self.county):
            for c in counties(db):
                self.county.addItem(c.name, (c.id, c.name))
        return self._look_up(self.zip_edit.text())

    def reset(self) -> None:
        """Empty, as for a new member (setText also empties the field's undo history)."""
        with QSignalBlocker(self.zip_edit), QSignalBlocker(self.county):
            self.zip_edit.setText("")
            self.county.setCurrentIndex(0)
        self.zip_message.clear()

    # ---------------------------------------------------------------- ZIP

    def _zip_changed(self, text: str) -> None:
        area = self._look_up(text)
        if area is not None:
            self.area_chosen.emit(area)

    def _look_up(self, text: str) -> Area | None:
        """The area of a complete ZIP; None (with a message if it cannot be used) else."""
        from hmo_desktop.directory import InvalidZip, find_place, zip_is_complete

        if self._db is None or not zip_is_complete(text):
            self.zip_message.clear()
            return None
        try:
            place = find_place(self._db, text)
        except InvalidZip as problem:
            self._note(self.zip_problem(problem), error=True)
            return None
        self._note(
            self.tr("%1, %2 County").replace("%1", place.city).replace("%2", place.county),
            error=False,
        )
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
        self.area_chosen.emit(Area(*data) if data else None)
