"""The PCP chooser's filter panel: every filter a member can set, in one widget.

The widgets are the only copy of the filters: ``filters()`` reads them, and every change
emits ``filters_changed`` with the new ``PcpFilters`` (without plan, group or place: the
chooser adds those from the session).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import HospitalLink, PcpFilters
from hmo_desktop.directory_format import (
    ACCEPTING,
    ACCESSIBILITY_KEYS,
    SPECIALTIES,
    UNKNOWN,
    specialty_sees_age,
)
from hmo_desktop.ui.common import accepting_labels, named, specialty_help, specialty_labels
from hmo_desktop.ui.i18n import language_name
from hmo_desktop.ui.keyboard import no_tab_stop

#: The new-patients filter's starting choice: accepting, or not in this directory.
ACCEPTING_OR_ASK = "accepting_or_ask"

DISTANCES = (None, 2, 5, 10, 25, 50)


class PcpFilterPanel(QScrollArea):
    """In a scroll area so the window still fits a 1024x640 screen."""

    filters_changed = Signal(object)  # PcpFilters

    def __init__(self, languages: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        labels, helps = specialty_labels(), specialty_help()
        # Who the doctor is for: asked before the list, which shows only doctors who see
        # a patient of that age.
        patient = QGroupBox(self.tr("Who is the doctor for?"))
        self.age = named(QSpinBox(), "memberAgeFilter", self.tr("Patient's age"))
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Enter age"))
        self.age.setValue(-1)  # not given yet
        self.age.setAccessibleDescription(
            self.tr("Type the age of the person who needs the doctor; babies are 0")
        )
        self.sex = named(QComboBox(), "patientSexCombo", self.tr("Patient's sex (optional)"))
        self.sex.addItem(self.tr("Not given"), None)
        self.sex.addItem(self.tr("Female"), "F")
        self.sex.addItem(self.tr("Male"), "M")
        patient_form = QFormLayout(patient)
        age_label = QLabel(self.tr("Age:"))
        age_label.setBuddy(self.age)
        sex_label = QLabel(self.tr("Sex (optional):"))
        sex_label.setBuddy(self.sex)
        patient_form.addRow(age_label, self.age)
        patient_form.addRow(sex_label, self.sex)
        specs = QGroupBox(self.tr("Primary care specialties"))
        grid = QGridLayout(specs)
        self.specialty: dict[str, QCheckBox] = {}
        for i, s in enumerate(SPECIALTIES):
            box = named(QCheckBox(labels[s]), f"specialty_{s}", labels[s])
            box.setChecked(True)
            box.setToolTip(helps[s])
            box.setAccessibleDescription(helps[s])
            hint = QLabel(helps[s])
            hint.setWordWrap(True)
            hint.setProperty("role", "hint")
            grid.addWidget(box, i // 2 * 2, i % 2)
            grid.addWidget(hint, i // 2 * 2 + 1, i % 2)
            self.specialty[s] = box

        self.accepting = named(QComboBox(), "acceptingFilter", self.tr("New patients"))
        self.accepting.addItem(self.tr("Any status"), None)
        # The start: doctors taking new patients, and those whose record does not say.
        self.accepting.addItem(self.tr("Accepting new patients, or call to ask"), ACCEPTING_OR_ASK)
        for key, label in accepting_labels().items():
            if key == UNKNOWN:
                label = self.tr("Not in this directory: call to ask")
            self.accepting.addItem(label, key)
        self.doctor_language = named(
            QComboBox(), "doctorLanguageFilter", self.tr("Language the doctor speaks")
        )
        self.staff_language = named(
            QComboBox(), "staffLanguageFilter", self.tr("Language the office staff speak")
        )
        for combo in (self.doctor_language, self.staff_language):
            combo.addItem(self.tr("Any language"), None)
            for code, name in languages:
                if code != "en":
                    combo.addItem(language_name(code, name), code)
        self.gender = named(QComboBox(), "genderFilter", self.tr("Doctor's gender"))
        self.gender.addItem(self.tr("Any"), None)
        self.gender.addItem(self.tr("Woman"), "F")
        self.gender.addItem(self.tr("Man"), "M")
        self.distance = named(QComboBox(), "distanceFilter", self.tr("Distance"))
        for d in DISTANCES:
            self.distance.addItem(
                self.tr("Any distance")
                if d is None
                else self.tr("Within %1 miles").replace("%1", str(d)),
                d,
            )
        self.hospital = named(QComboBox(), "hospitalFilter", self.tr("Hospital"))
        self.hospital.addItem(self.tr("Any hospital"), None)
        self.telehealth = named(
            QCheckBox(self.tr("Offers video visits")),
            "telehealthFilter",
            self.tr("Offers video visits"),
        )
        self.evening = named(
            QCheckBox(self.tr("Evening hours")), "eveningFilter", self.tr("Evening hours")
        )
        self.saturday = named(
            QCheckBox(self.tr("Saturday hours")), "saturdayFilter", self.tr("Saturday hours")
        )
        self.wheelchair = named(
            QCheckBox(self.tr("Wheelchair accessible office")),
            "accessibilityFilter",
            self.tr("Wheelchair accessible office"),
        )
        self.wheelchair.setToolTip(
            self.tr("Parking, entrance, inside, restroom, exam room and exam table all accessible")
        )
        self.sort = named(QComboBox(), "pcpSortCombo", self.tr("Sort doctors by"))
        self.sort.addItem(self.tr("Nearest first"), "distance")
        self.sort.addItem(self.tr("Name"), "name")
        self.clear_button = named(
            QPushButton(self.tr("Clear filters")), "clearFiltersButton", self.tr("Clear filters")
        )
        self.clear_button.clicked.connect(self.clear)

        form = QFormLayout()
        form.addRow(self.tr("New patients:"), self.accepting)
        form.addRow(self.tr("Doctor speaks:"), self.doctor_language)
        form.addRow(self.tr("Staff speak:"), self.staff_language)
        form.addRow(self.tr("Doctor's gender:"), self.gender)
        form.addRow(self.tr("Distance:"), self.distance)
        form.addRow(self.tr("Hospital:"), self.hospital)
        form.addRow(self.tr("Sort:"), self.sort)
        for w in self.toggles():
            form.addRow(w)
        form.addRow(self.clear_button)
        inner = QWidget()
        fl = QVBoxLayout(inner)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(patient)
        fl.addWidget(specs)
        fl.addLayout(form)
        fl.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Large text may make a filter wider than the panel: it scrolls, it is never cut.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit_width()
        no_tab_stop(self)  # the filters are the tab stops, not the area around them

        for combo in self.combos():
            combo.currentIndexChanged.connect(self._changed)
            # Long hospital names must not widen the filter panel past the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.age.valueChanged.connect(self._patient_changed)
        self.sex.currentIndexChanged.connect(self._patient_changed)
        for box in (*self.specialty.values(), *self.toggles()):
            box.toggled.connect(self._changed)
        self._set_values()

    def _fit_width(self) -> None:
        """Wide enough for every filter (the specialty grid, the longest checkbox, the
        drop-downs' labels) at the text size of the moment, and the scroll bar."""
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if layout is not None:
            layout.activate()
        content = inner.sizeHint().width() if inner is not None else 0
        widest = max(content, *(box.sizeHint().width() + 24 for box in self.toggles()))
        widest += self.verticalScrollBar().sizeHint().width() + 4
        self.setMinimumWidth(max(360, widest))
        self.setMaximumWidth(max(440, widest + 40))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # Ctrl+Plus, Ctrl+Minus
            self._fit_width()
        super().changeEvent(event)

    def combos(self) -> tuple[QComboBox, ...]:
        return (
            self.accepting,
            self.doctor_language,
            self.staff_language,
            self.gender,
            self.distance,
            self.hospital,
            self.sort,
        )

    def toggles(self) -> tuple[QCheckBox, ...]:
        return (self.telehealth, self.evening, self.saturday, self.wheelchair)

    def filters(self) -> PcpFilters:
        """The filters as set (``group_id`` and ``near`` are left for the chooser)."""
        acc = self.accepting.currentData()
        return PcpFilters(
            specialties=frozenset(s for s, b in self.specialty.items() if b.isChecked()),
            accepting=(
                frozenset({ACCEPTING, UNKNOWN})
                if acc == ACCEPTING_OR_ASK
                else frozenset({acc})
                if acc
                else frozenset()
            ),
            doctor_language=self.doctor_language.currentData(),
            staff_language=self.staff_language.currentData(),
            gender=self.gender.currentData(),
            member_age=self.patient_age(),
            max_miles=self.distance.currentData(),
            telehealth=self.telehealth.isChecked(),
            evening=self.evening.isChecked(),
            saturday=self.saturday.isChecked(),
            accessibility=frozenset(ACCESSIBILITY_KEYS)
            if self.wheelchair.isChecked()
            else frozenset(),
            hospital_id=self.hospital.currentData(),
            sort=str(self.sort.currentData()),
        )

    def set_place_known(self, known: bool) -> None:
        """Distance and nearest-first need the member's ZIP; without one the list is by
        name, and the sort box says so (no signal: the caller refreshes)."""
        if known != self.sort.isEnabled():  # the place came or went: its default sort
            with QSignalBlocker(self.sort):
                self.sort.setCurrentIndex(self.sort.findData("distance" if known else "name"))
        self.distance.setEnabled(known)
        self.sort.setEnabled(known)

    def set_hospitals(self, hospitals: Sequence[HospitalLink]) -> None:
        """The hospitals the plan's groups use (no signal: the caller refreshes)."""
        with QSignalBlocker(self.hospital):
            self.hospital.clear()
            self.hospital.addItem(self.tr("Any hospital"), None)
            for h in hospitals:
                if h.relation == "inferred":  # said where it is shown, not only in a footer
                    self.hospital.addItem(self.tr("%1 (inferred)").replace("%1", h.name), h.id)
                else:
                    self.hospital.addItem(h.name, h.id)

    def patient_age(self) -> int | None:
        """The age entered for the patient; None until one is given."""
        return None if self.age.value() < 0 else self.age.value()

    def clear(self) -> None:
        """Every filter back to the starting defaults (accepting new patients, the
        specialties that see the patient), keeping who the doctor is for; then one
        ``filters_changed``."""
        self._set_values()
        self._changed()

    def reset(self) -> None:
        """The defaults a new member starts with, age and sex not given (no signal)."""
        with QSignalBlocker(self.age), QSignalBlocker(self.sex):
            self.age.setValue(-1)
            self.sex.setCurrentIndex(0)
        self._set_values()
        self.set_hospitals(())
        self.verticalScrollBar().setValue(0)

    def _set_values(self) -> None:
        """Accepting new patients (what most people need), nearest first, the specialties
        that fit the patient, every other filter "any"."""
        widgets = [*self.specialty.values(), *self.combos(), *self.toggles()]
        blockers = [QSignalBlocker(w) for w in widgets]  # one signal at the end, not 14
        self._fit_specialties()
        self.accepting.setCurrentIndex(self.accepting.findData(ACCEPTING_OR_ASK))
        for combo in (
            self.doctor_language,
            self.staff_language,
            self.gender,
            self.distance,
            self.hospital,
            self.sort,
        ):
            combo.setCurrentIndex(0)
        for box in self.toggles():
            box.setChecked(False)
        for b in blockers:
            b.unblock()

    def _fit_specialties(self) -> None:
        """Offer only the specialties that see a patient of this age, all ticked but
        OB/GYN for a patient recorded as male (who can still tick it)."""
        age = self.patient_age()
        for s, box in self.specialty.items():
            fits = age is None or specialty_sees_age(s, age)
            box.setEnabled(fits)
            box.setChecked(fits and not (s == "obgyn" and self.sex.currentData() == "M"))

    def _patient_changed(self) -> None:
        with ExitStack() as blocked:
            for box in self.specialty.values():
                blocked.enter_context(QSignalBlocker(box))
            self._fit_specialties()
        self._changed()

    def _changed(self) -> None:
        self.filters_changed.emit(self.filters())
