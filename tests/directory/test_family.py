"""The same doctor for the whole family: every doctor listed sees every age, in one group;
no doctor who could is left out."""

from __future__ import annotations

from hmo_desktop.directory import Directory, doctors_for_everyone, still_listed


def _plan_with_doctors(db: Directory) -> int:
    row = db.con.execute(
        "SELECT plan_id FROM pcp_search GROUP BY plan_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return int(row[0])


def _sees_all(db: Directory, plan: int, pid: int, gid: int, ages: list[int]) -> bool:
    """The oracle: one listing per age, straight from pcp_role (ages NULL: never here)."""
    return all(
        db.con.execute(
            "SELECT 1 FROM pcp_role WHERE plan_id = ? AND practitioner_id = ? AND group_id = ? "
            "AND age_min <= ? AND age_max >= ?",
            (plan, pid, gid, age, age),
        ).fetchone()
        is not None
        for age in ages
    )


def test_every_doctor_listed_sees_every_member(db: Directory) -> None:
    plan = _plan_with_doctors(db)
    ages = [4, 35, 38]
    found = doctors_for_everyone(db, plan, ages, limit=10_000)
    assert found, "a family doctor in the plan sees a child and two adults"
    for d in found:
        assert _sees_all(db, plan, d.practitioner_id, d.group_id, ages), d
    # ...and no one who does is missing: compare with every doctor/group of the plan.
    pairs = db.con.execute(
        "SELECT DISTINCT practitioner_id, group_id FROM pcp_role WHERE plan_id = ?", (plan,)
    ).fetchall()
    expected = {(p, g) for p, g in pairs if _sees_all(db, plan, p, g, ages)}
    assert {(d.practitioner_id, d.group_id) for d in found} == expected
    # An internist sees adults only: with the child, fewer doctors qualify.
    adults = doctors_for_everyone(db, plan, [35, 38], limit=10_000)
    assert len(adults) > len(found)
    assert {d.practitioner_id for d in found} <= {d.practitioner_id for d in adults}
    names = [d.name for d in found]
    assert all(d.is_sample and not d.ages_assumed for d in found)  # the sample directory
    assert len(names) == len(found)


def test_no_members_no_doctors_and_a_county_limits_the_offices(db: Directory) -> None:
    plan = _plan_with_doctors(db)
    assert doctors_for_everyone(db, plan, []) == []
    county = db.con.execute(
        "SELECT county_id FROM pcp_search WHERE plan_id = ? LIMIT 1", (plan,)
    ).fetchone()[0]
    local = doctors_for_everyone(db, plan, [40], county_id=county, limit=10_000)
    for d in local:
        assert db.con.execute(
            "SELECT 1 FROM pcp_search WHERE plan_id = ? AND practitioner_id = ? AND "
            "group_id = ? AND county_id = ?",
            (plan, d.practitioner_id, d.group_id, county),
        ).fetchone()


def test_still_listed_knows_a_listing_and_each_way_it_can_be_gone(db: Directory) -> None:
    pid, loc, gid, plan = db.con.execute(
        "SELECT practitioner_id, location_id, group_id, plan_id FROM pcp_role "
        "WHERE plan_id IS NOT NULL LIMIT 1"
    ).fetchone()
    assert still_listed(db, pid, loc, gid, plan)
    max_id = db.con.execute("SELECT max(id) FROM practitioner").fetchone()[0]
    gone = [
        (max_id + 1, loc, gid, plan),  # no such doctor any more
        (pid, -1, gid, plan),  # not at that office
        (pid, loc, -1, plan),  # not in that group
        (pid, loc, gid, -1),  # not in that plan
    ]
    for listing in gone:
        assert not still_listed(db, *listing), listing
