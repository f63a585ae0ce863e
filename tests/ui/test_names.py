"""Names and roles: every control a person can reach has a name a screen reader says,
every field label is the buddy of its field, every table has column headers, and the
messages that change (the ZIP's problem, the doctor count, no doctors, doctors left out)
are announced as they change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QStandardItemModel
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QTableView, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import open_directory
from hmo_desktop.household import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE
from hmo_desktop.ui.main_window import MainWindow
from tests.datapack import real_files as rf
from tests.ui.steps import PLAN, to_doctors
from tests.ui.test_contract import interactive
from tests.ui.test_keyboard import DIALOGS, at_step, open_named


def field_labels(top: QWidget) -> list[QLabel]:
    """Labels that name a field: a form's label column, or words ending in a colon."""
    out: list[QLabel] = []
    for form in top.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                out.append(item.widget())  # type: ignore[arg-type]
    for label in top.findChildren(QLabel):
        if label.text().rstrip().endswith(":") and label not in out:
            out.append(label)
    return [label for label in out if label.isVisible()]


def name_problems(top: QWidget) -> list[str]:
    """Unnamed controls, field labels without a buddy, tables without headers."""
    problems = [
        f"unnamed: {type(w).__name__} {w.objectName()!r}"
        for w in interactive(top)
        if w.isVisible() and not w.accessibleName().strip()
    ]
    problems += [
        f"label without buddy: {label.text()!r}"
        for label in field_labels(top)
        if label.buddy() is None or not label.buddy().isVisible()
    ]
    for view in top.findChildren(QTableView) + top.findChildren(QTreeView):
        if not view.isVisible():
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        model = view.model()
        titles = [
            model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())
            if not header.isSectionHidden(c)
        ]
        if header.isHidden() or not all(str(t or "").strip() for t in titles):
            problems.append(f"table without headers: {view.objectName()} {titles}")
    return problems


@pytest.mark.parametrize("step", [STEP_PLAN, STEP_GROUP, STEP_DOCTOR, STEP_PROFILE])
def test_every_control_of_each_step_is_named(
    hmo_window: MainWindow, qtbot: QtBot, step: int
) -> None:
    at_step(hmo_window, qtbot, step)
    assert name_problems(hmo_window) == []


@pytest.mark.parametrize("which", DIALOGS)
def test_every_control_of_each_dialog_is_named(
    hmo_window: MainWindow, qtbot: QtBot, which: str
) -> None:
    at_step(hmo_window, qtbot, STEP_DOCTOR)
    assert name_problems(open_named(hmo_window, qtbot, which)) == []


def test_the_field_labels_are_buddies_and_the_badge_column_has_a_header(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    buddies = {label.text(): label.buddy() for label in field_labels(w)}
    assert buddies["ZIP:"] is w.zip_edit
    assert buddies["or county:"] is w.county
    assert buddies["Sort:"] is w.pcps.sort
    assert buddies["New patients:"] is w.pcps.accepting
    model = w.pcps.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[1] == "Sample?"
    w.go_to_step(STEP_GROUP)
    assert {label.text(): label.buddy() for label in field_labels(w)}["Sort:"] is w.groups.sort


def test_the_check_catches_an_unnamed_control_a_lone_label_and_a_bare_table(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    at_step(w, qtbot, STEP_PLAN)
    assert name_problems(w) == []
    lay = w.plans.layout()
    assert lay is not None
    stray = QLineEdit(w.plans)
    stray.setObjectName("strayEdit")
    lone = QLabel("Member ID:", w.plans)
    bare = QTableView(w.plans)
    bare.setObjectName("bareTable")
    bare.setAccessibleName("Bare")
    untitled = QStandardItemModel(2, 2, bare)
    untitled.setHorizontalHeaderLabels(["Name", ""])  # a column without a title
    bare.setModel(untitled)
    for widget in (stray, lone, bare):
        lay.addWidget(widget)
        widget.show()
    problems = name_problems(w)
    assert "unnamed: QLineEdit 'strayEdit'" in problems
    assert "label without buddy: 'Member ID:'" in problems
    assert [p for p in problems if p.startswith("table without headers: bareTable")]


class Announcements:
    """QAccessible.updateAccessibility's events (Qt's own function, recorded)."""

    def __init__(self) -> None:
        self.events: list[tuple[QObject, QAccessible.Event, str]] = []

    def __call__(self, event: QAccessibleEvent) -> None:
        target = event.object()
        said = target.accessibleDescription() if isinstance(target, QWidget) else ""
        self.events.append((target, event.type(), said))

    def of(self, widget: QWidget) -> list[tuple[QAccessible.Event, str]]:
        return [(kind, said) for target, kind, said in self.events if target is widget]


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Announcements:
    heard = Announcements()
    monkeypatch.setattr(QAccessible, "updateAccessibility", heard)
    return heard


def test_the_zip_problem_the_count_and_no_doctors_are_announced(
    hmo_window: MainWindow, qtbot: QtBot, announced: Announcements
) -> None:
    w = hmo_window
    w.set_zip("10001")
    assert announced.of(w.zip_message) == [(QAccessible.Event.Alert, w.zip_message.text())]
    assert "not a California ZIP code" in w.zip_message.accessibleDescription()
    to_doctors(w, qtbot)
    count = w.pcps.count
    assert announced.of(count)[-1] == (QAccessible.Event.DescriptionChanged, count.text())
    assert "doctors found" in count.text()
    heard = len(announced.events)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.refresh()  # the same words: said once, not again
    assert len(announced.events) == heard
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.age.setValue(-1)
    empty = w.pcps.empty
    assert announced.of(empty)[-1] == (QAccessible.Event.Alert, empty.text())
    assert "Enter the patient's age" in empty.accessibleDescription()


@pytest.fixture(scope="module")
def real_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return rf.build_real(tmp_path_factory.mktemp("real-names")).path


@pytest.fixture
def real_window(real_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    db = open_directory(real_path)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    db.close()


def test_doctors_left_out_for_unknown_facts_are_announced(
    real_window: MainWindow, qtbot: QtBot, announced: Announcements
) -> None:
    w = real_window
    to_doctors(w, qtbot, "94117", PLAN)
    note = w.pcps.unknown_note
    assert not announced.of(note)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.accepting.setCurrentIndex(w.pcps.accepting.findData("accepting"))
    assert note.isVisible()
    assert announced.of(note) == [(QAccessible.Event.DescriptionChanged, note.text())]
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.accepting.setCurrentIndex(w.pcps.accepting.findData("accepting_or_ask"))
    assert not note.isVisible()
    assert note.accessibleDescription() == ""  # hidden: nothing left to read
