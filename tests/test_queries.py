"""Each query checked against a plain-Python answer computed from the small directory."""

from __future__ import annotations

import itertools
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hmo_desktop.directory import (
    ACCESSIBILITY_KEYS,
    Directory,
    InvalidZip,
    NotFound,
    Page,
    PcpFilters,
    doctor_profile,
    find_place,
    groups_in_plan,
    parse_zip,
    plans_for_area,
    search_pcps,
)
from hmo_desktop.directory_format import ACCEPTING_STATUSES, SPECIALTIES
from hmo_desktop.geo import miles
from hmo_desktop.textfold import fold

SF_ZIP = "94110"


def all_roles(db: Directory, plan_id: int) -> list[dict[str, Any]]:
    cur = db.con.execute(
        "SELECT r.*, p.gender, p.last_name, p.first_name, l.evening_hours, l.saturday_hours, "
        f"{', '.join('l.' + k for k in ACCESSIBILITY_KEYS)} FROM pcp_role r "
        "JOIN practitioner p ON p.id = r.practitioner_id JOIN location l ON l.id = "
        "r.location_id WHERE r.plan_id = ?",
        (plan_id,),
    )
    cols = [c[0] for c in cur.description]
    out = [dict(zip(cols, r, strict=True)) for r in cur]
    langs: dict[int, set[str]] = {}
    for pid, code in db.con.execute(
        "SELECT practitioner_id, language_code FROM practitioner_language"
    ):
        langs.setdefault(pid, set()).add(code)
    staff: dict[int, set[str]] = {}
    for lid, code in db.con.execute("SELECT location_id, language_code FROM location_language"):
        staff.setdefault(lid, set()).add(code)
    hosp: dict[int, set[int]] = {}
    for pid, hid in db.con.execute(
        "SELECT practitioner_id, hospital_id FROM practitioner_hospital"
    ):
        hosp.setdefault(pid, set()).add(hid)
    for r in out:
        r["langs"] = langs.get(r["practitioner_id"], set())
        r["staff"] = staff.get(r["location_id"], set())
        r["hosp"] = hosp.get(r["practitioner_id"], set())
    return out


def oracle(roles: list[dict[str, Any]], f: PcpFilters) -> list[dict[str, Any]]:
    out = []
    for r in roles:
        if r["specialty"] not in f.specialties:
            continue
        if f.group_id is not None and r["group_id"] != f.group_id:
            continue
        if f.accepting and r["accepting"] not in f.accepting:
            continue
        if f.member_age is not None and not r["age_min"] <= f.member_age <= r["age_max"]:
            continue
        if f.telehealth and not r["telehealth"]:
            continue
        if f.doctor_language and f.doctor_language not in r["langs"]:
            continue
        if f.staff_language and f.staff_language not in r["staff"]:
            continue
        if f.gender and r["gender"] != f.gender:
            continue
        if f.hospital_id is not None and f.hospital_id not in r["hosp"]:
            continue
        if f.evening and not r["evening_hours"]:
            continue
        if f.saturday and not r["saturday_hours"]:
            continue
        if any(not r[k] for k in f.accessibility):
            continue
        if (
            f.near is not None
            and f.max_miles is not None
            and miles(f.near.lat, f.near.lon, r["lat"], r["lon"]) > f.max_miles * 1.01
        ):
            continue
        out.append(r)
    return out


@pytest.fixture(scope="module")
def db(hmo_small_directory: Any) -> Any:
    from hmo_desktop.directory import open_directory

    d = open_directory(hmo_small_directory)
    yield d
    d.close()


@pytest.fixture(scope="module")
def big_plan(db: Directory) -> int:
    return int(
        db.con.execute(
            "SELECT plan_id FROM pcp_role GROUP BY plan_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    )


@pytest.fixture(scope="module")
def roles(db: Directory, big_plan: int) -> list[dict[str, Any]]:
    return all_roles(db, big_plan)


def test_zip_input_accepts_only_ascii_digits(db: Directory) -> None:
    assert parse_zip(" 94110 ") == "94110"
    assert parse_zip("94110-1234") == "94110"
    for bad in ("", "9411", "941100", "94 110", "９４１１０", "٩٤١١٠", "abcde", "94110-12"):
        with pytest.raises(InvalidZip):
            parse_zip(bad)
    with pytest.raises(InvalidZip, match="digits 0-9"):
        parse_zip("９４１１０")
    with pytest.raises(InvalidZip, match="not a California ZIP"):
        find_place(db, "10001")
    with pytest.raises(InvalidZip, match="not in our list"):
        find_place(db, "96199")
    place = find_place(db, SF_ZIP)
    assert (place.city, place.county) == ("San Francisco", "San Francisco")


def test_plans_grouped_by_type_for_a_county(db: Directory) -> None:
    place = find_place(db, SF_ZIP)
    plans = plans_for_area(db, place.county_id)
    expected = {
        r[0]
        for r in db.con.execute(
            "SELECT plan_id FROM plan_county WHERE county_id = ?", (place.county_id,)
        )
    }
    assert {p.id for p in plans} == expected
    order = ["medi_cal", "covered_california", "commercial"]
    types = [order.index(p.product_type) for p in plans]
    assert types == sorted(types)
    assert {"San Francisco Health Plan", "Anthem Blue Cross Select HMO"} <= {p.name for p in plans}
    every = plans_for_area(db)
    assert len(every) == db.con.execute("SELECT count(*) FROM plan").fetchone()[0]
    commercial = next(p for p in plans if p.product_type == "commercial")
    assert commercial.as_of == "2017-2018"
    assert commercial.provenance == "dated"
    assert commercial.networks


def test_groups_sorted_with_counts_matching_roles(
    db: Directory, big_plan: int, roles: list[dict[str, Any]]
) -> None:
    place = find_place(db, SF_ZIP)
    groups = groups_in_plan(db, big_plan, place)
    assert groups
    dists = [g.distance_mi for g in groups]
    assert dists == sorted(dists)
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
    with pytest.raises(ValueError, match="unknown sort"):
        groups_in_plan(db, big_plan, place, sort="bogus")


FILTER_CASES = [
    PcpFilters(),
    PcpFilters(specialties=frozenset({"pediatrics"})),
    PcpFilters(specialties=frozenset({"obgyn", "internal"}), accepting=frozenset({"accepting"})),
    PcpFilters(accepting=frozenset({"existing_only", "existing_plus_family"})),
    PcpFilters(doctor_language="es"),
    PcpFilters(staff_language="vi"),
    PcpFilters(doctor_language="ko", staff_language="es"),
    PcpFilters(gender="F", member_age=8),
    PcpFilters(member_age=45, specialties=frozenset({"pediatrics"})),
    PcpFilters(member_age=19),
    PcpFilters(telehealth=True, evening=True),
    PcpFilters(saturday=True),
    PcpFilters(accessibility=frozenset({"acc_exam_table", "acc_restroom"})),
    PcpFilters(specialties=frozenset()),
]


@pytest.mark.parametrize("f", FILTER_CASES)
def test_pcp_filters_match_the_oracle(
    db: Directory, big_plan: int, roles: list[dict[str, Any]], f: PcpFilters
) -> None:
    expected = oracle(roles, f)
    page = search_pcps(db, big_plan, f._replace(sort="name"), Page(0, 10_000))
    assert page.total == len(expected)
    want = sorted(expected, key=lambda r: (fold(f"{r['last_name']} {r['first_name']}"), r["id"]))
    assert [r.role_id for r in page.rows] == [r["id"] for r in want]


def test_distance_radius_and_sort(
    db: Directory, big_plan: int, roles: list[dict[str, Any]]
) -> None:
    place = find_place(db, SF_ZIP)
    for radius in (1, 3, 10, 50, 400):
        f = PcpFilters(near=place, max_miles=radius)
        page = search_pcps(db, big_plan, f, Page(0, 10_000))
        exact = {
            r["id"] for r in roles if miles(place.lat, place.lon, r["lat"], r["lon"]) <= radius
        }
        got = {r.role_id for r in page.rows}
        # The SQL uses a flat-earth distance: within 1% of the true one.
        assert exact - got == {
            r["id"]
            for r in roles
            if r["id"] in exact - got
            and miles(place.lat, place.lon, r["lat"], r["lon"]) > radius * 0.99
        }
        assert all(r.distance_mi is not None and r.distance_mi <= radius * 1.01 for r in page.rows)
        d = [r.distance_mi or 0 for r in page.rows]
        assert all(b >= a - 0.05 for a, b in itertools.pairwise(d))


def test_paging_is_stable_and_complete(db: Directory, big_plan: int) -> None:
    place = find_place(db, SF_ZIP)
    f = PcpFilters(near=place)
    whole = search_pcps(db, big_plan, f, Page(0, 100_000))
    pages = [search_pcps(db, big_plan, f, Page(o, 37)) for o in range(0, whole.total, 37)]
    assert [r for p in pages for r in p.rows] == list(whole.rows)
    assert all(p.total == whole.total for p in pages)


def test_group_and_hospital_filters(
    db: Directory, big_plan: int, roles: list[dict[str, Any]]
) -> None:
    group = max(
        {r["group_id"] for r in roles}, key=lambda g: sum(1 for r in roles if r["group_id"] == g)
    )
    hosp = next(iter(next(r["hosp"] for r in roles if r["hosp"])))
    for f in (
        PcpFilters(group_id=group),
        PcpFilters(hospital_id=hosp),
        PcpFilters(group_id=group, hospital_id=hosp, accepting=frozenset({"accepting"})),
    ):
        page = search_pcps(db, big_plan, f, Page(0, 10_000))
        assert {r.role_id for r in page.rows} == {r["id"] for r in oracle(roles, f)}


@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    specs=st.frozensets(st.sampled_from(SPECIALTIES)),
    acc=st.frozensets(st.sampled_from(ACCEPTING_STATUSES)),
    lang=st.sampled_from([None, "es", "vi", "cmn", "tl"]),
    age=st.one_of(st.none(), st.integers(0, 100)),
    tele=st.booleans(),
    sat=st.booleans(),
    access=st.frozensets(st.sampled_from(ACCESSIBILITY_KEYS), max_size=2),
)
def test_any_filter_combination_matches_the_oracle(
    db: Directory,
    big_plan: int,
    roles: list[dict[str, Any]],
    specs: frozenset[str],
    acc: frozenset[str],
    lang: str | None,
    age: int | None,
    tele: bool,
    sat: bool,
    access: frozenset[str],
) -> None:
    f = PcpFilters(
        specialties=specs,
        accepting=acc,
        doctor_language=lang,
        member_age=age,
        telehealth=tele,
        saturday=sat,
        accessibility=access,
        sort="name",
    )
    page = search_pcps(db, big_plan, f, Page(0, 10_000))
    assert {r.role_id for r in page.rows} == {r["id"] for r in oracle(roles, f)}


def test_doctor_profile_lists_every_plan_and_group(db: Directory) -> None:
    pid = db.con.execute(
        "SELECT practitioner_id FROM pcp_role GROUP BY practitioner_id "
        "ORDER BY count(DISTINCT plan_id) DESC, practitioner_id LIMIT 1"
    ).fetchone()[0]
    prof = doctor_profile(db, pid)
    plans = {
        r[0]
        for r in db.con.execute(
            "SELECT DISTINCT plan_id FROM pcp_role WHERE practitioner_id = ?", (pid,)
        )
    }
    assert {r.plan_id for r in prof.roles} == plans
    assert len(plans) >= 2
    assert prof.is_sample
    assert prof.fact.kind == "generated"
    assert prof.languages[0] == "English"
    assert all(r.plan_fact.as_of and r.group_fact.source for r in prof.roles)
    assert {o.id for o in prof.offices} == {r.location_id for r in prof.roles}
    assert all(o.staff_languages for o in prof.offices)
    with pytest.raises(NotFound):
        doctor_profile(db, 10**9)


def test_unknown_sort_and_accessibility_are_rejected(db: Directory, big_plan: int) -> None:
    with pytest.raises(ValueError, match="sort"):
        search_pcps(db, big_plan, PcpFilters(sort="price"))
    with pytest.raises(ValueError, match="accessibility"):
        search_pcps(db, big_plan, PcpFilters(accessibility=frozenset({"x; DROP TABLE plan"})))
    assert math.isfinite(miles(0, 0, 0, 1))


@pytest.mark.parametrize("zip_code", ["94110", "94133", "93701", "93210", "96161"])
def test_nearest_first_pages_from_grid_squares_equal_a_full_sort(
    db: Directory, big_plan: int, zip_code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hmo_desktop.directory.queries as q

    place = find_place(db, zip_code)
    for f in (
        PcpFilters(near=place),
        PcpFilters(near=place, doctor_language="es"),
        PcpFilters(near=place, specialties=frozenset({"pediatrics"}), member_age=5),
    ):
        for offset in (0, 10, 45):
            monkeypatch.setattr(q, "RING_MIN_TOTAL", 10**9)  # always sort every match
            full = search_pcps(db, big_plan, f, Page(offset, 15))
            monkeypatch.setattr(q, "RING_MIN_TOTAL", 0)  # always try the grid squares
            rings = search_pcps(db, big_plan, f, Page(offset, 15))
            assert [r.role_id for r in rings.rows] == [r.role_id for r in full.rows]
            assert rings.total == full.total


def test_grid_squares_fill_a_page_in_a_dense_area(db: Directory, big_plan: int) -> None:
    import hmo_desktop.directory.queries as q

    place = find_place(db, "94110")
    where, args, order_dist = q._pcp_where(db, big_plan, PcpFilters(near=place))
    assert order_dist is not None
    ids = q._nearest_by_rings(db, place, where, args, order_dist, Page(0, 15))
    assert ids is not None
    assert len(ids) == 15
