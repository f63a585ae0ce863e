"""Which medical groups a plan offers: where they are, their hospitals and rules, and how
many of their doctors take new patients, per specialty."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any, NamedTuple

from hmo_desktop.directory.columns import make_row, select_list
from hmo_desktop.directory.identity import reads
from hmo_desktop.directory.places import Place
from hmo_desktop.directory.store import Directory
from hmo_desktop.directory_format import ALL_COUNTIES, SPECIALTIES
from hmo_desktop.geo import miles


class HospitalLink(NamedTuple):
    id: int
    name: str
    relation: str  # published / inferred
    star_rating: int | None


class GroupRow(NamedTuple):
    id: int
    name: str
    # Miles to the group's own office: only for sample groups, whose office is a sample
    # too. A real group's address is not in the directory (None): see ``counties``.
    distance_mi: float | None
    counties: tuple[str, ...]  # where the group serves this plan (all its counties if none)
    hospitals: tuple[HospitalLink, ...]
    referral_rules: str | None  # None: not in this directory
    after_hours_phone: str | None
    obgyn_direct_access: bool
    phone: str | None
    rating: float | None
    accepting: dict[str, int]  # specialty -> doctors accepting new patients (distinct)
    total_pcps: int  # distinct doctors
    group_codes: tuple[str, ...]
    is_sample: bool
    provenance: str
    details_provenance: str  # where phone, rules and address come from, when known
    # doctors per specialty (distinct), in the member's county when one is given
    doctors: dict[str, int]


GROUP_SORTS = ("distance", "name", "accepting")

#: GroupRow field -> SQL over medical_group; NULL: filled in from the other queries.
_GROUP_COLUMNS = {
    "id": "id",
    "name": "name",
    "distance_mi": "NULL",
    "counties": "NULL",
    "hospitals": "NULL",
    "referral_rules": "referral_rules",
    "after_hours_phone": "after_hours_phone",
    "obgyn_direct_access": "obgyn_direct_access",  # 0/1, made a bool
    "phone": "phone",
    "rating": "rating",
    "accepting": "NULL",
    "total_pcps": "NULL",
    "group_codes": "NULL",
    "is_sample": "is_sample",  # 0/1, made a bool
    "provenance": "provenance",
    "details_provenance": "details_provenance",
    "doctors": "NULL",
}
_GROUPS_SQL = f"SELECT {select_list(GroupRow._fields, _GROUP_COLUMNS)} FROM medical_group"
_at = GroupRow._fields.index  # where each field computed in Python goes
_ID, _DISTANCE, _COUNTIES = _at("id"), _at("distance_mi"), _at("counties")
_HOSPITALS, _OBGYN_DIRECT_ACCESS = _at("hospitals"), _at("obgyn_direct_access")
_ACCEPTING, _TOTAL_PCPS, _GROUP_CODES = _at("accepting"), _at("total_pcps"), _at("group_codes")
_IS_SAMPLE, _DOCTORS = _at("is_sample"), _at("doctors")
_HOSPITAL_SELECT = select_list(
    HospitalLink._fields,
    {"id": "h.id", "name": "h.name", "relation": "gh.relation", "star_rating": "h.star_rating"},
)


@reads
def groups_in_plan(
    db: Directory,
    plan_id: int,
    near: Place | None = None,
    sort: str = "distance",
    county_id: int | None = None,
) -> list[GroupRow]:
    """Medical groups in a plan's network, with doctor counts per specialty.

    ``county_id`` keeps the groups the plan lists in that county (its counts too); None
    is the whole state. ``near`` measures the distance to a sample group's nearest office
    (real groups' offices are not known); ``sort`` is one of ``GROUP_SORTS``.
    """
    con = db.con
    in_county = "" if county_id is None else " AND gn.county_id = ?"
    plan_args: tuple[int, ...] = (plan_id,) if county_id is None else (plan_id, county_id)
    served: dict[int, set[int]] = defaultdict(set)
    for gid, cid in con.execute(
        "SELECT gn.group_id, gn.county_id FROM group_in_network gn JOIN network n "
        f"ON n.id = gn.network_id WHERE n.plan_id = ?{in_county}",
        plan_args,
    ):
        served[gid].add(cid)
    gids = sorted(served)
    if not gids:
        return []
    marks = ",".join("?" * len(gids))
    stats: dict[int, dict[str, int]] = defaultdict(dict)
    doctors: dict[int, dict[str, int]] = defaultdict(dict)
    totals: dict[int, int] = defaultdict(int)
    for gid, spec, acc, tot in con.execute(
        "SELECT group_id, specialty, accepting, total FROM group_plan_stats "
        "WHERE plan_id = ? AND county_id = ?",
        (plan_id, ALL_COUNTIES if county_id is None else county_id),
    ):
        stats[gid][spec] = acc
        doctors[gid][spec] = tot
        totals[gid] += tot
    hospitals: dict[int, list[HospitalLink]] = defaultdict(list)
    for gid, *link in con.execute(
        f"SELECT gh.group_id, {_HOSPITAL_SELECT} FROM group_hospital gh JOIN hospital h "
        f"ON h.id = gh.hospital_id WHERE gh.group_id IN ({marks}) ORDER BY gh.group_id, gh.rank",
        gids,
    ):
        hospitals[gid].append(make_row(HospitalLink, link))
    county_name = dict(con.execute("SELECT id, name FROM county"))
    codes: dict[int, set[str]] = defaultdict(set)
    for gid, code in con.execute(
        "SELECT gn.group_id, gn.group_code FROM group_in_network gn JOIN network n ON "
        f"n.id = gn.network_id WHERE n.plan_id = ?{in_county} AND gn.group_code IS NOT NULL",
        plan_args,
    ):
        codes[gid].add(code)
    dist: dict[int, float] = {}
    if near is not None:
        for gid, lat, lon in con.execute(
            "SELECT l.group_id, l.lat, l.lon FROM location l JOIN medical_group g ON "
            f"g.id = l.group_id WHERE g.is_sample = 1 AND l.group_id IN ({marks})",
            gids,
        ):
            d = miles(near.lat, near.lon, lat, lon)
            if d < dist.get(gid, math.inf):
                dist[gid] = d
    out = []
    for r in con.execute(f"{_GROUPS_SQL} WHERE id IN ({marks})", gids):
        values: list[Any] = list(r)
        gid = values[_ID]
        values[_DISTANCE] = dist.get(gid)
        values[_COUNTIES] = tuple(sorted(county_name[c] for c in served[gid]))
        values[_HOSPITALS] = tuple(hospitals[gid])
        values[_OBGYN_DIRECT_ACCESS] = bool(values[_OBGYN_DIRECT_ACCESS])
        values[_ACCEPTING] = {s: stats[gid].get(s, 0) for s in SPECIALTIES}
        values[_DOCTORS] = {s: doctors[gid].get(s, 0) for s in SPECIALTIES}
        values[_TOTAL_PCPS] = totals[gid]
        values[_GROUP_CODES] = tuple(sorted(codes[gid]))
        values[_IS_SAMPLE] = bool(values[_IS_SAMPLE])
        out.append(make_row(GroupRow, values))
    return sort_groups(out, sort)


def sort_groups(groups: list[GroupRow], sort: str) -> list[GroupRow]:
    """``groups`` in one of the ``GROUP_SORTS`` orders; name (then id) breaks ties."""
    if sort not in GROUP_SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    by_name = sorted(groups, key=lambda g: (g.name.casefold(), g.id))
    if sort == "name":
        return by_name
    if sort == "accepting":
        return sorted(by_name, key=lambda g: -sum(g.accepting.values()))
    # Sample groups by the distance to their sample office; real groups, whose offices are
    # not known, after them by county (then name), never by a made-up distance.
    return sorted(
        by_name,
        key=lambda g: (
            (0, g.distance_mi, "") if g.distance_mi is not None else (1, 0.0, ", ".join(g.counties))
        ),
    )


@reads
def hospitals_for_plan(db: Directory, plan_id: int) -> list[HospitalLink]:
    """Hospitals the plan's groups use (for the hospital filter)."""
    return [
        HospitalLink._make(r)
        for r in db.con.execute(
            f"SELECT DISTINCT {_HOSPITAL_SELECT} FROM group_hospital gh "
            "JOIN hospital h ON h.id = gh.hospital_id WHERE gh.group_id IN (SELECT gn.group_id "
            "FROM group_in_network gn JOIN network n ON n.id = gn.network_id WHERE n.plan_id = ?) "
            "ORDER BY h.name",
            (plan_id,),
        )
    ]
