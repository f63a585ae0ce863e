"""Everything known about one doctor: across every plan, medical group and office, with
where each fact comes from.

Values the directory does not have are ``None`` (a real medical group's phone, after-hours
line and referral rules are not in any public file). Generated and inferred values say so:
``is_sample`` on the doctor, office, role and group, ``*_details_generated`` on a group's
contact details, ``relation`` on each hospital link."""

from __future__ import annotations

from typing import Any, NamedTuple

from hmo_desktop.directory.groups import HospitalLink
from hmo_desktop.directory.identity import reads
from hmo_desktop.directory.store import Directory
from hmo_desktop.directory_format import ACCESSIBILITY_KEYS, DATED, GENERATED, REAL


class Fact(NamedTuple):
    """Where a fact comes from: source title, as-of date and kind."""

    source: str
    as_of: str
    kind: str


class OfficeInfo(NamedTuple):
    id: int
    name: str
    address: str | None  # None: not in this directory
    city: str | None
    zip: str | None
    phone: str | None
    hours: str | None  # JSON, e.g. {"Mon": "8:00-17:00", "Sat": "9:00-13:00"} (24-hour)
    evening_hours: bool | None  # None: not in this directory
    saturday_hours: bool | None
    accessibility: dict[str, bool]  # only the features the directory knows about
    staff_languages: tuple[str, ...]  # codes ("es", "ase"): the screen names them
    is_sample: bool  # a generated sample office: its address and phone are fictional
    fact: Fact
    staff_languages_known: bool = True  # False: the source does not say
    approximate_place: bool = False  # a real address placed at its ZIP code's center


class RoleInfo(NamedTuple):
    """A doctor at an office in a group, in one plan's network; ``plan_id`` None: in no
    network of this directory (an imported doctor whose group no carrier lists)."""

    role_id: int
    plan_id: int | None
    plan_name: str | None
    product_type: str | None
    network_name: str | None
    group_id: int
    group_name: str
    group_codes: tuple[str, ...]  # the plan's codes for the group, as published only
    location_id: int
    specialty: str
    specialty_label: str
    accepting: str  # 'unknown': not in this directory
    age_min: int | None  # None: not in this directory
    age_max: int | None
    pcp_id: str | None
    telehealth: bool | None
    plan_fact: Fact | None
    group_fact: Fact
    is_sample: bool  # a generated listing: its PCP ID is fictional
    group_is_sample: bool  # a fictional sample group
    group_phone: str | None  # None: not in this directory
    group_after_hours_phone: str | None
    group_referral_rules: str | None
    group_details_generated: bool  # the group's phones and rules above are generated samples
    # An imported doctor whose group practice was matched by name to the group the plan
    # lists (best score, 0-100); None when the plan's data names the doctor directly.
    group_link_score: float | None = None


class DoctorProfile(NamedTuple):
    id: int
    name: str
    native_name: str | None
    credential: str | None  # None: not in this directory (an imported doctor)
    gender: str | None
    board_certified: bool | None
    board_name: str | None
    identifier: str  # the NPI of a real doctor; a sample ID (not an NPI) of a sample
    is_sample: bool
    languages: tuple[str, ...]  # codes ("es", "ase"): the screen names them
    hospitals: tuple[HospitalLink, ...]
    offices: tuple[OfficeInfo, ...]
    roles: tuple[RoleInfo, ...]
    fact: Fact
    hospital_fact: Fact | None = None
    languages_known: bool = True  # False: the source does not say


class NotFound(LookupError):
    """No doctor has that id."""


_DOCTOR_SQL = (
    "SELECT id, first_name || ' ' || last_name AS name, native_name, credential, gender, "
    "board_certified, board_name, coalesce(npi, sample_id) AS identifier, is_sample, "
    "source_id, languages_known FROM practitioner WHERE id = ?"
)
_ROLES_SQL = (
    "SELECT r.id AS role_id, pl.id AS plan_id, pl.name AS plan_name, pl.product_type, "
    "n.name AS network_name, r.network_id, g.id AS group_id, g.name AS group_name, "
    "r.location_id, r.specialty, r.specialty_code, r.accepting, r.age_min, r.age_max, "
    "r.pcp_id, r.telehealth, pl.source_id AS plan_source, g.source_id AS group_source, "
    "r.is_sample AS role_sample, g.is_sample AS group_sample, g.phone, g.after_hours_phone, "
    "g.referral_rules, g.details_provenance, "
    # an imported doctor joined to a carrier-listed group by its name (group_link)
    "(SELECT max(gl.score) FROM group_link gl JOIN location l ON l.id = r.location_id "
    "WHERE gl.group_id = r.group_id AND gl.county_id = l.county_id AND r.is_sample = 0) "
    "FROM pcp_role r LEFT JOIN plan pl ON pl.id = r.plan_id "
    "LEFT JOIN network n ON n.id = r.network_id "
    "JOIN medical_group g ON g.id = r.group_id WHERE r.practitioner_id = ? "
    "ORDER BY pl.id IS NULL, pl.product_type, pl.name, g.name, r.id"
)
_OFFICE_SQL = (
    "SELECT id, name, address, city, zip, phone, hours, evening_hours, saturday_hours, "
    "is_sample, provenance, source_id, languages_known, coord_source, "
    f"{', '.join(ACCESSIBILITY_KEYS)} FROM location WHERE id = ?"
)
#: Group codes a plan published (sample groups' codes, if any, are not shown as facts).
_CODES_SQL = (
    "SELECT group_code FROM group_in_network WHERE group_id = ? AND network_id = ? "
    f"AND group_code IS NOT NULL AND provenance IN ('{REAL}', '{DATED}')"
)


def _fact(db: Directory, source_id: int) -> Fact:
    row = db.con.execute(
        "SELECT title, as_of, kind FROM data_source WHERE id = ?", (source_id,)
    ).fetchone()
    return Fact(source=row[0], as_of=row[1], kind=row[2])


def _role(db: Directory, row: tuple[Any, ...], labels: dict[str, str]) -> RoleInfo:
    (role_id, plan_id, plan_name, product_type, network_name, network_id, group_id,
     group_name, location_id, specialty, specialty_code, accepting, age_min, age_max, pcp_id,
     telehealth, plan_source, group_source, role_sample, group_sample, group_phone,
     after_hours, referral_rules, details_provenance, link_score) = row  # fmt: skip
    codes = {c[0] for c in db.con.execute(_CODES_SQL, (group_id, network_id))}
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
        telehealth=None if telehealth is None else bool(telehealth),
        plan_fact=None if plan_source is None else _fact(db, plan_source),
        group_fact=_fact(db, group_source),
        is_sample=bool(role_sample),
        group_is_sample=bool(group_sample),
        group_phone=group_phone or None,
        group_after_hours_phone=after_hours or None,
        group_referral_rules=referral_rules or None,
        group_details_generated=bool(group_sample) or details_provenance == GENERATED,
        group_link_score=link_score,
    )


def _office(db: Directory, location_id: int) -> OfficeInfo:
    (office_id, name, address, city, zip_code, phone, hours, evening, saturday, is_sample,
     provenance, source_id, staff_known, coord_source, *access) = db.con.execute(
        _OFFICE_SQL, (location_id,)).fetchone()  # fmt: skip
    staff = db.con.execute(
        "SELECT l.code FROM location_language ll JOIN language l ON l.code = "
        "ll.language_code WHERE ll.location_id = ? ORDER BY l.rowid",
        (location_id,),
    )
    return OfficeInfo(
        id=office_id,
        name=name,
        address=address or None,
        city=city or None,
        zip=zip_code or None,
        phone=phone or None,
        hours=hours or None,
        evening_hours=None if evening is None else bool(evening),
        saturday_hours=None if saturday is None else bool(saturday),
        accessibility={
            k: bool(v) for k, v in zip(ACCESSIBILITY_KEYS, access, strict=True) if v is not None
        },
        staff_languages=tuple(r[0] for r in staff),
        is_sample=bool(is_sample) or provenance == GENERATED,
        fact=_fact(db, source_id),
        staff_languages_known=bool(staff_known),
        approximate_place=coord_source == "zip",
    )


@reads
def doctor_profile(db: Directory, practitioner_id: int) -> DoctorProfile:
    """Everything known about a doctor, across every plan, group and office.

    Raises ``NotFound`` when no doctor has that id."""
    con = db.con
    found = con.execute(_DOCTOR_SQL, (practitioner_id,)).fetchone()
    if found is None:
        raise NotFound(practitioner_id)
    (doctor_id, doctor_name, native_name, credential, gender, board_certified, board_name,
     identifier, is_sample, doctor_source, languages_known) = found  # fmt: skip
    languages = con.execute(
        "SELECT l.code FROM practitioner_language pl JOIN language l ON l.code = "
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
        board_certified=None if board_certified is None else bool(board_certified),
        board_name=board_name,
        identifier=identifier,
        is_sample=bool(is_sample),
        languages=tuple(r[0] for r in languages),
        hospitals=tuple(hospitals),
        offices=tuple(_office(db, lid) for lid in location_ids),
        roles=roles,
        fact=_fact(db, doctor_source),
        hospital_fact=_fact(db, hospital_sources[0]) if hospital_sources else None,
        languages_known=bool(languages_known),
    )
