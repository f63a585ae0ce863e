"""Reading the bundled directory (no Qt): a safe open and one function per question."""

from hmo_desktop.datapack.stamp import ACCESSIBILITY_KEYS
from hmo_desktop.directory.queries import (
    GROUP_SORTS,
    CountyRow,
    DoctorProfile,
    GroupRow,
    HospitalLink,
    InvalidZip,
    NotFound,
    Page,
    PcpFilters,
    PcpPage,
    PcpRow,
    Place,
    PlanRow,
    counties,
    doctor_profile,
    find_place,
    groups_in_plan,
    hospitals_for_plan,
    languages,
    parse_zip,
    plans_for_area,
    search_pcps,
    sort_groups,
)
from hmo_desktop.directory.search import NameHit, search_names
from hmo_desktop.directory.store import Directory, DirectoryUnavailable, open_directory

__all__ = [
    "ACCESSIBILITY_KEYS", "GROUP_SORTS", "CountyRow", "Directory", "DirectoryUnavailable",
    "DoctorProfile", "GroupRow", "HospitalLink", "InvalidZip", "NameHit", "NotFound", "Page",
    "PcpFilters", "PcpPage", "PcpRow", "Place", "PlanRow", "counties", "doctor_profile",
    "find_place", "groups_in_plan", "hospitals_for_plan", "languages", "open_directory",
    "parse_zip", "plans_for_area", "search_names", "search_pcps", "sort_groups",
]
