"""The household dialog's panel for the selected member: their plan and their doctors.

The plan is the household's unless the member really has another (a combo box of the
area's plans). The doctors are the first choice and up to two backups, in a table: one
can be made the first choice, or removed.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hmo_desktop.directory import Directory, PlanRow, plans_for_area
from hmo_desktop.household.members import Choice, Household, Member
from hmo_desktop.ui.common import named, results_table, tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.flow_layout import FlowLayout
from hmo_desktop.ui.retranslate import is_language_change, set_texts
from hmo_desktop.ui.table_model import Column, RowTableModel
from hmo_desktop.ui.table_select import select_row
from hmo_desktop.ui.wording import new_patient_status


class Ranked(NamedTuple):
    rank: int  # 0 the first choice, 1-2 a backup
    choice: Choice


def _rank_title(r: Ranked) -> str:
    return tr("First choice") if r.rank == 0 else arg(tr("Backup %1"), QLocale().toString(r.rank))


class ChoicesPanel(QWidget):
    """The selected member's plan and doctors; ``changed`` after every change."""

    changed = Signal()

    def __init__(self, db: Directory, household: Household) -> None:
        super().__init__()
        self.db, self.household = db, household
        self.member: Member | None = None
        self.household_plan = ""  # the household plan's name, as the combo box says it
        self.title = named(QLabel(), "householdChoicesTitle", "")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name as typed
        self.title.setWordWrap(True)
        self.plan = named(QComboBox(), "householdMemberPlanCombo", "")
        self.plan.activated.connect(self._plan_chosen)
        self.plan_label = QLabel()
        self.plan_label.setBuddy(self.plan)
        self.model: RowTableModel[Ranked] = RowTableModel(
            [
                Column(lambda: tr("Choice"), _rank_title),
                Column(lambda: tr("Doctor"), lambda r: r.choice.doctor),
                Column(
                    lambda: tr("New patients"), lambda r: new_patient_status()[r.choice.accepting]
                ),
            ],
            self,
        )
        self.table = results_table("householdChoicesTable", "", self.model, (10, 16, 12))
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4 + 8)
        self.make_first = named(QPushButton(), "householdMakeFirstButton", "")
        self.make_first.clicked.connect(self.make_first_choice)
        self.remove = named(QPushButton(), "householdRemoveChoiceButton", "")
        self.remove.clicked.connect(self.remove_choice)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())

        row = QHBoxLayout()
        row.addWidget(self.plan_label)
        row.addWidget(self.plan, 1)
        buttons = FlowLayout()
        buttons.addWidget(self.make_first)
        buttons.addWidget(self.remove)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(row)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.show_member(None)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The panel's words in the app's language; the member, their plan and the
        selected doctor stay."""
        set_texts(self.title, None, tr("The selected member's doctors"))
        set_texts(self.plan, None, tr("This member's plan"))
        self.plan_label.setText(tr("Plan for this member:"))
        set_texts(self.table, None, tr("The selected member's doctors"))
        set_texts(
            self.make_first,
            tr("Make first choice"),
            tr("Make this doctor the member's first choice"),
        )
        set_texts(
            self.remove, tr("Remove doctor"), tr("Remove this doctor from the member's choices")
        )
        self.model.retranslate()
        self._title()
        if self.member is not None and self.plan.count():
            self.plan.setItemText(0, self._household_plan_text())

    def chain(self) -> list[QWidget]:
        return [self.plan, self.table, self.make_first, self.remove]

    def plans(self, county_id: int | None) -> list[PlanRow]:
        """The household's plan, then the area's other plans (a member's own plan)."""
        listed = plans_for_area(self.db, county_id) if county_id is not None else []
        ids = {p.id for p in listed}
        own = self.household.plan_id
        if own is not None and own not in ids:
            listed = [p for p in plans_for_area(self.db) if p.id == own] + listed
        return listed

    def show_member(self, member: Member | None, county_id: int | None = None) -> None:
        self.member = member
        self.setEnabled(member is not None)
        self._title()
        if member is None:
            self.model.set_rows([])
            self.plan.clear()
            self._buttons()
            return
        self._fill_plans(member, county_id)
        listed = self.household.choices.get(member.id, [])
        current = self.table.currentIndex().row()
        self.model.set_rows([Ranked(i, c) for i, c in enumerate(listed)])
        if listed:
            select_row(self.table, min(max(current, 0), len(listed) - 1))
        self._buttons()

    def _title(self) -> None:
        if self.member is None:
            self.title.setText(tr("Select a member to see their plan and doctors."))
        else:
            self.title.setText(arg(tr("%1's plan and doctors"), self.member.name))

    def _household_plan_text(self) -> str:
        """The plan combo box's first item: the household's plan."""
        return arg(tr("The household's plan (%1)"), self.household_plan or tr("not chosen yet"))

    def _fill_plans(self, member: Member, county_id: int | None) -> None:
        self.plan.clear()
        names = {p.id: p.name for p in self.plans(county_id)}
        own = self.household.plan_id
        self.household_plan = names.get(own, "") if own is not None else ""
        self.plan.addItem(self._household_plan_text(), None)
        for plan_id, name in names.items():
            if plan_id != own:
                self.plan.addItem(name, plan_id)
        mine = self.household.member_plans.get(member.id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(mine)) if mine is not None else 0)

    def _plan_chosen(self, index: int) -> None:
        if self.member is None:
            return
        self.household.set_member_plan(self.member.id, self.plan.itemData(index))
        self.changed.emit()

    def selected(self) -> Ranked | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def make_first_choice(self) -> None:
        picked = self.selected()
        if self.member is None or picked is None or picked.rank == 0:
            return
        self.household.choose(self.member.id, picked.choice)
        select_row(self.table, 0)
        self.changed.emit()

    def remove_choice(self) -> None:
        picked = self.selected()
        if self.member is None or picked is None:
            return
        self.household.remove_choice(self.member.id, picked.rank)
        self.changed.emit()

    def _buttons(self) -> None:
        picked = self.selected()
        self.make_first.setEnabled(picked is not None and picked.rank > 0)
        self.remove.setEnabled(picked is not None)
