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

from collections.abc import Callable
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
from hmo_desktop.ui.retranslate import on_language_change

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
        self._words: Callable[[], str] | None = None  # what makes ``status``, in words
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

    def _say(self, words: Callable[[], str]) -> None:
        """``words`` make the status: asked again in another language (``words_now``)."""
        self._words = words
        self.status = words()
        self.status_changed.emit(self.status)

    def words_now(self) -> str:
        """The status again, in the app's language now (the household dialog's note after
        a language change); not announced again."""
        self.status = self._words() if self._words is not None else ""
        return self.status

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
            problem = str(e)
            self._say(lambda: arg(tr("The saved household could not be opened: %1"), problem))
            return self.status
        if result.household is not None:
            h = self.household
            h.members, h.plan_id = result.household.members, result.household.plan_id
            h.member_plans, h.choices = result.household.member_plans, result.household.choices
            h.unlisted = result.household.unlisted
            h._next_id = result.household._next_id
            self.kept = True
        opened = result.household is not None
        missing = "; ".join(f"{m.name}: {c.doctor}" for m, c in result.missing) if opened else ""

        def words() -> str:
            lines = [load_problem_text(result.problem)] if result.problem else []
            if opened:
                lines.insert(
                    0, tr("Your household kept on this computer is open: View > Household.")
                )
            if missing:
                lines.append(
                    arg(tr("Doctors no longer in this directory: %1. Choose others."), missing)
                )
            return "\n".join(lines)

        self._say(words)
        return self.status

    def save(self) -> bool:
        """Keeps the household now; from then on each change is saved. False, with the
        reason in ``status``, when it could not be written (the household stays open)."""
        if not self.available():
            return False
        try:
            self.store().save(self.household)
        except StoreError:
            self._say(lambda: load_problem_text(NEWER_VERSION))
            return False
        except OSError as e:
            folder, reason = shown(self.store().folder), e.strerror or str(e)
            self._say(
                lambda: arg(
                    tr("The household could not be saved in %1: %2. Nothing was changed there."),
                    folder,
                    reason,
                )
            )
            return False
        self.kept = True
        self._say(lambda: tr("Kept on this computer. Changes are saved as you make them."))
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
        self._say(
            lambda: tr("This household is forgotten: nothing of it is kept on this computer.")
        )

    def start_over(self) -> None:
        """Start over: the household on screen is emptied, the kept one stays on disk
        (and is not overwritten by the empty one)."""
        self.kept = self.asked = False
        self.status, self._words = "", None

    def must_ask(self) -> bool:
        """Whether closing the app should first ask to keep the household."""
        return self.available() and bool(self.household.members) and not (self.kept or self.asked)

    def ask_before_closing(self, parent: QWidget) -> QMessageBox:
        """Keep the household? Keep (save, then close), Don't keep (close), Cancel. Buttons
        ``keepHouseholdSaveButton``, ``keepHouseholdDiscardButton``,
        ``keepHouseholdCancelButton``."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "",
            "",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setObjectName("keepHouseholdDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)

        def again() -> None:
            box.setWindowTitle(tr("Keep this household?"))
            box.setAccessibleName(tr("Keep this household?"))
            box.setText(tr("Keep this household on this computer for next time?"))
            box.setInformativeText(
                tr(
                    "Only the first names or nicknames, ages and chosen doctors are kept, in "
                    "your user folder. On a shared computer, choose Don't keep."
                )
            )

        again()
        on_language_change(box, again)
        _button_words(
            box,
            "keepHousehold",
            lambda: {
                QMessageBox.StandardButton.Save: tr("Keep"),
                QMessageBox.StandardButton.Discard: tr("Don't keep"),
                QMessageBox.StandardButton.Cancel: tr("Cancel"),
            },
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
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
        "",
        "",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("forgetHouseholdDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)

    def again() -> None:
        box.setWindowTitle(tr("Forget this household?"))
        box.setText(tr("Forget this household?"))
        box.setAccessibleName(tr("Forget this household?"))
        box.setInformativeText(
            tr(
                "Its members and their doctors are removed from the screen, and the copy kept "
                "on this computer is deleted with its backups. This cannot be undone."
            )
        )

    again()
    on_language_change(box, again)
    _button_words(
        box,
        "forgetHousehold",
        lambda: {
            QMessageBox.StandardButton.Discard: tr("Forget"),
            QMessageBox.StandardButton.Cancel: tr("Cancel"),
        },
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def _button_words(
    box: QMessageBox, object_name: str, words: Callable[[], dict[QMessageBox.StandardButton, str]]
) -> None:
    """The box's buttons' own words (not Qt's standard ones), set again after a language
    change: each button is told after the button box has put Qt's words back."""

    def again() -> None:
        for which, text in words().items():
            box.button(which).setText(text)
        name_buttons(box, object_name)

    again()
    for which in words():
        on_language_change(box.button(which), again)
