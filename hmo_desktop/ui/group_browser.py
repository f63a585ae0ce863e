"""Step 2: the medical groups in the plan's network, near the member."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QSignalBlocker, Qt, QTimer, Signal
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

from hmo_desktop.directory import Directory, GroupRow, PlanRow, groups_in_plan, sort_groups
from hmo_desktop.directory_format import INTEGRATED, PACE, SPECIALTIES
from hmo_desktop.household import Session
from hmo_desktop.textfold import fold
from hmo_desktop.ui import group_text as text
from hmo_desktop.ui.common import (
    SEARCH_MAX_LENGTH,
    button_row,
    fit_columns,
    heading,
    named,
    results_table,
    specialty_short_labels,
)
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.retranslate import is_language_change, set_texts
from hmo_desktop.ui.table_model import Column, RowTableModel
from hmo_desktop.ui.table_select import select_row


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
        self._county: str | None = None  # the county the groups were listed for
        self._shown_detail: int | None = None
        # The detail pane follows the selection a moment later, so typing a group name
        # re-renders the list at once but the rich-text pane only once typing pauses.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(120)
        self._detail_timer.timeout.connect(self._update_detail)
        # What the texts that depend on state were last said for: no plan shown yet
        # ("none"), no plan chosen ("no_plan"), or the plan whose groups are listed.
        self._state = "none"
        self._plan: PlanRow | None = None
        self.title = heading("")
        self.scope = QLabel()
        self.scope.setObjectName("groupScopeLabel")
        self.scope.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.search = named(QLineEdit(), "groupSearchEdit", "")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        self.search.textChanged.connect(self._refilter)
        self.sort = named(QComboBox(), "groupSortCombo", "")
        for key in ("distance", "name", "accepting"):
            self.sort.addItem("", key)  # the words: retranslate
        self.sort.currentIndexChanged.connect(self._refilter)
        self.model: RowTableModel[GroupRow] = RowTableModel(
            [
                Column(lambda: self.tr("Medical group"), lambda g: g.name),
                Column(lambda: self.tr("Where"), text.where_cell, text.where_sentence),
                *(
                    Column(
                        lambda s=s: specialty_short_labels()[s],  # type: ignore[misc]
                        lambda g, s=s: text.doctors_cell(g, s),  # type: ignore[misc]
                        lambda g, s=s: text.doctors_tip(g, s),  # type: ignore[misc]
                        align_right=True,
                    )
                    for s in SPECIALTIES
                ),
                Column(lambda: self.tr("Rating"), text.rating_cell),
                Column(lambda: self.tr("Hospitals"), text.hospitals_cell),
            ],
            self,
        )
        self.table = results_table("groupTable", "", self.model, (16, 11, 6, 6, 7, 6, 7, 14))
        # A narrow window or large text hides the last columns; the detail pane has them.
        fit_columns(self.table, (16, 11, 6, 6, 7, 6, 7, 14))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self._choose_current())
        self.detail = named(QTextBrowser(), "groupDetail", "")
        self.detail.setOpenLinks(False)
        self.empty = named(QLabel(), "groupEmptyState", "")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.empty.hide()
        self.choose = named(QPushButton(), "chooseGroupButton", "")
        self.choose.setDefault(True)
        self.choose.setEnabled(False)
        self.choose.clicked.connect(self._choose_current)
        self.skip = named(QPushButton(), "skipGroupButton", "")
        self.skip.clicked.connect(lambda: self.group_chosen.emit(None))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        self.sort_label = QLabel()
        self.sort_label.setBuddy(self.sort)
        bar.addWidget(self.sort_label)
        bar.addWidget(self.sort)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.empty)
        ll.addWidget(self.table, 1)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)  # the table first: its columns should fit at 1280 px
        split.setStretchFactor(1, 1)
        buttons = button_row(self.skip, right=(self.choose,))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.scope)
        lay.addWidget(self.intro)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.setTabOrder(self.search, self.sort)
        self.setTabOrder(self.sort, self.table)
        self.setTabOrder(self.table, self.detail)
        self.setTabOrder(self.detail, self.skip)
        self.setTabOrder(self.skip, self.choose)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the language now installed; the plan's groups, the search, the
        sort, the selection and the scroll positions stay as they are."""
        self.search.setAccessibleName(self.tr("Search groups by name"))
        self.search.setPlaceholderText(self.tr("Type a group name"))
        self.sort.setAccessibleName(self.tr("Sort groups by"))
        self.sort.setItemText(0, self.tr("Nearest first, then by county"))
        self.sort.setItemText(1, self.tr("Name"))
        self.sort.setItemText(2, self.tr("Most accepting new patients"))
        self.sort_label.setText(self.tr("Sort:"))
        self.table.setAccessibleName(self.tr("Medical groups"))
        self.model.retranslate()
        self.detail.setAccessibleName(self.tr("What choosing this group means"))
        self.empty.setAccessibleName(self.tr("No groups message"))
        self.skip.setAccessibleName(self.tr("Skip choosing a group"))
        self.skip.setText(self.tr("Skip: search doctors in the whole plan"))
        self._show_texts()
        if self._shown_detail is not None:  # the same group's details, in the new words
            bar = self.detail.verticalScrollBar()
            at = bar.value()
            self._shown_detail = None
            self._update_detail()
            bar.setValue(at)

    def _show_texts(self) -> None:
        """The title, scope, intro, button and empty-state texts for what is shown."""
        plan = self._plan
        if plan is None:  # nothing listed yet, or no plan chosen
            self.title.setText(self.tr("Choose a medical group"))
            set_texts(self.choose, self.tr("Choose this group"), self.tr("Choose this group"))
            if self._state == "no_plan":
                self.empty.setText(self.tr("Choose a plan first: go back to step 1."))
            return
        integrated = plan.care_model in (INTEGRATED, PACE)
        if integrated:
            self.title.setText(arg(self.tr("Your care team in %1"), plan.name))
        else:
            self.title.setText(arg(self.tr("Choose a medical group in %1"), plan.name))
        self.scope.setText(self._scope_text())
        self.intro.setText(text.intro(plan, len(self._all)))
        if integrated and len(self._all) > 1:  # no area yet: one team per region or center
            choose = self.tr("Choose this care team")
        else:
            choose = self.tr("Continue to doctors") if integrated else self.tr("Choose this group")
        set_texts(self.choose, choose, self.tr("Choose this group"))
        self._show_empty_text()

    def show_groups(self) -> None:
        """Load the groups the session's plan lists in the member's county (the whole
        state without one): sample groups nearest first, real groups by county."""
        plan, near, area = self._session.plan, self._session.place, self._session.area
        if plan is None:
            self.reset()
            self._state = "no_plan"
            self._show_texts()
            self.empty.show()
            self.results_shown.emit(0)
            return
        county_id = area.county_id if area is not None else None
        self._all = groups_in_plan(self._db, plan.id, near, "distance", county_id)
        self._words = {g.id: fold(g.name).split() for g in self._all}
        self._shown_detail = None
        self._state, self._plan = "plan", plan
        self._county = area.county if area is not None else None
        self.skip.setVisible(plan.care_model not in (INTEGRATED, PACE))
        self._show_texts()
        self._refilter()
        self._detail_timer.stop()
        self._update_detail()  # a new plan shows its first group's details at once

    def all_groups(self) -> list[GroupRow]:
        """Every group listed for the session's plan and area, before type-ahead."""
        return list(self._all)

    def _scope_text(self) -> str:
        if self._county is None:
            return self.tr("Groups anywhere in California (choose a ZIP code or county above)")
        return arg(self.tr("Groups the plan lists in %1 County"), self._county)

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
        self._state, self._plan = "none", None
        self._show_texts()
        self.scope.clear()
        self.intro.clear()

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
            select_row(self.table, 0)
        self.choose.setEnabled(bool(shown))
        self.empty.setVisible(not shown)
        self._show_empty_text()
        self.results_shown.emit(len(shown))

    def _show_empty_text(self) -> None:
        if self._state != "plan" or self._plan is None:
            return
        if not self._all:
            self.empty.setText(
                self.tr(
                    "This plan lists no medical groups here in the offline directory. Use "
                    '"Skip" to search its doctors directly, or call the plan.'
                )
            )
        elif self.model.rowCount() == 0:
            # What was typed is not repeated: the search box shows it.
            # English has no translation file: its words for one are their own string.
            n = len(self._all)
            self.empty.setText(
                self.tr("No group name matches your search. Clear the search to see the group.")
                if n == 1
                else self.tr(
                    "No group name matches your search. Clear the search to see all %Ln groups.",
                    "",
                    n,
                )
            )

    def choose_group(self, name: str) -> None:
        for i, g in enumerate(self.model.rows()):
            if g.name == name:
                select_row(self.table, i)
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
            plan = self._session.plan
            self.detail.setHtml(text.detail_html(g, plan) if g and plan else "")

    def _choose_current(self) -> None:
        self._detail_timer.stop()
        g = self.current_group()
        if g is not None:
            self.group_chosen.emit(g)
