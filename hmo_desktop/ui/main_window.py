"""The main window: the path plan -> medical group -> doctor -> confirm, and the area bar.

Only this class connects screens; screens never import each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop import __version__
from hmo_desktop.ui.common import named
from hmo_desktop.ui.plan_picker import PlanPicker

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory, DoctorProfile, GroupRow, PcpRow, Place, PlanRow
    from hmo_desktop.directory.queries import RoleInfo
    from hmo_desktop.ui.doctor_profile import DoctorProfileView
    from hmo_desktop.ui.group_browser import GroupBrowser
    from hmo_desktop.ui.pcp_chooser import PcpChooser

STEP_PLAN, STEP_GROUP, STEP_DOCTOR, STEP_PROFILE = range(4)


class MainWindow(QMainWindow):
    """The window. Give it an open ``Directory`` now, or ``None`` and ``attach`` one once
    it is open and verified: the app paints the window first and fills it after."""

    step_changed = Signal(int)
    db: Directory

    def __init__(self, db: Directory | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("HMO Desktop"))
        self.setWindowTitle(self.tr("HMO Desktop: choose your primary care doctor"))
        self._place: Place | None = None
        self._county: tuple[int, str] | None = None
        self._plan: PlanRow | None = None
        self._group: GroupRow | None = None
        self._reached = STEP_PLAN
        self.dialog: QDialog | None = None  # the dialog currently open, for testers

        # -- area bar: ZIP or county, always visible
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
        self.find_button = named(
            QPushButton(self.tr("Find my current doctor")),
            "findDoctorButton",
            self.tr("Find my current doctor"),
        )
        self.find_button.clicked.connect(self.open_find_doctor)
        self.help_button = named(
            QPushButton(self.tr("Help")), "helpButton", self.tr("Help and glossary")
        )
        self.help_button.clicked.connect(lambda: self.open_help(""))
        self.about_button = named(
            QPushButton(self.tr("About")), "aboutButton", self.tr("About HMO Desktop and its data")
        )
        self.about_button.clicked.connect(self.open_about)
        area = QHBoxLayout()
        area.addWidget(QLabel(self.tr("ZIP:")))
        area.addWidget(self.zip_edit)
        area.addWidget(QLabel(self.tr("or county:")))
        area.addWidget(self.county)
        area.addWidget(self.zip_message, 1)
        area.addWidget(self.find_button)
        area.addWidget(self.help_button)
        area.addWidget(self.about_button)

        # -- stepper
        self.steps: list[QPushButton] = []
        stepper = QHBoxLayout()
        for i, (obj, label) in enumerate(
            (
                ("stepPlan", self.tr("1  Plan")),
                ("stepGroup", self.tr("2  Medical group")),
                ("stepDoctor", self.tr("3  Doctor")),
                ("stepProfile", self.tr("4  Confirm")),
            )
        ):
            b = named(QPushButton(label), obj, label.split("  ", 1)[1])
            b.setCheckable(True)
            b.setProperty("role", "step")
            b.clicked.connect(lambda _c=False, i=i: self.go_to_step(i))
            stepper.addWidget(b)
            if i < 3:
                arrow = QLabel("›")
                arrow.setAccessibleName("")
                stepper.addWidget(arrow)
            self.steps.append(b)
        stepper.addStretch(1)
        self.back_button = named(QPushButton(self.tr("Back")), "backButton", self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        stepper.addWidget(self.back_button)

        # -- screens
        self.plans = PlanPicker()
        # Later steps are built the first time they are needed, so the window paints
        # sooner (their modules are imported then too).
        self._groups: GroupBrowser | None = None
        self._pcps: PcpChooser | None = None
        self._profile: DoctorProfileView | None = None
        self._step = STEP_PLAN
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plans)

        self.plans.plan_chosen.connect(self._plan_chosen)
        self.plans.help_requested.connect(self.open_help)

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.addLayout(area)
        lay.addLayout(stepper)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.data_note = QLabel(
            self.tr(
                "Doctors shown are fictional samples. Plans and groups: public data, dated where "
                "marked. Always confirm with your plan."
            )
        )
        self.statusBar().addPermanentWidget(self.data_note, 1)

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.HelpContents), self, lambda: self.open_help("")
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.open_find_doctor)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.go_back)
        QShortcut(QKeySequence("Ctrl+L"), self, self.zip_edit.setFocus)

        self._set_step(STEP_PLAN)
        self.zip_edit.setFocus()
        if db is not None:
            self.attach(db)

    def attach(self, db: Directory) -> None:
        """Fill the window from an open, verified directory."""
        from hmo_desktop.directory import counties

        self.db = db
        self.plans.attach(db)
        with QSignalBlocker(self.county):
            for c in counties(db):
                self.county.addItem(c.name, (c.id, c.name))
        self.plans.show_plans_for(None, None)
        if self.zip_edit.text():  # typed while the directory was opening
            self._zip_changed(self.zip_edit.text())

    def attached(self) -> bool:
        return hasattr(self, "db")

    # ---------------------------------------------------------------- screens

    @property
    def groups(self) -> GroupBrowser:
        if self._groups is None:
            from hmo_desktop.ui.group_browser import GroupBrowser

            self._groups = GroupBrowser(self.db)
            self._groups.group_chosen.connect(self._group_chosen)
            self.stack.addWidget(self._groups)
        return self._groups

    @property
    def pcps(self) -> PcpChooser:
        if self._pcps is None:
            from hmo_desktop.ui.pcp_chooser import PcpChooser

            self._pcps = PcpChooser(self.db)
            self._pcps.pcp_chosen.connect(self._pcp_chosen)
            self.stack.addWidget(self._pcps)
        return self._pcps

    @property
    def profile(self) -> DoctorProfileView:
        if self._profile is None:
            from hmo_desktop.ui.doctor_profile import DoctorProfileView

            self._profile = DoctorProfileView(self.db)
            self._profile.choice_requested.connect(self._choice_requested)
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
        return self._place

    def _zip_changed(self, text: str) -> None:
        if not self.attached():
            return  # attach() looks at the ZIP once the directory is open
        from hmo_desktop.directory import InvalidZip, find_place

        t = text.strip()
        if not t:
            self.zip_message.clear()
            return
        complete = (
            (len(t) >= 5 and (len(t) == 5 or len(t) >= 10))
            or not t.replace("-", "").isascii()
            or not t.replace("-", "").isdigit()
        )
        if not complete:
            self.zip_message.clear()
            return
        try:
            place = find_place(self.db, t)
        except InvalidZip as exc:
            self._zip_note(str(exc), error=True)
            return
        self._zip_note(
            self.tr("%1, %2 County").replace("%1", place.city).replace("%2", place.county),
            error=False,
        )
        self._place = place
        with QSignalBlocker(self.county):  # the ZIP chose the county; no second refill
            self.county.setCurrentIndex(self.county.findText(place.county))
        self._area_changed((place.county_id, place.county))

    def _zip_note(self, text: str, error: bool) -> None:
        self.zip_message.setText(text)
        self.zip_message.setProperty("role", "error" if error else "note")
        self.zip_message.style().unpolish(self.zip_message)
        self.zip_message.style().polish(self.zip_message)

    def _county_changed(self, _index: int) -> None:
        data = self.county.currentData()
        self._place = None
        with QSignalBlocker(self.zip_edit):
            self.zip_edit.clear()
        self.zip_message.clear()
        self._area_changed(data)

    def _area_changed(self, county: tuple[int, str] | None) -> None:
        self._county = county
        if not self.attached():
            return  # attach() lists the plans once the directory is open
        self.plans.show_plans_for(county[0] if county else None, county[1] if county else None)
        if self._plan is not None and self._plan.id not in {p.id for p in self.plans.plans()}:
            self.statusBar().showMessage(
                self.tr("%1 does not serve this area: choose a plan again.").replace(
                    "%1", self._plan.name
                ),
                8000,
            )
            self._plan = None
            self._group = None
            self._reached = STEP_PLAN
            self._set_step(STEP_PLAN)
        elif self._plan is not None and self._reached >= STEP_GROUP and self._groups is not None:
            self.groups.show_groups_of(self._plan, self._place)
            if self._reached >= STEP_DOCTOR:
                self.pcps.show_pcps_of(self._plan, self._group, self._place)

    # ---------------------------------------------------------------- the path

    def _plan_chosen(self, plan: PlanRow) -> None:
        self._plan = plan
        self._group = None
        self.groups.show_groups_of(plan, self._place)
        self._reached = STEP_GROUP
        self._set_step(STEP_GROUP)
        self.groups.search.setFocus()

    def _group_chosen(self, group: GroupRow | None) -> None:
        assert self._plan is not None
        self._group = group
        self.pcps.show_pcps_of(self._plan, group, self._place)
        self._reached = STEP_DOCTOR
        self._set_step(STEP_DOCTOR)
        self.pcps.table.setFocus()

    def _pcp_chosen(self, row: PcpRow) -> None:
        self.show_doctor(row.practitioner_id, row.location_id)

    def show_doctor(self, practitioner_id: int, location_id: int | None = None) -> None:
        self.profile.show_doctor(practitioner_id, self._plan, location_id)
        self._reached = max(self._reached, STEP_PROFILE)
        self._set_step(STEP_PROFILE)
        self.profile.choose.setFocus()

    def _choice_requested(self, profile: DoctorProfile, role: RoleInfo) -> None:
        assert self._plan is not None
        from hmo_desktop.ui.dialogs import ConfirmDialog

        dlg = ConfirmDialog(self._plan, self._group, profile, role, self)
        self._open_dialog(dlg)

    def go_to_step(self, step: int) -> None:
        if step <= self._reached:
            self._set_step(step)
        else:
            self._set_step(self._step)

    def go_back(self) -> None:
        if self._step > STEP_PLAN:
            self._set_step(self._step - 1)

    def _set_step(self, step: int) -> None:
        self._step = step
        self.stack.setCurrentWidget(self._screen(step))
        for i, b in enumerate(self.steps):
            b.setChecked(i == step)
            b.setEnabled(i <= self._reached)
        self.back_button.setEnabled(step > STEP_PLAN)
        self.step_changed.emit(step)

    def current_step(self) -> int:
        return self._step

    # ---------------------------------------------------------------- dialogs

    def _open_dialog(self, dlg: QDialog) -> None:
        """Open window-modal (never blocking the event loop); ``self.dialog`` is the one open."""
        self.dialog = dlg
        from PySide6.QtCore import Qt

        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r, d=dlg: self._dialog_finished(d))
        dlg.open()

    def _dialog_finished(self, dlg: QDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None

    def open_help(self, anchor: str) -> None:
        from hmo_desktop.ui.dialogs import HelpDialog

        self._open_dialog(HelpDialog(anchor, self))

    def open_find_doctor(self) -> None:
        if not self.attached():
            return  # the directory is still opening (a fraction of a second at start)
        from hmo_desktop.ui.dialogs import FindDoctorDialog

        dlg = FindDoctorDialog(self.db, self)
        dlg.doctor_found.connect(lambda pid: self.show_doctor(pid))
        self._open_dialog(dlg)
        dlg.search.setFocus()

    def open_about(self) -> None:
        if not self.attached():
            return
        summary = self.db.summary()
        sources = "".join(
            f"<li>{s.title} ({s.publisher}), {self.tr('as of')} {s.as_of}. "
            f"{s.attribution} {s.licence}.</li>"
            for s in summary.sources
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About HMO Desktop"),
            f"<h3>HMO Desktop {__version__}</h3>"
            f"<p>{self.tr('Works offline; sends nothing anywhere.')}</p>"
            f"<p>{self.tr('Directory')}: {summary.sha256[:12]}</p>"
            f"<ul>{sources}</ul>",
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("aboutDialog")
        box.setAccessibleName(self.tr("About HMO Desktop"))
        self._open_dialog(box)
