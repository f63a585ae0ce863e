"""Everything known about one doctor: across every plan, medical group and office, with
where each fact comes from."""

from __future__ import annotations

from typing import Any, NamedTuple

from hmo_desktop.directory.columns import select_list
from hmo_desktop.directory.groups import HospitalLink
from hmo_desktop.directory.store import Directory
from hmo_desktop.directory_format import ACCESSIBILITY_KEYS


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
    """No doctor has that id."""


#: DoctorProfile field -> SQL over practitioner; NULL: filled in from the other queries.
_DOCTOR_SQL = (
    "SELECT "
    + select_list(
        DoctorProfile._fields,
        {
            "id": "id",
            "name": "first_name || ' ' || last_name",
            "native_name": "native_name",
            "credential": "credential",
            "gender": "gender",
            "board_certified": "board_certified",  # 0/1, made a bool
            "board_name": "board_name",
            "identifier": "coalesce(npi, sample_id)",
            "is_sample": "is_sample",  # 0/1, made a bool
            "languages": "NULL",
            "hospitals": "NULL",
            "offices": "NULL",
            "roles": "NULL",
            "fact": "source_id",  # the data_source row, read as a Fact
            "hospital_fact": "NULL",
        },
    )
    + " FROM practitioner WHERE id = ?"
)
_D = {f: i for i, f in enumerate(DoctorProfile._fields)}

#: RoleInfo field -> SQL over pcp_role r, plan pl, network n, medical_group g; then the
#: network id, which with the group id gives the group codes.
_ROLES_SQL = (
    "SELECT "
    + select_list(
        RoleInfo._fields,
        {
            "role_id": "r.id",
            "plan_id": "pl.id",
            "plan_name": "pl.name",
            "product_type": "pl.product_type",
            "network_name": "n.name",
            "group_id": "g.id",
            "group_name": "g.name",
            "group_codes": "NULL",
            "location_id": "r.location_id",
            "specialty": "r.specialty",
            "specialty_label": "r.specialty_code",  # looked up in the specialty table
            "accepting": "r.accepting",
            "age_min": "r.age_min",
            "age_max": "r.age_max",
            "pcp_id": "r.pcp_id",
            "telehealth": "r.telehealth",  # 0/1, made a bool
            "plan_fact": "pl.source_id",  # the data_source rows, read as Facts
            "group_fact": "g.source_id",
        },
        ("r.network_id",),
    )
    + " FROM pcp_role r JOIN plan pl ON pl.id = r.plan_id JOIN network n ON n.id = r.network_id "
    "JOIN medical_group g ON g.id = r.group_id WHERE r.practitioner_id = ? "
    "ORDER BY pl.product_type, pl.name, g.name, r.id"
)
_R = {f: i for i, f in enumerate(RoleInfo._fields)}
_ROLE_WIDTH = len(RoleInfo._fields)

#: OfficeInfo field -> SQL over location; then the accessibility columns.
_OFFICE_SQL = (
    "SELECT "
    + select_list(
        OfficeInfo._fields,
        {
            "id": "id",
            "name": "name",
            "address": "address",
            "city": "city",
            "zip": "zip",
            "phone": "phone",
            "hours": "hours",
            "evening_hours": "evening_hours",  # 0/1, made a bool
            "saturday_hours": "saturday_hours",  # 0/1, made a bool
            "accessibility": "NULL",
            "staff_languages": "NULL",
        },
        ACCESSIBILITY_KEYS,
    )
    + " FROM location WHERE id = ?"
)
_O = {f: i for i, f in enumerate(OfficeInfo._fields)}
_OFFICE_WIDTH = len(OfficeInfo._fields)


def _fact(db: Directory, source_id: int) -> Fact:
    return Fact._make(
        db.con.execute(
            "SELECT title, as_of, kind FROM data_source WHERE id = ?", (source_id,)
        ).fetchone()
    )


def _role(db: Directory, r: tuple[Any, ...], labels: dict[str, str]) -> RoleInfo:
    values = list(r[:_ROLE_WIDTH])
    network_id = r[_ROLE_WIDTH]
    values[_R["group_codes"]] = tuple(
        sorted(
            {
                c[0]
                for c in db.con.execute(
                    "SELECT group_code FROM group_in_network WHERE group_id = ? "
                    "AND network_id = ? AND group_code IS NOT NULL",
                    (values[_R["group_id"]], network_id),
                )
            }
        )
    )
    code = values[_R["specialty_label"]]
    values[_R["specialty_label"]] = labels.get(code, code)
    values[_R["telehealth"]] = bool(values[_R["telehealth"]])
    values[_R["plan_fact"]] = _fact(db, values[_R["plan_fact"]])
    values[_R["group_fact"]] = _fact(db, values[_R["group_fact"]])
    return RoleInfo._make(values)


def _office(db: Directory, location_id: int) -> OfficeInfo:
    o = db.con.execute(_OFFICE_SQL, (location_id,)).fetchone()
    values = list(o[:_OFFICE_WIDTH])
    values[_O["evening_hours"]] = bool(values[_O["evening_hours"]])
    values[_O["saturday_hours"]] = bool(values[_O["saturday_hours"]])
    values[_O["accessibility"]] = dict(
        zip(ACCESSIBILITY_KEYS, (bool(x) for x in o[_OFFICE_WIDTH:]), strict=True)
    )
    values[_O["staff_languages"]] = tuple(
        r[0]
        for r in db.con.execute(
            "SELECT l.name FROM location_language ll JOIN language l ON l.code = "
            "ll.language_code WHERE ll.location_id = ? ORDER BY l.rowid",
            (location_id,),
        )
    )
    return OfficeInfo._make(values)


def doctor_profile(db: Directory, practitioner_id: int) -> DoctorProfile:
    """Everything known about a doctor, across every plan, group and office.

    Raises ``NotFound`` when no doctor has that id."""
    con = db.con
    p = con.execute(_DOCTOR_SQL, (practitioner_id,)).fetchone()
    if p is None:
        raise NotFound(practitioner_id)
    values = list(p)
    values[_D["board_certified"]] = bool(values[_D["board_certified"]])
    values[_D["is_sample"]] = bool(values[_D["is_sample"]])
    values[_D["languages"]] = tuple(
        r[0]
        for r in con.execute(
            "SELECT l.name FROM practitioner_language pl JOIN language l ON l.code = "
            "pl.language_code WHERE pl.practitioner_id = ? ORDER BY l.rowid",
            (practitioner_id,),
        )
    )
    hospital_sources: list[int] = []
    hospitals: list[HospitalLink] = []
    for hid, name, provenance, stars, source_id in con.execute(
        "SELECT h.id, h.name, ph.provenance, h.star_rating, ph.source_id FROM "
        "practitioner_hospital ph JOIN hospital h ON h.id = ph.hospital_id "
        "WHERE ph.practitioner_id = ? ORDER BY h.name",
        (practitioner_id,),
    ):
        hospitals.append(HospitalLink(id=hid, name=name, relation=provenance, star_rating=stars))
        hospital_sources.append(source_id)
    values[_D["hospitals"]] = tuple(hospitals)
    labels = dict(con.execute("SELECT code, display_name FROM specialty"))
    roles = [_role(db, r, labels) for r in con.execute(_ROLES_SQL, (practitioner_id,)).fetchall()]
    values[_D["roles"]] = tuple(roles)
    location_ids = dict.fromkeys(r.location_id for r in roles)  # first-seen order
    values[_D["offices"]] = tuple(_office(db, lid) for lid in location_ids)
    values[_D["fact"]] = _fact(db, values[_D["fact"]])
    values[_D["hospital_fact"]] = _fact(db, hospital_sources[0]) if hospital_sources else None
    return DoctorProfile._make(values)
