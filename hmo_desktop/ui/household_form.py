"""The household dialog's member form: add a member, or change one already added.

A first name or nickname (nothing more identifying), age, and optionally sex, preferred
language, access needs and an OB/GYN as PCP. Editing fills the form with the member;
"Save changes" replaces them (their doctors stay, and the overview says when a doctor no
longer fits the new age); "Cancel" leaves them as they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.household.members import MAX_AGE, MAX_NAME, Household, InvalidMember, Member
from hmo_desktop.ui.announce import announce
from hmo_desktop.ui.common import named, tr
from hmo_desktop.ui.household_compare import member_problem

#: The age the form starts at (an adult; the counselor changes it for a child).
DEFAULT_AGE = 30


def _label(text: str, buddy: QWidget) -> QLabel:
    (label := QLabel(text)).setBuddy(buddy)
    return label


class MemberForm(QWidget):
    """Adds members to ``household``, or changes the one being edited."""

    added = Signal(object)  # the new Member
    edited = Signal(object)  # the changed Member

    def __init__(self, household: Household, language_names: dict[str, str]) -> None:
        super().__init__()
        self.household = household
        self.editing: int | None = None  # the id of the member being changed
        self.name = named(QLineEdit(), "householdNameEdit", tr("First name or nickname"))
        self.name.setMaxLength(MAX_NAME * 2)  # longer is said in words, not cut silently
        self.age = named(QSpinBox(), "householdAgeSpin", tr("Age"))
        self.age.setRange(0, MAX_AGE)
        self.age.setValue(DEFAULT_AGE)
        self.sex = named(QComboBox(), "householdSexCombo", tr("Sex (optional)"))
        for text, data in ((tr("Not given"), None), (tr("Female"), "F"), (tr("Male"), "M")):
            self.sex.addItem(text, data)
        self.language = named(
            QComboBox(), "householdLanguageCombo", tr("Preferred language (optional)")
        )
        self.language.addItem(tr("Not given"), None)
        for code, lang in language_names.items():
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
        self.add_button.clicked.connect(self.submit)
        self.name.returnPressed.connect(self.submit)
        self.cancel_button = named(
            QPushButton(tr("Cancel changes")),
            "householdCancelEditButton",
            tr("Leave the member as they were"),
        )
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.hide()
        self.problem = named(QLabel(), "householdMemberProblem", tr("Why the member was not added"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(_label(tr("First name or nickname:"), self.name), self.name)
        form.addRow(_label(tr("Age:"), self.age), self.age)
        form.addRow(_label(tr("Sex (optional):"), self.sex), self.sex)
        form.addRow(_label(tr("Language (optional):"), self.language), self.language)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        for box in (*self.needs.values(), self.obgyn):
            lay.addWidget(box)  # each check box says what it is
        for w in (self.add_button, self.cancel_button, self.problem):
            lay.addWidget(w)

    def chain(self) -> list[QWidget]:
        """The form's controls in reading order (the dialog's Tab order)."""
        return [
            self.name, self.age, self.sex, self.language, *self.needs.values(), self.obgyn,
            self.add_button, self.cancel_button,
        ]  # fmt: skip

    def submit(self) -> Member | None:
        """Adds the member, or saves the changes to the one being edited; None (and the
        reason in plain words) when the form does not describe a member."""
        needs = {k for k, box in self.needs.items() if box.isChecked()}
        fields = (
            self.name.text(),
            self.age.value(),
            self.sex.currentData(),
            self.language.currentData(),
            frozenset(needs),
            self.obgyn.isChecked(),
        )
        try:
            if self.editing is None:
                member = self.household.add_member(*fields)
            else:
                member = self.household.update_member(Member(self.editing, *fields))
        except InvalidMember as e:
            self.problem.setText(member_problem(e.code))
            self.problem.show()
            announce(self.problem, self.problem.text(), alert=True)
            return None
        was_editing = self.editing is not None
        self.stop_editing()
        (self.edited if was_editing else self.added).emit(member)
        return member

    def edit(self, member: Member) -> None:
        """Fills the form with ``member``; "Save changes" replaces them."""
        self.editing = member.id
        self.name.setText(member.name)
        self.age.setValue(member.age)
        self.sex.setCurrentIndex(max(0, self.sex.findData(member.sex)))
        self.language.setCurrentIndex(max(0, self.language.findData(member.language)))
        for key, box in self.needs.items():
            box.setChecked(key in member.needs)
        self.obgyn.setChecked(member.wants_obgyn)
        self.add_button.setText(tr("Save changes"))
        self.add_button.setAccessibleName(tr("Save the changes to this member"))
        self.cancel_button.show()
        self.problem.hide()
        self.name.setFocus()
        self.name.selectAll()

    def stop_editing(self) -> None:
        """An empty form for the next member (the language stays: families share one)."""
        self.editing = None
        self.name.clear()
        self.age.setValue(DEFAULT_AGE)
        self.sex.setCurrentIndex(0)
        for box in (*self.needs.values(), self.obgyn):
            box.setChecked(False)
        self.add_button.setText(tr("Add member"))
        self.add_button.setAccessibleName(tr("Add this member"))
        self.cancel_button.hide()
        self.problem.hide()
        self.problem.setAccessibleDescription("")

    def forget(self, member_id: int) -> None:
        """The member was removed: stop editing them."""
        if self.editing == member_id:
            self.stop_editing()
