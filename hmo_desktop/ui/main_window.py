"""The main window: the path plan -> medical group -> doctor -> profile, under the area bar.

Only this class connects screens; screens never import each other. What the member chose
lives in ``self.session`` (``hmo_desktop.household.Session``), which the screens read.
A step is shown only when the session has what it needs (``Session.can_show``): whatever
order a person clicks in, no screen is asked to show a state it does not handle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from hmo_desktop import __version__
from hmo_desktop.household import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE, Area, Session
from hmo_desktop.household.members import Household
from hmo_desktop.ui.directory_note import DirectoryNote, arg
from hmo_desktop.ui.household_home import HomeKeeper
from hmo_desktop.ui.household_paper import add_household_action
from hmo_desktop.ui.language_menu import add_language_menu
from hmo_desktop.ui.open_directory import add_file_menu, title_with
from hmo_desktop.ui.plan_picker import PlanNotListedDialog, PlanPicker
from hmo_desktop.ui.retranslate import is_language_change
from hmo_desktop.ui.stepper import build_stepper
from hmo_desktop.ui.text_size import TextSize
from hmo_desktop.ui.top_bar import TopBar
from hmo_desktop.ui.window_size import fit_dialog, scrolling

if TYPE_CHECKING:
    from hmo_desktop.directory import (
        Directory,
        DoctorProfile,
        GroupRow,
        PcpRow,
        Place,
        PlanRow,
        RoleInfo,
    )
    from hmo_desktop.ui.directory_guard import DirectoryGuard
    from hmo_desktop.ui.doctor_profile import DoctorProfileView
    from hmo_desktop.ui.group_browser import GroupBrowser
    from hmo_desktop.ui.pcp_chooser import PcpChooser

__all__ = ["STEP_DOCTOR", "STEP_GROUP", "STEP_PLAN", "STEP_PROFILE", "MainWindow"]


class MainWindow(QMainWindow):
    """The window. Give it an open ``Directory`` now, or ``None`` and ``attach`` one once
    it is open and verified: the app paints the window first and fills it after."""

    step_changed = Signal(int)
    dialog_opened = Signal(object)  # the QDialog now in ``self.dialog``

    allow_open_directory = True  # File > Open directory, for staff (a kiosk window: False)
    #: A shared kiosk: nothing about a member is written to disk (no saved household).
    kiosk = False
    #: How the household's summary is printed without a print or file dialog (a kiosk
    #: window's method); ``None``: the print dialog, and "Save summary as PDF…".
    print_at_once: Callable[[Any], None] | None = None

    def __init__(
        self, db: Directory | None, parent: QWidget | None = None, session: Session | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        #: The directory file opened with File > Open directory, named in the title.
        self.directory_file: str | None = None
        #: The status line's message, as the words that make it (set again on a switch).
        self._said: tuple[Callable[[], str], str, int] | None = None
        self.db: Directory | None = None
        self.guard: DirectoryGuard | None = None  # watches self.db once attached
        self.session = session if session is not None else Session()
        self._step = STEP_PLAN
        self.dialog: QDialog | None = None  # the dialog currently open, for testers

        # -- area bar (ZIP or county) and the buttons beside it, always visible
        self.top = TopBar()
        self.area = self.top.area
        self.area.area_chosen.connect(self._area_chosen)
        self.zip_edit, self.county = self.area.zip_edit, self.area.county
        self.zip_message = self.area.zip_message
        self.find_button, self.help_button = self.top.find_button, self.top.help_button
        self.about_button, self.start_over = self.top.about_button, self.top.start_over
        self.find_button.clicked.connect(self.open_find_doctor)
        self.help_button.clicked.connect(lambda: self.open_help(""))
        self.about_button.clicked.connect(self.open_about)
        self.start_over.clicked.connect(self.new_session)

        # -- stepper
        stepper, self.steps, self.back_button = build_stepper(self.go_to_step, self.go_back)

        # -- screens
        self.plans = PlanPicker(self.session)
        # Later steps are built the first time they are needed, so the window paints
        # sooner (their modules are imported then too).
        self._groups: GroupBrowser | None = None
        self._pcps: PcpChooser | None = None
        self._profile: DoctorProfileView | None = None
        self._profile_shows: tuple[object, int | None] | None = None  # (doctor, plan id)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plans)
        self.plans.plan_chosen.connect(self._plan_chosen)
        self.plans.help_requested.connect(self.open_help)
        self.plans.not_listed_requested.connect(self.open_plan_not_listed)
        # A ZIP that cannot be used keeps the area, but no plan stays selected for it.
        self.area.zip_rejected.connect(self.plans.clear_choice)

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.addWidget(self.top)
        lay.addWidget(self.zip_message)
        lay.addLayout(stepper)
        lay.addWidget(self.stack, 1)
        self.window_scroll = scrolling(central, "windowScroll", "")
        self.setCentralWidget(self.window_scroll)
        self.data_note = DirectoryNote()  # whose doctors, how old the data: once attached
        self.statusBar().addPermanentWidget(self.data_note, 1)
        self.open_action = add_file_menu(self) if self.allow_open_directory else None
        self.text_size = TextSize(self)  # View > Text size; Ctrl+Plus, Ctrl+Minus, Ctrl+0
        self.language_menu = add_language_menu(self)  # View > Language (when translated)
        self.household = Household()  # the family enrolling together
        self.home = HomeKeeper(self)  # kept on this computer only when the member chooses
        self.household_action = add_household_action(self)  # View > Household… (Ctrl+H)

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.HelpContents), self, lambda: self.open_help("")
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.open_find_doctor)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.go_back)
        QShortcut(QKeySequence("Ctrl+L"), self, self.zip_edit.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_session)

        self._set_step(STEP_PLAN)
        self.zip_edit.setFocus()
        self.retranslate()
        if db is not None:
            self.attach(db)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's own words in the app's language; the screens set theirs."""
        self.setAccessibleName(self.tr("HMO Desktop"))
        self.setWindowTitle(
            self.tr("HMO Desktop: choose your primary care doctor")
            if self.directory_file is None
            else title_with(self.directory_file)
        )
        self.window_scroll.setAccessibleName(self.tr("HMO Desktop"))
        self.top.retranslate()
        said, bar = self._said, self.statusBar()
        if said is not None and said[1] and bar.currentMessage() == said[1]:
            self.say(said[0], said[2])  # still shown: in the new language

    def say(self, words: Callable[[], str], timeout: int = 0) -> None:
        """Show ``words()`` on the status line (for ``timeout`` ms; 0: until replaced);
        a language switch while it is shown says it again in the new language."""
        text = words()
        self._said = (words, text, timeout)
        self.statusBar().showMessage(text, timeout)

    def attach(self, db: Directory) -> None:
        """Fill the window from an open, verified directory, and watch it for changes."""
        from hmo_desktop.ui.directory_guard import DirectoryGuard

        self.db = db
        self.guard = DirectoryGuard(self, db)
        self.session.set_area(self.area.attach(db))
        self.plans.show_plans(db)
        self.data_note.show_directory(db)
        if said := self.home.open_saved(db):  # a household kept at home, checked against db
            self.statusBar().showMessage(" ".join(said.split("\n")))

    def replace_directory(self, db: Directory) -> list[QWidget]:
        """Another open, verified directory, for a new session. Returns the screens built
        over the old one, taken out (the caller deletes them, then closes the old one)."""
        old: list[QWidget] = [s for s in (self._groups, self._pcps, self._profile) if s]
        self.db = None
        self.new_session()
        for screen in old:
            self.stack.removeWidget(screen)
        self._groups = self._pcps = self._profile = None
        self.attach(db)
        return old

    def attached(self) -> bool:
        return self.db is not None

    def _directory(self) -> Directory:
        if self.db is None:
            raise RuntimeError("the directory is not open yet")
        return self.db

    def new_session(self) -> None:
        """Forget the member (area, plan, group, doctor, filters, searches) and start again
        at the plan step; the open directory is kept."""
        if self.dialog is not None:
            self.dialog.close()
        self.session.reset()
        self.household.clear()
        self.home.start_over()
        self.area.reset()
        for screen in (self.plans, self._groups, self._pcps, self._profile):
            if screen is not None:
                screen.reset()
        self._profile_shows = None
        self.statusBar().clearMessage()
        if self.db is not None:
            self.plans.show_plans(self.db)
        self._set_step(STEP_PLAN)
        self.zip_edit.setFocus()

    # ---------------------------------------------------------------- screens

    @property
    def groups(self) -> GroupBrowser:
        if self._groups is None:
            from hmo_desktop.ui.group_browser import GroupBrowser

            self._groups = GroupBrowser(self._directory(), self.session)
            self._groups.group_chosen.connect(self._group_chosen)
            self.stack.addWidget(self._groups)
        return self._groups

    @property
    def pcps(self) -> PcpChooser:
        if self._pcps is None:
            from hmo_desktop.ui.pcp_chooser import PcpChooser

            self._pcps = PcpChooser(self._directory(), self.session)
            self._pcps.pcp_chosen.connect(self._pcp_chosen)
            self.stack.addWidget(self._pcps)
        return self._pcps

    @property
    def profile(self) -> DoctorProfileView:
        if self._profile is None:
            from hmo_desktop.ui.doctor_profile import DoctorProfileView

            self._profile = DoctorProfileView(self._directory(), self.session)
            self._profile.choice_requested.connect(self._choice_requested)
            self._profile.household_requested.connect(self.household_action.trigger)
            self.stack.addWidget(self._profile)
        return self._profile

    def _screen(self, step: int) -> QWidget:
        if step == STEP_PLAN:
            return self.plans
        if step == STEP_GROUP:
            return self.groups
        return self.pcps if step == STEP_DOCTOR else self.profile

    # ---------------------------------------------------------------- area

    def set_zip(self, text: str) -> None:
        self.zip_edit.setText(text)

    def place(self) -> Place | None:
        return self.session.place

    def _area_chosen(self, area: Area | None) -> None:
        self.session.set_area(area)
        if self.db is None:
            return  # attach() lists the plans once the directory is open
        self.plans.show_plans(self.db)
        s = self.session
        if s.plan is not None and s.plan.id not in {p.id for p in self.plans.plans()}:
            name = s.plan.name
            self.say(
                lambda: arg(self.tr("%1 does not serve this area: choose a plan again."), name),
                8000,
            )
            s.drop_plan()
            self._set_step(STEP_PLAN)
        elif s.plan is not None and s.reached >= STEP_GROUP and self._groups is not None:
            self.groups.show_groups()
            listed = {g.id: g for g in self.groups.all_groups()}
            if s.group is not None and s.group.id not in listed:
                # Another county, another list (Kaiser: another region's group).
                group = s.group.name
                self.say(
                    lambda: arg(
                        self.tr("%1 is not listed here: choose a medical group again."), group
                    ),
                    8000,
                )
                s.drop_group()
                self._set_step(STEP_GROUP)
            elif s.reached >= STEP_DOCTOR:
                if s.group is not None:
                    s.group = listed[s.group.id]  # the same group, counted for the new area
                self.pcps.show_pcps()

    # ---------------------------------------------------------------- the path

    def _plan_chosen(self, plan: PlanRow) -> None:
        self.session.choose_plan(plan)
        self.groups.show_groups()
        self._set_step(STEP_GROUP)
        self.groups.search.setFocus()

    def _group_chosen(self, group: GroupRow | None) -> None:
        if self.session.plan is None:  # a group screen left over from a dropped plan
            self._set_step(STEP_PLAN)
            return
        self.session.choose_group(group)
        self.pcps.show_pcps()
        self._set_step(STEP_DOCTOR)
        self.pcps.table.setFocus()

    def _pcp_chosen(self, row: PcpRow) -> None:
        if not self.session.can_show(STEP_DOCTOR):  # results left over from another plan
            return
        self.show_doctor(row.practitioner_id, row.location_id)

    def show_doctor(self, practitioner_id: int, location_id: int | None = None) -> None:
        """Show a doctor's profile. From the doctor step it is the next step on the path;
        from "Find my current doctor" before then, the steps in between stay unreached, so
        Back returns to the furthest step the member really reached."""
        self.session.show_doctor(practitioner_id, location_id)
        self._profile_shows = None  # shown again even if it is the same doctor
        self._set_step(STEP_PROFILE)
        self.profile.choose.setFocus()

    def _show_profile(self) -> None:
        """The profile of the session's doctor, for the session's plan (again if the plan
        changed since it was shown: its choice must be within the plan of the moment)."""
        doctor, plan = self.session.doctor, self.session.plan
        shows = (doctor, plan.id if plan is not None else None)
        if doctor is not None and shows != self._profile_shows:
            self.profile.show_doctor(doctor.practitioner_id, doctor.location_id)
            self._profile_shows = shows

    def _choice_requested(self, profile: DoctorProfile, role: RoleInfo) -> None:
        """The confirmation; for a doctor not taking new patients, only after the member
        chose "Choose anyway" in the acknowledgement dialog (cancel is its default)."""
        from hmo_desktop.ui.dialogs import AcknowledgeDialog, ConfirmDialog

        plan = self.session.plan
        if plan is None:  # the profile offers a choice only within the session's plan
            return
        if not AcknowledgeDialog.needed(role):
            self.show_dialog(ConfirmDialog(plan, profile, role, self))
            return
        ask = AcknowledgeDialog(profile, role, self)
        ask.accepted.connect(lambda: self.show_dialog(ConfirmDialog(plan, profile, role, self)))
        self.show_dialog(ask)

    def go_to_step(self, step: int) -> None:
        """Go to a step if it has what it needs (the stepper enables only those)."""
        self._set_step(step if self.session.can_show(step) else self._step)

    def go_back(self) -> None:
        if self._step > STEP_PLAN:
            self._set_step(min(self._step - 1, self.session.reached))

    def _set_step(self, step: int) -> None:
        while step > STEP_PLAN and not self.session.can_show(step):
            step -= 1  # never a screen without what it needs (a plan, a doctor)
        if step == STEP_PROFILE:
            self._show_profile()
        self._step = step
        self.stack.setCurrentWidget(self._screen(step))
        for i, b in enumerate(self.steps):
            b.setChecked(i == step)
            b.setEnabled(self.session.can_show(i))
        self.back_button.setEnabled(step > STEP_PLAN)
        self.step_changed.emit(step)

    def current_step(self) -> int:
        return self._step

    # ---------------------------------------------------------------- dialogs

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing with a household that is not kept asks first (``keepHouseholdDialog``:
        keep it, don't keep it, or stay); a kiosk never asks."""
        if self.home.must_ask():
            event.ignore()
            if self.dialog is not None:
                self.dialog.close()
            self.show_dialog(self.home.ask_before_closing(self))
            return
        super().closeEvent(event)

    def show_dialog(self, dlg: QDialog) -> None:
        """Show a dialog without blocking (window-modal when it has this window as parent),
        as ``self.dialog``, and tell testers through ``dialog_opened``."""
        from PySide6.QtCore import Qt

        self.dialog = dlg
        fit_dialog(dlg)  # never larger than the screen: its text scrolls inside
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r, d=dlg: self._dialog_finished(d))
        dlg.open()
        self.dialog_opened.emit(dlg)

    def _dialog_finished(self, dlg: QDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None

    def open_plan_not_listed(self) -> None:
        self.show_dialog(PlanNotListedDialog(self))

    def open_help(self, anchor: str) -> None:
        from hmo_desktop.ui.help_dialog import HelpDialog

        self.show_dialog(HelpDialog(anchor, self))

    def open_find_doctor(self) -> None:
        if self.db is None:
            return  # the directory is still opening (a fraction of a second at start)
        from hmo_desktop.ui.find_doctor import FindDoctorDialog

        dlg = FindDoctorDialog(self.db, self.session, self)
        dlg.doctor_found.connect(lambda pid: self.show_doctor(pid))
        self.show_dialog(dlg)
        dlg.search.setFocus()

    def open_about(self) -> None:
        if self.db is None:
            return
        from hmo_desktop.ui.dialogs import about_box

        self.show_dialog(about_box(self.db, __version__, self))
