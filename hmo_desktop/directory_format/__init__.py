"""The directory file format: what the writer (``datapack``) and the reader
(``directory``) must agree on, owned by neither.

Plain Python only: the app imports this module at start-up, and the bundle leaves
SQLModel and SQLAlchemy out. The table definitions themselves (SQLModel classes and the
derived tables' DDL) are in ``hmo_desktop.directory_format.tables``, which only the
writer imports; ``REQUIRED_TABLES`` here names the same tables (a test checks it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

#: SQLite ``PRAGMA application_id``: ASCII "HMOD".
APPLICATION_ID = 0x484D4F44

#: SQLite ``PRAGMA user_version``: bumped whenever the schema changes incompatibly.
#: 2: pcp_search gained ``cell`` (a 0.1-degree grid square) for nearest-first pages.
#: 3: plan.care_model and min_age; pcp_search.county_id; group_plan_stats per county; a real group's
#:    unknown contact details are NULL.
#: 4: imported real doctors: unknown facts are NULL (practitioner, location, pcp_role),
#:    accepting 'unknown', roles with no plan, group_link, pcp_search.unknown.
SCHEMA_VERSION = 4

#: The manifest's ``format`` field (the manifest is ``<name>.manifest.json`` beside the file).
MANIFEST_FORMAT = "hmo-desktop-directory"

#: Tables every reader relies on; importers, testers and tools use these names.
REQUIRED_TABLES = (
    "data_source",
    "county",
    "zip_code",
    "plan",
    "plan_county",
    "network",
    "medical_group",
    "group_county",
    "group_in_network",
    "hospital",
    "group_hospital",
    "practitioner",
    "practitioner_language",
    "practitioner_hospital",
    "location",
    "location_language",
    "pcp_role",
    "group_link",
    "specialty",
    "pcp_specialty",
    "language",
    "han_fold",
    "name_search",
    "name_native",
    "group_plan_stats",
    "pcp_search",
    "source_rows",
)

# ---------------------------------------------------------------- values stored in rows

#: The four primary care specialties, keyed as stored in ``pcp_role.specialty``.
SPECIALTIES = ("family", "internal", "pediatrics", "obgyn")

#: Which specialties can be a PCP for a patient of a given age, as a rule of thumb (each
#: doctor's own ages seen then decide): pediatricians see patients up to 18 or 21,
#: internists adults, OB/GYNs from their early teens; family doctors see every age.
PEDIATRICS_MAX_AGE, INTERNAL_MIN_AGE, OBGYN_MIN_AGE = 21, 18, 12


def specialty_sees_age(specialty: str, age: int) -> bool:
    if specialty == "pediatrics":
        return age <= PEDIATRICS_MAX_AGE
    if specialty == "internal":
        return age >= INTERNAL_MIN_AGE
    if specialty == "obgyn":
        return age >= OBGYN_MIN_AGE
    return True


#: ``pcp_role.accepting`` values.
ACCEPTING = "accepting"
EXISTING_ONLY = "existing_only"
EXISTING_PLUS_FAMILY = "existing_plus_family"
NOT_ACCEPTING = "not_accepting"
#: The source does not say (an imported doctor): "call the office to ask".
UNKNOWN = "unknown"
ACCEPTING_STATUSES = (ACCEPTING, EXISTING_ONLY, EXISTING_PLUS_FAMILY, NOT_ACCEPTING, UNKNOWN)

#: How a generated sample office is named and placed (it sits at a ZIP code's center,
#: never at a real address): the screens recognise these and say them in the app's
#: language.
SAMPLE_OFFICE_NAME = "{city} office"
SAMPLE_OFFICE_ADDRESS = "Sample office near ZIP {zip}"

#: Provenance kinds carried by every row (``provenance``) and every ``data_source.kind``.
REAL = "real"
DATED = "dated"
INFERRED = "inferred"
GENERATED = "generated"

#: ``plan.network_list``: the carrier's published group list, or generated sample groups.
PUBLISHED = "published"
SAMPLE = "sample"

#: ``plan.product_type`` values, in the order plan lists show them.
PRODUCT_TYPES = ("medi_cal", "covered_california", "medicare", "commercial")

#: ``plan.care_model``: how the plan's members reach a doctor.
#: medical_groups: the member picks a medical group (IPA), then a doctor in it;
#: integrated: one medical group per region works only for the plan (Kaiser Permanente);
#: pace: the care team at the member's PACE center, for people 55 and older.
MEDICAL_GROUPS, INTEGRATED, PACE = "medical_groups", "integrated", "pace"
CARE_MODELS = (MEDICAL_GROUPS, INTEGRATED, PACE)
#: PACE enrolls people 55 and older; a seniors' plan (Medi-Cal "SCAN (seniors)") 65.
PACE_MIN_AGE, SENIORS_MIN_AGE = 55, 65

#: ``group_plan_stats.county_id`` for the counts over the whole state.
ALL_COUNTIES = 0

#: The ``location`` columns for physical accessibility, in bit order (see ``access_mask``).
ACCESSIBILITY_KEYS = (
    "acc_parking",
    "acc_exterior",
    "acc_interior",
    "acc_restroom",
    "acc_exam_room",
    "acc_exam_table",
)

#: The columns the reader reads, per required table: a file whose tables lack one cannot
#: be used. tests/directory/test_columns.py records what the reader really reads (an
#: SQLite authorizer over its queries) and checks this covers it, and that the writer
#: makes every column listed.
_READ_COLUMNS = {
    "data_source": "id title publisher as_of kind licence attribution",
    "county": "id name lat lon",
    "zip_code": "zip city county_id lat lon",
    "plan": "id name carrier product_type plan_category network_list care_model min_age "
    "member_phone as_of provenance source_id",
    "plan_county": "plan_id county_id",
    "network": "id name plan_id",
    "medical_group": "id name is_sample phone after_hours_phone rating referral_rules "
    "obgyn_direct_access provenance details_provenance source_id",
    "group_county": "group_id county_id",
    "group_in_network": "group_id network_id county_id group_code provenance",
    "hospital": "id name star_rating",
    "group_hospital": "group_id hospital_id rank relation",
    "practitioner": "id first_name last_name native_name credential gender npi "
    "board_certified board_name is_sample sample_id source_id languages_known",
    "practitioner_language": "practitioner_id language_code",
    "practitioner_hospital": "practitioner_id hospital_id provenance source_id",
    "location": "id group_id name address city zip county_id lat lon phone hours "
    f"evening_hours saturday_hours {' '.join(ACCESSIBILITY_KEYS)} is_sample provenance source_id "
    "languages_known coord_source",
    "location_language": "location_id language_code",
    "pcp_role": "id practitioner_id location_id group_id network_id plan_id pcp_id specialty "
    "specialty_code accepting age_min age_max telehealth lat lon is_sample",
    "specialty": "code display_name",
    "pcp_specialty": "",
    "language": "code bit name",
    "han_fold": "variant canonical",
    "name_search": "name kind ref_id",
    "name_native": "practitioner_id name",
    "group_plan_stats": "group_id plan_id county_id specialty accepting total",
    "group_link": "group_id county_id score",
    "source_rows": "source_id table_name rows",
    "pcp_search": "role_id practitioner_id group_id plan_id county_id specialty accepting "
    "age_min age_max female telehealth doc_langs staff_langs hours access cell lat lon sort_name "
    "unknown",
}
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(columns.split()) for table, columns in _READ_COLUMNS.items()
}

# ---------------------------------------------------------------- pcp_search encodings

#: How pcp_search stores specialty and accepting status (small integers in its key).
SPECIALTY_NUM = {s: i for i, s in enumerate(SPECIALTIES)}
ACCEPTING_NUM = {s: i for i, s in enumerate(ACCEPTING_STATUSES)}

#: ``pcp_search.unknown`` bits: a fact the doctor's record does not have. The columns of
#: an unknown fact hold 0 (masks, telehealth, female) or, for ages, the specialty's usual
#: range (``usual_ages``), so a filter on that fact leaves the doctor out and can count them.
UNKNOWN_ACCEPTING = 1
UNKNOWN_AGES = 2
UNKNOWN_DOC_LANGS = 4
UNKNOWN_STAFF_LANGS = 8
UNKNOWN_HOURS = 16
UNKNOWN_ACCESS = 32
UNKNOWN_TELEHEALTH = 64
UNKNOWN_GENDER = 128


def usual_ages(specialty: str) -> tuple[int, int]:
    """The ages a specialty usually sees as a PCP (``specialty_sees_age``'s rule of
    thumb): what the chooser assumes for a doctor whose own ages seen are unknown."""
    if specialty == "pediatrics":
        return 0, PEDIATRICS_MAX_AGE
    if specialty == "internal":
        return INTERNAL_MIN_AGE, 120
    if specialty == "obgyn":
        return OBGYN_MIN_AGE, 120
    return 0, 120


#: ``pcp_search.hours`` bits.
EVENING_BIT = 1
SATURDAY_BIT = 2


def hours_mask(evening: bool, saturday: bool) -> int:
    """``pcp_search.hours``: which extended hours an office keeps."""
    return (EVENING_BIT if evening else 0) | (SATURDAY_BIT if saturday else 0)


def access_mask(keys: Iterable[str]) -> int:
    """``pcp_search.access``: bit i set when ``ACCESSIBILITY_KEYS[i]`` is true.

    Raises ``ValueError`` for a key that is not an accessibility column."""
    mask = 0
    for key in keys:
        if key not in ACCESSIBILITY_KEYS:
            raise ValueError(f"unknown accessibility need {key!r}")
        mask |= 1 << ACCESSIBILITY_KEYS.index(key)
    return mask


def language_mask(codes: Iterable[str], bits: dict[str, int]) -> int:
    """``pcp_search.doc_langs`` / ``staff_langs``: bit ``language.bit`` set per language."""
    mask = 0
    for code in codes:
        mask |= 1 << bits[code]
    return mask


#: Size of the grid squares in ``pcp_search.cell``, in degrees.
CELL_DEGREES = 0.1


def grid_row_col(lat: float, lon: float) -> tuple[int, int]:
    """The grid square's row and column for a point."""
    return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)


def cell_id(row: int, col: int) -> int:
    """One integer per grid square: ``row * 10000 + column``."""
    return row * 10_000 + col


def grid_cell(lat: float, lon: float) -> int:
    """``pcp_search.cell``: the grid square a point falls in."""
    return cell_id(*grid_row_col(lat, lon))
