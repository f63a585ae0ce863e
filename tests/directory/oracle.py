"""Plain-Python answers computed straight from the directory's tables, to check the
queries against: every role of a plan with what its filters look at, and the filter."""

from __future__ import annotations

from typing import Any

from hmo_desktop.directory import ACCESSIBILITY_KEYS, Directory, PcpFilters
from hmo_desktop.geo import miles

SF_ZIP = "94110"

#: One pcp_role row of a plan, with its doctor's and office's columns, and the sets
#: ``langs`` (doctor), ``staff`` (office) and ``hosp`` (doctor's hospital ids).
Role = dict[str, Any]


def all_roles(db: Directory, plan_id: int) -> list[Role]:
    cur = db.con.execute(
        "SELECT r.*, p.gender, p.last_name, p.first_name, l.county_id AS office_county, "
        "l.evening_hours, l.saturday_hours, "
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


def matches(r: Role, filters: PcpFilters) -> bool:
    """Whether one role passes every filter (the radius with 1% slack: the SQL measures
    a flat-earth distance)."""
    if r["specialty"] not in filters.specialties:
        return False
    if filters.group_id is not None and r["group_id"] != filters.group_id:
        return False
    if filters.county_id is not None and r["office_county"] != filters.county_id:
        return False
    if filters.accepting and r["accepting"] not in filters.accepting:
        return False
    age = filters.member_age
    if age is not None and not r["age_min"] <= age <= r["age_max"]:
        return False
    if filters.telehealth and not r["telehealth"]:
        return False
    if filters.doctor_language and filters.doctor_language not in r["langs"]:
        return False
    if filters.staff_language and filters.staff_language not in r["staff"]:
        return False
    if filters.gender and r["gender"] != filters.gender:
        return False
    if filters.hospital_id is not None and filters.hospital_id not in r["hosp"]:
        return False
    if filters.evening and not r["evening_hours"]:
        return False
    if filters.saturday and not r["saturday_hours"]:
        return False
    if any(not r[k] for k in filters.accessibility):
        return False
    near = filters.near
    return (
        near is None
        or filters.max_miles is None
        or miles(near.lat, near.lon, r["lat"], r["lon"]) <= filters.max_miles * 1.01
    )


def oracle(roles: list[Role], filters: PcpFilters) -> list[Role]:
    """The roles matching ``filters``."""
    return [r for r in roles if matches(r, filters)]
