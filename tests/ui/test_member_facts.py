"""What the group and doctor steps tell a member, driven through the real window: no
invented fact shown as fact, each plan's real model, the county a plan serves, who the
doctor is for, and counts of doctors (not office listings)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory, GroupRow, PcpRow
from hmo_desktop.ui import group_text
from hmo_desktop.ui.main_window import MainWindow
from hmo_desktop.ui.pcp_words import Said, count_text
from hmo_desktop.ui.table_model import ROW_ROLE
from tests.ui.steps import COUNTY_PLAN, to_county_groups, to_doctors, to_groups

KAISER = "Kaiser Permanente"  # the Medi-Cal plan: San Francisco and Fresno
PACE_PLAN = "ONLOK Senior Health Services"  # a PACE plan of San Francisco


def cell(w: MainWindow, row: int, title: str) -> str:
    model = w.groups.model
    col = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return str(model.data(model.index(row, col)))


def tip(w: MainWindow, row: int, title: str) -> str:
    model = w.groups.model
    col = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return str(model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole))


def all_doctor_rows(w: MainWindow) -> list[PcpRow]:
    while w.pcps.model.canFetchMore():
        w.pcps.model.fetchMore()
    return w.pcps.model.rows()


def county_of_zip(db: Directory, zip_code: str) -> str:
    return str(
        db.con.execute(
            "SELECT c.name FROM zip_code z JOIN county c ON c.id = z.county_id WHERE z.zip = ?",
            (zip_code,),
        ).fetchone()[0]
    )


def test_a_real_group_has_no_made_up_office(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window
    to_groups(w, qtbot)  # a commercial plan: groups from the carrier's list
    rows = w.groups.model.rows()
    assert rows
    for i, g in enumerate(rows):
        assert not g.is_sample
        assert g.distance_mi is None
        assert g.counties == ("San Francisco",)  # only where the carrier lists it
        assert cell(w, i, "Where") == "San Francisco County"
        assert "office address not in this directory" in tip(w, i, "Where")
        assert cell(w, i, "Hospitals") == "Not published"
        assert w.groups.model.data(w.groups.model.index(i, 0), ROW_ROLE) == g
    w.groups.table.selectRow(0)
    qtbot.waitUntil(lambda: w.groups.detail.toPlainText().startswith(rows[0].name))
    detail = w.groups.detail.toPlainText()
    assert "Serves San Francisco County; office address not in this directory." in detail
    assert "Referral rules: not in this directory" in detail
    assert "555-01" not in detail  # no fictional phone for a real group
    assert "without a referral" in detail
    assert "referral may be needed" not in detail


def test_a_sample_group_is_marked_where_its_values_are_shown(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_groups(w, qtbot, plan=COUNTY_PLAN)  # a Medi-Cal plan: no published group list
    rows = w.groups.model.rows()
    assert rows
    assert all(g.is_sample and g.name.endswith("(sample)") for g in rows)
    for i in range(len(rows)):
        assert cell(w, i, "Where").endswith("(sample office)")
        assert cell(w, i, "Hospitals").endswith("(inferred)")
    qtbot.waitUntil(lambda: w.groups.detail.toPlainText().startswith(rows[0].name))
    detail = w.groups.detail.toPlainText()
    assert "Sample group (fictional)" in detail
    assert "(sample, fictional)" in detail  # next to the sample phone and rules
    assert "inferred from distance" in detail
    # The helper takes the name exactly as the table shows it.
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.choose_group(cell(w, 0, "Medical group"))
    assert w.session.group == rows[0]


def test_kaiser_shows_its_one_group_and_goes_on_to_the_doctors(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    for zip_code in ("94110", "93701"):
        to_groups(w, qtbot, zip_code, KAISER)
        rows: list[GroupRow] = w.groups.model.rows()
        assert [g.name for g in rows] == ["The Permanente Medical Group"]
        assert not w.groups.skip.isVisible()
        assert w.groups.choose.text() == "Continue to doctors"
        assert "no medical group to choose" in w.groups.intro.text()
        with qtbot.waitSignal(w.pcps.results_shown):
            w.groups.choose.click()
        with qtbot.waitSignal(w.pcps.results_shown) as shown:
            w.pcps.age.setValue(30)
        assert shown.args is not None
        assert shown.args[0] > 0
        # A county plan's doctors: offices in the member's county only.
        county = county_of_zip(hmo_directory, zip_code)
        offices = {county_of_zip(hmo_directory, r.office_zip) for r in all_doctor_rows(w)}
        assert offices == {county}
        assert f"offices in {county} County" in w.pcps.scope.text()
        w.new_session()


def test_pace_has_no_children_and_says_how_the_doctor_is_assigned(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_groups(w, qtbot, plan=PACE_PLAN)
    assert len(w.groups.model.rows()) == 1
    qtbot.waitUntil(lambda: "PACE" in w.groups.detail.toPlainText())
    assert "assigns you a primary care doctor" in w.groups.detail.toPlainText()
    assert "55 and older" in w.groups.intro.text()
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.choose.click()
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.age.setValue(40)
    assert shown.args == [0]
    assert "PACE is for people 55 and older" in w.pcps.empty.text()
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.age.setValue(72)
    assert shown.args is not None
    assert shown.args[0] > 0
    assert not w.pcps.specialty["pediatrics"].isEnabled()
    assert {r.specialty for r in all_doctor_rows(w)} <= {"family", "internal"}


def test_the_age_comes_first_and_decides_the_specialties(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_groups(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.groups.skip.click()
    assert shown.args == [0]  # no list before the age
    assert w.pcps.model.rowCount() == 0
    assert "Enter the patient's age" in w.pcps.empty.text()
    assert not w.pcps.open_profile.isEnabled()
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.age.setValue(8)
    boxes = w.pcps.specialty
    assert boxes["family"].isEnabled()
    assert boxes["pediatrics"].isEnabled()
    assert boxes["pediatrics"].isChecked()
    assert not boxes["internal"].isEnabled()
    assert not boxes["obgyn"].isEnabled()
    rows = all_doctor_rows(w)
    assert rows
    assert {r.specialty for r in rows} <= {"family", "pediatrics"}
    for r in rows:  # (sample doctors: every one says which ages they see)
        assert r.age_min is not None
        assert r.age_max is not None
        assert r.age_min <= 8 <= r.age_max
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.age.setValue(40)
    assert not boxes["pediatrics"].isEnabled()
    assert boxes["internal"].isChecked()
    assert "pediatrics" not in {r.specialty for r in all_doctor_rows(w)}
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.filter_panel.sex.setCurrentIndex(w.pcps.filter_panel.sex.findData("M"))
    assert boxes["obgyn"].isEnabled()
    assert not boxes["obgyn"].isChecked()  # offered, not assumed
    with qtbot.waitSignal(w.pcps.results_shown):
        boxes["obgyn"].setChecked(True)
    assert "obgyn" in w.pcps.current_filters().specialties


def test_counts_count_doctors_and_rows_show_the_office(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot)
    with qtbot.waitSignal(w.pcps.results_shown) as shown:
        w.pcps.accepting.setCurrentIndex(w.pcps.accepting.findData(None))
    assert shown.args is not None
    rows = all_doctor_rows(w)
    doctors = len({r.practitioner_id for r in rows})
    assert shown.args == [doctors]
    assert w.pcps.count.text().startswith(f"{doctors:,} doctors found")
    if len(rows) > doctors:
        assert f"at {len(rows):,} office listings" in w.pcps.count.text()
    # A doctor with two listings: the office column tells them apart.
    model = w.pcps.model
    office = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Office"
    )
    seen: dict[int, set[str]] = {}
    for i, r in enumerate(rows):
        seen.setdefault(r.practitioner_id, set()).add(str(model.data(model.index(i, office))))
    for pid in {r.practitioner_id for r in rows}:
        assert len(seen[pid]) == sum(1 for r in rows if r.practitioner_id == pid)
    assert count_text(Said("results", doctors=1, total=1)) == "1 doctor found"
    assert count_text(Said("results", doctors=1, total=2)) == (
        "1 doctor found, at 2 office listings"
    )
    assert count_text(Said("results", doctors=3, total=3)) == "3 doctors found"


def test_a_county_without_a_zip_keeps_to_that_county(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    w = hmo_window
    to_county_groups(w, qtbot, "Fresno", KAISER)
    assert "Fresno County" in w.groups.scope.text()
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.choose.click()
    with qtbot.waitSignal(w.pcps.results_shown):
        w.pcps.age.setValue(50)
    assert "offices in Fresno County" in w.pcps.scope.text()
    offices = {county_of_zip(hmo_directory, r.office_zip) for r in all_doctor_rows(w)}
    assert offices == {"Fresno"}


def test_a_new_county_drops_a_group_it_does_not_list(hmo_window: MainWindow, qtbot: QtBot) -> None:
    """Kaiser in San Francisco, then a Fresno ZIP: still Northern California's group, so it
    stays; a carrier-listed San Francisco group is not listed in Fresno, so the member is
    sent back to choose a group, with no doctor list left for the old county."""
    w = hmo_window
    to_doctors(w, qtbot, plan=KAISER)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.set_zip("93701")
    assert w.session.group is not None
    assert w.session.group.counties == ("Fresno",)
    assert "offices in Fresno County" in w.pcps.scope.text()
    w.new_session()
    to_groups(w, qtbot)  # UnitedHealthcare Signature: San Francisco and Fresno
    group = w.groups.model.rows()[0]
    assert group.counties == ("San Francisco",)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.choose_group(group.name)
    with qtbot.waitSignal(w.step_changed) as changed:
        w.set_zip("93701")
    assert w.session.plan is not None  # the plan serves Fresno too
    assert changed.args == [1]
    assert chosen_group(w) is None
    assert not w.session.can_show(2)
    assert "not listed here" in w.statusBar().currentMessage()
    assert group.id not in {g.id for g in w.groups.model.rows()}


def chosen_group(w: MainWindow) -> GroupRow | None:
    return w.session.group


def test_kaiser_without_an_area_asks_for_the_region(hmo_window: MainWindow, qtbot: QtBot) -> None:
    w = hmo_window  # no ZIP, no county: all of California
    assert w.session.area is None
    with qtbot.waitSignal(w.groups.results_shown):
        w.plans.choose_plan(KAISER)
    names = {g.name for g in w.groups.model.rows()}
    assert "The Permanente Medical Group" in names
    if len(names) > 1:  # the small directory may hold only Northern California
        assert "Enter your ZIP code or county above" in w.groups.intro.text()
        assert w.groups.choose.text() == "Choose this care team"
    else:
        assert w.groups.choose.text() == "Continue to doctors"
    assert not w.groups.skip.isVisible()
    # Both regions listed (the full directory, no area): the words ask for the region.
    plan = w.session.plan
    assert plan is not None
    assert "Enter your ZIP code or county above" in group_text.intro(plan, 2)
    assert "no medical group to choose" in group_text.intro(plan, 1)


def test_a_pace_doctor_is_assigned_so_no_new_patient_filter(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_doctors(w, qtbot, plan=PACE_PLAN, age=70)
    assert not w.pcps.accepting.isEnabled()
    assert w.pcps.current_filters().accepting == frozenset()
    statuses = {r.accepting for r in all_doctor_rows(w)}
    assert statuses  # the whole care team, whatever its new-patient status
    w.new_session()
    to_doctors(w, qtbot)  # an ordinary plan: the filter is back
    assert w.pcps.accepting.isEnabled()
    # taking new patients, or the directory does not say (call to ask)
    assert w.pcps.current_filters().accepting == frozenset({"accepting", "unknown"})


def test_without_a_zip_the_doctor_list_says_it_is_by_name(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    w = hmo_window
    to_county_groups(w, qtbot, "Fresno", KAISER)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.groups.choose.click()
    assert sort_and_enabled(w) == ("name", False)
    with qtbot.waitSignal(w.pcps.results_shown):
        w.set_zip("93701")
    assert sort_and_enabled(w) == ("distance", True)


def sort_and_enabled(w: MainWindow) -> tuple[str, bool]:
    return str(w.pcps.sort.currentData()), w.pcps.sort.isEnabled()


def test_the_profile_tells_two_listings_in_one_group_apart(
    hmo_window: MainWindow, hmo_directory: Directory, qtbot: QtBot
) -> None:
    """A doctor listed at two offices of one group: each plan line names its office, and
    the specialty is said in the app's words, not the taxonomy's."""
    row = hmo_directory.con.execute(
        "SELECT r.practitioner_id, p.name FROM pcp_role r JOIN plan p ON p.id = r.plan_id "
        "GROUP BY r.practitioner_id, r.plan_id, r.group_id "
        "HAVING count(DISTINCT r.location_id) > 1 ORDER BY r.practitioner_id LIMIT 1"
    ).fetchone()
    assert row is not None
    pid, plan_name = row
    addresses = [
        a
        for (a,) in hmo_directory.con.execute(
            "SELECT DISTINCT l.address FROM pcp_role r JOIN location l ON l.id = r.location_id "
            "JOIN plan p ON p.id = r.plan_id WHERE r.practitioner_id = ? AND p.name = ?",
            (pid, plan_name),
        )
    ]
    w = hmo_window
    w.show_doctor(pid)
    text = w.profile.body.toPlainText()
    lines = [line for line in text.splitlines() if line.startswith(plan_name) and "PCP ID" in line]
    assert len(lines) >= 2
    for address in addresses:
        assert any(address in line for line in lines), address
    assert "Physician ·" not in text  # "Family Medicine Physician" is the taxonomy's name
