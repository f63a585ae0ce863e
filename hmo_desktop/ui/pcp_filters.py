"""The PCP chooser's filter panel: every filter a member can set, in one widget.

The widgets are the only copy of the filters: ``filters()`` reads them, and every change
emits ``filters_changed`` with the new ``PcpFilters`` (without plan, group or place: the
chooser adds those from the session).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, Qt, Signal
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
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.i18n import language_name
from hmo_desktop.ui.keyboard import no_tab_stop
from hmo_desktop.ui.retranslate import is_language_change, set_texts

#: The new-patients filter's starting choice: accepting, or not in this directory.
ACCEPTING_OR_ASK = "accepting_or_ask"

DISTANCES = (None, 2, 5, 10, 25, 50)


class PcpFilterPanel(QScrollArea):
    """In a scroll area so the window still fits a 1024x640 screen."""

    filters_changed = Signal(object)  # PcpFilters

    def __init__(self, languages: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._hospitals: tuple[HospitalLink, ...] = ()
        # Who the doctor is for: asked before the list, which shows only doctors who see
        # a patient of that age.
        self.patient_box = QGroupBox()
        self.age = named(QSpinBox(), "memberAgeFilter", "")
        self.age.setRange(-1, 120)
        self.age.setValue(-1)  # not given yet
        self.sex = named(QComboBox(), "patientSexCombo", "")
        for value in (None, "F", "M"):
            self.sex.addItem("", value)
        patient_form = QFormLayout(self.patient_box)
        self.age_label = QLabel()
        self.age_label.setBuddy(self.age)
        self.sex_label = QLabel()
        self.sex_label.setBuddy(self.sex)
        patient_form.addRow(self.age_label, self.age)
        patient_form.addRow(self.sex_label, self.sex)
        self.specs_box = QGroupBox()
        grid = QGridLayout(self.specs_box)
        self.specialty: dict[str, QCheckBox] = {}
        self._specialty_hints: dict[str, QLabel] = {}
        for i, s in enumerate(SPECIALTIES):
            box = named(QCheckBox(), f"specialty_{s}", "")
            box.setChecked(True)
            hint = QLabel()
            hint.setWordWrap(True)
            hint.setProperty("role", "hint")
            grid.addWidget(box, i // 2 * 2, i % 2)
            grid.addWidget(hint, i // 2 * 2 + 1, i % 2)
            self.specialty[s] = box
            self._specialty_hints[s] = hint

        self.accepting = named(QComboBox(), "acceptingFilter", "")
        self.accepting.addItem("", None)
        # The start: doctors taking new patients, and those whose record does not say.
        self.accepting.addItem("", ACCEPTING_OR_ASK)
        for key in accepting_labels():
            self.accepting.addItem("", key)
        self.doctor_language = named(QComboBox(), "doctorLanguageFilter", "")
        self.staff_language = named(QComboBox(), "staffLanguageFilter", "")
        for combo in (self.doctor_language, self.staff_language):
            combo.addItem("", None)
            for code, name in languages:
                if code != "en":
                    combo.addItem(language_name(code, name), code)
        self._language_names = dict(languages)  # code: the directory's English name
        self.gender = named(QComboBox(), "genderFilter", "")
        for value in (None, "F", "M"):
            self.gender.addItem("", value)
        self.distance = named(QComboBox(), "distanceFilter", "")
        for d in DISTANCES:
            self.distance.addItem("", d)
        self.hospital = named(QComboBox(), "hospitalFilter", "")
        self.hospital.addItem("", None)
        self.telehealth = named(QCheckBox(), "telehealthFilter", "")
        self.evening = named(QCheckBox(), "eveningFilter", "")
        self.saturday = named(QCheckBox(), "saturdayFilter", "")
        self.wheelchair = named(QCheckBox(), "accessibilityFilter", "")
        # What "accessible" means, under the box (said on the screen, not on hover only).
        self.wheelchair_hint = QLabel()
        self.wheelchair_hint.setObjectName("accessibilityFilterHint")
        self.wheelchair_hint.setWordWrap(True)
        self.wheelchair_hint.setProperty("role", "hint")
        self.sort = named(QComboBox(), "pcpSortCombo", "")
        self.sort.addItem("", "distance")
        self.sort.addItem("", "name")
        self.clear_button = named(QPushButton(), "clearFiltersButton", "")
        self.clear_button.clicked.connect(self.clear)

        form = QFormLayout()
        self._form_labels: list[QLabel] = []
        for combo in self.combos():
            label = QLabel()
            label.setBuddy(combo)
            self._form_labels.append(label)
            form.addRow(label, combo)
        for w in self.toggles():
            form.addRow(w)
        form.addRow(self.wheelchair_hint)
        form.addRow(self.clear_button)
        inner = QWidget()
        fl = QVBoxLayout(inner)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.patient_box)
        fl.addWidget(self.specs_box)
        fl.addLayout(form)
        fl.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Large text may make a filter wider than the panel: it scrolls, it is never cut.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
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
        self.retranslate()

    def retranslate(self) -> None:
        """Every label, item text, name and tip in the app's language; what is chosen,
        typed and ticked stays as it is (each item keeps its data, each combo its index)."""
        labels, helps = specialty_labels(), specialty_help()
        self.patient_box.setTitle(self.tr("Who is the doctor for?"))
        self.age.setAccessibleName(self.tr("Patient's age"))
        self.age.setSpecialValueText(self.tr("Enter age"))
        self.age.setAccessibleDescription(
            self.tr("Type the age of the person who needs the doctor; babies are 0")
        )
        self.sex.setAccessibleName(self.tr("Patient's sex (optional)"))
        _item_texts(self.sex, self.tr("Not given"), self.tr("Female"), self.tr("Male"))
        self.age_label.setText(self.tr("Age:"))
        self.sex_label.setText(self.tr("Sex (optional):"))
        self.specs_box.setTitle(self.tr("Primary care specialties"))
        for s, box in self.specialty.items():
            set_texts(box, labels[s], labels[s], helps[s])
            box.setAccessibleDescription(helps[s])
            self._specialty_hints[s].setText(helps[s])

        self.accepting.setAccessibleName(self.tr("New patients"))
        statuses = [
            self.tr("Not in this directory: call to ask") if key == UNKNOWN else label
            for key, label in accepting_labels().items()
        ]
        _item_texts(
            self.accepting,
            self.tr("Any status"),
            self.tr("Accepting new patients, or call to ask"),
            *statuses,
        )
        self.doctor_language.setAccessibleName(self.tr("Language the doctor speaks"))
        self.staff_language.setAccessibleName(self.tr("Language the office staff speak"))
        for combo in (self.doctor_language, self.staff_language):
            combo.setItemText(0, self.tr("Any language"))
            for i in range(1, combo.count()):  # American Sign Language: in these words
                code = combo.itemData(i)
                combo.setItemText(i, language_name(code, self._language_names[code]))
        self.gender.setAccessibleName(self.tr("Doctor's gender"))
        _item_texts(self.gender, self.tr("Any"), self.tr("Woman"), self.tr("Man"))
        self.distance.setAccessibleName(self.tr("Distance"))
        for i, d in enumerate(DISTANCES):
            self.distance.setItemText(
                i,
                self.tr("Any distance")
                if d is None
                else arg(self.tr("Within %1 miles"), QLocale().toString(d)),
            )
        self.hospital.setAccessibleName(self.tr("Hospital"))
        self._hospital_texts()
        for box, text in (
            (self.telehealth, self.tr("Offers video visits")),
            (self.evening, self.tr("Evening hours")),
            (self.saturday, self.tr("Saturday hours")),
            (self.wheelchair, self.tr("Wheelchair accessible office")),
        ):
            set_texts(box, text, text)
        self.wheelchair_hint.setText(
            self.tr("Parking, entrance, inside, restroom, exam room and exam table all accessible")
        )
        self.wheelchair.setAccessibleDescription(self.wheelchair_hint.text())
        self.sort.setAccessibleName(self.tr("Sort doctors by"))
        _item_texts(self.sort, self.tr("Nearest first"), self.tr("Name"))
        set_texts(self.clear_button, self.tr("Clear filters"), self.tr("Clear filters"))
        for label, text in zip(
            self._form_labels,
            (
                self.tr("New patients:"),
                self.tr("Doctor speaks:"),
                self.tr("Staff speak:"),
                self.tr("Doctor's gender:"),
                self.tr("Distance:"),
                self.tr("Hospital:"),
                self.tr("Sort:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self._fit_width()  # the words' widths differ from one language to another

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
        if is_language_change(event):
            self.retranslate()
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
        self._hospitals = tuple(hospitals)
        with QSignalBlocker(self.hospital):
            self.hospital.clear()
            self.hospital.addItem("", None)
            for h in self._hospitals:
                self.hospital.addItem("", h.id)
            self._hospital_texts()

    def _hospital_texts(self) -> None:
        """The hospital items' words: an inferred link is said where it is shown, not
        only in a footer."""
        self.hospital.setItemText(0, self.tr("Any hospital"))
        for i, h in enumerate(self._hospitals, start=1):
            inferred = h.relation == "inferred"
            self.hospital.setItemText(
                i, arg(self.tr("%1 (inferred)"), h.name) if inferred else h.name
            )

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


def _item_texts(combo: QComboBox, *texts: str) -> None:
    """The texts of ``combo``'s first items, in order (their data and the current index
    stay as they are)."""
    for i, text in enumerate(texts):
        combo.setItemText(i, text)
