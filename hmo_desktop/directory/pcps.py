"""Which primary care doctors match the member's filters: one page at a time, nearest
first or by name, and which filter to relax when none match.

Every filter is a column test on the derived ``pcp_search`` table (see
``hmo_desktop.directory_format``), so a page is one indexed query plus one lookup of
the page's rows.
"""

from __future__ import annotations

import math
import weakref
from typing import Any, NamedTuple

from hmo_desktop.directory.columns import make_row, select_list
from hmo_desktop.directory.identity import reads
from hmo_desktop.directory.places import Place
from hmo_desktop.directory.store import Directory
from hmo_desktop.directory_format import (
    ACCEPTING_NUM,
    CELL_DEGREES,
    SPECIALTIES,
    SPECIALTY_NUM,
    UNKNOWN,
    UNKNOWN_ACCEPTING,
    UNKNOWN_ACCESS,
    UNKNOWN_DOC_LANGS,
    UNKNOWN_GENDER,
    UNKNOWN_HOURS,
    UNKNOWN_STAFF_LANGS,
    UNKNOWN_TELEHEALTH,
    access_mask,
    cell_id,
    grid_row_col,
    hours_mask,
    language_mask,
)
from hmo_desktop.geo import miles

MILES_PER_DEGREE_LAT = 69.0
PCP_SORTS = ("distance", "name")


class PcpFilters(NamedTuple):
    group_id: int | None = None
    # Offices in this county only: a Medi-Cal plan is a county plan, and a member who
    # chose a county (or a ZIP code in it) sees that county's offices. None: anywhere.
    county_id: int | None = None
    specialties: frozenset[str] = frozenset(SPECIALTIES)
    accepting: frozenset[str] = frozenset()  # empty: any status
    doctor_language: str | None = None
    staff_language: str | None = None
    gender: str | None = None  # 'F', 'M'
    member_age: int | None = None
    near: Place | None = None
    max_miles: float | None = None
    telehealth: bool = False
    evening: bool = False
    saturday: bool = False
    accessibility: frozenset[str] = frozenset()  # subset of ACCESSIBILITY_KEYS
    hospital_id: int | None = None
    sort: str = "distance"  # or 'name'


class Page(NamedTuple):
    offset: int = 0
    size: int = 50


class PcpRow(NamedTuple):
    role_id: int
    practitioner_id: int
    name: str
    credential: str | None  # None: not in this directory (an imported doctor)
    specialty: str
    accepting: str  # 'unknown': the file does not say (call to ask)
    group_id: int
    group_name: str
    location_id: int
    office_name: str
    office_address: str
    office_city: str
    office_zip: str
    distance_mi: float | None
    gender: str | None
    telehealth: bool | None
    age_min: int | None  # None: ages seen not in this directory
    age_max: int | None
    is_sample: bool


class PcpPage(NamedTuple):
    rows: tuple[PcpRow, ...]  # one per office listing: a doctor at two offices is two rows
    total: int  # office listings matching (rows over all pages)
    offset: int
    doctors: int = 0  # distinct doctors matching: what "N doctors found" counts


def _pcp_where(
    db: Directory, plan_id: int, filters: PcpFilters
) -> tuple[list[str], list[Any], str | None]:
    """WHERE terms over ``pcp_search`` (alias s): every filter is a column test there.
    Also the SQL for the squared distance to ``filters.near`` (None without a place)."""
    where = ["s.plan_id = ?"]
    args: list[Any] = [plan_id]
    specs = [SPECIALTY_NUM[s] for s in SPECIALTIES if s in filters.specialties]
    where.append(f"s.specialty IN ({','.join('?' * len(specs))})" if specs else "0")
    args += specs
    if filters.accepting:
        statuses = sorted(ACCEPTING_NUM[a] for a in filters.accepting)
        where.append(f"s.accepting IN ({','.join('?' * len(statuses))})")
        args += statuses
    if filters.group_id is not None:
        where.append("s.group_id = ?")
        args.append(filters.group_id)
    if filters.county_id is not None:
        where.append("s.county_id = ?")
        args.append(filters.county_id)
    if filters.member_age is not None:
        where.append("s.age_min <= ? AND s.age_max >= ?")
        args += [filters.member_age, filters.member_age]
    if filters.telehealth:
        where.append("s.telehealth = 1")
    for column, code in (
        ("doc_langs", filters.doctor_language),
        ("staff_langs", filters.staff_language),
    ):
        if code:
            if code not in db.language_bits:
                raise ValueError(f"unknown language {code!r}")
            where.append(f"(s.{column} & ?) != 0")
            args.append(language_mask((code,), db.language_bits))
    if filters.gender:
        where.append("s.female = ?")
        args.append(1 if filters.gender == "F" else 0)
    if filters.hospital_id is not None:
        where.append(
            "s.practitioner_id IN (SELECT practitioner_id FROM "
            "practitioner_hospital WHERE hospital_id = ?)"
        )
        args.append(filters.hospital_id)
    hours = hours_mask(filters.evening, filters.saturday)
    if hours:
        where.append("(s.hours & ?) = ?")
        args += [hours, hours]
    access = access_mask(filters.accessibility)
    if access:
        where.append("(s.access & ?) = ?")
        args += [access, access]
    order_dist = None
    near = filters.near
    if near is not None:
        kx = math.cos(math.radians(near.lat))
        # Equirectangular distance in degrees^2: exact enough to sort and cut at a radius
        # within California, and plain SQL (no Python callback per row).
        order_dist = (
            f"((s.lat - {near.lat!r}) * (s.lat - {near.lat!r}) + "
            f"(s.lon - {near.lon!r}) * (s.lon - {near.lon!r}) * {kx * kx!r})"
        )
        if filters.max_miles is not None:
            deg = filters.max_miles / MILES_PER_DEGREE_LAT
            where.append("s.lat BETWEEN ? AND ?")
            args += [near.lat - deg, near.lat + deg]
            where.append(f"{order_dist} <= ?")
            args.append(deg * deg)
    return where, args, order_dist


#: Below this many matches, sorting them all is cheap; above it, read nearby squares first.
RING_MIN_TOTAL = 1000
RINGS = (0, 1, 3)  # blocks of 1, 9 and 49 grid squares (~7 to ~50 miles)


def _nearest_by_rings(
    db: Directory, near: Place, where: list[str], args: list[Any], order_dist: str, page: Page
) -> list[int] | None:
    """A nearest-first page read from the grid squares around the member, growing the
    block one ring at a time. A row outside a block of squares is at least ``safe`` away,
    so once the rows nearer than ``safe`` fill the page, they are exactly the nearest.
    Returns None when the largest block is not enough (sparse results, or far away)."""
    need = page.offset + page.size
    row0, col0 = grid_row_col(near.lat, near.lon)
    kx = math.cos(math.radians(near.lat))
    for k in RINGS:
        cells = [cell_id(row0 + i, col0 + j) for i in range(-k, k + 1) for j in range(-k, k + 1)]
        safe = (
            min(
                near.lat - (row0 - k) * CELL_DEGREES,
                (row0 + k + 1) * CELL_DEGREES - near.lat,
                kx * (near.lon - (col0 - k) * CELL_DEGREES),
                kx * ((col0 + k + 1) * CELL_DEGREES - near.lon),
            )
            - 1e-9
        )
        rows = db.con.execute(
            "SELECT s.role_id FROM pcp_search s INDEXED BY ix_search_cell "
            f"WHERE {' AND '.join(where)} AND s.cell IN ({','.join('?' * len(cells))}) "
            f"AND {order_dist} < ? "
            f"ORDER BY {order_dist}, s.sort_name, s.role_id LIMIT ?",
            [*args, *cells, safe * safe, need],
        ).fetchall()
        if len(rows) == need:
            return [r[0] for r in rows[page.offset :]]
    return None


def _count(db: Directory, clause: str, args: list[Any]) -> tuple[int, int]:
    """(office listings, distinct doctors) matching."""
    listings, doctors = db.con.execute(
        f"SELECT count(*), count(DISTINCT s.practitioner_id) FROM pcp_search s WHERE {clause}", args
    ).fetchone()
    return int(listings), int(doctors)


@reads
def count_pcps(db: Directory, plan_id: int, filters: PcpFilters) -> int:
    """How many doctors in a plan match ``filters`` (``search_pcps``'s ``doctors``, alone):
    distinct doctors, however many offices each has."""
    where, args, _order_dist = _pcp_where(db, plan_id, filters)
    return _count(db, " AND ".join(where), args)[1]


#: PcpRow field -> SQL over pcp_role r, practitioner p, medical_group g, location l.
_PCP_COLUMNS = {
    "role_id": "r.id",
    "practitioner_id": "p.id",
    "name": "p.first_name || ' ' || p.last_name",
    "credential": "p.credential",
    "specialty": "r.specialty",
    "accepting": "r.accepting",
    "group_id": "r.group_id",
    "group_name": "g.name",
    "location_id": "r.location_id",
    "office_name": "l.name",
    "office_address": "l.address",
    "office_city": "l.city",
    "office_zip": "l.zip",
    "distance_mi": "NULL",  # from the office's r.lat, r.lon (the inputs after the fields)
    "gender": "p.gender",
    "telehealth": "r.telehealth",  # 0/1, made a bool
    "age_min": "r.age_min",
    "age_max": "r.age_max",
    "is_sample": "p.is_sample",  # 0/1, made a bool
}
_PCP_ROWS_SQL = (
    f"SELECT {select_list(PcpRow._fields, _PCP_COLUMNS, ('r.lat', 'r.lon'))} "
    "FROM pcp_role r JOIN practitioner p ON p.id = r.practitioner_id "
    "JOIN medical_group g ON g.id = r.group_id JOIN location l ON l.id = r.location_id "
    "WHERE r.id IN "
)
_WIDTH = len(PcpRow._fields)
_DISTANCE, _TELEHEALTH, _IS_SAMPLE = (
    PcpRow._fields.index(f) for f in ("distance_mi", "telehealth", "is_sample")
)

ANY_PCP = PcpFilters()
FIRST_PAGE = Page()


@reads
def search_pcps(
    db: Directory, plan_id: int, filters: PcpFilters = ANY_PCP, page: Page = FIRST_PAGE
) -> PcpPage:
    """One page of PCP roles (doctor at an office) in a plan, with the number of listings
    and of distinct doctors."""
    if filters.sort not in PCP_SORTS:
        raise ValueError(f"unknown sort {filters.sort!r}")
    where, args, order_dist = _pcp_where(db, plan_id, filters)
    clause = " AND ".join(where)
    total, doctors = _count(db, clause, args)
    near = filters.near
    ids: list[int] | None = None
    if filters.sort == "distance" and order_dist is not None and near is not None:
        order = f"{order_dist}, s.sort_name, s.role_id"
        if total >= RING_MIN_TOTAL:
            ids = _nearest_by_rings(db, near, where, args, order_dist, page)
    else:
        order = "s.sort_name, s.role_id"
    if ids is None:
        ids = [
            r[0]
            for r in db.con.execute(
                f"SELECT s.role_id FROM pcp_search s WHERE {clause} ORDER BY {order} "
                "LIMIT ? OFFSET ?",
                [*args, page.size, page.offset],
            )
        ]
    if not ids:
        return PcpPage((), total, page.offset, doctors)
    by_id: dict[int, PcpRow] = {}
    for r in db.con.execute(f"{_PCP_ROWS_SQL}({','.join('?' * len(ids))})", ids):
        values = list(r[:_WIDTH])
        if near is not None:
            values[_DISTANCE] = miles(near.lat, near.lon, r[_WIDTH], r[_WIDTH + 1])
        if values[_TELEHEALTH] is not None:
            values[_TELEHEALTH] = bool(values[_TELEHEALTH])
        values[_IS_SAMPLE] = bool(values[_IS_SAMPLE])
        row = make_row(PcpRow, values)
        by_id[row.role_id] = row
    return PcpPage(tuple(by_id[rid] for rid in ids), total, page.offset, doctors)


# ---------------------------------------------------------------- facts a record lacks

#: A filter (``RELAXABLE_FILTERS`` name) -> the ``pcp_search.unknown`` bit of its fact.
_UNKNOWN_BITS = {
    "accepting": UNKNOWN_ACCEPTING,
    "doctor_language": UNKNOWN_DOC_LANGS,
    "staff_language": UNKNOWN_STAFF_LANGS,
    "gender": UNKNOWN_GENDER,
    "accessibility": UNKNOWN_ACCESS,
    "telehealth": UNKNOWN_TELEHEALTH,
    "hours": UNKNOWN_HOURS,
}
UNKNOWABLE_FILTERS = tuple(_UNKNOWN_BITS)


@reads
def left_out_unknown(db: Directory, plan_id: int, filters: PcpFilters) -> dict[str, int]:
    """For each active filter on a fact some records do not have, how many doctors it
    leaves out only because their record does not say (they match every other filter).
    Empty when the directory has no such records (every sample directory)."""
    if not _has_unknowns(db):
        return {}
    out: dict[str, int] = {}
    for name, bit in _UNKNOWN_BITS.items():
        if not _is_active(filters, name):
            continue
        if name == "accepting" and UNKNOWN in filters.accepting:
            continue
        where, args, _order = _pcp_where(db, plan_id, filters._replace(**_RELAXED[name]))
        # (``unknown != 0`` lets SQLite read the partial index ix_search_unknown)
        lacking = ["s.unknown != 0", "(s.unknown & ?) != 0"]
        n = _count(db, " AND ".join([*where, *lacking]), [*args, bit])[1]
        if n:
            out[name] = n
    return out


_UNKNOWNS: weakref.WeakKeyDictionary[Directory, bool] = weakref.WeakKeyDictionary()


def _has_unknowns(db: Directory) -> bool:
    """Whether any record lacks a fact (read once per open directory)."""
    if db not in _UNKNOWNS:
        row = db.con.execute("SELECT 1 FROM pcp_search WHERE unknown != 0 LIMIT 1").fetchone()
        _UNKNOWNS[db] = row is not None
    return _UNKNOWNS[db]


# ---------------------------------------------------------------- when nothing matches


class Relaxation(NamedTuple):
    """Filters to relax (names from ``RELAXABLE_FILTERS``) and how many doctors that shows."""

    relaxed: tuple[str, ...]
    total: int


#: What relaxing each filter sets, in the order they are tried ("hours" is evening and
#: Saturday together). A filter is active when any of its fields differs from these.
_RELAXED: dict[str, dict[str, Any]] = {
    "max_miles": {"max_miles": None},
    "doctor_language": {"doctor_language": None},
    "staff_language": {"staff_language": None},
    "accepting": {"accepting": frozenset()},
    "gender": {"gender": None},
    "hospital_id": {"hospital_id": None},
    "accessibility": {"accessibility": frozenset()},
    "telehealth": {"telehealth": False},
    "hours": {"evening": False, "saturday": False},
    "group_id": {"group_id": None},
}
RELAXABLE_FILTERS = tuple(_RELAXED)


def _is_active(filters: PcpFilters, name: str) -> bool:
    return any(getattr(filters, field) != off for field, off in _RELAXED[name].items())


@reads
def suggest_relaxation(db: Directory, plan_id: int, filters: PcpFilters) -> Relaxation | None:
    """Which filters to relax so that doctors show again, for filters that match none.

    First the earliest active filter (in ``RELAXABLE_FILTERS`` order) whose removal alone
    brings doctors back; else the active filters relaxed one after another, in that order,
    until doctors appear. None when no specialty is selected (relaxing cannot help) or
    when relaxing every active filter still shows none."""
    if not filters.specialties:
        return None
    active = [name for name in RELAXABLE_FILTERS if _is_active(filters, name)]
    for name in active:  # one filter whose removal is enough
        n = count_pcps(db, plan_id, filters._replace(**_RELAXED[name]))
        if n:
            return Relaxation((name,), n)
    relaxed = filters._replace(**_RELAXED[active[0]]) if active else filters
    for i in range(1, len(active)):  # else relax them in turn until doctors appear
        relaxed = relaxed._replace(**_RELAXED[active[i]])
        n = count_pcps(db, plan_id, relaxed)
        if n:
            return Relaxation(tuple(active[: i + 1]), n)
    return None


# ---------------------------------------------------------------- choices for the filters


@reads
def languages(db: Directory) -> list[tuple[str, str]]:
    """Every language as (code, name), in the directory's order."""
    return [(r[0], r[1]) for r in db.con.execute("SELECT code, name FROM language ORDER BY rowid")]
