"""A household kept on the member's own computer, only when the member chooses.

- At start, a household kept earlier is opened, and each of its doctors is checked
  against this directory: one no longer listed stays in the household, flagged.
- "Keep on this computer" in the household dialog saves it; from then on every change is
  saved as it is made. Closing the app with a household that is not kept asks (the
  default asks): keep it, do not keep it, or go back.
- "Forget this household" deletes the saved file and its backups, and empties the
  household on screen.

Never on a kiosk (``MainWindow.kiosk``): there nothing a member typed is written to disk.
Files: ``hmo_desktop.household.store`` (atomic writes, backups, migrations).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from hmo_desktop.directory import still_listed
from hmo_desktop.household.store import (
    DAMAGED_NO_BACKUP,
    DAMAGED_RESTORED,
    MIGRATION_FAILED,
    NEWER_VERSION,
    HouseholdStore,
    StoreError,
    default_folder,
)
from hmo_desktop.ui.common import tr
from hmo_desktop.ui.directory_note import arg, shown
from hmo_desktop.ui.keyboard import name_buttons

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory
    from hmo_desktop.household.members import Choice, Household
    from hmo_desktop.ui.main_window import MainWindow


def load_problem_text(code: str) -> str:
    """``LoadResult.problem`` in plain words, with what happened to the member's data."""
    words = {
        DAMAGED_RESTORED: tr(
            "The saved household file was damaged. It was set aside, and the last good copy "
            "was opened instead: check the members and their doctors."
        ),
        DAMAGED_NO_BACKUP: tr(
            "The saved household file was damaged, and there was no good copy to open. It "
            "was set aside; add the members again."
        ),
        NEWER_VERSION: tr(
            "The saved household was kept by a newer version of HMO Desktop. It was left "
            "as it is; open it with that version."
        ),
        MIGRATION_FAILED: tr(
            "The saved household could not be brought up to date. It was left as it was; "
            "add the members again, or try again after updating HMO Desktop."
        ),
    }
    return words.get(code, tr("The saved household could not be opened."))


class HomeKeeper(QObject):
    """The window's kept household: open at start, save on change once kept, forget."""

    status_changed = Signal(str)  # what the household dialog's note says now

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.kept = False  # the member chose to keep this household on this computer
        self.asked = False  # the member answered "Don't keep" at closing
        self.status = ""
        self._store: HouseholdStore | None = None

    @property
    def household(self) -> Household:
        return self.window_.household

    def available(self) -> bool:
        """Keeping a household is for a member's own computer, never a kiosk."""
        return not self.window_.kiosk

    def store(self) -> HouseholdStore:
        if self._store is None:
            self._store = HouseholdStore(default_folder())
        return self._store

    def _say(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)

    def open_saved(self, db: Directory) -> str:
        """Opens the household kept earlier, if any; what to tell the member ("" when
        there was none). Its doctors no longer in ``db`` are flagged, not dropped."""
        if not self.available() or self.household.members:
            return ""

        def listed(c: Choice) -> bool:
            return still_listed(db, c.practitioner_id, c.location_id, c.group_id, c.plan_id)

        try:
            result = self.store().load(listed)
        except (OSError, StoreError) as e:
            self._say(arg(tr("The saved household could not be opened: %1"), str(e)))
            return self.status
        lines = [load_problem_text(result.problem)] if result.problem else []
        if result.household is not None:
            h = self.household
            h.members, h.plan_id = result.household.members, result.household.plan_id
            h.member_plans, h.choices = result.household.member_plans, result.household.choices
            h.unlisted = result.household.unlisted
            h._next_id = result.household._next_id
            self.kept = True
            lines.insert(0, tr("Your household kept on this computer is open: View > Household."))
            if result.missing:
                lines.append(
                    arg(
                        tr("Doctors no longer in this directory: %1. Choose others."),
                        "; ".join(f"{m.name}: {c.doctor}" for m, c in result.missing),
                    )
                )
        self._say("\n".join(lines))
        return self.status

    def save(self) -> bool:
        """Keeps the household now; from then on each change is saved. False, with the
        reason in ``status``, when it could not be written (the household stays open)."""
        if not self.available():
            return False
        try:
            self.store().save(self.household)
        except StoreError:
            self._say(load_problem_text(NEWER_VERSION))
            return False
        except OSError as e:
            self._say(
                arg(
                    tr("The household could not be saved in %1: %2. Nothing was changed there."),
                    shown(self.store().folder),
                    e.strerror or str(e),
                )
            )
            return False
        self.kept = True
        self._say(tr("Kept on this computer. Changes are saved as you make them."))
        return True

    def changed(self) -> None:
        """After any change to the household: saved at once when it is kept."""
        if self.kept:
            self.save()

    def forget(self) -> None:
        """Deletes the saved household and its backups; empties the household."""
        if self.available():
            self.store().forget()
        self.household.clear()
        self.kept = False
        self._say(tr("This household is forgotten: nothing of it is kept on this computer."))

    def start_over(self) -> None:
        """Start over: the household on screen is emptied, the kept one stays on disk
        (and is not overwritten by the empty one)."""
        self.kept = self.asked = False
        self.status = ""

    def must_ask(self) -> bool:
        """Whether closing the app should first ask to keep the household."""
        return self.available() and bool(self.household.members) and not (self.kept or self.asked)

    def ask_before_closing(self, parent: QWidget) -> QMessageBox:
        """Keep the household? Keep (save, then close), Don't keep (close), Cancel. Buttons
        ``keepHouseholdSaveButton``, ``keepHouseholdDiscardButton``,
        ``keepHouseholdCancelButton``."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Keep this household?"),
            tr("Keep this household on this computer for next time?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setObjectName("keepHouseholdDialog")
        box.setAccessibleName(tr("Keep this household?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            tr(
                "Only the first names or nicknames, ages and chosen doctors are kept, in "
                "your user folder. On a shared computer, choose Don't keep."
            )
        )
        for button, text in (
            (QMessageBox.StandardButton.Save, tr("Keep")),
            (QMessageBox.StandardButton.Discard, tr("Don't keep")),
            (QMessageBox.StandardButton.Cancel, tr("Cancel")),
        ):
            box.button(button).setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        name_buttons(box, "keepHousehold")
        box.finished.connect(lambda _r: self._answered(box))
        return box

    def _answered(self, box: QMessageBox) -> None:
        clicked = box.clickedButton()
        if clicked is box.button(QMessageBox.StandardButton.Save):
            if not self.save():
                return  # the status says why; the window stays open
        elif clicked is box.button(QMessageBox.StandardButton.Discard):
            self.asked = True
        else:
            return
        self.window_.close()  # asked and answered: closes now


def forget_box(parent: QWidget) -> QMessageBox:
    """Forget this household? ``forgetHouseholdDiscardButton`` (Forget) or
    ``forgetHouseholdCancelButton``."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Forget this household?"),
        tr("Forget this household?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("forgetHouseholdDialog")
    box.setAccessibleName(tr("Forget this household?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        tr(
            "Its members and their doctors are removed from the screen, and the copy kept "
            "on this computer is deleted with its backups. This cannot be undone."
        )
    )
    box.button(QMessageBox.StandardButton.Discard).setText(tr("Forget"))
    box.button(QMessageBox.StandardButton.Cancel).setText(tr("Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    name_buttons(box, "forgetHousehold")
    return box
