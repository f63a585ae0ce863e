"""The data rules a member relies on, checked on the full built directory: real groups
only where their carrier lists them, county plans within the county, Kaiser Permanente's
one group per region, no children in PACE, OB/GYN direct access everywhere, and sample
groups that belong to one plan family."""

from __future__ import annotations

import csv
import sqlite3
from collections import defaultdict

from hmo_desktop.datapack.plans import plan_family
from hmo_desktop.datapack.samples import SOUTHERN_CALIFORNIA
from hmo_desktop.directory_format import INTEGRATED, PACE, PACE_MIN_AGE, SENIORS_MIN_AGE
from hmo_desktop.paths import sources_dir


def test_real_groups_only_in_the_counties_their_carrier_lists(full_db: sqlite3.Connection) -> None:
    with (sources_dir() / "hmo_network_medical_groups_anthem_uhc.csv").open() as fh:
        listed = {
            (r["medical_group_name"].strip(), r["county"])
            for r in csv.DictReader(fh)
            if r["network"] != "(listed, no network link)"
        }
    links = full_db.execute(
        "SELECT gn.listed_name, c.name FROM group_in_network gn JOIN county c ON c.id = "
        "gn.county_id WHERE gn.source_id = (SELECT id FROM data_source WHERE key = 'hmo_groups')"
    ).fetchall()
    assert links
    assert [link for link in links if link not in listed] == []
    # The offices of a real group's (sample) doctors are only in those counties, too.
    stray = full_db.execute(
        "SELECT l.group_id, l.county_id FROM location l JOIN medical_group g ON g.id = "
        "l.group_id WHERE g.is_sample = 0 AND NOT EXISTS (SELECT 1 FROM group_in_network gn "
        "WHERE gn.group_id = l.group_id AND gn.county_id = l.county_id)"
    ).fetchall()
    assert stray == []


def test_every_doctor_listing_is_where_the_group_serves_that_network(
    full_db: sqlite3.Connection,
) -> None:
    """A role's office is in a county where its group is linked to its network: so a
    Medi-Cal plan's doctors in a county are the ones the plan lists for that county."""
    stray = full_db.execute(
        "SELECT count(*) FROM pcp_role r JOIN location l ON l.id = r.location_id "
        "WHERE NOT EXISTS (SELECT 1 FROM group_in_network gn WHERE gn.group_id = r.group_id "
        "AND gn.network_id = r.network_id AND gn.county_id = l.county_id)"
    ).fetchone()[0]
    assert stray == 0
    # ...and a Medi-Cal plan's links are only in the counties the plan serves.
    outside = full_db.execute(
        "SELECT count(*) FROM group_in_network gn JOIN network n ON n.id = gn.network_id "
        "JOIN plan p ON p.id = n.plan_id WHERE p.product_type = 'medi_cal' AND NOT EXISTS "
        "(SELECT 1 FROM plan_county pc WHERE pc.plan_id = p.id AND pc.county_id = gn.county_id)"
    ).fetchone()[0]
    assert outside == 0


def test_kaiser_has_one_permanente_group_per_region(full_db: sqlite3.Connection) -> None:
    rows = full_db.execute(
        "SELECT p.id, c.name, g.name FROM plan p JOIN network n ON n.plan_id = p.id "
        "JOIN group_in_network gn ON gn.network_id = n.id JOIN county c ON c.id = gn.county_id "
        "JOIN medical_group g ON g.id = gn.group_id WHERE p.care_model = ?",
        (INTEGRATED,),
    ).fetchall()
    assert rows
    groups: dict[tuple[int, str], set[str]] = defaultdict(set)
    for plan_id, county, group in rows:
        groups[(plan_id, county)].add(group)
    for (_plan, county), names in groups.items():
        expected = (
            "Southern California Permanente Medical Group"
            if county in SOUTHERN_CALIFORNIA
            else "The Permanente Medical Group"
        )
        assert names == {expected}, county
    plans = {
        r[0] for r in full_db.execute("SELECT name FROM plan WHERE care_model = ?", (INTEGRATED,))
    }
    assert plans == {"Kaiser Permanente", "Kaiser Permanente HMO"}
    # Permanente doctors work only for their plan.
    assert full_db.execute(
        "SELECT count(*) FROM pcp_role r JOIN plan p ON p.id = r.plan_id JOIN medical_group g "
        "ON g.id = r.group_id WHERE (g.name LIKE '%Permanente Medical Group') != "
        "(p.care_model = ?)",
        (INTEGRATED,),
    ).fetchone() == (0,)


def test_pace_plans_have_no_children_and_one_care_team(full_db: sqlite3.Connection) -> None:
    roles = full_db.execute(
        "SELECT r.specialty, min(r.age_min), count(DISTINCT r.group_id) FROM pcp_role r "
        "JOIN plan p ON p.id = r.plan_id WHERE p.care_model = ? GROUP BY r.plan_id, r.specialty",
        (PACE,),
    ).fetchall()
    assert roles
    assert {specialty for specialty, _age, _groups in roles} == {"family", "internal"}
    assert all(age >= PACE_MIN_AGE and groups == 1 for _s, age, groups in roles)
    # DHCS files some PACE organizations as a "Special project": they are PACE here too.
    special = full_db.execute(
        "SELECT name, care_model, min_age FROM plan WHERE plan_category LIKE '%Special project%'"
    ).fetchall()
    assert {name for name, _m, _a in special} >= {
        "Brandman Centers for Senior Care",
        "Center for Elders Independence",
        "Sutter SeniorCare",
    }
    assert all(model == PACE and age == PACE_MIN_AGE for _n, model, age in special)


def test_plans_for_seniors_have_no_children(full_db: sqlite3.Connection) -> None:
    """Every plan that enrolls only older members (PACE 55, a seniors' plan 65) lists only
    adult doctors, seeing its members' ages."""
    plans = dict(full_db.execute("SELECT name, min_age FROM plan WHERE min_age > 0"))
    assert plans["SCAN Health Plan"] == SENIORS_MIN_AGE
    wrong = full_db.execute(
        "SELECT p.name, r.specialty, r.age_min FROM pcp_role r JOIN plan p ON p.id = r.plan_id "
        "WHERE p.min_age > 0 AND (r.specialty NOT IN ('family', 'internal') "
        "OR r.age_min < p.min_age) LIMIT 5"
    ).fetchall()
    assert wrong == []
    assert (
        full_db.execute(
            "SELECT count(*) FROM pcp_role r JOIN plan p ON p.id = r.plan_id WHERE p.min_age = 65"
        ).fetchone()[0]
        > 0
    )


def test_obgyn_direct_access_everywhere(full_db: sqlite3.Connection) -> None:
    assert full_db.execute(
        "SELECT count(*) FROM medical_group WHERE NOT obgyn_direct_access"
    ).fetchone() == (0,)


def test_a_sample_group_serves_one_plan_family(full_db: sqlite3.Connection) -> None:
    families: dict[int, set[str]] = defaultdict(set)
    for group_id, carrier in full_db.execute(
        "SELECT gn.group_id, p.carrier FROM group_in_network gn JOIN network n ON n.id = "
        "gn.network_id JOIN plan p ON p.id = n.plan_id WHERE gn.is_sample = 1"
    ):
        families[group_id].add(plan_family(carrier))
    assert families
    assert {g: f for g, f in families.items() if len(f) > 1} == {}
    # Within a county, sample group names are told apart.
    dupes = full_db.execute(
        "SELECT gc.county_id, g.name, count(*) FROM medical_group g JOIN group_county gc ON "
        "gc.group_id = g.id WHERE g.is_sample = 1 GROUP BY 1, 2 HAVING count(*) > 1"
    ).fetchall()
    assert dupes == []


def test_inferred_hospitals_are_in_the_group_office_county(full_db: sqlite3.Connection) -> None:
    """A sample group's inferred hospitals are the nearest in its main office's county
    (that county's, when it has an acute hospital), not across a county line."""
    rows = full_db.execute(
        "SELECT g.id, g.county_id, h.county_id, EXISTS (SELECT 1 FROM hospital a WHERE "
        "a.county_id = g.county_id AND a.hospital_type IN ('Acute Care Hospitals', "
        "'Critical Access Hospitals', 'Childrens')) FROM group_hospital gh JOIN medical_group g "
        "ON g.id = gh.group_id JOIN hospital h ON h.id = gh.hospital_id"
    ).fetchall()
    assert rows
    assert [r for r in rows if r[3] and r[1] != r[2]] == []
