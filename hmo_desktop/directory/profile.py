"""Everything known about one doctor: across every plan, medical group and office, with
where each fact comes from."""

from __future__ import annotations

from typing import Any, NamedTuple

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


_DOCTOR_SQL = (
    "SELECT id, first_name || ' ' || last_name AS name, native_name, credential, gender, "
    "board_certified, board_name, coalesce(npi, sample_id) AS identifier, is_sample, "
    "source_id FROM practitioner WHERE id = ?"
)
_ROLES_SQL = (
    "SELECT r.id AS role_id, pl.id AS plan_id, pl.name AS plan_name, pl.product_type, "
    "n.name AS network_name, r.network_id, g.id AS group_id, g.name AS group_name, "
    "r.location_id, r.specialty, r.specialty_code, r.accepting, r.age_min, r.age_max, "
    "r.pcp_id, r.telehealth, pl.source_id AS plan_source, g.source_id AS group_source "
    "FROM pcp_role r JOIN plan pl ON pl.id = r.plan_id JOIN network n ON n.id = r.network_id "
    "JOIN medical_group g ON g.id = r.group_id WHERE r.practitioner_id = ? "
    "ORDER BY pl.product_type, pl.name, g.name, r.id"
)
_OFFICE_SQL = (
    "SELECT id, name, address, city, zip, phone, hours, evening_hours, saturday_hours, "
    f"{', '.join(ACCESSIBILITY_KEYS)} FROM location WHERE id = ?"
)


def _fact(db: Directory, source_id: int) -> Fact:
    row = db.con.execute(
        "SELECT title, as_of, kind FROM data_source WHERE id = ?", (source_id,)
    ).fetchone()
    return Fact(source=row[0], as_of=row[1], kind=row[2])


def _role(db: Directory, row: tuple[Any, ...], labels: dict[str, str]) -> RoleInfo:
    (role_id, plan_id, plan_name, product_type, network_name, network_id, group_id,
     group_name, location_id, specialty, specialty_code, accepting, age_min, age_max, pcp_id,
     telehealth, plan_source, group_source) = row  # fmt: skip
    codes = {
        c[0]
        for c in db.con.execute(
            "SELECT group_code FROM group_in_network WHERE group_id = ? "
            "AND network_id = ? AND group_code IS NOT NULL",
            (group_id, network_id),
        )
    }
    return RoleInfo(
        role_id=role_id,
        plan_id=plan_id,
        plan_name=plan_name,
        product_type=product_type,
        network_name=network_name,
        group_id=group_id,
        group_name=group_name,
        group_codes=tuple(sorted(codes)),
        location_id=location_id,
        specialty=specialty,
        specialty_label=labels.get(specialty_code, specialty_code),
        accepting=accepting,
        age_min=age_min,
        age_max=age_max,
        pcp_id=pcp_id,
        telehealth=bool(telehealth),
        plan_fact=_fact(db, plan_source),
        group_fact=_fact(db, group_source),
    )


def _office(db: Directory, location_id: int) -> OfficeInfo:
    (office_id, name, address, city, zip_code, phone, hours, evening, saturday,
     *access) = db.con.execute(_OFFICE_SQL, (location_id,)).fetchone()  # fmt: skip
    staff = db.con.execute(
        "SELECT l.name FROM location_language ll JOIN language l ON l.code = "
        "ll.language_code WHERE ll.location_id = ? ORDER BY l.rowid",
        (location_id,),
    )
    return OfficeInfo(
        id=office_id,
        name=name,
        address=address,
        city=city,
        zip=zip_code,
        phone=phone,
        hours=hours,
        evening_hours=bool(evening),
        saturday_hours=bool(saturday),
        accessibility={k: bool(v) for k, v in zip(ACCESSIBILITY_KEYS, access, strict=True)},
        staff_languages=tuple(r[0] for r in staff),
    )


def doctor_profile(db: Directory, practitioner_id: int) -> DoctorProfile:
    """Everything known about a doctor, across every plan, group and office.

    Raises ``NotFound`` when no doctor has that id."""
    con = db.con
    found = con.execute(_DOCTOR_SQL, (practitioner_id,)).fetchone()
    if found is None:
        raise NotFound(practitioner_id)
    (doctor_id, doctor_name, native_name, credential, gender, board_certified, board_name,
     identifier, is_sample, doctor_source) = found  # fmt: skip
    languages = con.execute(
        "SELECT l.name FROM practitioner_language pl JOIN language l ON l.code = "
        "pl.language_code WHERE pl.practitioner_id = ? ORDER BY l.rowid",
        (practitioner_id,),
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
    labels = dict(con.execute("SELECT code, display_name FROM specialty"))
    rows = con.execute(_ROLES_SQL, (practitioner_id,)).fetchall()
    roles = tuple(_role(db, r, labels) for r in rows)
    location_ids = dict.fromkeys(r.location_id for r in roles)  # first-seen order
    return DoctorProfile(
        id=doctor_id,
        name=doctor_name,
        native_name=native_name,
        credential=credential,
        gender=gender,
        board_certified=bool(board_certified),
        board_name=board_name,
        identifier=identifier,
        is_sample=bool(is_sample),
        languages=tuple(r[0] for r in languages),
        hospitals=tuple(hospitals),
        offices=tuple(_office(db, lid) for lid in location_ids),
        roles=roles,
        fact=_fact(db, doctor_source),
        hospital_fact=_fact(db, hospital_sources[0]) if hospital_sources else None,
    )
