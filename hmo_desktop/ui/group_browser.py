"""Step 2: the medical groups in the plan's network, near the member."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import Directory, GroupRow, groups_in_plan, sort_groups
from hmo_desktop.directory_format import SPECIALTIES
from hmo_desktop.household import Session
from hmo_desktop.textfold import fold
from hmo_desktop.ui.common import (
    button_row,
    distance_text,
    heading,
    named,
    results_table,
    specialty_labels,
    specialty_short_labels,
)
from hmo_desktop.ui.table_model import Column, RowTableModel


class GroupBrowser(QWidget):
    """Sortable list of groups with a plain-words detail pane.

    Emits ``group_chosen`` with a GroupRow, or with None when the member skips this step
    to search doctors across the whole plan.
    """

    group_chosen = Signal(object)  # GroupRow | None
    results_shown = Signal(int)

    def __init__(self, db: Directory, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._session = session
        self._all: list[GroupRow] = []
        self._words: dict[int, list[str]] = {}  # group id -> folded name words
        self._shown_detail: int | None = None
        # The detail pane follows the selection a moment later, so typing a group name
        # re-renders the list at once but the rich-text pane only once typing pauses.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(120)
        self._detail_timer.timeout.connect(self._update_detail)
        spec, short = specialty_labels(), specialty_short_labels()
        self.title = heading(self.tr("Choose a medical group"))
        self.intro = QLabel(
            self.tr(
                "Your doctor belongs to a medical group. The group decides referrals to "
                "specialists and which hospitals you use. Numbers show doctors accepting new "
                "patients."
            )
        )
        self.intro.setWordWrap(True)
        self.search = named(QLineEdit(), "groupSearchEdit", self.tr("Search groups by name"))
        self.search.setPlaceholderText(self.tr("Type a group name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refilter)
        self.sort = named(QComboBox(), "groupSortCombo", self.tr("Sort groups by"))
        for key, label in (
            ("distance", self.tr("Nearest first")),
            ("name", self.tr("Name")),
            ("accepting", self.tr("Most accepting new patients")),
        ):
            self.sort.addItem(label, key)
        self.sort.currentIndexChanged.connect(self._refilter)
        self.model: RowTableModel[GroupRow] = RowTableModel(
            [
                Column(self.tr("Medical group"), self._name_cell, lambda g: g.name),
                Column(
                    self.tr("Distance"), lambda g: distance_text(g.distance_mi), align_right=True
                ),
                *(self._accepting_column(s, short[s], spec[s]) for s in SPECIALTIES),
                Column(
                    self.tr("Rating"),
                    lambda g: self.tr("Not rated") if g.rating is None else f"{g.rating:.1f}",
                ),
                Column(self.tr("Hospitals"), lambda g: ", ".join(h.name for h in g.hospitals[:2])),
            ],
            self,
        )
        self.table = results_table(
            "groupTable", self.tr("Medical groups"), self.model, (20, 7, 6, 7, 5, 6, 8, 14)
        )
        self.table.horizontalHeader().setToolTip(
            self.tr("Numbers are doctors accepting new patients")
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self._choose_current())
        self.detail = named(
            QTextBrowser(), "groupDetail", self.tr("What choosing this group means")
        )
        self.detail.setOpenLinks(False)
        self.empty = named(QLabel(), "groupEmptyState", self.tr("No groups message"))
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.empty.hide()
        self.choose = named(
            QPushButton(self.tr("Choose this group")),
            "chooseGroupButton",
            self.tr("Choose this group"),
        )
        self.choose.setDefault(True)
        self.choose.setEnabled(False)
        self.choose.clicked.connect(self._choose_current)
        self.skip = named(
            QPushButton(self.tr("Skip: search doctors in the whole plan")),
            "skipGroupButton",
            self.tr("Skip choosing a group"),
        )
        self.skip.clicked.connect(lambda: self.group_chosen.emit(None))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(self.tr("Sort:")))
        bar.addWidget(self.sort)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.empty)
        ll.addWidget(self.table, 1)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = button_row(self.skip, right=(self.choose,))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.setTabOrder(self.search, self.sort)
        self.setTabOrder(self.sort, self.table)
        self.setTabOrder(self.table, self.detail)
        self.setTabOrder(self.detail, self.skip)
        self.setTabOrder(self.skip, self.choose)

    def _accepting_column(self, spec: str, short: str, label: str) -> Column[GroupRow]:
        def value(g: GroupRow) -> str:
            return str(g.accepting[spec])

        def tip(g: GroupRow) -> str:
            return (
                self.tr("%1 doctors accepting new patients in %2")
                .replace("%1", str(g.accepting[spec]))
                .replace("%2", label)
            )

        return Column(short, value, tip, align_right=True)

    def _name_cell(self, g: GroupRow) -> str:
        return g.name + (self.tr("  [sample]") if g.is_sample else "")

    def show_groups(self) -> None:
        """Load the groups of the session's plan, nearest first to the session's place."""
        plan, near = self._session.plan, self._session.place
        if plan is None:
            return
        self._all = groups_in_plan(self._db, plan.id, near, "distance")
        self._words = {g.id: fold(g.name).split() for g in self._all}
        self._shown_detail = None
        self.title.setText(self.tr("Choose a medical group in %1").replace("%1", plan.name))
        if near is None and self.sort.currentData() == "distance":
            self.sort.setCurrentIndex(self.sort.findData("name"))
        self._refilter()
        self._detail_timer.stop()
        self._update_detail()  # a new plan shows its first group's details at once

    def reset(self) -> None:
        """No groups, no search (nor its undo history), the default sort."""
        self._detail_timer.stop()
        with QSignalBlocker(self.search), QSignalBlocker(self.sort):
            self.search.setText("")
            self.sort.setCurrentIndex(0)
        self._all, self._words, self._shown_detail = [], {}, None
        self.model.set_rows(())
        self.detail.clear()
        self.empty.hide()
        self.choose.setEnabled(False)
        self.title.setText(self.tr("Choose a medical group"))

    def _refilter(self) -> None:
        words = fold(self.search.text()).split()
        shown = [
            g
            for g in self._all
            if all(any(t.startswith(w) for t in self._words[g.id]) for w in words)
        ]
        shown = sort_groups(shown, str(self.sort.currentData()))
        self.model.set_rows(shown)
        if shown:
            self.table.selectRow(0)
        self.choose.setEnabled(bool(shown))
        self.empty.setVisible(not shown)
        if not self._all:
            self.empty.setText(
                self.tr(
                    "This plan's medical group list is not in the offline directory. Use "
                    '"Skip" to search its doctors directly, or call the plan.'
                )
            )
        elif not shown:
            self.empty.setText(
                self.tr('No group name matches "%1". Clear the search to see all %2 groups.')
                .replace("%1", self.search.text())
                .replace("%2", str(len(self._all)))
            )
        self.results_shown.emit(len(shown))

    def choose_group(self, name: str) -> None:
        for i, g in enumerate(self.model.rows()):
            if g.name == name:
                self.table.selectRow(i)
                self._choose_current()
                return
        raise LookupError(name)

    def current_group(self) -> GroupRow | None:
        idx = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else idx.row()
        return self.model.row_at(row)

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.choose.setEnabled(self.current_group() is not None)
        self._detail_timer.start()

    def _update_detail(self) -> None:
        g = self.current_group()
        gid = g.id if g else None
        if gid != self._shown_detail:  # rebuilding the rich text costs several ms
            self._shown_detail = gid
            self.detail.setHtml(self._explain(g) if g else "")

    def _explain(self, g: GroupRow) -> str:
        e = html.escape
        spec = specialty_labels()
        hosp = "".join(
            f"<li>{e(h.name)}"
            + (
                f" &mdash; {self.tr('CMS rating %1 of 5').replace('%1', str(h.star_rating))}"
                if h.star_rating
                else ""
            )
            + (
                f" <i>({self.tr('inferred from distance, not published by the group')})</i>"
                if h.relation == "inferred"
                else ""
            )
            + "</li>"
            for h in g.hospitals
        )
        counts = "".join(f"<li>{e(spec[s])}: {n}</li>" for s, n in g.accepting.items())
        if g.is_sample:
            sample = "<p><b>{}</b>: {}</p>".format(
                self.tr("Sample group (fictional)"),
                self.tr("the plan does not publish its group list offline."),
            )
        else:
            sample = "<p>{}</p>".format(
                self.tr("Listed by the carrier, 2017-2018 (dated): confirm with the plan.")
            )
        codes = (
            f"<p>{self.tr('Plan group code')}: {e(', '.join(g.group_codes))}</p>"
            if g.group_codes
            else ""
        )
        obgyn = (
            self.tr("You can see an OB/GYN in this group without a referral.")
            if g.obgyn_direct_access
            else self.tr("Ask the group before seeing an OB/GYN: a referral may be needed.")
        )
        meaning = self.tr(
            "If you choose this group, your PCP and your specialists come from "
            "it, and referrals to specialists go through it."
        )
        return (
            f"<h3>{e(g.name)}</h3>{sample}"
            f"<p>{meaning}</p>"
            f"<p><b>{self.tr('Hospitals you would use')}</b></p><ul>{hosp}</ul>"
            f"<p><b>{self.tr('Referral rules')}</b>: {e(g.referral_rules)}</p>"
            f"<p><b>{self.tr('After-hours line')}</b>: {e(g.after_hours_phone)} "
            f"<i>({self.tr('sample number')})</i></p>"
            f"<p>{obgyn}</p>"
            f"<p><b>{self.tr('Doctors accepting new patients')}</b></p><ul>{counts}</ul>"
            f"<p>{self.tr('Quality rating')}: "
            f"{self.tr('Not rated') if g.rating is None else g.rating}</p>{codes}"
            f"<p>{self.tr('Counties')}: {e(', '.join(g.counties))}</p>"
        )

    def _choose_current(self) -> None:
        self._detail_timer.stop()
        g = self.current_group()
        if g is not None:
            self.group_chosen.emit(g)
