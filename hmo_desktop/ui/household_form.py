"""The household dialog's member form: add a member, or change one already added.

A first name or nickname (nothing more identifying), age, and optionally sex, preferred
language, access needs and an OB/GYN as PCP. Editing fills the form with the member;
"Save changes" replaces them (their doctors stay, and the overview says when a doctor no
longer fits the new age); "Cancel" leaves them as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
from hmo_desktop.ui.i18n import language_name
from hmo_desktop.ui.retranslate import is_language_change, set_texts

#: The age the form starts at (an adult; the counselor changes it for a child).
DEFAULT_AGE = 30


def _label(buddy: QWidget) -> QLabel:
    (label := QLabel()).setBuddy(buddy)  # its words: the form's retranslate
    return label


class MemberForm(QWidget):
    """Adds members to ``household``, or changes the one being edited."""

    added = Signal(object)  # the new Member
    edited = Signal(object)  # the changed Member

    def __init__(self, household: Household, language_names: dict[str, str]) -> None:
        super().__init__()
        self.household = household
        self.editing: int | None = None  # the id of the member being changed
        self.problem_code: str | None = None  # why the member was not added, shown
        self.name = named(QLineEdit(), "householdNameEdit", "")
        self.name.setMaxLength(MAX_NAME * 2)  # longer is said in words, not cut silently
        self.age = named(QSpinBox(), "householdAgeSpin", "")
        self.age.setRange(0, MAX_AGE)
        self.age.setValue(DEFAULT_AGE)
        self.sex = named(QComboBox(), "householdSexCombo", "")
        for data in (None, "F", "M"):
            self.sex.addItem("", data)  # the words: retranslate
        self.language = named(QComboBox(), "householdLanguageCombo", "")
        self.language.addItem("", None)
        self._language_names = language_names  # code: the directory's English name
        for code in language_names:
            self.language.addItem("", code)  # the words: retranslate
        self.needs = {
            key: named(QCheckBox(), obj, "")
            for key, obj in (
                ("wheelchair", "householdWheelchairCheck"),
                ("evening", "householdEveningCheck"),
                ("saturday", "householdSaturdayCheck"),
                ("video", "householdVideoCheck"),
            )
        }
        self.obgyn = named(QCheckBox(), "householdObgynCheck", "")
        self.add_button = named(QPushButton(), "householdAddButton", "")
        self.add_button.clicked.connect(self.submit)
        self.name.returnPressed.connect(self.submit)
        self.cancel_button = named(QPushButton(), "householdCancelEditButton", "")
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.hide()
        self.problem = named(QLabel(), "householdMemberProblem", "")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.name_label, self.age_label = _label(self.name), _label(self.age)
        self.sex_label, self.language_label = _label(self.sex), _label(self.language)
        form = QFormLayout()
        for label, field in (
            (self.name_label, self.name),
            (self.age_label, self.age),
            (self.sex_label, self.sex),
            (self.language_label, self.language),
        ):
            form.addRow(label, field)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        for box in (*self.needs.values(), self.obgyn):
            lay.addWidget(box)  # each check box says what it is
        for w in (self.add_button, self.cancel_button, self.problem):
            lay.addWidget(w)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The form's words in the app's language; what was typed and chosen stays."""
        set_texts(self.name, None, tr("First name or nickname"))
        set_texts(self.age, None, tr("Age"))
        set_texts(self.sex, None, tr("Sex (optional)"))
        for i, text in enumerate((tr("Not given"), tr("Female"), tr("Male"))):
            self.sex.setItemText(i, text)
        set_texts(self.language, None, tr("Preferred language (optional)"))
        self.language.setItemText(0, tr("Not given"))
        for i in range(1, self.language.count()):  # each in its own script
            code = self.language.itemData(i)
            self.language.setItemText(i, language_name(code, self._language_names[code]))
        needs = {
            "wheelchair": tr("Wheelchair access"),
            "evening": tr("Evening hours"),
            "saturday": tr("Saturday hours"),
            "video": tr("Video visits"),
        }
        for key, box in self.needs.items():
            set_texts(box, needs[key], needs[key])
        set_texts(self.obgyn, tr("Wants an OB/GYN as PCP"), tr("Wants an OB/GYN as PCP"))
        self._add_button_texts()
        set_texts(self.cancel_button, tr("Cancel changes"), tr("Leave the member as they were"))
        set_texts(self.problem, None, tr("Why the member was not added"))
        if self.problem_code is not None:
            self.problem.setText(member_problem(self.problem_code))
        self.name_label.setText(tr("First name or nickname:"))
        self.age_label.setText(tr("Age:"))
        self.sex_label.setText(tr("Sex (optional):"))
        self.language_label.setText(tr("Language (optional):"))

    def _add_button_texts(self) -> None:
        """ "Add member", or "Save changes" while a member is being changed."""
        if self.editing is None:
            set_texts(self.add_button, tr("Add member"), tr("Add this member"))
        else:
            set_texts(self.add_button, tr("Save changes"), tr("Save the changes to this member"))

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
            self.problem_code = e.code
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
        self._add_button_texts()
        self.cancel_button.show()
        self.problem_code = None
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
        self._add_button_texts()
        self.cancel_button.hide()
        self.problem_code = None
        self.problem.hide()
        self.problem.setAccessibleDescription("")

    def forget(self, member_id: int) -> None:
        """The member was removed: stop editing them."""
        if self.editing == member_id:
            self.stop_editing()
