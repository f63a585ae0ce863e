"""Step 1: the plans that serve the member's area, grouped by type.

Nothing is selected until the member picks a plan (no plan is offered as if it were
recommended); "My plan is not listed" says what to do when theirs is not here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QSignalBlocker, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.ui.common import button_row, heading, named, product_type_labels
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.keyboard import chain
from hmo_desktop.ui.retranslate import is_language_change, set_texts

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory, PlanRow
    from hmo_desktop.household import Session

# Qt.ItemDataRole.UserRole + 1, as a number: touching the Qt namespace builds all of its
# Python enums (~29 ms), which the first paint need not wait for.
PLAN_ROLE = 0x0100 + 1
#: A section row's product type (its title is said again after a language change).
SECTION_ROLE = 0x0100 + 2


class PlanPicker(QWidget):
    """Lists plans for a county; emits ``plan_chosen`` with the PlanRow picked."""

    plan_chosen = Signal(object)  # PlanRow
    results_shown = Signal(int)  # number of plans listed
    help_requested = Signal(str)  # glossary anchor
    not_listed_requested = Signal()  # "My plan is not listed"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._listed = False  # show_plans has listed plans (or said there are none)
        self._county: str | None = None  # the county and ZIP the list was made for
        self._zip: str | None = None
        self.title = heading("")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.what_is_hmo = named(QPushButton(), "whatIsHmoButton", "")
        self.what_is_hmo.clicked.connect(lambda: self.help_requested.emit("hmo"))
        self.model = QStandardItemModel(0, 5, self)
        self.tree = named(QTreeView(), "planList", "")
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.activated.connect(self._activated)
        # The selection, not the current index: a view given focus makes its first row
        # current without selecting it, and that must not pick a plan for the member.
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = named(QLabel(), "planDetail", "")
        self.detail.setWordWrap(True)
        self.not_listed = named(QPushButton(), "planNotListedButton", "")
        self.not_listed.clicked.connect(self.not_listed_requested.emit)
        self.choose = named(QPushButton(), "choosePlanButton", "")
        self.choose.setDefault(True)
        self.choose.setEnabled(False)
        self.choose.clicked.connect(self._choose_current)
        self.empty = named(QLabel(), "planEmptyState", "")
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.what_is_hmo)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.intro)
        lay.addWidget(self.empty)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.detail)
        lay.addLayout(button_row(self.not_listed, right=(self.choose,)))
        chain(self.what_is_hmo, self.tree, self.not_listed, self.choose)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the language now installed; the plans listed, the selection and
        the scroll position stay as they are."""
        self.intro.setText(
            self.tr(
                "These HMO plans serve your area. Pick the one on your member ID card, or the "
                "one you are enrolling in."
            )
        )
        set_texts(self.what_is_hmo, self.tr("What is an HMO?"), self.tr("What is an HMO?"))
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Plan"),
                self.tr("Carrier"),
                self.tr("Network"),
                self.tr("Member services"),
                self.tr("Data as of"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Health plans in your area"))
        self.detail.setAccessibleName(self.tr("About the selected plan"))
        set_texts(
            self.not_listed,
            self.tr("My plan is not listed"),
            self.tr("My plan is not listed: what to do"),
        )
        set_texts(
            self.choose, self.tr("Continue with this plan"), self.tr("Continue with this plan")
        )
        self.empty.setAccessibleName(self.tr("No plans message"))
        self._retranslate_rows()
        self._show_texts()
        self._show_detail(self.selected_plan())

    def _retranslate_rows(self) -> None:
        """The listed rows' words (section titles, phones, dates, tooltips), in place."""
        from hmo_desktop.ui.plan_words import as_of_cell, describe

        labels = product_type_labels()
        for i in range(self.model.rowCount()):
            section = self.model.item(i, 0)
            kind = section.data(SECTION_ROLE)
            if isinstance(kind, str):
                section.setText(labels.get(kind, kind))
            for j in range(section.rowCount()):
                plan = section.child(j, 0).data(PLAN_ROLE)
                if plan is None:
                    continue
                if not plan.member_phone:
                    section.child(j, 3).setText(self.tr("See your member ID card"))
                section.child(j, 4).setText(as_of_cell(plan))
                section.child(j, 0).setToolTip(describe(plan, self._county))

    def _show_texts(self) -> None:
        """The title and the empty-state message, for the area the list was made for."""
        if not self._listed:
            self.title.setText(self.tr("Choose your health plan"))
            self.empty.setText(self.tr("Opening the doctor directory..."))
            return
        where = arg(self.tr("%1 County"), self._county) if self._county else self.tr("California")
        self.empty.setText(self._no_plans_text(where))
        self.title.setText(arg(self.tr("Choose your health plan in %1"), where))

    def show_plans(self, db: Directory) -> None:
        """Refill the list for the session's county (every plan when there is none). Only
        the plan the member already chose, if it is listed, is selected."""
        from PySide6.QtCore import Qt

        from hmo_desktop.directory import plans_for_area
        from hmo_desktop.ui.plan_words import as_of_cell, describe

        area = self._session.area
        county = area.county if area else None
        plans = plans_for_area(db, area.county_id if area else None)
        labels = product_type_labels()
        chosen = self._session.plan
        again: QModelIndex | None = None
        with QSignalBlocker(self.tree.selectionModel()):
            self.model.removeRows(0, self.model.rowCount())
        sections: dict[str, QStandardItem] = {}
        for p in plans:
            section = sections.get(p.product_type)
            if section is None:
                section = QStandardItem(labels.get(p.product_type, p.product_type))
                section.setData(p.product_type, SECTION_ROLE)
                section.setEditable(False)
                section.setSelectable(False)
                f = section.font()
                f.setBold(True)
                section.setFont(f)
                self.model.appendRow([section] + [self._cell("") for _ in range(4)])
                sections[p.product_type] = section
            phone = p.member_phone or self.tr("See your member ID card")
            networks = ", ".join(p.networks)
            cells = [self._cell(t) for t in (p.name, p.carrier, networks, phone, as_of_cell(p))]
            cells[0].setData(p, PLAN_ROLE)
            cells[0].setToolTip(describe(p, county))
            section.appendRow(cells)
            if chosen is not None and p.id == chosen.id:
                again = cells[0].index()
        self.tree.expandAll()
        for c in range(5):
            self.tree.resizeColumnToContents(c)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 320))
        self._listed = True
        self._county = county
        self._zip = self._session.place.zip if self._session.place is not None else None
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextFormat(Qt.TextFormat.RichText)  # detail_html escapes the data
        self.empty.setVisible(not plans)
        self.intro.setVisible(bool(plans))  # "These HMO plans serve your area" needs plans
        self._show_texts()
        if again is not None:
            self.tree.setCurrentIndex(again)  # the member's own choice, when they come back
        else:
            self.tree.selectionModel().clearSelection()
            self._show_detail(None)
        self.results_shown.emit(len(plans))

    def _no_plans_text(self, where: str) -> str:
        if self._zip is not None:
            where = arg(self.tr("ZIP %1 (%2)"), self._zip, where)
        return arg(
            self.tr(
                "No plan in this directory serves %1: it has only the plans in public files, "
                "and none of them lists this area. Check the ZIP code or pick another county. "
                'If you already have a plan, press "My plan is not listed" to see how to find '
                "its doctors."
            ),
            where,
        )

    def reset(self) -> None:
        """No plans listed, nothing selected (the window lists them again)."""
        with QSignalBlocker(self.tree.selectionModel()):
            self.model.removeRows(0, self.model.rowCount())
        self.tree.selectionModel().clearCurrentIndex()
        self._listed = False
        self.title.setText(self.tr("Choose your health plan"))
        self._show_detail(None)

    def clear_choice(self) -> None:
        """Nothing selected (the ZIP typed cannot be used: the member picks again)."""
        self.tree.selectionModel().clear()
        self._show_detail(None)

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        return item

    def _plan_indexes(self) -> list[QModelIndex]:
        out = []
        for i in range(self.model.rowCount()):
            sec = self.model.item(i, 0)
            out += [sec.child(j, 0).index() for j in range(sec.rowCount())]
        return out

    def plans(self) -> list[PlanRow]:
        return [ix.data(PLAN_ROLE) for ix in self._plan_indexes()]

    def selected_plan(self) -> PlanRow | None:
        """The plan the member selected (None until they pick one)."""
        rows = self.tree.selectionModel().selectedRows(0)
        return rows[0].data(PLAN_ROLE) if rows else None

    def choose_plan(self, name: str) -> None:
        """Select the plan with this name and continue (for keyboard users and tests)."""
        for ix in self._plan_indexes():
            if ix.data(PLAN_ROLE).name == name:
                self.tree.setCurrentIndex(ix)
                self._choose_current()
                return
        raise LookupError(name)

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._show_detail(self.selected_plan())

    def _show_detail(self, plan: PlanRow | None) -> None:
        self.choose.setEnabled(plan is not None)
        if plan is None:
            self.detail.setText(
                self.tr("Select your plan to see what it covers.") if self.plans() else ""
            )
            return
        from hmo_desktop.ui.plan_words import detail_html

        self.detail.setText(detail_html(plan, self._session.county))

    def _activated(self, index: QModelIndex) -> None:
        if index.siblingAtColumn(0).data(PLAN_ROLE) is not None:
            self.tree.setCurrentIndex(index.siblingAtColumn(0))  # Enter picks this row
            self._choose_current()

    def _choose_current(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self.plan_chosen.emit(plan)


class PlanNotListedDialog(QDialog):
    """What to do when the member's plan is not in the directory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planNotListedDialog")
        self.text = named(QTextBrowser(), "planNotListedText", "")
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Close), "planNotListedCloseButton", ""
        )
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.resize(560, 480)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The title, names and text in the language now installed (the scroll position
        kept)."""
        from hmo_desktop.ui.plan_words import not_listed_html

        self.setAccessibleName(self.tr("My plan is not listed"))
        self.setWindowTitle(self.tr("My plan is not listed"))
        self.text.setAccessibleName(self.tr("What to do"))
        bar = self.text.verticalScrollBar()
        at = bar.value()
        self.text.setHtml(not_listed_html())
        bar.setValue(at)
        self.close_button.setAccessibleName(self.tr("Close"))
