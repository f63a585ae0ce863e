"""Reading the bundled directory (no Qt): a safe open and one module per question.

- ``places``: is a typed ZIP usable, and where is it; the counties.
- ``plans``: which plans serve an area.
- ``groups``: which medical groups a plan offers.
- ``pcps``: which doctors match the member's filters, a page at a time; what to relax.
- ``profile``: everything known about one doctor.
- ``search``: names as the person types.
- ``about``: every source with its rows, real or sample doctors, how new the data is.

Import from this package, not from its modules.
"""

from hmo_desktop.directory.about import (
    CHOICE_TABLES,
    STALE_AFTER_DAYS,
    DataAge,
    DoctorMix,
    SourceLine,
    doctor_mix,
    newest_data,
    source_summary,
)
from hmo_desktop.directory.family import FamilyDoctor, doctors_for_everyone, still_listed
from hmo_desktop.directory.groups import (
    GROUP_SORTS,
    GroupRow,
    HospitalLink,
    groups_in_plan,
    hospitals_for_plan,
    sort_groups,
)
from hmo_desktop.directory.pcps import (
    RELAXABLE_FILTERS,
    UNKNOWABLE_FILTERS,
    Page,
    PcpFilters,
    PcpPage,
    PcpRow,
    Relaxation,
    count_pcps,
    languages,
    left_out_unknown,
    search_pcps,
    suggest_relaxation,
)
from hmo_desktop.directory.places import (
    INVALID_ZIP_CODES,
    CountyRow,
    InvalidZip,
    Place,
    counties,
    find_place,
    parse_zip,
    zip_is_complete,
)
from hmo_desktop.directory.plans import PlanRow, plans_for_area
from hmo_desktop.directory.profile import (
    DoctorProfile,
    Fact,
    NotFound,
    OfficeInfo,
    RoleInfo,
    doctor_profile,
)
from hmo_desktop.directory.search import NameHit, search_names
from hmo_desktop.directory.store import (
    SUMMARY_COUNTS,
    UNAVAILABLE_CODES,
    Directory,
    DirectorySummary,
    DirectoryUnavailable,
    SourceSummary,
    open_directory,
)
from hmo_desktop.directory_format import ACCESSIBILITY_KEYS

__all__ = [
    "ACCESSIBILITY_KEYS",
    "CHOICE_TABLES",
    "GROUP_SORTS",
    "INVALID_ZIP_CODES",
    "RELAXABLE_FILTERS",
    "STALE_AFTER_DAYS",
    "SUMMARY_COUNTS",
    "UNAVAILABLE_CODES",
    "UNKNOWABLE_FILTERS",
    "CountyRow",
    "DataAge",
    "Directory",
    "DirectorySummary",
    "DirectoryUnavailable",
    "DoctorMix",
    "DoctorProfile",
    "Fact",
    "FamilyDoctor",
    "GroupRow",
    "HospitalLink",
    "InvalidZip",
    "NameHit",
    "NotFound",
    "OfficeInfo",
    "Page",
    "PcpFilters",
    "PcpPage",
    "PcpRow",
    "Place",
    "PlanRow",
    "Relaxation",
    "RoleInfo",
    "SourceLine",
    "SourceSummary",
    "count_pcps",
    "counties",
    "doctor_mix",
    "doctor_profile",
    "doctors_for_everyone",
    "find_place",
    "groups_in_plan",
    "hospitals_for_plan",
    "languages",
    "left_out_unknown",
    "newest_data",
    "open_directory",
    "parse_zip",
    "plans_for_area",
    "search_names",
    "search_pcps",
    "sort_groups",
    "source_summary",
    "still_listed",
    "suggest_relaxation",
    "zip_is_complete",
]
