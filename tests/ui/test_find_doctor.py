""" "Find my current doctor": who each doctor found is, the member's county and plan,
titles and scripts, and what a person may type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, NameHit
from hmo_desktop.ui.find_doctor import MAX_NAME_CHARS, FindDoctorDialog, with_typed
from hmo_desktop.ui.main_window import STEP_PROFILE, MainWindow
from tests.ui.steps import PLAN, plan_named, to_doctors


def open_find(w: MainWindow) -> FindDoctorDialog:
    w.find_button.click()
    dlg = w.dialog
    assert isinstance(dlg, FindDoctorDialog)
    assert dlg.objectName() == "findDoctorDialog"
    return dlg


def search(dlg: FindDoctorDialog, qtbot: QtBot, text: str) -> list[NameHit]:
    with qtbot.waitSignal(dlg.results_shown) as shown:
        dlg.search.setText(text)
    assert shown.args == [dlg.model.rowCount()]
    return dlg.model.rows()


def row_text(dlg: FindDoctorDialog, pid: int) -> str:
    """What the list shows for one doctor (and what a screen reader reads)."""
    row = [h.id for h in dlg.model.rows()].index(pid)
    index = dlg.model.index(row, 0)
    shown = str(dlg.model.data(index))
    assert dlg.model.data(index, Qt.ItemDataRole.AccessibleTextRole) == shown
    return shown


def full_name(db: Directory, pid: int) -> str:
    first, last = db.con.execute(
        "SELECT first_name, last_name FROM practitioner WHERE id = ?", (pid,)
    ).fetchone()
    return f"{first} {last}"


def test_find_my_current_doctor_from_anywhere(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    pid, last = hmo_directory.con.execute(
        "SELECT id, last_name FROM practitioner WHERE last_name = 'Nguyễn' LIMIT 1"
    ).fetchone()
    dlg = open_find(w)
    with qtbot.waitSignal(dlg.results_shown) as shown:
        QTest.keyClicks(dlg.search, "nguyen")
    assert shown.args is not None
    assert shown.args[0] > 0
    ids = [h.id for h in dlg.model.rows()]
    assert pid in ids
    dlg.choose_row(ids.index(pid))
    with qtbot.waitSignal(w.profile.results_shown):
        QTest.keyClick(dlg.results, Qt.Key.Key_Return)
    assert w.current_step() == STEP_PROFILE
    text = w.profile.body.toPlainText()
    assert last in text
    assert "these plans include them" in text
    assert not w.profile.choose.isEnabled()  # no plan chosen yet: nothing to choose in


def test_a_name_that_matches_nothing_says_what_to_do(hmo_window: MainWindow, qtbot: QtBot) -> None:
    dlg = open_find(hmo_window)
    assert search(dlg, qtbot, "<i>zzqx</i>") == []
    assert not dlg.open_button.isEnabled()
    assert dlg.hint.textFormat() == Qt.TextFormat.PlainText  # what was typed, as typed
    assert 'No doctor\'s name starts with "<i>zzqx</i>"' in dlg.hint.text()


def test_each_doctor_shows_office_city_and_group(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    """Before a plan is chosen: where each doctor works, and no word on plans but one."""
    db = hmo_directory
    dlg = open_find(hmo_window)
    for offices in (1, 2, 3):
        pid = db.con.execute(
            "SELECT practitioner_id FROM pcp_role GROUP BY practitioner_id "
            "HAVING count(DISTINCT location_id) = ? ORDER BY practitioner_id LIMIT 1",
            (offices,),
        ).fetchone()[0]
        search(dlg, qtbot, full_name(db, pid))
        text = row_text(dlg, pid)
        hit = next(h for h in dlg.model.rows() if h.id == pid)
        known = db.con.execute(
            "SELECT l.name, l.address, l.city, g.name FROM pcp_role r "
            "JOIN location l ON l.id = r.location_id JOIN medical_group g ON g.id = r.group_id "
            "WHERE r.practitioner_id = ?",
            (pid,),
        ).fetchall()
        assert (hit.office, hit.address, hit.city, hit.group) in known
        for part in (full_name(db, pid), hit.office, hit.address, hit.city, hit.group):
            assert part in text
        assert hit.more_offices == offices - 1
        if offices == 1:
            assert "more office" not in text
        elif offices == 2:
            assert "and 1 more office" in text
            assert "1 more offices" not in text
        else:
            assert f"and {offices - 1} more offices" in text
        assert hit.in_plan is None
        assert len(text.split("\n")) == 3  # name; office; group: nothing said about plans
    assert "Choose a plan to see whether each doctor is in it." in dlg.hint.text()


def test_after_choosing_a_plan_each_doctor_says_whether_it_includes_them(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w, db = hmo_window, hmo_directory
    to_doctors(w, qtbot)
    plan = plan_named(w, PLAN)
    assert w.session.plan == plan
    inside = db.con.execute(
        "SELECT min(practitioner_id) FROM pcp_role WHERE plan_id = ?", (plan.id,)
    ).fetchone()[0]
    outside = db.con.execute(
        "SELECT min(id) FROM practitioner WHERE id NOT IN "
        "(SELECT practitioner_id FROM pcp_role WHERE plan_id = ?)",
        (plan.id,),
    ).fetchone()[0]
    dlg = open_find(w)
    dlg.area_only.setChecked(False)  # a doctor outside the member's county, too
    for pid, in_plan in ((inside, True), (outside, False)):
        search(dlg, qtbot, full_name(db, pid))
        hit = next(h for h in dlg.model.rows() if h.id == pid)
        assert hit.in_plan is in_plan
        last_line = row_text(dlg, pid).split("\n")[-1]
        assert last_line == (f"In {PLAN}" if in_plan else f"Not in {PLAN}")
    assert "Choose a plan" not in dlg.hint.text()


def test_the_search_can_be_kept_to_the_members_county(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w, db = hmo_window, hmo_directory
    with qtbot.waitSignal(w.plans.results_shown):
        w.set_zip("94110")
    area = w.session.area
    assert area is not None
    dlg = open_find(w)
    box = dlg.area_only
    assert box.objectName() == "findDoctorAreaOnly"
    assert box.accessibleName()
    assert box.isEnabled()
    assert box.isChecked()  # on by default when the member gave an area
    assert area.county in box.text()

    def has_office_in_county(pid: int) -> bool:
        return bool(
            db.con.execute(
                "SELECT 1 FROM pcp_role r JOIN location l ON l.id = r.location_id "
                "WHERE r.practitioner_id = ? AND l.county_id = ?",
                (pid, area.county_id),
            ).fetchone()
        )

    near = search(dlg, qtbot, "m")
    assert near
    assert all(has_office_in_county(h.id) for h in near)
    with qtbot.waitSignal(dlg.results_shown):
        QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    everyone = dlg.model.rows()
    assert not all(has_office_in_county(h.id) for h in everyone)
    # A name found only outside the county says so, and what to do.
    far = db.con.execute(
        "SELECT p.id, p.last_name FROM practitioner p WHERE p.id IN (SELECT practitioner_id "
        "FROM pcp_role) AND NOT EXISTS (SELECT 1 FROM practitioner q JOIN pcp_role r ON "
        "r.practitioner_id = q.id JOIN location l ON l.id = r.location_id "
        "WHERE q.last_name = p.last_name AND l.county_id = ?) LIMIT 1",
        (area.county_id,),
    ).fetchone()
    assert far is not None
    assert far[0] in {h.id for h in search(dlg, qtbot, far[1])}
    with qtbot.waitSignal(dlg.results_shown) as shown:
        box.setChecked(True)
    assert shown.args == [0]
    assert f"an office in {area.county} County" in dlg.hint.text()
    assert f'"{far[1]}"' in dlg.hint.text()


def test_without_an_area_the_county_box_is_off(hmo_window: MainWindow) -> None:
    assert hmo_window.session.area is None
    dlg = open_find(hmo_window)
    assert not dlg.area_only.isEnabled()
    assert not dlg.area_only.isChecked()


def test_titles_and_chinese_scripts_find_the_doctor(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    db = hmo_directory
    dlg = open_find(hmo_window)
    pid = db.con.execute(
        "SELECT min(id) FROM practitioner GROUP BY first_name, last_name "
        "HAVING count(*) = 1 ORDER BY min(id) LIMIT 1"
    ).fetchone()[0]
    first, last = full_name(db, pid).split(" ", 1)
    for typed in (f"Dr. {first} {last}, M.D.", f"{last}, MD", f"Dr {last} DO"):
        if dlg.search.text():
            with qtbot.waitSignal(dlg.results_shown):
                dlg.search.clear()
        with qtbot.waitSignal(dlg.results_shown):  # as typed, a key at a time
            QTest.keyClicks(dlg.search, typed)
        assert pid in [h.id for h in dlg.model.rows()], typed
    # A Chinese name typed in Traditional characters finds the name stored in Simplified.
    to_traditional = {c: v for v, c in db.con.execute("SELECT variant, canonical FROM han_fold")}
    names = db.con.execute(
        "SELECT id, native_name FROM practitioner WHERE native_name IS NOT NULL ORDER BY id"
    ).fetchall()
    pid, native, traditional = next(
        (pid, native, t)
        for pid, native in names
        if (t := "".join(to_traditional.get(ch, ch) for ch in native)) != native
    )
    assert pid in {h.id for h in search(dlg, qtbot, traditional)}
    assert f"({native})" in row_text(dlg, pid)  # shown as the directory writes it


def test_what_was_typed_is_shown_as_typed(hmo_window: MainWindow, qtbot: QtBot) -> None:
    dlg = open_find(hmo_window)
    typed_texts = (
        '<font color="red" size="7">CALL 555-0100</font>',
        "zzqx %2 %1 %n &amp; <b>",
        "<script>alert(1)</script>",
    )
    for typed in typed_texts:
        assert search(dlg, qtbot, typed) == []
        assert dlg.hint.textFormat() == Qt.TextFormat.PlainText
        assert f'"{typed}"' in dlg.hint.text()
    dlg.close()
    # The same with the county in the sentence too (one more placeholder filled).
    with qtbot.waitSignal(hmo_window.plans.results_shown):
        hmo_window.set_zip("94110")
    dlg = open_find(hmo_window)
    for typed in typed_texts:
        assert search(dlg, qtbot, typed) == []
        assert f'"{typed}"' in dlg.hint.text()
        assert "San Francisco County" in dlg.hint.text()
    assert with_typed('a "%1" b %2', "%2 %1") == 'a "%2 %1" b %2'


def test_the_name_box_takes_a_name_not_a_book(hmo_window: MainWindow, qtbot: QtBot) -> None:
    dlg = open_find(hmo_window)
    assert dlg.search.maxLength() == MAX_NAME_CHARS == 100
    with qtbot.waitSignal(dlg.results_shown):
        dlg.search.setText("x" * 10_000)
    assert dlg.search.text() == "x" * MAX_NAME_CHARS
    QTest.keyClicks(dlg.search, "yyy")  # typing past the limit adds nothing
    assert dlg.search.text() == "x" * MAX_NAME_CHARS
    assert len(dlg.hint.text()) < 400
