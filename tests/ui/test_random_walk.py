"""Random clicks through the real window, in any order a person could: no step is ever
shown in a state it does not handle, and no error escapes.

Each walk is seeded (``HMO_WALK_SEEDS=5,6`` runs other walks); a failure prints the seed
and every action up to it, so the walk can be replayed.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, doctor_profile, plans_for_area
from hmo_desktop.ui.main_window import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE, MainWindow

SEEDS = [int(s) for s in os.environ.get("HMO_WALK_SEEDS", "1,2,3").split(",") if s.strip()]
ACTIONS_PER_WALK = 200  # three walks: 600 actions, a few seconds
ZIPS = ("94110", "94112", "93701", "94501", "10001", "9411", "94110-1234", "")
COUNTIES = ("All of California", "San Francisco", "Fresno", "Alameda")
GROUP_SEARCHES = ("me", "zz", "")


class Walk:
    """A person at the window: they click what they see, enabled, on the current screen,
    or in the dialog that is open."""

    def __init__(self, w: MainWindow, db: Directory, rng: random.Random) -> None:
        self.w, self.db, self.rng = w, db, rng
        last_names = (doctor_profile(db, pid).name.split()[-1] for pid in range(1, 40))
        # QTest types ASCII only (a name like "José" would stop the test run)
        self.names = [n[:4] for n in last_names if n.isascii()][:6]
        plans, groups, pcps, profile = w.plans, w.groups, w.pcps, w.profile
        key = QTest.keyClick
        ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        # (name, what it does, how often, the screen it needs: None for the window's own)
        self.actions: list[tuple[str, Callable[[], None], float, QWidget | None]] = [
            *((f"step {i + 1}", lambda i=i: self.click(w.steps[i]), 1, None) for i in range(4)),
            ("Back", lambda: self.click(w.back_button), 1, None),
            ("Alt+Left", lambda: key(w, Qt.Key.Key_Left, alt), 0.5, None),
            *((f"ZIP {z!r}", lambda z=z: self.type_in(w.zip_edit, z), 0.3, None) for z in ZIPS),
            ("Enter in ZIP", lambda: self.key_in(w.zip_edit, Qt.Key.Key_Return), 0.3, None),
            *((f"county {c}", lambda c=c: w.county.setCurrentIndex(w.county.findText(c)), 0.2, None)
              for c in COUNTIES),
            ("Ctrl+F", lambda: key(w, Qt.Key.Key_F, ctrl), 0.7, None),
            ("F1", lambda: key(w, Qt.Key.Key_F1), 0.2, None),
            ("Start over", lambda: self.click(w.start_over), 0.2, None),
            ("Ctrl+N", lambda: key(w, Qt.Key.Key_N, ctrl), 0.2, None),
            ("pick a plan", self.pick_plan, 4, plans),
            ("Continue with plan", lambda: self.click(plans.choose), 3, plans),
            ("Enter in plan list", lambda: self.key_in(plans.tree, Qt.Key.Key_Return), 1, plans),
            ("Down in plan list", lambda: self.key_in(plans.tree, Qt.Key.Key_Down), 1, plans),
            ("My plan is not listed", lambda: self.click(plans.not_listed), 0.3, plans),
            ("Skip group", lambda: self.click(groups.skip), 3, groups),
            ("pick a group", lambda: self.pick_row(groups.table), 2, groups),
            ("Choose group", lambda: self.click(groups.choose), 2, groups),
            ("Enter in groups", lambda: self.key_in(groups.table, Qt.Key.Key_Return), 1, groups),
            *((f"search groups {t!r}", lambda t=t: self.type_in(groups.search, t), 0.4, groups)
              for t in GROUP_SEARCHES),
            ("doctor language es", lambda: self.combo(pcps.doctor_language, "es"), 0.5, pcps),
            ("doctor language any", lambda: self.combo(pcps.doctor_language, None), 0.5, pcps),
            ("toggle wheelchair", lambda: self.click(pcps.wheelchair), 0.5, pcps),
            ("age 40", lambda: self.age(40), 1.5, pcps),
            ("age 7", lambda: self.age(7), 0.5, pcps),
            ("Clear filters", lambda: self.click(pcps.clear_button), 0.5, pcps),
            ("pick a doctor", lambda: self.pick_row(pcps.table), 2, pcps),
            ("See profile", lambda: self.click(pcps.open_profile), 2, pcps),
            ("Enter in doctor table", lambda: self.key_in(pcps.table, Qt.Key.Key_Return), 1, pcps),
            ("Choose as my PCP", lambda: self.click(profile.choose), 2, profile),
        ]  # fmt: skip

    # ---------------------------------------------------------------- what a person does

    def step(self) -> str:
        dlg = self.w.dialog
        if dlg is not None:  # a window-modal dialog: only it takes clicks and keys
            return self.in_dialog(dlg)
        here = self.w.stack.currentWidget()
        actions = [a for a in self.actions if a[3] is None or a[3] is here]
        name, act, _, _ = self.rng.choices(actions, [a[2] for a in actions])[0]
        act()
        return name

    def click(self, b: QPushButton | QCheckBox) -> None:
        if b.isVisible() and b.isEnabled():
            QTest.mouseClick(b, Qt.MouseButton.LeftButton)

    def key_in(self, widget: QWidget, key: Qt.Key) -> None:
        if widget.isVisible():
            widget.setFocus()
            QTest.keyClick(widget, key)

    def type_in(self, edit: QLineEdit, text: str) -> None:
        if edit.isVisible():
            edit.setFocus()
            edit.selectAll()
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
            QTest.keyClicks(edit, text)

    def pick_plan(self) -> None:
        tree, plans = self.w.plans.tree, self.w.plans._plan_indexes()
        if tree.isVisible() and plans:
            self.click_row(tree, self.rng.choice(plans))

    def pick_row(self, table: QAbstractItemView) -> None:
        rows = table.model().rowCount()
        if table.isVisible() and rows:
            self.click_row(table, table.model().index(self.rng.randrange(min(rows, 20)), 0))

    @staticmethod
    def click_row(view: QAbstractItemView, ix: QModelIndex) -> None:
        view.scrollTo(ix)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(ix).center()
        )

    def combo(self, box: QWidget, data: object) -> None:
        if box.isVisible() and box.isEnabled():
            box.setCurrentIndex(box.findData(data))  # type: ignore[attr-defined]

    def age(self, years: int) -> None:
        if self.w.pcps.age.isVisible() and self.w.pcps.age.isEnabled():
            self.w.pcps.age.setValue(years)

    def in_dialog(self, dlg: QWidget) -> str:
        search = dlg.findChild(QLineEdit, "findDoctorEdit")
        roll = self.rng.random()
        if search is not None and roll < 0.6:
            name = self.rng.choice(self.names)
            self.type_in(search, name)
            opener = dlg.findChild(QPushButton, "findDoctorOpenButton")
            if opener is not None and self.rng.random() < 0.7:
                self.click(opener)
                return f"find doctor {name!r}, Open"
            return f"find doctor {name!r}"
        if roll < 0.8:
            QTest.keyClick(dlg, Qt.Key.Key_Return)  # the dialog's default button
            return f"Enter in {dlg.objectName()}"
        QTest.keyClick(dlg, Qt.Key.Key_Escape)
        return f"Escape in {dlg.objectName()}"


def check(w: MainWindow, db: Directory) -> None:
    """The screen shown agrees with the session, and the stepper with both."""
    s, step = w.session, w.current_step()
    screens = {STEP_PLAN: w.plans, STEP_GROUP: w.groups, STEP_DOCTOR: w.pcps,
               STEP_PROFILE: w.profile}  # fmt: skip
    assert w.stack.currentWidget() is screens[step]
    assert s.can_show(step)
    assert [b.isChecked() for b in w.steps] == [i == step for i in range(4)]
    assert [b.isEnabled() for b in w.steps] == [s.can_show(i) for i in range(4)]
    assert w.back_button.isEnabled() == (step > STEP_PLAN)
    if s.reached >= STEP_GROUP or s.group is not None:
        assert s.plan is not None
    if step == STEP_PLAN:
        listed = [p.id for p in w.plans.plans()]
        assert listed == [p.id for p in plans_for_area(db, s.county_id)]
        picked = w.plans.selected_plan()
        assert w.plans.choose.isEnabled() == (picked is not None)
        if picked is not None:
            assert picked.name in w.plans.detail.text()
        assert w.plans.empty.isVisible() == (not listed)
    elif step == STEP_GROUP:
        assert s.plan is not None
    elif step == STEP_DOCTOR:
        assert s.plan is not None
        rows = w.pcps.model.rows()
        if s.group is not None:
            assert {r.group_id for r in rows} <= {s.group.id}
        if rows:  # the doctors shown are in the session's plan
            roles = doctor_profile(db, rows[0].practitioner_id).roles
            assert any(r.role_id == rows[0].role_id and r.plan_id == s.plan.id for r in roles)
    else:
        shown = w.profile.profile()
        assert s.doctor is not None
        assert shown is not None
        assert shown.id == s.doctor.practitioner_id
        if w.profile.choose.isEnabled():  # a choice only within the session's plan
            assert s.plan is not None
            assert any(r.plan_id == s.plan.id for r in shown.roles)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_clicks_never_show_a_step_it_cannot_handle(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot, seed: int
) -> None:
    w = hmo_window
    walk = Walk(w, hmo_directory, random.Random(seed))
    done: list[str] = []
    shown: set[int] = set()
    for _ in range(ACTIONS_PER_WALK):
        with qtbot.captureExceptions() as errors:
            done.append(walk.step())
        where = f"seed {seed}, after: " + " > ".join(done)
        assert errors == [], where
        check(w, hmo_directory)
        shown.add(w.current_step())
    assert shown == {STEP_PLAN, STEP_GROUP, STEP_DOCTOR, STEP_PROFILE}  # it went everywhere
