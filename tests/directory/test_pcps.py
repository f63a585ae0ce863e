"""PCP search checked against a plain-Python answer computed from the small directory:
filters, radius, nearest-first and paging, counts, and what to relax when none match."""

from __future__ import annotations

import itertools
import math
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hmo_desktop.directory.pcps as pcps
from hmo_desktop.directory import (
    ACCESSIBILITY_KEYS,
    RELAXABLE_FILTERS,
    Directory,
    Page,
    PcpFilters,
    Relaxation,
    count_pcps,
    find_place,
    languages,
    search_pcps,
    suggest_relaxation,
)
from hmo_desktop.directory_format import ACCEPTING_STATUSES, SPECIALTIES
from hmo_desktop.geo import miles
from hmo_desktop.textfold import fold
from tests.directory.oracle import SF_ZIP, Role, oracle

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
    PcpFilters(evening=True, saturday=True),
    PcpFilters(accessibility=frozenset({"acc_exam_table", "acc_restroom"})),
    PcpFilters(specialties=frozenset()),
]


def by_name(r: Role) -> tuple[str, int]:
    return fold(f"{r['last_name']} {r['first_name']}"), int(r["id"])


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_pcp_filters_match_the_oracle(
    db: Directory, big_plan: int, roles: list[Role], filters: PcpFilters
) -> None:
    expected = oracle(roles, filters)
    page = search_pcps(db, big_plan, filters._replace(sort="name"), Page(0, 10_000))
    assert page.total == len(expected)
    doctors = len({r["practitioner_id"] for r in expected})
    assert page.doctors == doctors == count_pcps(db, big_plan, filters)
    assert [r.role_id for r in page.rows] == [r["id"] for r in sorted(expected, key=by_name)]


def test_rows_carry_their_doctor_office_and_group(
    db: Directory, big_plan: int, roles: list[Role]
) -> None:
    place = find_place(db, SF_ZIP)
    by_id = {r["id"]: r for r in roles}
    for row in search_pcps(db, big_plan, PcpFilters(near=place), Page(0, 200)).rows:
        r = by_id[row.role_id]
        assert (row.practitioner_id, row.specialty, row.accepting) == (
            r["practitioner_id"],
            r["specialty"],
            r["accepting"],
        )
        assert (row.group_id, row.location_id, row.gender) == (
            r["group_id"],
            r["location_id"],
            r["gender"],
        )
        assert row.name == f"{r['first_name']} {r['last_name']}"
        assert (row.age_min, row.age_max) == (r["age_min"], r["age_max"])
        assert row.telehealth is bool(r["telehealth"])
        is_sample = db.con.execute(
            "SELECT is_sample FROM practitioner WHERE id = ?", (row.practitioner_id,)
        ).fetchone()[0]
        assert row.is_sample is bool(is_sample)
        assert row.distance_mi == miles(place.lat, place.lon, r["lat"], r["lon"])
        city, zip_code = db.con.execute(
            "SELECT city, zip FROM location WHERE id = ?", (row.location_id,)
        ).fetchone()
        assert (row.office_city, row.office_zip) == (city, zip_code)
    assert all(
        row.distance_mi is None for row in search_pcps(db, big_plan, PcpFilters(), Page(0, 20)).rows
    )


def test_miles_is_the_distance_on_the_earth() -> None:
    san_francisco, los_angeles = (37.7749, -122.4194), (34.0522, -118.2437)
    assert miles(*san_francisco, *los_angeles) == pytest.approx(347.4, rel=0.01)
    assert miles(*los_angeles, *san_francisco) == pytest.approx(miles(*san_francisco, *los_angeles))
    assert miles(*san_francisco, *san_francisco) == 0
    assert miles(0, 0, 0, 1) == pytest.approx(69.09, rel=0.01)  # a degree at the equator


def test_distance_radius_and_sort(db: Directory, big_plan: int, roles: list[Role]) -> None:
    place = find_place(db, SF_ZIP)
    for radius in (1, 3, 10, 50, 400):
        filters = PcpFilters(near=place, max_miles=radius)
        page = search_pcps(db, big_plan, filters, Page(0, 10_000))
        exact = {
            r["id"] for r in roles if miles(place.lat, place.lon, r["lat"], r["lon"]) <= radius
        }
        got = {r.role_id for r in page.rows}
        # The SQL uses a flat-earth distance: only rows within 1% of the edge may differ.
        assert all(
            miles(place.lat, place.lon, r["lat"], r["lon"]) > radius * 0.99
            for r in roles
            if r["id"] in exact - got
        )
        assert all(r.distance_mi is not None and r.distance_mi <= radius * 1.01 for r in page.rows)
        d = [math.inf if r.distance_mi is None else r.distance_mi for r in page.rows]
        assert all(b >= a - 0.05 for a, b in itertools.pairwise(d))


def test_paging_is_stable_and_complete(db: Directory, big_plan: int) -> None:
    place = find_place(db, SF_ZIP)
    filters = PcpFilters(near=place)
    whole = search_pcps(db, big_plan, filters, Page(0, 100_000))
    pages = [search_pcps(db, big_plan, filters, Page(o, 37)) for o in range(0, whole.total, 37)]
    assert [r for p in pages for r in p.rows] == list(whole.rows)
    assert all(p.total == whole.total for p in pages)
    assert [p.offset for p in pages] == list(range(0, whole.total, 37))
    past = search_pcps(db, big_plan, filters, Page(whole.total, 10))
    assert (past.rows, past.total) == ((), whole.total)


def test_group_and_hospital_filters(db: Directory, big_plan: int, roles: list[Role]) -> None:
    group = max(
        {r["group_id"] for r in roles}, key=lambda g: sum(1 for r in roles if r["group_id"] == g)
    )
    hosp = next(iter(next(r["hosp"] for r in roles if r["hosp"])))
    for filters in (
        PcpFilters(group_id=group),
        PcpFilters(hospital_id=hosp),
        PcpFilters(group_id=group, hospital_id=hosp, accepting=frozenset({"accepting"})),
    ):
        page = search_pcps(db, big_plan, filters, Page(0, 10_000))
        assert {r.role_id for r in page.rows} == {r["id"] for r in oracle(roles, filters)}


@settings(max_examples=500, deadline=None)
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
    roles: list[Role],
    specs: frozenset[str],
    acc: frozenset[str],
    lang: str | None,
    age: int | None,
    tele: bool,
    sat: bool,
    access: frozenset[str],
) -> None:
    filters = PcpFilters(
        specialties=specs,
        accepting=acc,
        doctor_language=lang,
        member_age=age,
        telehealth=tele,
        saturday=sat,
        accessibility=access,
        sort="name",
    )
    page = search_pcps(db, big_plan, filters, Page(0, 10_000))
    assert {r.role_id for r in page.rows} == {r["id"] for r in oracle(roles, filters)}
    assert count_pcps(db, big_plan, filters) == page.doctors


def test_unknown_sort_language_and_accessibility_are_rejected(db: Directory, big_plan: int) -> None:
    with pytest.raises(ValueError, match="sort"):
        search_pcps(db, big_plan, PcpFilters(sort="price"))
    with pytest.raises(ValueError, match="accessibility"):
        search_pcps(db, big_plan, PcpFilters(accessibility=frozenset({"x; DROP TABLE plan"})))
    with pytest.raises(ValueError, match="language"):
        search_pcps(db, big_plan, PcpFilters(doctor_language="xx"))
    with pytest.raises(ValueError, match="language"):
        count_pcps(db, big_plan, PcpFilters(staff_language="'; DROP TABLE plan; --"))


def test_languages_in_the_directory_order(db: Directory) -> None:
    expected = db.con.execute("SELECT code, name FROM language ORDER BY rowid").fetchall()
    assert languages(db) == expected
    assert ("es", "Spanish") in languages(db)


@pytest.mark.parametrize("zip_code", ["94110", "94133", "93701", "93210", "96161"])
def test_nearest_first_pages_from_grid_squares_equal_a_full_sort(
    db: Directory, big_plan: int, zip_code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = find_place(db, zip_code)
    for filters in (
        PcpFilters(near=place),
        PcpFilters(near=place, doctor_language="es"),
        PcpFilters(near=place, specialties=frozenset({"pediatrics"}), member_age=5),
    ):
        for offset in (0, 10, 45):
            monkeypatch.setattr(pcps, "RING_MIN_TOTAL", 10**9)  # always sort every match
            full = search_pcps(db, big_plan, filters, Page(offset, 15))
            monkeypatch.setattr(pcps, "RING_MIN_TOTAL", 0)  # always try the grid squares
            rings = search_pcps(db, big_plan, filters, Page(offset, 15))
            assert [r.role_id for r in rings.rows] == [r.role_id for r in full.rows]
            assert rings.total == full.total


def test_grid_squares_fill_a_page_in_a_dense_area(db: Directory, big_plan: int) -> None:
    place = find_place(db, SF_ZIP)
    where, args, order_dist = pcps._pcp_where(db, big_plan, PcpFilters(near=place))
    assert order_dist is not None
    ids = pcps._nearest_by_rings(db, place, where, args, order_dist, Page(0, 15))
    assert ids is not None
    full = search_pcps(db, big_plan, PcpFilters(near=place), Page(0, 15))
    assert ids == [r.role_id for r in full.rows]


# ---------------------------------------------------------------- what to relax

#: The empty state's candidates, written out again: (name, is it on, what relaxes it).
CANDIDATES: list[tuple[str, Any, dict[str, Any]]] = [
    ("max_miles", lambda f: f.max_miles is not None, {"max_miles": None}),
    ("doctor_language", lambda f: f.doctor_language is not None, {"doctor_language": None}),
    ("staff_language", lambda f: f.staff_language is not None, {"staff_language": None}),
    ("accepting", lambda f: bool(f.accepting), {"accepting": frozenset()}),
    ("gender", lambda f: f.gender is not None, {"gender": None}),
    ("hospital_id", lambda f: f.hospital_id is not None, {"hospital_id": None}),
    ("accessibility", lambda f: bool(f.accessibility), {"accessibility": frozenset()}),
    ("telehealth", lambda f: f.telehealth, {"telehealth": False}),
    ("hours", lambda f: f.evening or f.saturday, {"evening": False, "saturday": False}),
    ("group_id", lambda f: f.group_id is not None, {"group_id": None}),
]


def brute_force_relaxation(db: Directory, plan_id: int, filters: PcpFilters) -> Relaxation | None:
    """Every single active filter in turn, then the active ones one after another."""
    if not filters.specialties:
        return None
    active = [(name, change) for name, on, change in CANDIDATES if on(filters)]
    for name, change in active:
        n = search_pcps(db, plan_id, filters._replace(**change), Page(0, 1)).doctors
        if n:
            return Relaxation((name,), n)
    relaxed, names = filters, []
    for name, change in active:
        relaxed = relaxed._replace(**change)
        names.append(name)
        n = search_pcps(db, plan_id, relaxed, Page(0, 1)).doctors
        if n:
            return Relaxation(tuple(names), n)
    return None


def test_the_relaxable_filters() -> None:
    names = tuple(name for name, _on, _change in CANDIDATES)
    assert names == RELAXABLE_FILTERS
    assert RELAXABLE_FILTERS == (
        "max_miles",
        "doctor_language",
        "staff_language",
        "accepting",
        "gender",
        "hospital_id",
        "accessibility",
        "telehealth",
        "hours",
        "group_id",
    )


def random_filters(db: Directory, rng: random.Random) -> PcpFilters:
    """Filters that often match nothing: several rare choices at once."""
    places = [find_place(db, z) for z in (SF_ZIP, "93701", "96161")]
    hospitals = [r[0] for r in db.con.execute("SELECT id FROM hospital ORDER BY id LIMIT 40")]
    groups = [r[0] for r in db.con.execute("SELECT id FROM medical_group ORDER BY id LIMIT 60")]
    langs = [code for code, _name in languages(db)]
    kw: dict[str, Any] = {}
    if rng.random() < 0.4:
        kw["near"] = rng.choice(places)
    if rng.random() < 0.4:
        kw["max_miles"] = rng.choice([0.5, 2, 10])
    if rng.random() < 0.1:
        kw["specialties"] = frozenset(rng.sample(SPECIALTIES, rng.randint(0, 2)))
    for key, values in (
        ("doctor_language", langs),
        ("staff_language", langs),
        ("gender", ["F", "M"]),
        ("member_age", [0, 5, 40, 90]),
        ("hospital_id", hospitals),
        ("group_id", groups),
    ):
        if rng.random() < 0.35:
            kw[key] = rng.choice(values)
    if rng.random() < 0.35:
        kw["accepting"] = frozenset(rng.sample(ACCEPTING_STATUSES, 1))
    if rng.random() < 0.3:
        kw["accessibility"] = frozenset(rng.sample(ACCESSIBILITY_KEYS, 3))
    for key in ("telehealth", "evening", "saturday"):
        if rng.random() < 0.3:
            kw[key] = True
    return PcpFilters(**kw)


def test_suggest_relaxation_equals_brute_force(db: Directory, big_plan: int) -> None:
    rng = random.Random(3)
    seen: set[str] = set()
    for _ in range(400):
        filters = random_filters(db, rng)
        got = suggest_relaxation(db, big_plan, filters)
        assert got == brute_force_relaxation(db, big_plan, filters), filters
        if count_pcps(db, big_plan, filters) == 0:
            if got is None:
                seen.add("none")
            else:
                seen.add("one" if len(got.relaxed) == 1 else "several")
                assert set(got.relaxed) <= set(RELAXABLE_FILTERS)
    assert seen == {"none", "one", "several"}  # every outcome was checked


def test_relaxing_what_is_suggested_shows_that_many(db: Directory, big_plan: int) -> None:
    place = find_place(db, SF_ZIP)
    filters = PcpFilters(near=place, max_miles=0.01, doctor_language="hy", staff_language="hmn")
    assert count_pcps(db, big_plan, filters) == 0
    relax = suggest_relaxation(db, big_plan, filters)
    assert relax is not None
    relaxed = filters
    for name in relax.relaxed:
        relaxed = relaxed._replace(**next(c for n, _on, c in CANDIDATES if n == name))
    assert count_pcps(db, big_plan, relaxed) == relax.total > 0


def test_no_suggestion_without_a_specialty_or_any_filter(db: Directory, big_plan: int) -> None:
    nothing = PcpFilters(specialties=frozenset(), doctor_language="es", telehealth=True)
    assert suggest_relaxation(db, big_plan, nothing) is None
    assert suggest_relaxation(db, -1, PcpFilters()) is None  # no active filter to relax
    assert suggest_relaxation(db, -1, PcpFilters(doctor_language="es")) is None


def test_each_try_is_one_count(db: Directory, big_plan: int) -> None:
    filters = PcpFilters(
        doctor_language="hy", staff_language="hmn", gender="M", member_age=0, evening=True
    )
    statements: list[str] = []
    db.con.set_trace_callback(statements.append)
    try:
        suggest_relaxation(db, big_plan, filters)
    finally:
        db.con.set_trace_callback(None)
    assert statements
    assert all(s.startswith("SELECT count(*), count(DISTINCT") for s in statements)
    assert len(statements) <= 2 * 5 - 1  # each single filter, then each longer run of them
