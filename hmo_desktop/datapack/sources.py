"""Readers for the real public files in ``db/sources/`` (read as-is, never edited).

Each reader returns plain rows; the builder decides how they become tables. Which file
is which source, with its licence and date, is ``hmo_desktop.datapack.provenance``.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hmo_desktop.datapack.spelling import abbreviation_count, group_key, title_case
from hmo_desktop.directory_format import SPECIALTIES


def read_csv(path: Path, encoding: str = "utf-8") -> Iterator[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as fh:
        yield from csv.DictReader(fh)


# ---------------------------------------------------------------- ZIPs and counties


@dataclass(frozen=True)
class ZipRow:
    zip: str
    city: str
    county: str
    lat: float
    lon: float
    area_code: str


def read_zips(src: Path) -> list[ZipRow]:
    rows = []
    for r in read_csv(src / "ca_zip_centroids.csv"):
        if r["active"] != "True" or not r["lat"] or not r["county"]:
            continue
        county = r["county"].removesuffix(" County").strip()
        area = (r["area_codes"].split() or ["000"])[0]
        rows.append(
            ZipRow(r["zip_code"], r["city"], county, float(r["lat"]), float(r["lon"]), area)
        )
    return sorted(rows, key=lambda z: z.zip)


def read_county_fips(src: Path) -> dict[str, str]:
    # Los Angeles is split by ZIP3 in the rating-area file and has no FIPS row there.
    out: dict[str, str] = {"Los Angeles": "06037"}
    for r in read_csv(src / "covered_california_rating_areas.csv"):
        name = r["county_name"].removesuffix(" County").strip()
        if name and r["fips_county"]:
            out[name] = r["fips_county"]
    return out


def read_rating_areas(src: Path) -> dict[int, list[str]]:
    """Rating area -> counties. Areas 15 and 16 split Los Angeles County by ZIP3 and are
    listed by ZIP3 alone, with no county name."""
    out: dict[int, set[str]] = defaultdict(set)
    for r in read_csv(src / "covered_california_rating_areas.csv"):
        name = r["county_name"].removesuffix(" County").strip()
        if not name and r["zip3"]:
            name = "Los Angeles"
        if name:
            out[int(r["rating_area"])].add(name)
    return {k: sorted(v) for k, v in sorted(out.items())}


# ---------------------------------------------------------------- plans


MEDI_CAL_ALIASES = {
    "Health Net Community Solutions, Inc": "Health Net Community Solutions",
    "Health Net Community Solutions, Inc.": "Health Net Community Solutions",
    "Heath Net Community Solutions, Inc": "Health Net Community Solutions",
    "Partnership HealthPlan of California": "Partnership Health Plan of California",
    "Kaiser Foundation Health Plan": "Kaiser Permanente",
    "North East Medical Services (NEMS) PACE": "North East Medical Services PACE",
    "myPlace PACE": "MyPlace Health PACE",
    "AltaMed Health Sr. Buena Care": "AltaMed Senior Buena Care",
    "Innovative Integrated Health, Inc": "Innovative Integrated Health PACE",
}

MEDI_CAL_CATEGORY = {
    "County Organized Health Systems": "County Organized Health System",
    "Local Initiative (2 Plan)": "Two-Plan model, local initiative",
    "Commercial Plan (2 Plan)": "Two-Plan model, commercial plan",
    "Geographic Managed Care": "Geographic Managed Care",
    "Regional Model": "Regional model",
    "Single": "Single Plan model",
    "PACE": "PACE (all-inclusive care for the elderly)",
    "SCAN": "SCAN (seniors)",
    "Special Project": "Special project",
    "Primary Care Case Management": "Primary care case management",
}


@dataclass
class MediCalPlan:
    name: str
    categories: set[str] = field(default_factory=set)
    # county -> enrollees; None where the report suppresses the count (small cells)
    counties: dict[str, int | None] = field(default_factory=dict)


def read_medi_cal(src: Path) -> list[MediCalPlan]:
    """Medi-Cal managed-care medical plans; dental plans are left out (they have no PCPs)."""
    plans: dict[str, MediCalPlan] = {}
    for r in read_csv(src / "medi_cal_plans_by_county_2025-12.csv"):
        if r["plan_type"] == "Dental":
            continue
        name = MEDI_CAL_ALIASES.get(r["plan_name"], r["plan_name"])
        plan = plans.setdefault(name, MediCalPlan(name))
        plan.categories.add(MEDI_CAL_CATEGORY.get(r["plan_type"], r["plan_type"]))
        county = r["county"].strip()  # the source has 'San Diego ' with a trailing space
        enrollees = int(r["enrollees"]) if r["enrollees"].strip().isdigit() else None
        before = plan.counties.get(county)
        plan.counties[county] = enrollees if before is None else before + (enrollees or 0)
    return sorted(plans.values(), key=lambda p: p.name)


@dataclass
class CoveredCaPlan:
    carrier: str
    metal_levels: set[str] = field(default_factory=set)
    rating_areas: set[int] = field(default_factory=set)
    issuer_ids: set[str] = field(default_factory=set)


COVERED_CA_CARRIERS = {
    "Anthem": "Anthem Blue Cross of California",
    "Blue Shield": "Blue Shield of California",
    "Chinese Community": "Chinese Community Health Plan",
    "HealthNet": "Health Net of California",
    "Kaiser": "Kaiser Permanente",
    "L.A. Care": "L.A. Care Health Plan",
    "Molina": "Molina Healthcare of California",
    "Sharp": "Sharp Health Plan",
    "Valley": "Valley Health Plan (County of Santa Clara)",
    "Western": "Western Health Advantage",
}

METAL_ORDER = ["Catastrophic", "Bronze", "Silver", "Gold", "Platinum"]


def read_covered_ca_hmos(src: Path) -> list[CoveredCaPlan]:
    """One HMO product per carrier (metal levels and rating areas gathered)."""
    plans: dict[str, CoveredCaPlan] = {}
    for r in read_csv(src / "covered_california_2017_qhp_plans.csv"):
        if r["network"] not in ("HMO", "HDHP HMO"):
            continue
        short = r["applicant"]
        plan = plans.setdefault(short, CoveredCaPlan(COVERED_CA_CARRIERS.get(short, short)))
        plan.metal_levels.add(r["metal_level"])
        plan.rating_areas.add(int(r["rating_area"]))
        plan.issuer_ids.add(r["hois_id"])
    return sorted(plans.values(), key=lambda p: p.carrier)


def read_covered_ca_issuer_counties(src: Path, year: str = "2017") -> dict[str, set[str]]:
    """Issuer id -> counties where it sold on Covered California that year."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in read_csv(src / "covered_california_issuers_by_county_2014_2017.csv"):
        if r["year"] == year:
            out[r["issuer_id"]].add(r["county_name"].removesuffix(" County").strip())
    return out


# ---------------------------------------------------------------- medical groups


@dataclass(frozen=True)
class GroupLink:
    carrier: str
    network: str  # '' when the carrier lists the group without a network
    group_code: str
    listed_name: str
    county: str
    vintage: str


@dataclass
class RealGroup:
    name: str
    variants: list[str]  # every spelling the carriers use
    links: list[GroupLink]


NO_NETWORK = "(listed, no network link)"


def read_hmo_groups(src: Path) -> list[RealGroup]:
    """Real medical groups, their spellings merged (``group_key``), sorted by that key."""
    by_key: dict[str, list[GroupLink]] = defaultdict(list)
    for r in read_csv(src / "hmo_network_medical_groups_anthem_uhc.csv"):
        network = "" if r["network"] == NO_NETWORK else r["network"]
        link = GroupLink(
            r["carrier"],
            network,
            r["group_code"].strip(),
            r["medical_group_name"].strip(),
            r["county"].strip(),
            r["vintage"],
        )
        by_key[group_key(link.listed_name)].append(link)
    groups = []
    for key in sorted(by_key):
        links = by_key[key]
        spellings = Counter(link.listed_name for link in links)
        # The spelling with fewest abbreviations names the group, then the most used one,
        # then the longest.
        best = sorted(spellings, key=lambda s: (abbreviation_count(s), -spellings[s], -len(s), s))[
            0
        ]
        # The same link listed in two vintages counts once (the later vintage kept).
        latest: dict[tuple[str, str, str, str, str], GroupLink] = {}
        for link in links:
            same = (link.carrier, link.network, link.county, link.group_code, link.listed_name)
            if same not in latest or link.vintage > latest[same].vintage:
                latest[same] = link
        unique_links = [latest[same] for same in sorted(latest)]
        groups.append(RealGroup(title_case(best), sorted(spellings), unique_links))
    return groups


# ---------------------------------------------------------------- hospitals


@dataclass(frozen=True)
class HospitalRow:
    cms_id: str
    name: str
    address: str
    city: str
    zip: str
    county: str
    phone: str
    hospital_type: str
    ownership: str
    emergency: bool
    star_rating: int | None


def read_cms_hospitals(src: Path) -> list[HospitalRow]:
    out = []
    for r in read_csv(src / "cms_hospital_general_information_ca.csv"):
        rating = r["Hospital overall rating"]
        out.append(
            HospitalRow(
                r["Facility ID"],
                title_case(r["Facility Name"]),
                title_case(r["Address"]),
                title_case(r["City/Town"]),
                r["ZIP Code"][:5],
                title_case(r["County/Parish"]),
                r["Telephone Number"],
                r["Hospital Type"],
                r["Hospital Ownership"],
                r["Emergency Services"] == "Yes",
                int(rating) if rating.isdigit() else None,
            )
        )
    return sorted(out, key=lambda h: h.cms_id)


def _facility_key(s: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", s.upper())


#: (facility key, ZIP) -> (lat, lon)
Coordinates = dict[tuple[str, str], tuple[float, float]]


def read_cdph_coordinates(src: Path) -> tuple[Coordinates, Coordinates]:
    """Coordinates of licensed general acute hospitals, by (name, ZIP) and (address, ZIP)."""
    by_name: Coordinates = {}
    by_addr: Coordinates = {}
    for r in read_csv(src / "cdph_licensed_facilities_ca_hospitals_clinics.csv"):
        if not r["LATITUDE"] or not r["LONGITUDE"]:
            continue
        coord = (float(r["LATITUDE"]), float(r["LONGITUDE"]))
        zip5 = r["ZIP"][:5]
        by_name.setdefault((_facility_key(r["FACNAME"]), zip5), coord)
        by_addr.setdefault((_facility_key(r["ADDRESS"]), zip5), coord)
    return by_name, by_addr


def match_cdph(
    hospital: HospitalRow, by_name: Coordinates, by_addr: Coordinates
) -> tuple[float, float] | None:
    """The CDPH coordinates of a CMS hospital: by name and ZIP, else by address and ZIP."""
    return by_name.get((_facility_key(hospital.name), hospital.zip)) or by_addr.get(
        (_facility_key(hospital.address), hospital.zip)
    )


# ---------------------------------------------------------------- taxonomy


def read_nucc(src: Path) -> list[dict[str, str]]:
    return list(read_csv(src / "nucc_taxonomy_251.csv", encoding="latin-1"))


def read_pcp_map(src: Path) -> list[dict[str, str]]:
    return list(read_csv(src / "pcp_specialty_map.csv"))


#: The specialty map's ``app_specialty`` labels, in the order of ``SPECIALTIES``.
SPECIALTY_LABELS = ("Family Medicine", "Internal Medicine", "Pediatrics", "OB/GYN")
APP_SPECIALTY = dict(zip(SPECIALTY_LABELS, SPECIALTIES, strict=True))
