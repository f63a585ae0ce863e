"""The household dialog: the people enrolling together, each one's PCP choice, one doctor
for the whole family, the chosen doctors side by side, and the enrollment summary.

The counselor walks the normal steps for one member, opens the doctor's profile, then
records that doctor here as the member's first choice or a backup. The ``Household``
lives on the window (``window.household``) until Start over. On a member's own computer
it can be kept between visits (``household_home``); on a kiosk nothing is written to
disk but the PDF the counselor saves.

Parts: ``household_form`` (add or change a member), ``household_choices`` (the selected
member's plan and doctors), ``household_compare`` (the words and the compare table),
``household_paper`` (the menu item, the family list, the save dialog).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hmo_desktop.directory import FamilyDoctor, languages
from hmo_desktop.household.members import Member
from hmo_desktop.ui.announce import announce
from hmo_desktop.ui.common import in_parts, named, results_table, tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.flow_layout import FlowLayout
from hmo_desktop.ui.household_choices import ChoicesPanel
from hmo_desktop.ui.household_compare import compare_rows, overview_text, shown_choice
from hmo_desktop.ui.household_compare_view import CompareTable
from hmo_desktop.ui.household_form import MemberForm
from hmo_desktop.ui.household_home import forget_box
from hmo_desktop.ui.household_paper import PaperBar, ask_pdf_path
from hmo_desktop.ui.household_same import SameDoctorPanel
from hmo_desktop.ui.i18n import household_language
from hmo_desktop.ui.retranslate import is_language_change, set_texts
from hmo_desktop.ui.summary import print_summary, summary_html, write_pdf
from hmo_desktop.ui.table_model import Column, RowTableModel
from hmo_desktop.ui.table_select import select_row
from hmo_desktop.ui.window_size import scrolling

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory
    from hmo_desktop.household.members import Choice
    from hmo_desktop.ui.main_window import MainWindow

__all__ = ["HouseholdDialog", "compare_rows"]

_DISTANCES: WeakKeyDictionary[QWidget, dict[tuple[int, int], float | None]] = WeakKeyDictionary()


class HouseholdDialog(QDialog):
    """Members, choices, what to look at again; a doctor for everyone; compare; paper."""

    household_changed = Signal()  # after every change to the household (shown, and kept)
    pdf_saved = Signal(str)  # the summary's PDF is written and closed, at this path

    def __init__(self, db: Directory, window: MainWindow) -> None:
        super().__init__(window)
        self.db, self.window_ = db, window
        self.household, self.home = window.household, window.home
        self.setObjectName("householdDialog")
        self.language_names = dict(languages(db))  # code: the directory's English name

        # -- a new member, or one being changed
        self.form = MemberForm(self.household, self.language_names)
        self.form.added.connect(lambda m: self._changed(m.id))
        self.form.edited.connect(lambda m: self._changed(m.id))
        self.name, self.age, self.sex = self.form.name, self.form.age, self.form.sex
        self.language, self.needs, self.obgyn = self.form.language, self.form.needs, self.form.obgyn
        self.add_button, self.problem = self.form.add_button, self.form.problem

        # -- one doctor for the whole family
        self.same = SameDoctorPanel()
        self.same_button, self.same_model = self.same.button, self.same.model
        self.same_table, self.same_note = self.same.table, self.same.note
        self.same_button.clicked.connect(self.show_same_doctor)

        self.left = QWidget()
        left_lay = QVBoxLayout(self.left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.form)
        left_lay.addWidget(self.same, 1)

        # -- the members, and the selected one's plan and doctors
        self.members_model: RowTableModel[Member] = RowTableModel(
            [
                Column(lambda: tr("Member"), lambda m: m.name),
                Column(lambda: tr("Age"), lambda m: QLocale().toString(m.age)),
                Column(lambda: tr("PCP"), self._pcp_cell),
                Column(lambda: tr("Backups"), self._backups_cell),
            ],
            self,
        )
        self.members = results_table("householdMembersTable", "", self.members_model, (10, 4, 18))
        self.members.setMinimumHeight(self.members.verticalHeader().defaultSectionSize() * 4 + 8)
        self.use_button = named(QPushButton(), "householdUseDoctorButton", "")
        self.use_for: str | None = None  # the member the button last named
        self.use_button.clicked.connect(lambda: self.use_current_doctor(backup=False))
        self.backup_button = named(QPushButton(), "householdBackupButton", "")
        self.backup_button.clicked.connect(lambda: self.use_current_doctor(backup=True))
        self.edit_button = named(QPushButton(), "householdEditButton", "")
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button = named(QPushButton(), "householdRemoveButton", "")
        self.remove_button.clicked.connect(self.remove_member)
        self.choices = ChoicesPanel(db, self.household)
        self.choices.changed.connect(lambda: self._changed(self._selected_id()))
        self.overview = named(QLabel(), "householdOverview", "")
        self.overview.setTextFormat(Qt.TextFormat.PlainText)  # names as typed
        self.overview.setWordWrap(True)

        # -- the chosen doctors side by side
        self.compare = CompareTable(self.language_names)
        self.compare_model = self.compare.compare_model

        members_page = QWidget()
        page = QVBoxLayout(members_page)
        page.addWidget(self.members, 1)
        choose = FlowLayout()  # wraps in a narrow dialog, or with large text
        for b in (self.use_button, self.backup_button, self.edit_button, self.remove_button):
            choose.addWidget(b)
        page.addLayout(choose)
        page.addWidget(self.choices)
        page.addWidget(self.overview)
        self.tabs = named(QTabWidget(), "householdTabs", "")
        named(self.tabs.tabBar(), "householdTabBar", "")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar is the one tab stop
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.tabBar().setUsesScrollButtons(False)  # two short tabs: no tiny arrows
        compare_page = QWidget()  # a margin: the table's focus ring on the page's face
        QVBoxLayout(compare_page).addWidget(self.compare)
        self.tabs.addTab(members_page, "")
        self.tabs.addTab(compare_page, "")

        # -- the summary on paper, and keeping the household at home
        self.bar = PaperBar(keeps=self.home.available(), saves=window.print_at_once is None)
        self.large_print, self.save_button = self.bar.large_print, self.bar.save_button
        self.print_button, self.close_button = self.bar.print_button, self.bar.close_button
        self.keep_button, self.forget_button = self.bar.keep_button, self.bar.forget_button
        self.home_note = self.bar.home_note
        self.save_button.clicked.connect(self.ask_pdf_path)
        self.print_button.clicked.connect(self.print_)
        self.keep_button.clicked.connect(self.keep)
        self.forget_button.clicked.connect(self.ask_forget)
        self.close_button.clicked.connect(self.close)
        self.forget_box: QMessageBox | None = None  # its words: household_home
        self.home.status_changed.connect(self._home_said)

        self.right = QWidget()
        right = QVBoxLayout(self.right)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.tabs, 1)
        right.addWidget(self.bar)
        # Side by side; one above the other when the dialog is too narrow for both (a
        # small screen, large text): it then scrolls down, never sideways.
        body = QWidget()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.addWidget(self.left)
        self.columns.addWidget(self.right, 1)
        for column in (self.left, self.right):
            column.setProperty("column", True)  # read top to bottom, then the next one
        self.area = scrolling(body, "householdScroll", "")
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # scrolls to the focused control
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.area)
        for first, then in itertools.pairwise(self._chain()):
            QWidget.setTabOrder(first, then)
        self.members.selectionModel().currentRowChanged.connect(lambda *_: self._member_shown())
        self.resize(1200, 760)
        self._home_said(self.home.status)
        self.refresh()
        if self.household.members:
            select_row(self.members, 0)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The dialog's words in the app's language; the household, the selected member,
        the tab, what the form holds and the tables' places stay (its parts, the form,
        the choices and the paper bar, set their own words)."""
        self.setWindowTitle(tr("Household: everyone enrolling together"))
        set_texts(self, None, tr("Household"))
        set_texts(self.members, None, tr("Members of the household"))
        set_texts(self.use_button, None, tr("Use the current doctor as this member's first choice"))
        set_texts(
            self.backup_button,
            tr("Add as a backup"),
            tr("Add the current doctor as this member's backup"),
        )
        set_texts(self.edit_button, tr("Change member"), tr("Change this member"))
        set_texts(self.remove_button, tr("Remove member"), tr("Remove this member"))
        set_texts(self.overview, overview_text(self.household), tr("What to look at again"))
        set_texts(self.tabs, None, tr("Members, or compare"))
        set_texts(self.tabs.tabBar(), None, tr("Members, or compare"))
        self.tabs.setTabText(0, tr("&Members"))
        self.tabs.setTabText(1, tr("C&ompare doctors"))
        set_texts(self.area, None, tr("Household"))
        self.members_model.retranslate()
        self.compare.retranslate()
        self._use_button_text()
        if self.home_note.text():
            self.home_note.setText(self.home.words_now())

    def resizeEvent(self, event: QResizeEvent) -> None:
        both = self.left.minimumSizeHint().width() + self.right.minimumSizeHint().width()
        wide = event.size().width() >= both + 2 * self.columns.spacing() + 40
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def _chain(self) -> list[QWidget]:
        return [
            *self.form.chain(), self.same_button, self.same_table, self.tabs.tabBar(),
            self.members, self.use_button, self.backup_button, self.edit_button,
            self.remove_button, *self.choices.chain(), self.compare,
            self.large_print, self.save_button, self.print_button, self.keep_button,
            self.forget_button, self.close_button,
        ]  # fmt: skip

    def add_member(self) -> Member | None:
        """What "Add member" does ("Save changes" while a member is being changed)."""
        return self.form.submit()

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.form.edit(member)

    def _selected_id(self) -> int | None:
        member = self.selected_member()
        return member.id if member is not None else None

    def _changed(self, member_id: int | None) -> None:
        """After any change: the tables and the overview again; saved when kept."""
        self.refresh()
        if member_id is not None:
            self.select_member(member_id)
        self.home.changed()
        self.household_changed.emit()

    def _member_shown(self) -> None:
        self.choices.show_member(self.selected_member(), self.window_.session.county_id)
        self._buttons()

    def _home_said(self, text: str) -> None:
        self.home_note.setText(text)
        self.home_note.setVisible(bool(text))
        if text:
            announce(self.home_note, text)

    def keep(self) -> bool:
        """ "Keep on this computer": saved now, and at every change from now on."""
        return self.home.save()

    def ask_forget(self) -> QMessageBox:
        """Asks first (``forgetHouseholdDialog``, not blocking: ``self.forget_box``)."""
        box = self.forget_box = forget_box(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._forget_answered(box))
        box.open()
        return box

    def _forget_answered(self, box: QMessageBox) -> None:
        self.forget_box = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            self.forget()

    def forget(self) -> None:
        self.home.forget()
        self.form.stop_editing()
        self.same.clear()
        self.refresh()
        self.household_changed.emit()

    def select_member(self, member_id: int) -> None:
        for row, m in enumerate(self.members_model.rows()):
            if m.id == member_id:
                select_row(self.members, row)

    def selected_member(self) -> Member | None:
        index = self.members.currentIndex()
        return self.members_model.row_at(index.row()) if index.isValid() else None

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.household.remove_member(member.id)
            self.form.forget(member.id)
            self._changed(None)

    def _pcp_cell(self, m: Member) -> str:
        return pcp.doctor if (pcp := self.household.pcp(m.id)) else tr("Needs a PCP")

    def _backups_cell(self, m: Member) -> str:  # names as the directory gives them
        return in_parts([c.doctor for c in self.household.choices.get(m.id, [])[1:]])

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
        self._changed(member.id)
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
        """The plan's doctors who can see every member (the household's plan, else the
        one chosen in the steps)."""
        s = self.window_.session
        plan_id = self.household.plan_id or (s.plan.id if s.plan else None)
        ages = self.household.ages() if self.household.members else []
        return self.same.show_for(self.db, plan_id, ages, s.county_id)

    def refresh(self) -> None:
        self.members_model.set_rows(list(self.household.members))
        text = overview_text(self.household)
        self.overview.setText(text)
        announce(self.overview, text)
        s = self.window_.session
        place_known = s.place is not None
        self.compare.show_household(
            self.db, self.household, s.county_id, self._distances(), place_known
        )
        self._member_shown()

    def _use_button_text(self) -> None:
        """ "Use the current doctor for <member>" once a member was selected."""
        if (member := self.selected_member()) is not None:
            self.use_for = member.name
        if self.use_for is None:
            self.use_button.setText(tr("Use the current doctor"))
        else:
            self.use_button.setText(arg(tr("Use the current doctor for %1"), self.use_for))

    def _buttons(self) -> None:
        member = self.selected_member()
        has_doctor = self.current_choice() is not None
        self._use_button_text()
        self.use_button.setEnabled(member is not None and has_doctor)
        self.backup_button.setEnabled(member is not None and has_doctor)
        self.edit_button.setEnabled(member is not None)
        self.remove_button.setEnabled(member is not None)
        for b in (self.save_button, self.print_button, self.keep_button):
            b.setEnabled(bool(self.household.members))

    def summary(self) -> str:
        """In the first member's preferred language the app has (then an English copy),
        else in the app's language."""
        language = household_language([m.language for m in self.household.members])
        return summary_html(self.db, self.household, self.large_print.isChecked(), language)

    def save_pdf(self, path: str | Path) -> None:
        large = self.large_print.isChecked()
        write_pdf(path, self.summary(), tr("Enrollment summary"), large_print=large)
        self.pdf_saved.emit(str(path))

    def ask_pdf_path(self) -> QFileDialog:
        return ask_pdf_path(self, self.save_pdf)

    def print_(self) -> bool:
        """The print dialog; at a kiosk, straight to its printer (``print_at_once``)."""
        if self.window_.print_at_once is not None:
            self.window_.print_at_once(self)
            return True
        return print_summary(self, self.summary(), self.large_print.isChecked())
