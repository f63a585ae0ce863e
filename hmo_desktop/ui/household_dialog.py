"""The household dialog: the people enrolling together, each one's PCP choice, one doctor
for the whole family, the chosen doctors side by side, and the enrollment summary.

The counselor walks the normal steps for one member, opens the doctor's profile, then
records that doctor here as the member's first choice or a backup. The ``Household``
lives on the window (``window.household``) until Start over; nothing is written to disk
but the PDF the counselor saves.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import FamilyDoctor, doctors_for_everyone, languages
from hmo_desktop.household.members import MAX_AGE, MAX_NAME, InvalidMember, Member
from hmo_desktop.ui.announce import announce
from hmo_desktop.ui.common import named, results_table, tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.flow_layout import FlowLayout
from hmo_desktop.ui.household_compare import (
    compare_columns,
    compare_rows,
    compared_choices,
    fill_compare,
    member_problem,
    overview_text,
    shown_choice,
)
from hmo_desktop.ui.household_paper import ask_pdf_path, family_model
from hmo_desktop.ui.summary import print_summary, summary_html, write_pdf
from hmo_desktop.ui.table_model import Column, RowTableModel
from hmo_desktop.ui.window_size import scrolling

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory
    from hmo_desktop.household.members import Choice
    from hmo_desktop.ui.main_window import MainWindow

__all__ = ["HouseholdDialog", "compare_rows"]

_DISTANCES: WeakKeyDictionary[QWidget, dict[tuple[int, int], float | None]] = WeakKeyDictionary()


def _label(text: str, buddy: QWidget) -> QLabel:
    (label := QLabel(text)).setBuddy(buddy)
    return label


class HouseholdDialog(QDialog):
    """Members, choices, what to look at again; a doctor for everyone; compare; paper."""

    def __init__(self, db: Directory, window: MainWindow) -> None:
        super().__init__(window)
        self.db, self.window_ = db, window
        self.household = window.household
        self.setObjectName("householdDialog")
        self.setAccessibleName(tr("Household"))
        self.setWindowTitle(tr("Household: everyone enrolling together"))
        self.language_names = dict(languages(db))

        # -- a new member
        self.name = named(QLineEdit(), "householdNameEdit", tr("First name or nickname"))
        self.name.setMaxLength(MAX_NAME * 2)  # longer is said in words, not cut silently
        self.age = named(QSpinBox(), "householdAgeSpin", tr("Age"))
        self.age.setRange(0, MAX_AGE)
        self.age.setValue(30)
        self.sex = named(QComboBox(), "householdSexCombo", tr("Sex (optional)"))
        for text, data in ((tr("Not given"), None), (tr("Female"), "F"), (tr("Male"), "M")):
            self.sex.addItem(text, data)
        self.language = named(
            QComboBox(), "householdLanguageCombo", tr("Preferred language (optional)")
        )
        self.language.addItem(tr("Not given"), None)
        for code, lang in self.language_names.items():
            self.language.addItem(lang, code)
        self.needs = {
            key: named(QCheckBox(text), obj, text)
            for key, text, obj in (
                ("wheelchair", tr("Wheelchair access"), "householdWheelchairCheck"),
                ("evening", tr("Evening hours"), "householdEveningCheck"),
                ("saturday", tr("Saturday hours"), "householdSaturdayCheck"),
                ("video", tr("Video visits"), "householdVideoCheck"),
            )
        }
        self.obgyn = named(
            QCheckBox(tr("Wants an OB/GYN as PCP")),
            "householdObgynCheck",
            tr("Wants an OB/GYN as PCP"),
        )
        self.add_button = named(
            QPushButton(tr("Add member")), "householdAddButton", tr("Add this member")
        )
        self.add_button.clicked.connect(self.add_member)
        self.name.returnPressed.connect(self.add_member)
        self.problem = named(QLabel(), "householdMemberProblem", tr("Why the member was not added"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(_label(tr("First name or nickname:"), self.name), self.name)
        form.addRow(_label(tr("Age:"), self.age), self.age)
        form.addRow(_label(tr("Sex (optional):"), self.sex), self.sex)
        form.addRow(_label(tr("Language (optional):"), self.language), self.language)
        needs = QVBoxLayout()
        for box in self.needs.values():
            needs.addWidget(box)
        needs.addWidget(self.obgyn)
        form.addRow(needs)  # each check box says what it is

        # -- one doctor for the whole family
        self.same_button = named(
            QPushButton(tr("Same doctor for the family")),
            "householdSameDoctorButton",
            tr("Doctors who can see every member"),
        )
        self.same_button.clicked.connect(self.show_same_doctor)
        self.same_model = family_model(self)
        self.same_table = results_table(
            "householdSameDoctorTable",
            tr("Doctors for the whole family"),
            self.same_model,
            (14, 14, 8),
        )
        self.same_note = named(QLabel(), "householdSameDoctorNote", tr("Doctors for everyone"))
        self.same_note.setTextFormat(Qt.TextFormat.PlainText)
        self.same_note.setWordWrap(True)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.addLayout(form)
        for w in (self.add_button, self.problem, self.same_button, self.same_note):
            left_lay.addWidget(w)
        left_lay.addWidget(self.same_table, 1)
        left_area = scrolling(left, "householdFormScroll", tr("Add a member"))
        left_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_area.setMinimumWidth(left.sizeHint().width() + 24)  # + its scroll bar

        # -- the members and their choices
        self.members_model: RowTableModel[Member] = RowTableModel(
            [
                Column(tr("Member"), lambda m: m.name),
                Column(tr("Age"), lambda m: str(m.age)),
                Column(tr("PCP"), self._pcp_cell),
                Column(tr("Backups"), self._backups_cell),
            ],
            self,
        )
        self.members = results_table(
            "householdMembersTable", tr("Members of the household"), self.members_model, (10, 4, 18)
        )
        self.use_button = named(
            QPushButton(tr("Use the current doctor")),
            "householdUseDoctorButton",
            tr("Use the current doctor as this member's first choice"),
        )
        self.use_button.clicked.connect(lambda: self.use_current_doctor(backup=False))
        self.backup_button = named(
            QPushButton(tr("Add as a backup")),
            "householdBackupButton",
            tr("Add the current doctor as this member's backup"),
        )
        self.backup_button.clicked.connect(lambda: self.use_current_doctor(backup=True))
        self.remove_button = named(
            QPushButton(tr("Remove member")), "householdRemoveButton", tr("Remove this member")
        )
        self.remove_button.clicked.connect(self.remove_member)
        self.overview = named(QLabel(), "householdOverview", tr("What to look at again"))
        self.overview.setTextFormat(Qt.TextFormat.PlainText)  # names as typed
        self.overview.setWordWrap(True)

        # -- the chosen doctors side by side
        self.compare_model = QStandardItemModel(self)
        self.compare = named(QTableView(), "compareTable", tr("Compare the chosen doctors"))
        self.compare.setModel(self.compare_model)
        self.compare.setWordWrap(True)
        self.compare.verticalHeader().hide()
        self.compare.setTabKeyNavigation(False)
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.compare.resizeRowsToContents())

        # -- the summary on paper
        self.large_print = named(
            QCheckBox(tr("Large print")), "householdLargePrint", tr("Large print summary")
        )
        self.save_button = named(
            QPushButton(tr("Save summary as PDF…")),
            "householdSavePdfButton",
            tr("Save the enrollment summary as a PDF file"),
        )
        self.save_button.clicked.connect(self.ask_pdf_path)
        self.print_button = named(
            QPushButton(tr("Print summary…")),
            "householdPrintButton",
            tr("Print the enrollment summary"),
        )
        self.print_button.clicked.connect(self.print_)
        self.close_button = named(
            QPushButton(tr("Close")), "householdCloseButton", tr("Close the household")
        )
        self.close_button.clicked.connect(self.close)

        right = QVBoxLayout()
        right.addWidget(QLabel(tr("Members")))
        right.addWidget(self.members, 1)
        choose = FlowLayout()  # wraps in a narrow dialog, or with large text
        for b in (self.use_button, self.backup_button, self.remove_button):
            choose.addWidget(b)
        right.addLayout(choose)
        right.addWidget(self.overview)
        right.addWidget(QLabel(tr("Compare the chosen doctors")))
        right.addWidget(self.compare, 2)
        paper = FlowLayout()
        for p in (self.large_print, self.save_button, self.print_button, self.close_button):
            paper.addWidget(p)
        right.addLayout(paper)
        lay = QHBoxLayout(self)
        lay.addWidget(left_area)
        lay.addLayout(right, 1)
        for first, then in itertools.pairwise(self._chain()):
            QWidget.setTabOrder(first, then)
        self.members.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.resize(1200, 760)
        self.refresh()

    def _chain(self) -> list[QWidget]:
        return [
            self.name, self.age, self.sex, self.language, *self.needs.values(), self.obgyn,
            self.add_button, self.same_button, self.same_table, self.members, self.use_button,
            self.backup_button, self.remove_button, self.compare, self.large_print,
            self.save_button, self.print_button, self.close_button,
        ]  # fmt: skip

    def add_member(self) -> Member | None:
        try:
            member = self.household.add_member(
                self.name.text(),
                self.age.value(),
                self.sex.currentData(),
                self.language.currentData(),
                {k for k, box in self.needs.items() if box.isChecked()},
                self.obgyn.isChecked(),
            )
        except InvalidMember as e:
            self.problem.setText(member_problem(e.code))
            self.problem.show()
            announce(self.problem, self.problem.text(), alert=True)
            return None
        self.problem.hide()
        self.problem.setAccessibleDescription("")
        self.name.clear()
        for box in (*self.needs.values(), self.obgyn):
            box.setChecked(False)
        self.refresh()
        self.select_member(member.id)
        return member

    def select_member(self, member_id: int) -> None:
        for row, m in enumerate(self.members_model.rows()):
            if m.id == member_id:
                self.members.selectRow(row)

    def selected_member(self) -> Member | None:
        index = self.members.currentIndex()
        return self.members_model.row_at(index.row()) if index.isValid() else None

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.household.remove_member(member.id)
            self.refresh()

    def _pcp_cell(self, m: Member) -> str:
        return pcp.doctor if (pcp := self.household.pcp(m.id)) else tr("Needs a PCP")

    def _backups_cell(self, m: Member) -> str:  # names as the directory gives them
        return "; ".join(c.doctor for c in self.household.choices.get(m.id, [])[1:])

    def current_choice(self) -> Choice | None:
        return shown_choice(self.window_)

    def use_current_doctor(self, backup: bool = False) -> bool:
        member, choice = self.selected_member(), self.current_choice()
        if member is None or choice is None:
            return False
        if self.household.plan_id is None:
            self.household.plan_id = choice.plan_id
        if backup:
            ok = self.household.add_backup(member.id, choice)
        else:
            self.household.choose(member.id, choice)
            ok = True
        self.refresh()
        self.select_member(member.id)
        return ok

    def _distances(self) -> dict[tuple[int, int], float | None]:
        """Offices' distances as the doctor step listed them (the profile has none), kept
        while the household has members (Start over empties it, and so this)."""
        w, kept = self.window_, _DISTANCES.setdefault(self.window_, {})
        if not self.household.members:
            kept.clear()
        if w.session.place is not None and w.session.can_show(2):
            kept.update(
                {(r.practitioner_id, r.location_id): r.distance_mi for r in w.pcps.model.rows()}
            )
        return kept

    def show_same_doctor(self) -> list[FamilyDoctor]:
        s = self.window_.session
        plan_id = self.household.plan_id or (s.plan.id if s.plan else None)
        if plan_id is None or not self.household.members:
            found: list[FamilyDoctor] = []
            note = tr("Choose a plan and add the members first.")
        else:
            found = doctors_for_everyone(self.db, plan_id, self.household.ages(), s.county_id)
            note = arg(
                tr("%1 doctors can see everyone (ages %2)."),
                str(len(found)),
                ", ".join(str(a) for a in self.household.ages()),
            )
        self.same_model.set_rows(found)
        self.same_note.setText(note)
        announce(self.same_note, note)
        return found

    def refresh(self) -> None:
        self.members_model.set_rows(list(self.household.members))
        text = overview_text(self.household)
        self.overview.setText(text)
        announce(self.overview, text)
        s = self.window_.session
        columns = compare_columns(
            self.db, compared_choices(self.household), s.county_id, self._distances()
        )
        fill_compare(self.compare_model, columns, self.language_names, s.place is not None)
        if self.compare_model.columnCount():
            fit = (
                QHeaderView.ResizeMode.ResizeToContents
            )  # the facts' names; doctors share the rest
            self.compare.horizontalHeader().setSectionResizeMode(0, fit)
        self.compare.resizeRowsToContents()
        self._buttons()

    def _buttons(self) -> None:
        member = self.selected_member()
        has_doctor = self.current_choice() is not None
        if member is not None:
            self.use_button.setText(arg(tr("Use the current doctor for %1"), member.name))
        self.use_button.setEnabled(member is not None and has_doctor)
        self.backup_button.setEnabled(member is not None and has_doctor)
        self.remove_button.setEnabled(member is not None)
        for b in (self.save_button, self.print_button):
            b.setEnabled(bool(self.household.members))

    def summary(self) -> str:
        return summary_html(self.db, self.household, self.large_print.isChecked())

    def save_pdf(self, path: str | Path) -> None:
        large = self.large_print.isChecked()
        write_pdf(path, self.summary(), tr("Enrollment summary"), large_print=large)

    def ask_pdf_path(self) -> QFileDialog:
        return ask_pdf_path(self, self.save_pdf)

    def print_(self) -> bool:
        return print_summary(self, self.summary(), self.large_print.isChecked())
