"""Step 1: the plans that serve the member's area, grouped by type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.ui.common import button_row, heading, named, product_type_labels

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory, PlanRow
    from hmo_desktop.household import Session

# Qt.ItemDataRole.UserRole + 1, as a number: touching the Qt namespace builds all of its
# Python enums (~29 ms), which the first paint need not wait for.
PLAN_ROLE = 0x0100 + 1


class PlanPicker(QWidget):
    """Lists plans for a county; emits ``plan_chosen`` with the PlanRow picked."""

    plan_chosen = Signal(object)  # PlanRow
    results_shown = Signal(int)  # number of plans listed
    help_requested = Signal(str)  # glossary anchor

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.title = heading(self.tr("Choose your health plan"))
        self.intro = QLabel(
            self.tr(
                "These HMO plans serve your area. Pick the one on your member ID card, or the "
                "one you are enrolling in."
            )
        )
        self.intro.setWordWrap(True)
        self.what_is_hmo = named(
            QPushButton(self.tr("What is an HMO?")), "whatIsHmoButton", self.tr("What is an HMO?")
        )
        self.what_is_hmo.clicked.connect(lambda: self.help_requested.emit("hmo"))
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Plan"),
                self.tr("Carrier"),
                self.tr("Network"),
                self.tr("Member services"),
                self.tr("Data as of"),
            ]
        )
        self.tree = named(QTreeView(), "planList", self.tr("Health plans in your area"))
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.detail = named(QLabel(), "planDetail", self.tr("About the selected plan"))
        self.detail.setWordWrap(True)
        self.choose = named(
            QPushButton(self.tr("Continue with this plan")),
            "choosePlanButton",
            self.tr("Continue with this plan"),
        )
        self.choose.setDefault(True)
        self.choose.setEnabled(False)
        self.choose.clicked.connect(self._choose_current)
        self.empty = named(QLabel(), "planEmptyState", self.tr("No plans message"))
        self.empty.setWordWrap(True)
        self.empty.setText(self.tr("Opening the doctor directory..."))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.what_is_hmo)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.intro)
        lay.addWidget(self.empty)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.detail)
        lay.addLayout(button_row(right=(self.choose,)))

    def show_plans(self, db: Directory) -> None:
        """Refill the list for the session's county (every plan when there is none)."""
        from hmo_desktop.directory import plans_for_area

        area = self._session.area
        plans = plans_for_area(db, area.county_id if area else None)
        labels = product_type_labels()
        self.model.removeRows(0, self.model.rowCount())
        sections: dict[str, QStandardItem] = {}
        first: QModelIndex | None = None
        for p in plans:
            section = sections.get(p.product_type)
            if section is None:
                section = QStandardItem(labels.get(p.product_type, p.product_type))
                section.setEditable(False)
                section.setSelectable(False)
                f = section.font()
                f.setBold(True)
                section.setFont(f)
                self.model.appendRow([section] + [self._cell("") for _ in range(4)])
                sections[p.product_type] = section
            phone = p.member_phone or self.tr("See your member ID card")
            networks = ", ".join(p.networks)
            cells = [self._cell(t) for t in (p.name, p.carrier, networks, phone, self._as_of(p))]
            cells[0].setData(p, PLAN_ROLE)
            cells[0].setToolTip(p.category)
            section.appendRow(cells)
            if first is None:
                first = cells[0].index()
        self.tree.expandAll()
        for c in range(5):
            self.tree.resizeColumnToContents(c)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 320))
        where = area.county if area else self.tr("California")
        self.empty.setVisible(not plans)
        self.empty.setText(
            self.tr(
                "No plans in our directory serve %1. Check the ZIP code or pick a county."
            ).replace("%1", where)
        )
        self.title.setText(self.tr("Choose your health plan in %1").replace("%1", where))
        if first is not None:
            self.tree.setCurrentIndex(first)
        self.results_shown.emit(len(plans))

    def reset(self) -> None:
        """No plans listed, nothing selected (the window lists them again)."""
        self.model.removeRows(0, self.model.rowCount())
        self.detail.clear()
        self.choose.setEnabled(False)

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        return item

    def _as_of(self, p: PlanRow) -> str:
        if p.provenance == "dated":
            return self.tr("%1 (dated)").replace("%1", p.as_of)
        return p.as_of

    def _plan_indexes(self) -> list[QModelIndex]:
        out = []
        for i in range(self.model.rowCount()):
            sec = self.model.item(i, 0)
            out += [sec.child(j, 0).index() for j in range(sec.rowCount())]
        return out

    def plans(self) -> list[PlanRow]:
        return [ix.data(PLAN_ROLE) for ix in self._plan_indexes()]

    def choose_plan(self, name: str) -> None:
        """Select the plan with this name and continue (for keyboard users and tests)."""
        for ix in self._plan_indexes():
            if ix.data(PLAN_ROLE).name == name:
                self.tree.setCurrentIndex(ix)
                self._choose_current()
                return
        raise LookupError(name)

    def _current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        plan = current.siblingAtColumn(0).data(PLAN_ROLE) if current.isValid() else None
        self.choose.setEnabled(plan is not None)
        if plan is None:
            self.detail.clear()
            return
        if plan.network_list == "published":
            groups = self.tr("Medical groups: the carrier's published list (%1).").replace(
                "%1", plan.as_of
            )
        else:
            groups = self.tr(
                "Medical groups: this plan's group list is not available offline; "
                "the groups shown are samples."
            )
        self.detail.setText(
            f"<b>{plan.name}</b> &mdash; {plan.category}<br>{groups}<br>"
            + self.tr("Source: %1, as of %2.").replace("%1", plan.source).replace("%2", plan.as_of)
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.siblingAtColumn(0).data(PLAN_ROLE) is not None:
            self._choose_current()

    def _choose_current(self) -> None:
        ix = self.tree.currentIndex()
        plan = ix.siblingAtColumn(0).data(PLAN_ROLE) if ix.isValid() else None
        if plan is not None:
            self.plan_chosen.emit(plan)
