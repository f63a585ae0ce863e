"""Medical groups in a plan: sorts, counts per specialty, hospitals and codes."""

from __future__ import annotations

import math

import pytest

from hmo_desktop.directory import (
    GROUP_SORTS,
    Directory,
    find_place,
    groups_in_plan,
    hospitals_for_plan,
    sort_groups,
)
from hmo_desktop.directory_format import SPECIALTIES
from hmo_desktop.geo import miles
from tests.directory.oracle import SF_ZIP, Role


def test_groups_sorted_with_counts_matching_roles(
    db: Directory, big_plan: int, roles: list[Role]
) -> None:
    place = find_place(db, SF_ZIP)
    groups = groups_in_plan(db, big_plan, place)
    assert groups
    # Sample groups nearest first, then real groups (offices unknown) by county.
    dists = [math.inf if g.distance_mi is None else g.distance_mi for g in groups]
    assert dists == sorted(dists)
    real = [g for g in groups if g.distance_mi is None]
    assert [(g.counties, g.name.casefold()) for g in real] == sorted(
        (g.counties, g.name.casefold()) for g in real
    )
    by_name = groups_in_plan(db, big_plan, place, sort="name")
    assert [g.name.casefold() for g in by_name] == sorted(g.name.casefold() for g in groups)
    by_acc = groups_in_plan(db, big_plan, place, sort="accepting")
    totals = [sum(g.accepting.values()) for g in by_acc]
    assert totals == sorted(totals, reverse=True)
    for g in groups:
        for spec in SPECIALTIES:
            expected = len(
                {
                    r["practitioner_id"]
                    for r in roles
                    if r["group_id"] == g.id
                    and r["specialty"] == spec
                    and r["accepting"] == "accepting"
                }
            )
            assert g.accepting[spec] == expected
        assert g.rating is None  # no ratings file: "Not rated"
        assert all(h.relation == "inferred" for h in g.hospitals)
        assert isinstance(g.is_sample, bool)
        assert isinstance(g.obgyn_direct_access, bool)
    with pytest.raises(ValueError, match="unknown sort"):
        groups_in_plan(db, big_plan, place, sort="bogus")


def test_only_sample_groups_have_a_distance(db: Directory) -> None:
    """A sample group's distance is to its nearest (sample) office; a real group's offices
    are not known, so it has no distance, never one to a made-up office."""
    place = find_place(db, SF_ZIP)
    seen_sample = seen_real = False
    for (plan_id,) in db.con.execute("SELECT id FROM plan").fetchall():
        for g in groups_in_plan(db, plan_id, place):
            if g.is_sample:
                seen_sample = True
                offices = db.con.execute(
                    "SELECT lat, lon FROM location WHERE group_id = ?", (g.id,)
                )
                nearest = min(miles(place.lat, place.lon, lat, lon) for lat, lon in offices)
                assert g.distance_mi == nearest
            else:
                seen_real = True
                assert g.distance_mi is None, g.name
        assert all(g.distance_mi is None for g in groups_in_plan(db, plan_id))
    assert seen_sample
    assert seen_real


def test_group_rows_match_their_tables(db: Directory, big_plan: int) -> None:
    groups = groups_in_plan(db, big_plan, sort="name")
    expected_ids = {
        r[0]
        for r in db.con.execute(
            "SELECT gn.group_id FROM group_in_network gn JOIN network n "
            "ON n.id = gn.network_id WHERE n.plan_id = ?",
            (big_plan,),
        )
    }
    assert {g.id for g in groups} == expected_ids
    for g in groups:
        name, phone, is_sample = db.con.execute(
            "SELECT name, phone, is_sample FROM medical_group WHERE id = ?", (g.id,)
        ).fetchone()
        assert (g.name, g.phone, g.is_sample) == (name, phone, bool(is_sample))
        counties = {
            r[0]
            for r in db.con.execute(
                "SELECT c.name FROM group_in_network gn JOIN county c ON c.id = gn.county_id "
                "JOIN network n ON n.id = gn.network_id WHERE gn.group_id = ? AND n.plan_id = ?",
                (g.id, big_plan),
            )
        }
        assert g.counties == tuple(sorted(counties))
        codes = {
            r[0]
            for r in db.con.execute(
                "SELECT gn.group_code FROM group_in_network gn JOIN network n "
                "ON n.id = gn.network_id WHERE n.plan_id = ? AND gn.group_id = ? "
                "AND gn.group_code IS NOT NULL",
                (big_plan, g.id),
            )
        }
        assert g.group_codes == tuple(sorted(codes))
        total = db.con.execute(
            "SELECT coalesce(sum(total), 0) FROM group_plan_stats "
            "WHERE plan_id = ? AND group_id = ? AND county_id = 0",
            (big_plan, g.id),
        ).fetchone()[0]
        assert g.total_pcps == total


def test_sort_groups_keeps_every_group(db: Directory, big_plan: int) -> None:
    groups = groups_in_plan(db, big_plan, find_place(db, SF_ZIP))
    for sort in GROUP_SORTS:
        assert sorted(g.id for g in sort_groups(groups, sort)) == sorted(g.id for g in groups)
    assert groups_in_plan(db, -1) == []


def test_hospitals_for_plan_are_its_groups_hospitals(db: Directory, big_plan: int) -> None:
    hospitals = hospitals_for_plan(db, big_plan)
    expected = set()
    for g in groups_in_plan(db, big_plan):
        expected |= {h.id for h in g.hospitals}
    assert {h.id for h in hospitals} == expected
    assert [h.name for h in hospitals] == sorted(h.name for h in hospitals)
