"""The questions the screens ask, one function each, answered with small frozen rows.

Plain sqlite3 on the read-only connection: SQLAlchemy's import alone costs more than
every query here, and none of these needs an ORM object.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import Any, NamedTuple

from hmo_desktop.directory.store import Directory
from hmo_desktop.directory_format import (
    ACCEPTING_NUM,
    ACCESSIBILITY_KEYS,
    CELL_DEGREES,
    SPECIALTIES,
    SPECIALTY_NUM,
)
from hmo_desktop.geo import miles

PRODUCT_TYPE_ORDER = ("medi_cal", "covered_california", "commercial")
MILES_PER_DEGREE_LAT = 69.0


class InvalidZip(ValueError):
    """A ZIP the person typed that cannot be used; the message says why in plain words."""


# ---------------------------------------------------------------- ZIPs and counties

_ZIP = re.compile(r"([0-9]{5})(?:-?[0-9]{4})?", re.ASCII)


class Place(NamedTuple):
    zip: str
    city: str
    county_id: int
    county: str
    lat: float
    lon: float


def parse_zip(text: str) -> str:
    """The 5-digit ZIP in what was typed (ZIP or ZIP+4, ASCII digits only)."""
    t = text.strip()
    if not t:
        raise InvalidZip("Enter a 5-digit ZIP code.")
    m = _ZIP.fullmatch(t)
    if not m:
        if any(c.isdigit() and not c.isascii() for c in t):
            raise InvalidZip("Type the ZIP code with the digits 0-9.")
        raise InvalidZip("A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).")
    return m.group(1)


def find_place(db: Directory, text: str) -> Place:
    """Look up a ZIP in California; raises ``InvalidZip`` with a plain reason."""
    z = parse_zip(text)
    row = db.con.execute(
        "SELECT z.zip, z.city, z.county_id, c.name, z.lat, z.lon FROM zip_code z "
        "JOIN county c ON c.id = z.county_id WHERE z.zip = ?",
        (z,),
    ).fetchone()
    if row is None:
        if not ("90000" <= z <= "96199"):
            raise InvalidZip(
                f"{z} is not a California ZIP code. HMO Desktop covers "
                "California plans; enter a California ZIP or pick a county."
            )
        raise InvalidZip(
            f"ZIP {z} is not in our list of California ZIP codes "
            "(it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county."
        )
    return Place(*row)


class CountyRow(NamedTuple):
    id: int
    name: str
    lat: float
    lon: float


def counties(db: Directory) -> list[CountyRow]:
    return [
        CountyRow(*r) for r in db.con.execute("SELECT id, name, lat, lon FROM county ORDER BY name")
    ]


# ---------------------------------------------------------------- plans


class PlanRow(NamedTuple):
    id: int
    name: str
    product_type: str
    carrier: str
    category: str
    networks: tuple[str, ...]
    member_phone: str | None
    as_of: str
    provenance: str
    network_list: str  # 'published' or 'sample'
    source: str


def plans_for_area(db: Directory, county_id: int | None = None) -> list[PlanRow]:
    """Plans serving a county (all plans when none given), Medi-Cal first, then Covered
    California, then commercial/employer; by name within each."""
    where = ""
    args_: tuple[int, ...] = ()
    if county_id is not None:
        where = "WHERE p.id IN (SELECT plan_id FROM plan_county WHERE county_id = ?)"
        args_ = (county_id,)
    rows = db.con.execute(
        "SELECT p.id, p.name, p.product_type, p.carrier, p.plan_category, "
        "(SELECT group_concat(n.name, '|') FROM network n WHERE n.plan_id = p.id), "
        "p.member_phone, p.as_of, p.provenance, p.network_list, d.title "
        f"FROM plan p JOIN data_source d ON d.id = p.source_id {where}",
        args_,
    ).fetchall()
    out = [
        PlanRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            tuple((r[5] or "").split("|")),
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
        )
        for r in rows
    ]
    out.sort(key=lambda p: (PRODUCT_TYPE_ORDER.index(p.product_type), p.name.casefold()))
    return out


# ---------------------------------------------------------------- medical groups


class HospitalLink(NamedTuple):
    id: int
    name: str
    relation: str  # published / inferred
    star_rating: int | None


class GroupRow(NamedTuple):
    id: int
    name: str
    distance_mi: float | None
    counties: tuple[str, ...]
    hospitals: tuple[HospitalLink, ...]
    referral_rules: str
    after_hours_phone: str
    obgyn_direct_access: bool
    phone: str
    rating: float | None
    accepting: dict[str, int]  # specialty -> PCPs accepting new patients
    total_pcps: int
    group_codes: tuple[str, ...]
    is_sample: bool
    provenance: str


GROUP_SORTS = ("distance", "name", "accepting")


def groups_in_plan(
    db: Directory, plan_id: int, near: Place | None = None, sort: str = "distance"
) -> list[GroupRow]:
    """Medical groups in a plan's network, with accepting counts per specialty.

    ``near`` measures distance to the group's nearest office; ``sort`` is one of
    ``GROUP_SORTS`` (distance falls back to name when no place is given).
    """
    con = db.con
    gids = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT gn.group_id FROM group_in_network gn JOIN network n "
            "ON n.id = gn.network_id WHERE n.plan_id = ?",
            (plan_id,),
        )
    ]
    if not gids:
        return []
    marks = ",".join("?" * len(gids))
    stats: dict[int, dict[str, int]] = defaultdict(dict)
    totals: dict[int, int] = defaultdict(int)
    for gid, spec, acc, tot in con.execute(
        "SELECT group_id, specialty, accepting, total FROM group_plan_stats WHERE plan_id = ?",
        (plan_id,),
    ):
        stats[gid][spec] = acc
        totals[gid] += tot
    hospitals: dict[int, list[HospitalLink]] = defaultdict(list)
    for gid, hid, name, rel, stars in con.execute(
        "SELECT gh.group_id, h.id, h.name, gh.relation, h.star_rating FROM group_hospital "
        f"gh JOIN hospital h ON h.id = gh.hospital_id WHERE gh.group_id IN ({marks}) "
        "ORDER BY gh.group_id, gh.rank",
        gids,
    ):
        hospitals[gid].append(HospitalLink(hid, name, rel, stars))
    county_names: dict[int, list[str]] = defaultdict(list)
    for gid, cname in con.execute(
        f"SELECT gc.group_id, c.name FROM group_county gc JOIN county c ON c.id = "
        f"gc.county_id WHERE gc.group_id IN ({marks}) ORDER BY c.name",
        gids,
    ):
        county_names[gid].append(cname)
    codes: dict[int, set[str]] = defaultdict(set)
    for gid, code in con.execute(
        "SELECT gn.group_id, gn.group_code FROM group_in_network gn JOIN network n ON "
        "n.id = gn.network_id WHERE n.plan_id = ? AND gn.group_code IS NOT NULL",
        (plan_id,),
    ):
        codes[gid].add(code)
    dist: dict[int, float] = {}
    if near is not None:
        for gid, lat, lon in con.execute(
            f"SELECT group_id, lat, lon FROM location WHERE group_id IN ({marks})", gids
        ):
            d = miles(near.lat, near.lon, lat, lon)
            if d < dist.get(gid, math.inf):
                dist[gid] = d
    out = []
    for r in con.execute(
        "SELECT id, name, referral_rules, after_hours_phone, obgyn_direct_access, phone, "
        f"rating, is_sample, provenance FROM medical_group WHERE id IN ({marks})",
        gids,
    ):
        gid = r[0]
        out.append(
            GroupRow(
                gid,
                r[1],
                dist.get(gid),
                tuple(county_names[gid]),
                tuple(hospitals[gid]),
                r[2],
                r[3],
                bool(r[4]),
                r[5],
                r[6],
                {s: stats[gid].get(s, 0) for s in SPECIALTIES},
                totals[gid],
                tuple(sorted(codes[gid])),
                bool(r[7]),
                r[8],
            )
        )
    return sort_groups(out, sort)


def sort_groups(groups: list[GroupRow], sort: str) -> list[GroupRow]:
    if sort not in GROUP_SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    by_name = sorted(groups, key=lambda g: (g.name.casefold(), g.id))
    if sort == "name":
        return by_name
    if sort == "accepting":
        return sorted(by_name, key=lambda g: -sum(g.accepting.values()))
    return sorted(by_name, key=lambda g: math.inf if g.distance_mi is None else g.distance_mi)


# ---------------------------------------------------------------- PCPs


class PcpFilters(NamedTuple):
    group_id: int | None = None
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
    credential: str
    specialty: str
    accepting: str
    group_id: int
    group_name: str
    location_id: int
    office_city: str
    office_zip: str
    distance_mi: float | None
    gender: str
    telehealth: bool
    age_min: int
    age_max: int
    is_sample: bool


class PcpPage(NamedTuple):
    rows: tuple[PcpRow, ...]
    total: int
    offset: int


def _pcp_where(
    db: Directory, plan_id: int, f: PcpFilters
) -> tuple[list[str], list[Any], str | None]:
    """WHERE terms over ``pcp_search`` (alias s): every filter is a column test there."""
    where = ["s.plan_id = ?"]
    args: list[Any] = [plan_id]
    specs = [SPECIALTY_NUM[s] for s in SPECIALTIES if s in f.specialties]
    where.append(f"s.specialty IN ({','.join('?' * len(specs))})" if specs else "0")
    args += specs
    if f.accepting:
        statuses = sorted(ACCEPTING_NUM[a] for a in f.accepting)
        where.append(f"s.accepting IN ({','.join('?' * len(statuses))})")
        args += statuses
    if f.group_id is not None:
        where.append("s.group_id = ?")
        args.append(f.group_id)
    if f.member_age is not None:
        where.append("s.age_min <= ? AND s.age_max >= ?")
        args += [f.member_age, f.member_age]
    if f.telehealth:
        where.append("s.telehealth = 1")
    for column, code in (("doc_langs", f.doctor_language), ("staff_langs", f.staff_language)):
        if code:
            bit = db.language_bits.get(code)
            if bit is None:
                raise ValueError(f"unknown language {code!r}")
            where.append(f"(s.{column} & ?) != 0")
            args.append(1 << bit)
    if f.gender:
        where.append("s.female = ?")
        args.append(1 if f.gender == "F" else 0)
    if f.hospital_id is not None:
        where.append(
            "s.practitioner_id IN (SELECT practitioner_id FROM "
            "practitioner_hospital WHERE hospital_id = ?)"
        )
        args.append(f.hospital_id)
    hours = (1 if f.evening else 0) | (2 if f.saturday else 0)
    if hours:
        where.append("(s.hours & ?) = ?")
        args += [hours, hours]
    access = 0
    for key in f.accessibility:
        if key not in ACCESSIBILITY_KEYS:
            raise ValueError(f"unknown accessibility need {key!r}")
        access |= 1 << ACCESSIBILITY_KEYS.index(key)
    if access:
        where.append("(s.access & ?) = ?")
        args += [access, access]
    order_dist = None
    if f.near is not None:
        kx = math.cos(math.radians(f.near.lat))
        # Equirectangular distance in degrees^2: exact enough to sort and cut at a radius
        # within California, and plain SQL (no Python callback per row).
        order_dist = (
            f"((s.lat - {f.near.lat!r}) * (s.lat - {f.near.lat!r}) + "
            f"(s.lon - {f.near.lon!r}) * (s.lon - {f.near.lon!r}) * {kx * kx!r})"
        )
        if f.max_miles is not None:
            deg = f.max_miles / MILES_PER_DEGREE_LAT
            where.append("s.lat BETWEEN ? AND ?")
            args += [f.near.lat - deg, f.near.lat + deg]
            where.append(f"{order_dist} <= ?")
            args.append(deg * deg)
    return where, args, order_dist


#: Below this many matches, sorting them all is cheap; above it, read nearby squares first.
RING_MIN_TOTAL = 3000
RINGS = (0, 1, 3)  # blocks of 1, 9 and 49 squares of 0.1 degree (~7 to ~50 miles)


def _nearest_by_rings(
    db: Directory, near: Place, where: list[str], args: list[Any], order_dist: str, page: Page
) -> list[int] | None:
    """A nearest-first page read from the grid squares around the member, growing the
    block one ring at a time. A row outside a block of squares is at least ``safe`` away,
    so once the rows nearer than ``safe`` fill the page, they are exactly the nearest.
    Returns None when the largest block is not enough (sparse results, or far away)."""
    need = page.offset + page.size
    row0 = math.floor(near.lat / CELL_DEGREES)
    col0 = math.floor(near.lon / CELL_DEGREES)
    kx = math.cos(math.radians(near.lat))
    for k in RINGS:
        cells = [
            (row0 + i) * 10_000 + (col0 + j) for i in range(-k, k + 1) for j in range(-k, k + 1)
        ]
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


ANY_PCP = PcpFilters()
FIRST_PAGE = Page()


def search_pcps(
    db: Directory, plan_id: int, filters: PcpFilters = ANY_PCP, page: Page = FIRST_PAGE
) -> PcpPage:
    """One page of PCP roles (doctor at an office) in a plan, with the total count."""
    if filters.sort not in ("distance", "name"):
        raise ValueError(f"unknown sort {filters.sort!r}")
    where, args, order_dist = _pcp_where(db, plan_id, filters)
    clause = " AND ".join(where)
    total = db.con.execute(f"SELECT count(*) FROM pcp_search s WHERE {clause}", args).fetchone()[0]
    ids: list[int] | None = None
    if filters.sort == "distance" and order_dist is not None and filters.near is not None:
        order = f"{order_dist}, s.sort_name, s.role_id"
        if total >= RING_MIN_TOTAL:
            ids = _nearest_by_rings(db, filters.near, where, args, order_dist, page)
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
        return PcpPage((), int(total), page.offset)
    details = {
        r[0]: r
        for r in db.con.execute(
            "SELECT r.id, p.id, p.first_name || ' ' || p.last_name, p.credential, r.specialty, "
            "r.accepting, r.group_id, g.name, r.location_id, l.city, l.zip, r.lat, r.lon, "
            "p.gender, r.telehealth, r.age_min, r.age_max, p.is_sample "
            "FROM pcp_role r JOIN practitioner p ON p.id = r.practitioner_id "
            "JOIN medical_group g ON g.id = r.group_id JOIN location l ON l.id = r.location_id "
            f"WHERE r.id IN ({','.join('?' * len(ids))})",
            ids,
        )
    }
    near = filters.near
    out = []
    for rid in ids:
        r = details[rid]
        out.append(
            PcpRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                miles(near.lat, near.lon, r[11], r[12]) if near else None,
                r[13],
                bool(r[14]),
                r[15],
                r[16],
                bool(r[17]),
            )
        )
    return PcpPage(tuple(out), int(total), page.offset)


# ---------------------------------------------------------------- doctor profile


class Fact(NamedTuple):
    """Where a fact comes from: source title, as-of date and kind."""

    source: str
    as_of: str
    kind: str


class OfficeInfo(NamedTuple):
    id: int
    name: str
    address: str
    city: str
    zip: str
    phone: str
    hours: str
    evening_hours: bool
    saturday_hours: bool
    accessibility: dict[str, bool]
    staff_languages: tuple[str, ...]


class RoleInfo(NamedTuple):
    role_id: int
    plan_id: int
    plan_name: str
    product_type: str
    network_name: str
    group_id: int
    group_name: str
    group_codes: tuple[str, ...]
    location_id: int
    specialty: str
    specialty_label: str
    accepting: str
    age_min: int
    age_max: int
    pcp_id: str
    telehealth: bool
    plan_fact: Fact
    group_fact: Fact


class DoctorProfile(NamedTuple):
    id: int
    name: str
    native_name: str | None
    credential: str
    gender: str
    board_certified: bool
    board_name: str | None
    identifier: str
    is_sample: bool
    languages: tuple[str, ...]
    hospitals: tuple[HospitalLink, ...]
    offices: tuple[OfficeInfo, ...]
    roles: tuple[RoleInfo, ...]
    fact: Fact
    hospital_fact: Fact | None = None


class NotFound(LookupError):
    pass


def _fact(db: Directory, source_id: int) -> Fact:
    title, as_of, kind = db.con.execute(
        "SELECT title, as_of, kind FROM data_source WHERE id = ?", (source_id,)
    ).fetchone()
    return Fact(title, as_of, kind)


def doctor_profile(db: Directory, practitioner_id: int) -> DoctorProfile:
    """Everything known about a doctor, across every plan, group and office."""
    con = db.con
    p = con.execute(
        "SELECT id, first_name || ' ' || last_name, native_name, credential, gender, "
        "board_certified, board_name, coalesce(npi, sample_id), is_sample, source_id "
        "FROM practitioner WHERE id = ?",
        (practitioner_id,),
    ).fetchone()
    if p is None:
        raise NotFound(practitioner_id)
    langs = tuple(
        r[0]
        for r in con.execute(
            "SELECT l.name FROM practitioner_language pl JOIN language l ON l.code = "
            "pl.language_code WHERE pl.practitioner_id = ? ORDER BY l.rowid",
            (practitioner_id,),
        )
    )
    hosp_rows = con.execute(
        "SELECT h.id, h.name, ph.provenance, h.star_rating, ph.source_id FROM "
        "practitioner_hospital ph JOIN hospital h ON h.id = ph.hospital_id "
        "WHERE ph.practitioner_id = ? ORDER BY h.name",
        (practitioner_id,),
    ).fetchall()
    hospitals = tuple(HospitalLink(r[0], r[1], r[2], r[3]) for r in hosp_rows)
    labels = dict(con.execute("SELECT code, display_name FROM specialty"))
    roles = []
    loc_ids: list[int] = []
    for r in con.execute(
        "SELECT r.id, pl.id, pl.name, pl.product_type, n.name, g.id, g.name, r.location_id, "
        "r.specialty, r.specialty_code, r.accepting, r.age_min, r.age_max, r.pcp_id, "
        "r.telehealth, pl.source_id, g.source_id, r.network_id FROM pcp_role r "
        "JOIN plan pl ON pl.id = r.plan_id JOIN network n ON n.id = r.network_id "
        "JOIN medical_group g ON g.id = r.group_id WHERE r.practitioner_id = ? "
        "ORDER BY pl.product_type, pl.name, g.name, r.id",
        (practitioner_id,),
    ).fetchall():
        codes = tuple(
            sorted(
                {
                    c[0]
                    for c in con.execute(
                        "SELECT group_code FROM group_in_network WHERE group_id = ? "
                        "AND network_id = ? AND group_code IS NOT NULL",
                        (r[5], r[17]),
                    )
                }
            )
        )
        roles.append(
            RoleInfo(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                codes,
                r[7],
                r[8],
                labels.get(r[9], r[9]),
                r[10],
                r[11],
                r[12],
                r[13],
                bool(r[14]),
                _fact(db, r[15]),
                _fact(db, r[16]),
            )
        )
        if r[7] not in loc_ids:
            loc_ids.append(r[7])
    offices = []
    for lid in loc_ids:
        o = con.execute(
            "SELECT id, name, address, city, zip, phone, hours, evening_hours, saturday_hours, "
            f"{', '.join(ACCESSIBILITY_KEYS)} FROM location WHERE id = ?",
            (lid,),
        ).fetchone()
        staff = tuple(
            r[0]
            for r in con.execute(
                "SELECT l.name FROM location_language ll JOIN language l ON l.code = "
                "ll.language_code WHERE ll.location_id = ? ORDER BY l.rowid",
                (lid,),
            )
        )
        offices.append(
            OfficeInfo(
                o[0],
                o[1],
                o[2],
                o[3],
                o[4],
                o[5],
                o[6],
                bool(o[7]),
                bool(o[8]),
                dict(zip(ACCESSIBILITY_KEYS, (bool(x) for x in o[9:]), strict=True)),
                staff,
            )
        )
    return DoctorProfile(
        p[0],
        p[1],
        p[2],
        p[3],
        p[4],
        bool(p[5]),
        p[6],
        p[7],
        bool(p[8]),
        langs,
        hospitals,
        tuple(offices),
        tuple(roles),
        _fact(db, p[9]),
        _fact(db, hosp_rows[0][4]) if hosp_rows else None,
    )


# ---------------------------------------------------------------- choices for filters


def languages(db: Directory) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in db.con.execute("SELECT code, name FROM language ORDER BY rowid")]


def hospitals_for_plan(db: Directory, plan_id: int) -> list[HospitalLink]:
    """Hospitals the plan's groups use (for the hospital filter)."""
    return [
        HospitalLink(*r)
        for r in db.con.execute(
            "SELECT DISTINCT h.id, h.name, gh.relation, h.star_rating FROM group_hospital gh "
            "JOIN hospital h ON h.id = gh.hospital_id WHERE gh.group_id IN (SELECT gn.group_id "
            "FROM group_in_network gn JOIN network n ON n.id = gn.network_id WHERE n.plan_id = ?) "
            "ORDER BY h.name",
            (plan_id,),
        )
    ]
