"""Step 3: choose a doctor. Every filter is a WHERE clause; the table fetches pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hmo_desktop.directory import (
    Directory,
    PcpFilters,
    PcpRow,
    hospitals_for_plan,
    languages,
    left_out_unknown,
    suggest_relaxation,
)
from hmo_desktop.directory_format import PACE
from hmo_desktop.household import STEP_DOCTOR, Session
from hmo_desktop.ui import pcp_words as words
from hmo_desktop.ui.announce import announce_labels
from hmo_desktop.ui.common import (
    fit_columns,
    heading,
    named,
    results_table,
    sample_badge,
    specialty_labels,
)
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.flow_layout import FlowLayout
from hmo_desktop.ui.keyboard import chain
from hmo_desktop.ui.pcp_filters import PcpFilterPanel
from hmo_desktop.ui.pcp_results import PAGE_SIZE as PAGE_SIZE
from hmo_desktop.ui.pcp_results import PcpResultsModel as PcpResultsModel
from hmo_desktop.ui.pcp_results import office_text as office_text
from hmo_desktop.ui.pcp_results import office_tip as office_tip
from hmo_desktop.ui.retranslate import is_language_change, set_texts
from hmo_desktop.ui.table_select import select_row


class PcpChooser(QWidget):
    """Filters and paged results for the session's plan (and group, if one was chosen)."""

    pcp_chosen = Signal(object)  # PcpRow
    results_shown = Signal(int)  # doctors matching (distinct; 0 while the age is asked)

    def __init__(self, db: Directory, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._session = session
        self._hospitals_of: int | None = None  # the plan whose hospitals the filter lists
        #: What the count, empty state and note say (none, no plan, the age asked, or a
        #: search's results): said again in another language without searching again.
        self._said: words.Said | None = None
        self.title = heading("")
        self.scope = named(QLabel(), "pcpScopeLabel", "")
        self.scope.setWordWrap(True)

        self.filter_panel = PcpFilterPanel(languages(db))
        self.filter_panel.filters_changed.connect(self._filters_changed)
        # The filter widgets, by the names testers use (docs/TESTING.md).
        panel = self.filter_panel
        self.specialty = panel.specialty
        self.accepting, self.doctor_language = panel.accepting, panel.doctor_language
        self.staff_language, self.gender, self.age = panel.staff_language, panel.gender, panel.age
        self.sex = panel.sex
        self.distance, self.hospital, self.sort = panel.distance, panel.hospital, panel.sort
        self.telehealth, self.evening = panel.telehealth, panel.evening
        self.saturday, self.wheelchair = panel.saturday, panel.wheelchair
        self.clear_button = panel.clear_button

        self.model = PcpResultsModel(db, self)
        self.table = results_table("pcpTable", "", self.model, (12, 13, 15, 6, 13, 11))
        # Doctor, Office, Distance and New patients first; a narrow window or large text
        # hides the last columns, and the line under the table says what they would.
        fit_columns(self.table, (12, 13, 15, 6, 13, 11), order=(0, 2, 3, 4, 1, 5, 6))
        self.table.activated.connect(self._activated)
        self.row_detail = named(QLabel(), "pcpRowDetail", "")
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._detail())
        # The filters fold away on a small screen; who the doctor is for is asked first.
        self.filters_button = named(QPushButton(), "filtersToggleButton", "")
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.filters_button.toggled.connect(self._show_filters)
        self.count = named(QLabel(), "pcpCountLabel", "")
        self.count.setFixedHeight(self.fontMetrics().height() + 6)  # no relayout per count
        self.count.setProperty("oneLine", True)  # measured again for another text size
        self.empty = named(QLabel(), "pcpEmptyState", "")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.unknown_note = named(QLabel(), "pcpUnknownNote", "")
        self.unknown_note.setWordWrap(True)
        self.unknown_note.setProperty("role", "hint")
        self.unknown_note.hide()
        self.open_profile = named(QPushButton(), "openProfileButton", "")
        self.open_profile.setDefault(True)
        self.open_profile.clicked.connect(self._choose_current)

        results = QWidget()
        rl = QVBoxLayout(results)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.count)
        rl.addWidget(self.empty)
        rl.addWidget(self.unknown_note)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.row_detail)
        buttons = FlowLayout()  # wraps: the filters and the list share a narrow window
        buttons.addWidget(self.filters_button)
        buttons.addWidget(self.open_profile)
        rl.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.filter_panel)
        body.addWidget(results, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.scope)
        lay.addLayout(body, 1)
        chain(self.clear_button, self.table, self.open_profile)  # the filters' column first
        chain(self.table, self.filters_button, self.open_profile)  # the row under the list
        # The count, the empty state and the note, said to a screen reader as they change.
        self.results_shown.connect(
            lambda _n: announce_labels(
                self.count, self.empty, self.unknown_note, alert=(self.empty,)
            )
        )
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the step in the app's language, keeping the member's place: the
        filters (the panel says its own words again), the results, the selected row."""
        self.title.setText(self.tr("Choose your primary care doctor"))
        self.scope.setAccessibleName(self.tr("Where you are searching"))
        if self.scope.text():
            self.scope.setText(self._scope_text())
        self.table.setAccessibleName(self.tr("Doctors"))
        self.model.retranslate()
        self.row_detail.setAccessibleName(self.tr("About the selected doctor"))
        self.filters_button.setAccessibleName(self.tr("Filters"))
        self._filters_button_text()
        self.count.setAccessibleName(self.tr("Number of doctors found"))
        self.empty.setAccessibleName(self.tr("No doctors message"))
        self.unknown_note.setAccessibleName(
            self.tr("Doctors left out for facts not in this directory")
        )
        set_texts(
            self.open_profile, self.tr("See doctor's profile"), self.tr("See doctor's profile")
        )
        self._detail()
        self._say()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ inputs from the window

    def show_pcps(self) -> None:
        """Search the session's plan (and group), keeping the filters set so far."""
        plan, near = self._session.plan, self._session.place
        if plan is None:
            self.reset()
            self._said = words.Said("no_plan")
            self._say()
            self.empty.show()
            self.results_shown.emit(0)
            return
        if plan.id != self._hospitals_of:
            self.filter_panel.set_hospitals(hospitals_for_plan(self._db, plan.id))
            self._hospitals_of = plan.id
        self.scope.setText(self._scope_text())
        self.filter_panel.set_place_known(near is not None)
        self.filter_panel.accepting.setEnabled(plan.care_model != PACE)
        # A narrow window (or large text) starts with the list, once the age is known.
        em = self.fontMetrics().horizontalAdvance("m")
        narrow = self.width() < self.filter_panel.minimumWidth() + 50 * em
        self.filters_button.setChecked(not narrow or self.filter_panel.patient_age() is None)
        self.refresh()

    def _show_filters(self, shown: bool) -> None:
        self.filter_panel.setVisible(shown)
        self._filters_button_text()

    def _filters_button_text(self) -> None:
        shown = self.filters_button.isChecked()
        self.filters_button.setText(self.tr("Hide filters") if shown else self.tr("Show filters"))

    def _detail(self) -> None:
        """The selected doctor's specialty, group and sample badge, under the table (a
        narrow window hides those columns), then what the row's cells say on hover: the
        office's whole address, what a sample is, what the distance is measured to."""
        row = self.current_pcp()
        if row is None:
            self.row_detail.clear()
            return
        text = arg(self.tr("%1 · %2"), specialty_labels()[row.specialty], row.group_name)
        if row.is_sample:
            text = arg(self.tr("%1 · %2"), text, sample_badge())
        self.row_detail.setText("\n".join((text, *self.model.tips(row))))

    def _scope_text(self) -> str:
        s = self._session
        plan, group, area, near = s.plan, s.group, s.area, s.place
        if plan is None:
            return ""
        where = group.name if group else self.tr("all medical groups in the plan")
        if near is not None and area is not None:
            place = arg(
                self.tr("offices in %1 County, nearest to %2"),
                area.county,
                f"{near.city} {near.zip}",
            )
        elif area is not None:
            place = arg(self.tr("offices in %1 County"), area.county)
        else:
            place = self.tr("offices anywhere in California")
        return f"{plan.name} · {where} · {place}"

    def clear_filters(self) -> None:
        self.filter_panel.clear()

    def reset(self) -> None:
        """Back to a new member's defaults: no results, default filters, no plan."""
        self.filter_panel.reset()
        self._hospitals_of = None
        self.model.clear()
        self._said = None
        self.scope.clear()
        self.count.clear()
        self.empty.hide()
        self.unknown_note.hide()
        self.open_profile.setEnabled(False)
        self.row_detail.clear()
        self.filters_button.setChecked(True)  # a new member is asked the age first

    def current_filters(self) -> PcpFilters:
        """The panel's filters within the session's group, near the session's place."""
        return self._in_session(self.filter_panel.filters())

    def _in_session(self, chosen: PcpFilters) -> PcpFilters:
        group, near, area = self._session.group, self._session.place, self._session.area
        plan = self._session.plan
        if plan is not None and plan.care_model == PACE:
            # The PACE center assigns the doctor: every doctor of its team is shown.
            chosen = chosen._replace(accepting=frozenset())
        return chosen._replace(
            group_id=group.id if group else None,
            county_id=area.county_id if area is not None else None,
            near=near,
            max_miles=chosen.max_miles if near is not None else None,
            sort=chosen.sort if near is not None else "name",
        )

    # ------------------------------------------------------------ results

    def refresh(self) -> None:
        """Search again with the filters as set."""
        self._show(self.current_filters())

    def _filters_changed(self, chosen: PcpFilters) -> None:
        self._show(self._in_session(chosen))

    def _show(self, filters: PcpFilters) -> None:
        plan = self._session.plan
        if plan is None or self._session.reached < STEP_DOCTOR:
            return  # the doctor step is not on the member's path yet (no group chosen)
        if filters.member_age is None:
            # Who the doctor is for comes first: no list of doctors who may not see them.
            self.model.clear()
            self.row_detail.clear()
            self.open_profile.setEnabled(False)
            self.filters_button.setChecked(True)  # the age is asked in the filters
            self._said = words.Said("age")
            self._say()
            self.empty.show()
            self.results_shown.emit(0)
            return
        page = self.model.show(plan.id, filters)
        if page.rows:
            select_row(self.table, 0)
        self._detail()
        self.open_profile.setEnabled(bool(page.rows))
        empty = page.total == 0
        relax = (
            suggest_relaxation(self._db, plan.id, filters)
            if empty and words.relaxes(plan, filters)
            else None
        )
        left = tuple(left_out_unknown(self._db, plan.id, filters).items())
        self._said = words.Said("results", plan, filters, page.doctors, page.total, relax, left)
        self._say()
        self.empty.setVisible(empty)
        self.results_shown.emit(page.doctors)

    def _say(self) -> None:
        """The count, the empty state and the note on doctors left out, for what is shown
        (in the app's language: said again after a language change)."""
        said = self._said
        if said is None:
            return
        self.count.setText(words.count_text(said))
        self.empty.setText(words.empty_text(said))
        note = words.left_out_text(said.left)
        self.unknown_note.setText(note)
        self.unknown_note.setVisible(bool(note))

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
