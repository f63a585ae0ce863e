"""The whole path through the real widgets, driven like a person (and a tester) would."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTextBrowser,
    QWidget,
)

from hmo_desktop.directory import Page, search_pcps
from hmo_desktop.ui.main_window import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE

PLAN = "UnitedHealthcare Signature HMO"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "TESTING.md"


def close_next_modal(seen: list[str], text: Any) -> None:
    """When the next modal dialog opens, note its name and text, then close it."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, close)
            return
        seen.extend([box.objectName(), text(box)])
        box.close()

    QTimer.singleShot(0, close)


def to_doctors(w: Any, qtbot: Any, zip_code: str = "94110") -> None:
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip(zip_code)
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan(PLAN)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.skip.click()


def test_member_walks_plan_group_doctor_confirm(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown) as plans:
        w.set_zip("94110")
    assert plans.args[0] > 5
    assert "San Francisco" in w.zip_message.text()
    names = [p.name for p in w.plans.plans()]
    assert PLAN in names
    assert "San Francisco Health Plan" in names
    with qtbot.waitSignal(w.groups.results_shown) as groups:
        w.plans.choose_plan(PLAN)
    assert w.current_step() == STEP_GROUP
    assert groups.args[0] > 0
    first = w.groups.model.row_at(0)
    assert "Hospitals you would use" in w.groups.detail.toPlainText()
    assert first.name in w.groups.detail.toPlainText()
    with qtbot.waitSignal(w.pcps.results_shown) as pcps:
        w.groups.choose_group(first.name)
    assert w.current_step() == STEP_DOCTOR
    assert pcps.args[0] > 0
    assert {r.group_id for r in w.pcps.model.rows()} == {first.id}
    assert all(r.accepting == "accepting" for r in w.pcps.model.rows())  # default filter
    row = w.pcps.model.row_at(0)
    assert w.pcps.model.data(w.pcps.model.index(0, 1)) == "Sample doctor (fictional)"
    with qtbot.waitSignal(w.profile.results_shown):
        w.pcps.open_profile.click()
    assert w.current_step() == STEP_PROFILE
    text = w.profile.body.toPlainText()
    assert "Sample doctor (fictional)" in text
    assert row.name in text
    assert "In your plan: " + PLAN in text
    w.profile.choose.click()
    dlg = w.dialog
    assert dlg is not None
    assert dlg.objectName() == "confirmDialog"
    summary = dlg.text.toPlainText()
    for needle in (
        PLAN,
        first.name,
        row.name,
        "PCP ID",
        "first day of the next month",
        "Call the doctor's office",
    ):
        assert needle in summary


@pytest.mark.parametrize(
    ("widget", "value", "field"),
    [
        ("doctor_language", "es", "doctor_language"),
        ("staff_language", "vi", "staff_language"),
        ("gender", "F", "gender"),
        ("accepting", "existing_only", "accepting"),
        ("distance", 5, "max_miles"),
    ],
)
def test_each_combo_filter_requery_matches_the_directory(
    hmo_window: Any, hmo_directory: Any, qtbot: Any, widget: str, value: Any, field: str
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    combo: QComboBox = getattr(w.pcps, widget)
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        combo.setCurrentIndex(combo.findData(value))
    f = w.pcps.current_filters()
    assert getattr(f, field) == (frozenset({value}) if field == "accepting" else value)
    plan = w.plans.plans()[[p.name for p in w.plans.plans()].index(PLAN)]
    expected = search_pcps(hmo_directory, plan.id, f, Page(0, 10_000))
    assert shown.args[0] == expected.total
    assert [r.role_id for r in w.pcps.model.rows()] == [
        r.role_id for r in expected.rows[: w.pcps.model.rowCount()]
    ]


def test_toggles_age_and_specialties(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    for s in ("family", "internal", "obgyn"):
        with qtbot.waitSignal(w.pcps.results_shown):
            w.pcps.specialty[s].setChecked(False)
    assert {r.specialty for r in w.pcps.model.rows()} == {"pediatrics"}
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.age.setValue(20)
    assert all(r.age_min <= 20 <= r.age_max for r in w.pcps.model.rows())
    for box in (w.pcps.telehealth, w.pcps.evening, w.pcps.saturday, w.pcps.wheelchair):
        with qtbot.waitSignal(w.pcps.results_shown):
            box.setChecked(True)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.specialty["pediatrics"].setChecked(False)
    assert w.pcps.empty.isVisible()
    assert "No specialty is selected" in w.pcps.empty.text()


def test_empty_result_says_which_filter_to_relax(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.distance.setCurrentIndex(w.pcps.distance.findData(2))
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("km"))
    if shown.args[0]:
        with qtbot.waitSignal(w.pcps.results_shown) as shown:
            w.pcps.staff_language.setCurrentIndex(w.pcps.staff_language.findData("hmn"))
    assert shown.args[0] == 0
    assert w.pcps.empty.isVisible()
    assert re.search(r"Try .+: that shows [\d,]+ doctors", w.pcps.empty.text())
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.reset.click()
    assert shown.args[0] > 0
    assert not w.pcps.empty.isVisible()


def test_back_navigation_keeps_filters_and_resets_the_group(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("es"))
    w.steps[STEP_PLAN].click()
    assert w.current_step() == STEP_PLAN
    assert w.steps[STEP_DOCTOR].isEnabled()  # can go forward again to where they were
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan("Anthem Blue Cross Select HMO")
    assert not w.steps[STEP_DOCTOR].isEnabled()  # the doctor step no longer applies
    w.steps[STEP_DOCTOR].click()
    assert w.current_step() == STEP_GROUP
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.choose_group(w.groups.model.row_at(0).name)
    assert w.pcps.doctor_language.currentData() == "es"  # the filter survived
    assert w.zip_edit.text() == "94110"
    w.go_back()
    assert w.current_step() == STEP_GROUP


def test_group_type_ahead_and_sort(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    with qtbot.waitSignal(w.groups.results_shown) as all_groups:
        w.plans.choose_plan(PLAN)
    target = w.groups.model.row_at(all_groups.args[0] - 1).name
    with qtbot.waitSignal(w.groups.results_shown) as shown:
        w.groups.search.setText(target.split()[0][:4].lower())
    assert 0 < shown.args[0] <= all_groups.args[0]
    assert target in [g.name for g in w.groups.model.rows()]
    # The detail pane follows the new first row once typing pauses.
    top = w.groups.model.row_at(0).name
    qtbot.waitUntil(lambda: w.groups.detail.toPlainText().startswith(top))
    with qtbot.waitSignal(w.groups.results_shown) as shown:
        w.groups.search.setText("zzzz qqq")
    assert shown.args[0] == 0
    assert w.groups.empty.isVisible()
    w.groups.search.clear()
    with qtbot.waitSignal(w.groups.results_shown):
        w.groups.sort.setCurrentIndex(w.groups.sort.findData("name"))
    names = [g.name.casefold() for g in w.groups.model.rows()]
    assert names == sorted(names)


def test_zip_errors_are_plain_and_keep_the_area(hmo_window: Any) -> None:
    w = hmo_window
    w.set_zip("94110")
    county = w.county.currentText()
    w.set_zip("10001")
    assert "not a California ZIP" in w.zip_message.text()
    w.set_zip("９４１１０")
    assert "digits 0-9" in w.zip_message.text()
    w.set_zip("94x10")
    assert "5 digits" in w.zip_message.text()
    assert w.county.currentText() == county  # nothing lost


def test_county_instead_of_zip(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    with qtbot.waitSignal(w.plans.results_shown):
        w.county.setCurrentIndex(w.county.findText("Fresno"))
    assert w.zip_edit.text() == ""
    assert "CalViva Health" in [p.name for p in w.plans.plans()]


def test_find_my_current_doctor_from_anywhere(
    hmo_window: Any, hmo_directory: Any, qtbot: Any
) -> None:
    w = hmo_window
    pid, last = hmo_directory.con.execute(
        "SELECT id, last_name FROM practitioner WHERE last_name = 'Nguyễn' LIMIT 1"
    ).fetchone()
    w.find_button.click()
    dlg = w.dialog
    with qtbot.waitSignal(dlg.results_shown) as shown:
        qtbot.keyClicks(dlg.search, "nguyen")
    assert shown.args[0] > 0
    ids = [h.id for h in dlg.model.rows()]
    assert pid in ids
    dlg.choose_row(ids.index(pid))
    with qtbot.waitSignal(w.profile.results_shown):
        qtbot.keyClick(dlg.results, Qt.Key.Key_Return)
    assert w.current_step() == STEP_PROFILE
    assert last in w.profile.body.toPlainText()
    assert "these plans include them" in w.profile.body.toPlainText()


def test_keyboard_only_path(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    qtbot.keyClicks(w.zip_edit, "94110")
    w.plans.tree.setFocus()
    w.plans.tree.setCurrentIndex(w.plans.model.item(0, 0).child(0, 0).index())
    with qtbot.waitSignal(w.groups.results_shown):
        qtbot.keyClick(w.plans.tree, Qt.Key.Key_Return)
    w.groups.table.setFocus()
    with qtbot.waitSignal(w.pcps.results_shown):
        qtbot.keyClick(w.groups.skip, Qt.Key.Key_Space)
    assert w.current_step() == STEP_DOCTOR
    qtbot.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.current_step() == STEP_GROUP


def test_help_is_reachable_from_every_step(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    w.plans.what_is_hmo.click()
    assert w.dialog.objectName() == "helpDialog"
    assert "Health Maintenance Organization" in w.dialog.text.toPlainText()
    w.dialog.close()
    to_doctors(w, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert w.dialog is not None
    assert w.dialog.objectName() == "helpDialog"
    for term in ("Medical group / IPA", "Referral", "Accepting new patients", "Specialist"):
        assert term in w.dialog.text.toPlainText()


def test_models_pass_the_model_tester(hmo_window: Any, qtbot: Any, qtmodeltester: Any) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    qtmodeltester.check(w.groups.model)
    qtmodeltester.check(w.pcps.model)
    qtmodeltester.check(w.plans.tree.model())
    w.open_find_doctor()
    w.dialog.search.setText("kim")
    qtmodeltester.check(w.dialog.model)
    w.pcps.model.fetchMore()
    qtmodeltester.check(w.pcps.model)


def test_paging_fetches_more_rows_on_scroll(hmo_window: Any, qtbot: Any) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.accepting.setCurrentIndex(0)
    total = shown.args[0]
    assert total > w.pcps.model.rowCount()
    while w.pcps.model.canFetchMore():
        w.pcps.model.fetchMore()
    assert w.pcps.model.rowCount() == total
    assert len({r.role_id for r in w.pcps.model.rows()}) == total


def interactive(window: QWidget) -> list[QWidget]:
    """Widgets a person can operate, without Qt's own parts (combo popups, headers, ...)."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QSpinBox, QTextBrowser)
    out = []
    for c in window.findChildren(QWidget):
        if not isinstance(c, kinds) or isinstance(c, QHeaderView):
            continue
        parent, inside_other = c.parentWidget(), False
        while parent is not None and parent is not window:
            if isinstance(parent, (QComboBox, QSpinBox, QAbstractItemView, QLineEdit)):
                inside_other = True
            parent = parent.parentWidget()
        if not inside_other:
            out.append(c)
    return out


def test_every_interactive_widget_is_named_and_documented(hmo_window: Any, qtbot: Any) -> None:
    doc = DOCS.read_text(encoding="utf-8")
    to_doctors(hmo_window, qtbot)
    hmo_window.profile.show_doctor(1, None)
    missing = []
    widgets = interactive(hmo_window)
    for opener in (hmo_window.open_find_doctor, lambda: hmo_window.open_help("")):
        opener()
        widgets += interactive(hmo_window.dialog)
        hmo_window.dialog.close()
    assert len(widgets) > 30
    for c in widgets:
        if not c.objectName() or not c.accessibleName():
            missing.append((type(c).__name__, c.objectName(), c.accessibleName()))
        elif f"`{c.objectName()}`" not in doc:
            missing.append(("undocumented", c.objectName()))
    assert missing == []


def test_directory_unavailable_dialog_and_exit_code(qtbot: Any, tmp_path: Path) -> None:
    from hmo_desktop.app import EXIT_DIRECTORY_UNAVAILABLE, run

    seen: list[str] = []
    hook = sys.excepthook
    try:
        close_next_modal(seen, lambda box: box.text())
        assert run(tmp_path / "missing.sqlite") == EXIT_DIRECTORY_UNAVAILABLE
    finally:
        sys.excepthook = hook
    assert seen[0] == "directoryUnavailableDialog"
    assert seen[1] == "The doctor directory that came with HMO Desktop is missing."


def test_a_bug_shows_one_dialog_and_the_app_keeps_running(
    hmo_window: Any, qtbot: Any, capsys: Any
) -> None:
    from hmo_desktop.app import install_excepthook

    hook = sys.excepthook
    seen: list[str] = []
    try:
        install_excepthook()
        close_next_modal(seen, lambda box: box.detailedText())
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # what Qt does for an exception in a slot
    finally:
        sys.excepthook = hook
    assert seen[0] == "errorDialog"
    assert "boom in a slot" in seen[1]
    assert "boom in a slot" in capsys.readouterr().err
    with qtbot.waitSignal(hmo_window.plans.results_shown):  # still working
        hmo_window.set_zip("93701")


def test_every_directory_problem_has_a_translatable_headline(qapp: Any) -> None:
    import re

    from hmo_desktop.app import unavailable_messages
    from hmo_desktop.directory import store

    source = Path(store.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'DirectoryUnavailable\(\s*"([a-z_]+)"', source))
    assert len(codes) >= 12
    assert codes <= set(unavailable_messages())


def test_window_paints_first_then_opens_the_directory(hmo_directory_path: Path, qtbot: Any) -> None:
    from hmo_desktop.app import start

    _app, window, problem = start(hmo_directory_path, defer_directory=True)
    assert problem is None
    assert window is not None
    qtbot.addWidget(window)
    assert not window.attached()
    assert "Opening the doctor directory" in window.plans.empty.text()
    window.find_button.click()  # too early: nothing happens, nothing breaks
    window.county.setCurrentIndex(0)
    assert window.dialog is None
    with qtbot.waitSignal(window.plans.results_shown, timeout=5000):
        pass  # the first paint, then the directory opens and the plans are listed
    assert window.attached()
    assert window.plans.plans()
    with qtbot.waitSignal(window.plans.results_shown):
        window.set_zip("94110")
    window.db.close()
