"""Constants that mark a file as an HMO Desktop directory (shared by writer and reader)."""

#: SQLite ``PRAGMA application_id``: ASCII "HMOD".
APPLICATION_ID = 0x484D4F44

#: SQLite ``PRAGMA user_version``: bumped whenever the schema changes incompatibly.
#: 2: pcp_search gained ``cell`` (a 0.1-degree grid square) for nearest-first pages.
SCHEMA_VERSION = 2

#: Size of the grid squares in ``pcp_search.cell``, in degrees.
CELL_DEGREES = 0.1


def grid_cell(lat: float, lon: float) -> int:
    """The grid square a point falls in, as one integer (row * 10000 + column)."""
    import math

    return math.floor(lat / CELL_DEGREES) * 10_000 + math.floor(lon / CELL_DEGREES)


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
    "specialty",
    "pcp_specialty",
    "language",
    "name_search",
    "name_native",
    "group_plan_stats",
    "pcp_search",
)

#: The four primary care specialties, keyed as stored in ``pcp_role.specialty``.
SPECIALTIES = ("family", "internal", "pediatrics", "obgyn")

#: ``pcp_role.accepting`` values.
ACCEPTING = "accepting"
EXISTING_ONLY = "existing_only"
EXISTING_PLUS_FAMILY = "existing_plus_family"
NOT_ACCEPTING = "not_accepting"
ACCEPTING_STATUSES = (ACCEPTING, EXISTING_ONLY, EXISTING_PLUS_FAMILY, NOT_ACCEPTING)

#: Provenance kinds carried by every row.
REAL = "real"
DATED = "dated"
INFERRED = "inferred"
GENERATED = "generated"
PROVENANCE_KINDS = (REAL, DATED, INFERRED, GENERATED)


#: The location columns for physical accessibility; pcp_search.access has bit i set when
#: column i is true.
ACCESSIBILITY_KEYS = (
    "acc_parking",
    "acc_exterior",
    "acc_interior",
    "acc_restroom",
    "acc_exam_room",
    "acc_exam_table",
)

#: How pcp_search stores specialty and accepting status (small integers in its key).
SPECIALTY_NUM = {s: i for i, s in enumerate(SPECIALTIES)}
ACCEPTING_NUM = {s: i for i, s in enumerate(ACCEPTING_STATUSES)}
