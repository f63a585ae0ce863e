"""What every importer hands the build: real doctors, groups, offices, roles, plans and
networks, in one neutral shape, whatever file they came from.

``None`` always means "the file does not say": the build stores it as unknown (NULL, or
the ``unknown`` accepting status) and the app shows "not in this directory: call the
office". Nothing here is ever filled with a default.

Keys are strings chosen by the importer and unique within one import (for example
``"pac:4082537294"`` for a CMS group practice, ``"Organization/abc"`` for a Plan-Net
resource); the build never shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportSource:
    """One input file (or folder): becomes a ``data_source`` row and a manifest entry."""

    key: str  # e.g. "cms_dac", "plannet", "nppes"; what ``source`` fields below name
    title: str  # e.g. "CMS Doctors and Clinicians national downloadable file"
    publisher: str
    origin: str  # the file or folder name as given (no directories above it)
    as_of: str  # YYYY-MM-DD: the newest date the file states, else its modification date
    as_of_note: str  # how the date was found, e.g. "meta.lastUpdated" or "file modified"
    licence: str = "Public government data"


@dataclass
class RealDoctor:
    npi: str
    first_name: str
    last_name: str
    source: str  # a ``provenance.SOURCES`` key
    middle_name: str = ""
    credential: str | None = None  # "MD", "DO", "NP" ... as given
    gender: str | None = None  # "F" / "M" / "X"
    languages: tuple[str, ...] | None = None  # ISO 639-1 codes the doctor speaks
    board_certified: bool | None = None
    board_name: str | None = None
    line: str = ""  # where the record is: "file, line 12" or "file, Practitioner/x"


@dataclass
class RealGroup:
    key: str
    name: str
    source: str
    npi: str | None = None
    phone: str | None = None


@dataclass
class RealOffice:
    key: str
    address: str
    city: str
    zip5: str
    state: str
    source: str
    name: str | None = None
    phone: str | None = None
    languages: tuple[str, ...] | None = None  # the office staff's
    evening_hours: bool | None = None
    saturday_hours: bool | None = None
    hours: dict[str, str] | None = None  # {"Mon": "8:00-17:00", ...}
    accessibility: tuple[str, ...] | None = None  # ``ACCESSIBILITY_KEYS`` that apply


@dataclass
class RealRole:
    """A primary care doctor at an office, with a group, in zero or more networks."""

    npi: str
    office_key: str
    specialty: str  # family / internal / pediatrics / obgyn
    source: str
    group_key: str | None = None
    specialty_code: str | None = None  # NUCC taxonomy code, when the file gives one
    accepting: str | None = None  # a ``directory_format.ACCEPTING_STATUSES`` value
    age_min: int | None = None
    age_max: int | None = None
    pcp_id: str | None = None
    telehealth: bool | None = None
    network_keys: tuple[str, ...] = ()


@dataclass
class RealNetwork:
    key: str
    name: str
    carrier: str
    source: str


@dataclass
class RealPlan:
    key: str
    name: str
    carrier: str
    product_code: str  # InsuranceProductTypeCS code, e.g. "commhmo", "medihmo"
    source: str
    network_keys: tuple[str, ...] = ()
    member_phone: str | None = None


@dataclass
class Imported:
    """One importer's result (or several merged): everything keyed for the build."""

    doctors: dict[str, RealDoctor] = field(default_factory=dict)  # by NPI
    groups: dict[str, RealGroup] = field(default_factory=dict)
    offices: dict[str, RealOffice] = field(default_factory=dict)
    roles: list[RealRole] = field(default_factory=list)
    networks: dict[str, RealNetwork] = field(default_factory=dict)
    plans: dict[str, RealPlan] = field(default_factory=dict)
    sources: list[ImportSource] = field(default_factory=list)
    # Hospitals a doctor is affiliated with (CMS certification numbers), by NPI.
    hospitals: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What the importer counted, kept, skipped or repaired, for the import report:
    # one line per fact, e.g. "rows read: 2,700,000".
    report: list[str] = field(default_factory=list)
