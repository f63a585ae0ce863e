"""One doctor for the whole family: "Same doctor for the family" lists the doctors of the
plan who can see every member (``directory.doctors_for_everyone``), with a note saying
how many and for which ages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hmo_desktop.directory import FamilyDoctor, doctors_for_everyone
from hmo_desktop.ui.announce import announce
from hmo_desktop.ui.common import named, results_table, tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.household_paper import family_model
from hmo_desktop.ui.i18n import language_locale
from hmo_desktop.ui.retranslate import is_language_change, set_texts

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory


def everyone_words(found: int, ages: list[int]) -> str:
    """ "12 doctors can see everyone (ages 4, 38 and 40)."""
    listed = language_locale().createSeparatedList([QLocale().toString(a) for a in ages])
    # English has no translation file to give "%Ln doctors" its singular: a sentence of its own.
    if found == 1:
        return arg(tr("1 doctor can see everyone (ages %1)."), listed)
    return arg(tr("%Ln doctors can see everyone (ages %1).", "", found), listed)


class SameDoctorPanel(QWidget):
    """The button, the doctors for everyone and what they are, in words."""

    def __init__(self) -> None:
        super().__init__()
        self.button = named(QPushButton(), "householdSameDoctorButton", "")
        self.model = family_model(self)
        self.table = results_table("householdSameDoctorTable", "", self.model, (14, 14, 8))
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.note = named(QLabel(), "householdSameDoctorNote", "")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.words: Callable[[], str] | None = None  # what the note says, in words
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.button)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        set_texts(
            self.button, tr("Same doctor for the family"), tr("Doctors who can see every member")
        )
        set_texts(self.table, None, tr("Doctors for the whole family"))
        set_texts(self.note, None, tr("Doctors for everyone"))
        if self.words is not None:
            self.note.setText(self.words())
        self.model.retranslate()

    def show_for(
        self, db: Directory, plan_id: int | None, ages: list[int], county_id: int | None
    ) -> list[FamilyDoctor]:
        """The doctors of ``plan_id`` who see every one of ``ages`` (offices in
        ``county_id`` when given); with no plan or no member, says what to do first."""
        if plan_id is None or not ages:
            found: list[FamilyDoctor] = []

            def words() -> str:
                return tr("Choose a plan and add the members first.")

        else:
            found = doctors_for_everyone(db, plan_id, ages, county_id)

            def words() -> str:
                return everyone_words(len(found), ages)

        self.model.set_rows(found)
        self.words = words
        note = words()
        self.note.setText(note)
        announce(self.note, note)
        return found

    def clear(self) -> None:
        self.model.set_rows([])
        self.words = None
        self.note.clear()
