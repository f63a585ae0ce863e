"""Step 3: choose a doctor. Every filter is a WHERE clause; the table fetches pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import (
    ACCESSIBILITY_KEYS,
    Directory,
    GroupRow,
    Page,
    PcpFilters,
    PcpRow,
    Place,
    PlanRow,
    hospitals_for_plan,
    languages,
    search_pcps,
)
from hmo_desktop.directory_format import SPECIALTIES
from hmo_desktop.ui.common import (
    accepting_labels,
    button_row,
    distance_text,
    heading,
    named,
    results_table,
    sample_badge,
    specialty_help,
    specialty_labels,
)
from hmo_desktop.ui.table_model import Column, RowTableModel

PAGE_SIZE = 60
DISTANCES = (None, 2, 5, 10, 25, 50)


class PcpResultsModel(RowTableModel[PcpRow]):
    """Rows come from the database a page at a time (canFetchMore/fetchMore)."""

    def __init__(self, chooser: PcpChooser) -> None:
        spec = specialty_labels()
        acc = accepting_labels()
        super().__init__(
            [
                Column(chooser.tr("Doctor"), lambda r: f"{r.name}, {r.credential}"),
                Column(
                    "",
                    lambda r: sample_badge() if r.is_sample else "",
                    lambda r: (
                        chooser.tr("Generated sample data, not a real person")
                        if r.is_sample
                        else ""
                    ),
                ),
                Column(chooser.tr("Specialty"), lambda r: spec[r.specialty]),
                Column(chooser.tr("New patients"), lambda r: acc[r.accepting]),
                Column(
                    chooser.tr("Distance"), lambda r: distance_text(r.distance_mi), align_right=True
                ),
                Column(chooser.tr("Office"), lambda r: f"{r.office_city} {r.office_zip}"),
                Column(chooser.tr("Medical group"), lambda r: r.group_name),
            ],
            chooser,
        )
        self._chooser = chooser
        self.total = 0

    def canFetchMore(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> bool:
        return not parent.isValid() and self.rowCount() < self.total

    def fetchMore(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> None:
        if self.canFetchMore(parent):
            self.append_rows(self._chooser.fetch_page(self.rowCount()))


class PcpChooser(QWidget):
    """Filters and paged results for one plan (optionally one group)."""

    pcp_chosen = Signal(object)  # PcpRow
    results_shown = Signal(int)  # total matching

    def __init__(self, db: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._plan: PlanRow | None = None
        self._group: GroupRow | None = None
        self._near: Place | None = None
        self._filters = PcpFilters()
        self._loading = False
        labels, helps = specialty_labels(), specialty_help()
        self.title = heading(self.tr("Choose your primary care doctor"))
        self.scope = named(QLabel(), "pcpScopeLabel", self.tr("Where you are searching"))
        self.scope.setWordWrap(True)

        specs = QGroupBox(self.tr("Primary care specialties"))
        grid = QGridLayout(specs)
        self.specialty: dict[str, QCheckBox] = {}
        for i, s in enumerate(SPECIALTIES):
            box = named(QCheckBox(labels[s]), f"specialty_{s}", labels[s])
            box.setChecked(True)
            box.setToolTip(helps[s])
            box.setAccessibleDescription(helps[s])
            box.toggled.connect(self.refresh)
            hint = QLabel(helps[s])
            hint.setWordWrap(True)
            hint.setProperty("role", "hint")
            grid.addWidget(box, i // 2 * 2, i % 2)
            grid.addWidget(hint, i // 2 * 2 + 1, i % 2)
            self.specialty[s] = box

        self.accepting = named(QComboBox(), "acceptingFilter", self.tr("New patients"))
        self.accepting.addItem(self.tr("Any status"), None)
        for key, label in accepting_labels().items():
            self.accepting.addItem(label, key)
        self.accepting.setCurrentIndex(1)  # accepting new patients: what most people need
        self.doctor_language = named(
            QComboBox(), "doctorLanguageFilter", self.tr("Language the doctor speaks")
        )
        self.staff_language = named(
            QComboBox(), "staffLanguageFilter", self.tr("Language the office staff speak")
        )
        for combo in (self.doctor_language, self.staff_language):
            combo.addItem(self.tr("Any language"), None)
            for code, name in languages(db):
                if code != "en":
                    combo.addItem(self.tr(name), code)
        self.gender = named(QComboBox(), "genderFilter", self.tr("Doctor's gender"))
        self.gender.addItem(self.tr("Any"), None)
        self.gender.addItem(self.tr("Woman"), "F")
        self.gender.addItem(self.tr("Man"), "M")
        self.age = named(QSpinBox(), "memberAgeFilter", self.tr("Patient's age"))
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Any age"))
        self.age.setValue(-1)
        self.distance = named(QComboBox(), "distanceFilter", self.tr("Distance"))
        for d in DISTANCES:
            self.distance.addItem(
                self.tr("Any distance")
                if d is None
                else self.tr("Within %1 miles").replace("%1", str(d)),
                d,
            )
        self.hospital = named(QComboBox(), "hospitalFilter", self.tr("Hospital"))
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
        self.reset = named(
            QPushButton(self.tr("Clear filters")), "clearFiltersButton", self.tr("Clear filters")
        )
        self.reset.clicked.connect(self.clear_filters)

        form = QFormLayout()
        form.addRow(self.tr("New patients:"), self.accepting)
        form.addRow(self.tr("Doctor speaks:"), self.doctor_language)
        form.addRow(self.tr("Staff speak:"), self.staff_language)
        form.addRow(self.tr("Gender:"), self.gender)
        form.addRow(self.tr("Patient's age:"), self.age)
        form.addRow(self.tr("Distance:"), self.distance)
        form.addRow(self.tr("Hospital:"), self.hospital)
        form.addRow(self.tr("Sort:"), self.sort)
        for w in (self.telehealth, self.evening, self.saturday, self.wheelchair):
            form.addRow(w)
        form.addRow(self.reset)
        filters = QWidget()
        fl = QVBoxLayout(filters)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(specs)
        fl.addLayout(form)
        fl.addStretch(1)
        # In a scroll area so the window still fits a 1024x640 screen.
        scroll = QScrollArea()
        scroll.setWidget(filters)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMaximumWidth(440)
        scroll.setMinimumWidth(360)

        for combo in (
            self.accepting,
            self.doctor_language,
            self.staff_language,
            self.gender,
            self.distance,
            self.hospital,
            self.sort,
        ):
            combo.currentIndexChanged.connect(self.refresh)
            # Long hospital names must not widen the filter panel past the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.age.valueChanged.connect(self.refresh)
        for box in (self.telehealth, self.evening, self.saturday, self.wheelchair):
            box.toggled.connect(self.refresh)

        self.model = PcpResultsModel(self)
        self.table = results_table(
            "pcpTable", self.tr("Doctors"), self.model, (14, 13, 11, 14, 6, 11)
        )
        self.table.activated.connect(self._activated)
        self.count = named(QLabel(), "pcpCountLabel", self.tr("Number of doctors found"))
        self.count.setFixedHeight(self.fontMetrics().height() + 6)  # no relayout per count
        self.empty = named(QLabel(), "pcpEmptyState", self.tr("No doctors message"))
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.open_profile = named(
            QPushButton(self.tr("See doctor's profile")),
            "openProfileButton",
            self.tr("See doctor's profile"),
        )
        self.open_profile.setDefault(True)
        self.open_profile.clicked.connect(self._choose_current)

        results = QWidget()
        rl = QVBoxLayout(results)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.count)
        rl.addWidget(self.empty)
        rl.addWidget(self.table, 1)
        rl.addLayout(button_row(right=(self.open_profile,)))
        body = QHBoxLayout()
        body.addWidget(scroll)
        body.addWidget(results, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.scope)
        lay.addLayout(body, 1)

    # ------------------------------------------------------------ inputs from the window

    def show_pcps_of(self, plan: PlanRow, group: GroupRow | None, near: Place | None) -> None:
        """Search this plan (and group, if one was chosen), keeping the filters set so far."""
        plan_changed = self._plan is None or self._plan.id != plan.id
        self._plan, self._group, self._near = plan, group, near
        if plan_changed:
            with QSignalBlocker(self.hospital):
                self.hospital.clear()
                self.hospital.addItem(self.tr("Any hospital"), None)
                for h in hospitals_for_plan(self._db, plan.id):
                    self.hospital.addItem(h.name, h.id)
        where = group.name if group else self.tr("all medical groups in the plan")
        self.scope.setText(
            self.tr("%1 · %2").replace("%1", plan.name).replace("%2", where)
            + (self.tr(" · near %1").replace("%1", f"{near.city} {near.zip}") if near else "")
        )
        self.distance.setEnabled(near is not None)
        self.sort.setEnabled(near is not None)
        self.refresh()

    def clear_filters(self) -> None:
        widgets = [
            *self.specialty.values(),
            self.accepting,
            self.doctor_language,
            self.staff_language,
            self.gender,
            self.age,
            self.distance,
            self.hospital,
            self.telehealth,
            self.evening,
            self.saturday,
            self.wheelchair,
        ]
        blockers = [QSignalBlocker(w) for w in widgets]  # one refresh at the end, not 14
        for box in self.specialty.values():
            box.setChecked(True)
        self.accepting.setCurrentIndex(0)
        for combo in (
            self.doctor_language,
            self.staff_language,
            self.gender,
            self.distance,
            self.hospital,
        ):
            combo.setCurrentIndex(0)
        self.age.setValue(-1)
        for box in (self.telehealth, self.evening, self.saturday, self.wheelchair):
            box.setChecked(False)
        for b in blockers:
            b.unblock()
        self.refresh()

    def current_filters(self) -> PcpFilters:
        acc = self.accepting.currentData()
        near = self._near
        sort = str(self.sort.currentData()) if near is not None else "name"
        return PcpFilters(
            group_id=self._group.id if self._group else None,
            specialties=frozenset(s for s, b in self.specialty.items() if b.isChecked()),
            accepting=frozenset({acc}) if acc else frozenset(),
            doctor_language=self.doctor_language.currentData(),
            staff_language=self.staff_language.currentData(),
            gender=self.gender.currentData(),
            member_age=None if self.age.value() < 0 else self.age.value(),
            near=near,
            max_miles=self.distance.currentData() if near is not None else None,
            telehealth=self.telehealth.isChecked(),
            evening=self.evening.isChecked(),
            saturday=self.saturday.isChecked(),
            accessibility=frozenset(ACCESSIBILITY_KEYS)
            if self.wheelchair.isChecked()
            else frozenset(),
            hospital_id=self.hospital.currentData(),
            sort=sort,
        )

    # ------------------------------------------------------------ results

    def fetch_page(self, offset: int) -> tuple[PcpRow, ...]:
        if self._plan is None:
            return ()
        page = search_pcps(self._db, self._plan.id, self._filters, Page(offset, PAGE_SIZE))
        self.model.total = page.total
        return page.rows

    def refresh(self) -> None:
        if self._plan is None:
            return
        self._filters = self.current_filters()
        page = search_pcps(self._db, self._plan.id, self._filters, Page(0, PAGE_SIZE))
        self.model.total = page.total
        self.model.set_rows(page.rows)
        if page.rows:
            self.table.selectRow(0)
        self.open_profile.setEnabled(bool(page.rows))
        self.count.setText(
            self.tr("%1 doctors found").replace("%1", f"{page.total:,}")
            if page.total != 1
            else self.tr("1 doctor found")
        )
        self.empty.setVisible(page.total == 0)
        if page.total == 0:
            self.empty.setText(self._empty_hint())
        self.results_shown.emit(page.total)

    def _empty_hint(self) -> str:
        """Say which filter to relax: the first one whose removal brings results back."""
        f = self._filters
        assert self._plan is not None
        if not f.specialties:
            return self.tr(
                "No specialty is selected. Tick at least one of the four specialties above."
            )
        candidates: list[tuple[bool, dict[str, Any], str]] = [
            (f.max_miles is not None, {"max_miles": None}, self.tr("a larger distance")),
            (
                f.doctor_language is not None,
                {"doctor_language": None},
                self.tr("any language for the doctor"),
            ),
            (
                f.staff_language is not None,
                {"staff_language": None},
                self.tr("any language for the office staff"),
            ),
            (bool(f.accepting), {"accepting": frozenset()}, self.tr("any new-patient status")),
            (f.gender is not None, {"gender": None}, self.tr("any gender")),
            (f.member_age is not None, {"member_age": None}, self.tr("any age")),
            (f.hospital_id is not None, {"hospital_id": None}, self.tr("any hospital")),
            (
                bool(f.accessibility),
                {"accessibility": frozenset()},
                self.tr("fewer accessibility needs"),
            ),
            (f.telehealth, {"telehealth": False}, self.tr("doctors without video visits")),
            (
                f.evening or f.saturday,
                {"evening": False, "saturday": False},
                self.tr("any office hours"),
            ),
            (f.group_id is not None, {"group_id": None}, self.tr("all groups in the plan")),
        ]
        active = [(change, label) for on, change, label in candidates if on]
        for change, label in active:  # one filter whose removal is enough
            n = search_pcps(self._db, self._plan.id, f._replace(**change), Page(0, 1)).total
            if n:
                return (
                    self.tr("No doctor matches every filter. Try %1: that shows %2 doctors.")
                    .replace("%1", label)
                    .replace("%2", f"{n:,}")
                )
        relaxed, labels = f, []
        for change, label in active:  # else relax them in turn until doctors appear
            relaxed = relaxed._replace(**change)
            labels.append(label)
            n = search_pcps(self._db, self._plan.id, relaxed, Page(0, 1)).total
            if n:
                return (
                    self.tr("No doctor matches every filter. Try %1: that shows %2 doctors.")
                    .replace("%1", self.tr(" and ").join(labels))
                    .replace("%2", f"{n:,}")
                )
        return self.tr('No doctor matches these filters. Press "Clear filters" to start over.')

    def current_pcp(self) -> PcpRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.pcp_chosen.emit(row)

    def _choose_current(self) -> None:
        row = self.current_pcp()
        if row is not None:
            self.pcp_chosen.emit(row)
