"""Every table of the directory file, in one place, shaped like HL7 Da Vinci PDex Plan-Net.

SQLModel describes the tables the builder fills row by row and is used to create them;
the tables derived from those rows (search indexes and statistics, tuned by hand) are
DDL below, with every index. Only the writer imports this module: readers
(``hmo_desktop.directory``) use plain sqlite3 and ``hmo_desktop.directory_format``, so
SQLAlchemy stays off the app's start-up path.

Every row carries ``source_id`` (which ``data_source`` it came from), ``provenance``
(real / dated / inferred / generated) and ``is_sample`` (true for generated rows, which
are fictional and must be shown as samples).
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Provenanced(SQLModel):
    source_id: int = Field(foreign_key="data_source.id", index=False)
    provenance: str
    is_sample: bool = False


class DataSource(SQLModel, table=True):
    __tablename__ = "data_source"
    id: int = Field(primary_key=True)
    key: str = Field(unique=True)
    title: str
    publisher: str
    origin: str
    licence: str
    attribution: str
    as_of: str
    kind: str  # real / dated / inferred / generated
    file: str | None = None
    file_sha256: str | None = None
    notes: str = ""


class County(Provenanced, table=True):
    __tablename__ = "county"
    id: int = Field(primary_key=True)
    name: str = Field(unique=True)
    fips: str
    lat: float
    lon: float


class ZipCode(Provenanced, table=True):
    __tablename__ = "zip_code"
    zip: str = Field(primary_key=True)
    city: str
    county_id: int = Field(foreign_key="county.id")
    lat: float
    lon: float


class Plan(Provenanced, table=True):
    """InsurancePlan: a product members recognize."""

    __tablename__ = "plan"
    id: int = Field(primary_key=True)
    name: str
    product_type: str  # medi_cal / covered_california / commercial
    carrier: str
    plan_category: str = ""  # e.g. Medi-Cal model (COHS, Two-Plan, PACE) or metal levels
    member_phone: str | None = None
    member_tty: str | None = None
    as_of: str
    enrollees: int | None = None
    network_list: str  # 'published' (real group list) or 'sample' (generated groups)
    care_model: str = "medical_groups"  # directory_format.CARE_MODELS
    min_age: int = 0  # youngest member the plan enrolls (PACE 55, a seniors' plan 65)


class PlanCounty(Provenanced, table=True):
    __tablename__ = "plan_county"
    plan_id: int = Field(foreign_key="plan.id", primary_key=True)
    county_id: int = Field(foreign_key="county.id", primary_key=True)
    enrollees: int | None = None


class Network(Provenanced, table=True):
    __tablename__ = "network"
    id: int = Field(primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    name: str
    carrier: str
    as_of: str


class MedicalGroup(Provenanced, table=True):
    """Organization (provider group / IPA)."""

    __tablename__ = "medical_group"
    id: int = Field(primary_key=True)
    name: str
    name_variants: str = ""  # every spelling in the source, ' | ' separated
    # The group's own office and contact details: NULL where no public file gives them
    # (the carriers' lists name a group, not its address); sample groups have samples.
    address: str | None = None
    city: str | None = None
    zip: str | None = None
    county_id: int | None = Field(default=None, foreign_key="county.id")
    lat: float | None = None
    lon: float | None = None
    phone: str | None = None
    website: str | None = None
    referral_rules: str | None = None
    after_hours_phone: str | None = None
    # California Health and Safety Code 1367.695: every HMO member may see a participating
    # OB/GYN without a referral (the plan may require one in the member's medical group).
    obgyn_direct_access: bool = True
    rating: float | None = None  # None means "Not rated"
    details_provenance: str = "generated"  # where address/phone/rules come from, if any


class GroupCounty(Provenanced, table=True):
    __tablename__ = "group_county"
    group_id: int = Field(foreign_key="medical_group.id", primary_key=True)
    county_id: int = Field(foreign_key="county.id", primary_key=True)


class GroupInNetwork(Provenanced, table=True):
    """OrganizationAffiliation: a group takes part in a network (per county, per code)."""

    __tablename__ = "group_in_network"
    id: int = Field(primary_key=True)
    group_id: int = Field(foreign_key="medical_group.id", index=True)
    network_id: int = Field(foreign_key="network.id", index=True)
    county_id: int | None = Field(default=None, foreign_key="county.id")
    group_code: str | None = None
    listed_name: str  # the spelling the carrier used
    period_start: str | None = None
    period_end: str | None = None


class Hospital(Provenanced, table=True):
    __tablename__ = "hospital"
    id: int = Field(primary_key=True)
    cms_id: str = Field(unique=True)
    name: str
    address: str
    city: str
    zip: str
    county_id: int | None = Field(default=None, foreign_key="county.id")
    phone: str
    hospital_type: str
    ownership: str
    emergency: bool
    star_rating: int | None = None
    lat: float
    lon: float
    coord_source: str  # 'cdph' (licensed facility listing) or 'zip' (ZIP centroid)


class GroupHospital(Provenanced, table=True):
    __tablename__ = "group_hospital"
    group_id: int = Field(foreign_key="medical_group.id", primary_key=True)
    hospital_id: int = Field(foreign_key="hospital.id", primary_key=True)
    relation: str  # 'published' or 'inferred'
    rank: int


class Language(Provenanced, table=True):
    __tablename__ = "language"
    code: str = Field(primary_key=True)
    name: str
    bit: int  # position in the language bitmasks of pcp_search


class Practitioner(Provenanced, table=True):
    __tablename__ = "practitioner"
    id: int = Field(primary_key=True)
    sample_id: str | None = Field(default=None, unique=True)  # fails the NPI check on purpose
    npi: str | None = Field(default=None, unique=True)  # real NPIs only
    first_name: str
    last_name: str
    native_name: str | None = None  # name in its own script (e.g. Chinese, Korean)
    # NULL where the source does not say (an imported real doctor): shown as unknown.
    credential: str | None = None  # MD / DO ...
    gender: str | None = None  # F / M / X
    board_certified: bool | None = None
    board_name: str | None = None
    medical_school: str | None = None
    languages_known: bool = True  # False: practitioner_language is empty because unknown


class PractitionerLanguage(Provenanced, table=True):
    __tablename__ = "practitioner_language"
    practitioner_id: int = Field(foreign_key="practitioner.id", primary_key=True)
    language_code: str = Field(foreign_key="language.code", primary_key=True)


class PractitionerHospital(Provenanced, table=True):
    """Admitting privileges (inferred: nearby acute hospitals of the doctor's group)."""

    __tablename__ = "practitioner_hospital"
    practitioner_id: int = Field(foreign_key="practitioner.id", primary_key=True)
    hospital_id: int = Field(foreign_key="hospital.id", primary_key=True)


class Location(Provenanced, table=True):
    """An office: placed at a ZIP centroid, never at a real clinic's address."""

    __tablename__ = "location"
    id: int = Field(primary_key=True)
    group_id: int = Field(foreign_key="medical_group.id", index=True)
    name: str
    address: str
    city: str
    zip: str
    county_id: int = Field(foreign_key="county.id")
    lat: float
    lon: float
    # The rest is NULL where the source does not say (an imported real office).
    phone: str | None = None
    hours: str | None = None  # JSON: {"Mon": "8:00-17:00", ...}
    evening_hours: bool | None = None
    saturday_hours: bool | None = None
    acc_parking: bool | None = None
    acc_exterior: bool | None = None
    acc_interior: bool | None = None
    acc_restroom: bool | None = None
    acc_exam_room: bool | None = None
    acc_exam_table: bool | None = None
    languages_known: bool = True  # False: location_language is empty because unknown
    # 'sample' (a generated office at a ZIP centroid) or 'zip' (a real address, placed at
    # its ZIP code's centroid: distances to it are approximate)
    coord_source: str = "sample"


class LocationLanguage(Provenanced, table=True):
    """Languages the office staff speak (separate from the doctor's own)."""

    __tablename__ = "location_language"
    location_id: int = Field(foreign_key="location.id", primary_key=True)
    language_code: str = Field(foreign_key="language.code", primary_key=True)


class PcpRole(Provenanced, table=True):
    """PractitionerRole: a doctor as PCP in a group, at an office, in a network.

    Accepting status, ages seen and the PCP ID belong here, not to the doctor. ``plan_id``,
    ``lat`` and ``lon`` are copied from the network and location so that the chooser's
    queries filter and sort from one table. An imported doctor whose group no network in
    the directory lists has roles with no network and no plan (NULL): findable by name.
    Facts the source does not give are NULL (``accepting`` is 'unknown').
    """

    __tablename__ = "pcp_role"
    id: int = Field(primary_key=True)
    practitioner_id: int = Field(foreign_key="practitioner.id")
    group_id: int = Field(foreign_key="medical_group.id")
    location_id: int = Field(foreign_key="location.id")
    network_id: int | None = Field(default=None, foreign_key="network.id")
    plan_id: int | None = Field(default=None, foreign_key="plan.id")
    specialty: str  # family / internal / pediatrics / obgyn
    specialty_code: str | None = Field(default=None, foreign_key="specialty.code")  # NUCC
    accepting: str  # directory_format.ACCEPTING_STATUSES, or UNKNOWN
    age_min: int | None = None
    age_max: int | None = None
    pcp_id: str | None = None
    telehealth: bool | None = None
    lat: float
    lon: float


class GroupLink(Provenanced, table=True):
    """How an imported group practice was joined to a medical group of the directory
    (by normalized name within a county): the import report's matched groups."""

    __tablename__ = "group_link"
    id: int = Field(primary_key=True)
    group_id: int = Field(foreign_key="medical_group.id", index=True)
    county_id: int = Field(foreign_key="county.id")
    external_key: str  # e.g. the CMS group practice PAC ID
    external_name: str  # the name as the imported file spells it
    method: str  # 'exact' (same normalized name) or 'fuzzy'
    score: float  # 0-100 (rapidfuzz token_sort_ratio of the normalized names)


class Specialty(Provenanced, table=True):
    """The NUCC Health Care Provider Taxonomy code set."""

    __tablename__ = "specialty"
    code: str = Field(primary_key=True)
    grouping: str
    classification: str
    specialization: str
    display_name: str


class PcpSpecialty(Provenanced, table=True):
    """Which taxonomy codes count as each of the four primary care specialties."""

    __tablename__ = "pcp_specialty"
    code: str = Field(primary_key=True)
    source_system: str  # NUCC code or CMS Doctors & Clinicians specialty label
    specialty: str
    include_by_default: str
    label: str


# ---------------------------------------------------------------- indexes on the tables above

INDEXES = (
    "CREATE INDEX ix_role_plan_spec ON pcp_role(plan_id, specialty, accepting)",
    "CREATE INDEX ix_role_group ON pcp_role(group_id, network_id, specialty)",
    "CREATE INDEX ix_role_practitioner ON pcp_role(practitioner_id)",
    "CREATE INDEX ix_role_plan_lat ON pcp_role(plan_id, lat, lon)",
    "CREATE INDEX ix_gin_network ON group_in_network(network_id, county_id)",
    "CREATE INDEX ix_plan_county_county ON plan_county(county_id)",
    "CREATE INDEX ix_zip_county ON zip_code(county_id)",
    "CREATE INDEX ix_location_group ON location(group_id)",
    "CREATE INDEX ix_pl_language ON practitioner_language(language_code, practitioner_id)",
    "CREATE INDEX ix_ll_language ON location_language(language_code, location_id)",
    "CREATE INDEX ix_ph_hospital ON practitioner_hospital(hospital_id, practitioner_id)",
    "CREATE INDEX ix_practitioner_name ON practitioner(last_name, first_name)",
)

# ---------------------------------------------------------------- derived tables

#: Names folded by ``hmo_desktop.textfold`` (kind 'doctor' or 'group'), FTS5 with prefix
#: indexes so each keystroke is one indexed MATCH.
NAME_SEARCH_DDL = (
    "CREATE VIRTUAL TABLE name_search USING fts5("
    "name, kind UNINDEXED, ref_id UNINDEXED, "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
)

#: Names in their own script (Chinese, Korean), searched by substring: FTS5's
#: tokenizers do not split them into words. ``name`` is folded by
#: ``hmo_desktop.textfold.fold_native`` with ``han_fold`` (Traditional -> Simplified);
#: ``practitioner.native_name`` keeps the name as written.
NAME_NATIVE_DDL = (
    "CREATE TABLE name_native (practitioner_id INTEGER PRIMARY KEY "
    "REFERENCES practitioner(id), name TEXT NOT NULL)"
)

#: Han characters whose Traditional (or Hong Kong) form differs from the Simplified one,
#: mapped to the Simplified form (from OpenCC, at build time): the reader folds a typed
#: name with it as ``name_native`` was folded, without OpenCC.
HAN_FOLD_DDL = (
    "CREATE TABLE han_fold (variant TEXT PRIMARY KEY, canonical TEXT NOT NULL) WITHOUT ROWID"
)

#: One narrow row per PCP role, clustered by plan, specialty and accepting status; every
#: chooser filter is a column test (encodings in ``hmo_desktop.directory_format``).
PCP_SEARCH_COLUMNS: tuple[tuple[str, str], ...] = (
    ("plan_id", "INTEGER"),
    ("specialty", "INTEGER"),  # SPECIALTY_NUM
    ("accepting", "INTEGER"),  # ACCEPTING_NUM
    ("role_id", "INTEGER"),
    ("practitioner_id", "INTEGER"),
    ("group_id", "INTEGER"),
    ("county_id", "INTEGER"),  # the office's county
    ("age_min", "INTEGER"),
    ("age_max", "INTEGER"),
    ("telehealth", "INTEGER"),
    ("female", "INTEGER"),
    ("doc_langs", "INTEGER"),  # language_mask
    ("staff_langs", "INTEGER"),  # language_mask
    ("hours", "INTEGER"),  # hours_mask
    ("access", "INTEGER"),  # access_mask
    ("lat", "REAL"),
    ("lon", "REAL"),
    ("cell", "INTEGER"),  # grid_cell
    ("sort_name", "TEXT"),  # folded "last first"
    ("unknown", "INTEGER"),  # UNKNOWN_* bits: facts the doctor's record does not have
)
PCP_SEARCH_DDL = (
    "CREATE TABLE pcp_search ("
    + "".join(f"{name} {kind} NOT NULL, " for name, kind in PCP_SEARCH_COLUMNS)
    + "PRIMARY KEY (plan_id, specialty, accepting, role_id)) WITHOUT ROWID"
)
PCP_SEARCH_INDEXES = (
    "CREATE INDEX ix_search_group ON pcp_search(group_id, plan_id)",
    # Nearest-first pages read the grid squares around the member first.
    "CREATE INDEX ix_search_cell ON pcp_search(plan_id, cell)",
    # Medi-Cal plans, and members who chose a county, search one county's offices.
    "CREATE INDEX ix_search_county ON pcp_search(plan_id, county_id, specialty, accepting)",
    # Records lacking a fact (imported doctors): found at once, or known to be none.
    "CREATE INDEX ix_search_unknown ON pcp_search(plan_id, specialty) WHERE unknown != 0",
)

#: Doctors per group, plan, county and specialty (distinct doctors, not office listings;
#: ``accepting``: those taking new patients at one of those offices; county_id
#: ALL_COUNTIES: the whole state): the group browser reads this instead of counting
#: thousands of roles each time a plan is chosen.
GROUP_PLAN_STATS_DDL = (
    "CREATE TABLE group_plan_stats (plan_id INTEGER, county_id INTEGER, group_id INTEGER, "
    "specialty TEXT, accepting INTEGER, total INTEGER, "
    "PRIMARY KEY (plan_id, county_id, group_id, specialty)) WITHOUT ROWID"
)

#: How many rows of each table each source gave (every table with a ``source_id``),
#: counted once by the builder: the About box, ``--about-directory`` and the status line
#: read this instead of counting 60,000+ rows at start-up.
SOURCE_ROWS_DDL = (
    "CREATE TABLE source_rows (source_id INTEGER NOT NULL REFERENCES data_source(id), "
    "table_name TEXT NOT NULL, rows INTEGER NOT NULL, PRIMARY KEY (source_id, table_name)) "
    "WITHOUT ROWID"
)

#: The derived tables, in the order the builder creates them.
DERIVED_TABLES = (
    "han_fold", "name_search", "name_native", "pcp_search", "group_plan_stats", "source_rows",
)  # fmt: skip
