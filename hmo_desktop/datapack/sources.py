"""Readers for the real public files in ``db/sources/`` (read as-is, never edited).

Each reader returns plain rows; the builder decides how they become tables. The
``SOURCES`` table is the provenance every derived row points back to.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class SourceInfo:
    key: str
    title: str
    publisher: str
    origin: str
    licence: str
    attribution: str
    as_of: str
    kind: str
    file: str | None
    notes: str = ""


GENERATED_NOTE = (
    "Fictional sample rows made by the HMO Desktop builder where no public file gives the "
    "facts. They are flagged is_sample and shown as 'Sample (fictional)'."
)

SOURCES: tuple[SourceInfo, ...] = (
    SourceInfo(
        "medi_cal",
        "Medi-Cal Managed Care Enrollment Report (plans by county)",
        "California Department of Health Care Services (DHCS)",
        "data.chhs.ca.gov",
        "CHHS Open Data terms",
        "Source: California DHCS, via the CHHS Open Data Portal.",
        "2025-12",
        "real",
        "medi_cal_plans_by_county_2025-12.csv",
    ),
    SourceInfo(
        "covered_ca_plans",
        "Covered California 2017 qualified health plan products",
        "Covered California / CMS public plan files",
        "compiled in BloombergGraphics/2017-health-insurer-exits-data",
        "Public government data",
        "Source: Covered California.",
        "2017",
        "dated",
        "covered_california_2017_qhp_plans.csv",
    ),
    SourceInfo(
        "covered_ca_rating_areas",
        "Covered California rating areas by county",
        "Covered California",
        "compiled in BloombergGraphics/2017-health-insurer-exits-data",
        "Public government data",
        "Source: Covered California.",
        "2017",
        "dated",
        "covered_california_rating_areas.csv",
    ),
    SourceInfo(
        "covered_ca_issuers",
        "Covered California issuers by county, 2014-2017",
        "Covered California",
        "compiled in BloombergGraphics/2017-health-insurer-exits-data",
        "Public government data",
        "Source: Covered California.",
        "2017",
        "dated",
        "covered_california_issuers_by_county_2014_2017.csv",
    ),
    SourceInfo(
        "hmo_groups",
        "Anthem Blue Cross and UnitedHealthcare of California HMO medical groups",
        "Anthem Blue Cross of California; UnitedHealthcare of California",
        "carriers' published medical-group lists, as seeded in droidandy/projects",
        "Facts from carrier publications; no licence stated",
        "Source: carrier medical-group lists, circa 2017-2018.",
        "2017-2018",
        "dated",
        "hmo_network_medical_groups_anthem_uhc.csv",
        "Dated: networks change every year; confirm with the plan.",
    ),
    SourceInfo(
        "cms_hospitals",
        "Hospital General Information (California)",
        "Centers for Medicare & Medicaid Services",
        "CMS Provider Data Catalog",
        "U.S. government work, public domain",
        "Source: CMS Provider Data Catalog.",
        "2025",
        "real",
        "cms_hospital_general_information_ca.csv",
    ),
    SourceInfo(
        "cdph_facilities",
        "Licensed and Certified Healthcare Facility Listing",
        "California Department of Public Health (CDPH)",
        "data.chhs.ca.gov",
        "CHHS Open Data terms",
        "Source: California CDPH, via the CHHS Open Data Portal.",
        "2016-2017",
        "dated",
        "cdph_licensed_facilities_ca_hospitals_clinics.csv",
        "Used only for hospital coordinates.",
    ),
    SourceInfo(
        "zip_centroids",
        "California ZIP codes with centroids",
        "GeoNames (via the zipcodes 3.0.0 package)",
        "geonames.org",
        "CC BY 4.0 (coordinates); package MIT",
        "GeoNames, geonames.org (CC BY 4.0)",
        "2021",
        "real",
        "ca_zip_centroids.csv",
    ),
    SourceInfo(
        "nucc",
        "Health Care Provider Taxonomy code set v25.1",
        "National Uniform Claim Committee",
        "nucc.org",
        "(c) American Medical Association; distributed free by NUCC",
        "Health Care Provider Taxonomy code set (c) AMA, distributed by NUCC.",
        "2025-01",
        "real",
        "nucc_taxonomy_251.csv",
    ),
    SourceInfo(
        "pcp_map",
        "Primary care specialty map",
        "HMO Desktop",
        "written for this project",
        "MIT (ours)",
        "HMO Desktop",
        "2025",
        "real",
        "pcp_specialty_map.csv",
    ),
    SourceInfo(
        "inferred_hospitals",
        "Group and doctor hospitals inferred from distance",
        "HMO Desktop builder",
        "nearest acute-care hospitals to a group's offices",
        "MIT (ours)",
        "Inferred by HMO Desktop; not published by the group.",
        "build",
        "inferred",
        None,
        "Groups do not publish hospital lists here: nearest acute hospitals.",
    ),
    SourceInfo(
        "generated",
        "Sample doctors, offices and medical groups (fictional)",
        "HMO Desktop builder",
        "deterministic generator seeded by --seed",
        "MIT (ours)",
        "Fictional sample data.",
        "build",
        "generated",
        None,
        GENERATED_NOTE,
    ),
)

SOURCE_IDS = {s.key: i + 1 for i, s in enumerate(SOURCES)}


def file_sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


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


def read_medi_cal(src: Path) -> tuple[list[MediCalPlan], int]:
    """Medi-Cal managed-care medical plans; dental plans are left out (they have no PCPs).

    Returns the plans and the number of dental rows skipped.
    """
    plans: dict[str, MediCalPlan] = {}
    dental = 0
    for r in read_csv(src / "medi_cal_plans_by_county_2025-12.csv"):
        if r["plan_type"] == "Dental":
            dental += 1
            continue
        name = MEDI_CAL_ALIASES.get(r["plan_name"], r["plan_name"])
        plan = plans.setdefault(name, MediCalPlan(name))
        plan.categories.add(MEDI_CAL_CATEGORY.get(r["plan_type"], r["plan_type"]))
        county = r["county"].strip()  # the source has 'San Diego ' with a trailing space
        n = int(r["enrollees"]) if r["enrollees"].strip().isdigit() else None
        before = plan.counties.get(county)
        plan.counties[county] = n if before is None else before + (n or 0)
    return sorted(plans.values(), key=lambda p: p.name), dental


@dataclass
class CoveredCaPlan:
    carrier: str
    short: str
    metal_levels: set[str] = field(default_factory=set)
    rating_areas: set[int] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
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
        plan = plans.setdefault(short, CoveredCaPlan(COVERED_CA_CARRIERS.get(short, short), short))
        plan.metal_levels.add(r["metal_level"])
        plan.rating_areas.add(int(r["rating_area"]))
        plan.products.add(r["full_plan_name"])
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

_ABBREV = [
    (r"\bMED GRP\b", "MEDICAL GROUP"),
    (r"\bMED GROUP\b", "MEDICAL GROUP"),
    (r"\bMG\b", "MEDICAL GROUP"),
    (r"\bGRP\b", "GROUP"),
    (r"\bMED\b", "MEDICAL"),
    (r"\bASSOC\b", "ASSOCIATES"),
    (r"\bASSOCIATION\b", "ASSOCIATES"),
    (r"\bPHYS\b", "PHYSICIANS"),
    (r"\bPHYSICIAN\b", "PHYSICIANS"),
    (r"\bCHILDRENS\b", "CHILDREN S"),
    (r"\bCTY\b", "COUNTY"),
    (r"\bCO\b", "COMPANY"),
    (r"\bSACRA\b", "SACRAMENTO"),
    (r"\bMF\b", "MEDICAL FOUNDATION"),
    (r"\bHEALTHPARTNERS\b", "HEALTH PARTNERS"),
    (r"\bNORTHHOLLYWOOD\b", "NORTH HOLLYWOOD"),
]
_TRAILING = re.compile(r"(\s+(INC|CORPORATION|CORP|A MEDICAL GROUP|MEDICAL))+$")


def group_key(name: str) -> str:
    """A spelling-insensitive key: merges 'FACEY MEDICAL FOUNDATION/SIMI VALLEY' and
    'FACEY MEDICAL FOUNDATION - SIMI VALLEY', keeps genuinely different regions apart."""
    s = unicodedata.normalize("NFKD", name.upper())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"['\"’`]", " ", s)
    s = re.sub(r"[^A-Z0-9]+", " ", s).strip()
    s = re.sub(r"\bST\b", "SAINT", s)
    for pat, rep in _ABBREV:
        s = re.sub(pat, rep, s)
    s = re.sub(r"\s+", " ", s).strip()
    s = _TRAILING.sub("", s)
    s = re.sub(r"\b(IPA )?MEDICAL GROUP IPA$", "MEDICAL GROUP IPA", s)
    return s


_KEEP_UPPER = {
    "IPA",
    "HCP",
    "UC",
    "UCLA",
    "UCSD",
    "UCI",
    "PIH",
    "GNP",
    "DCN",
    "RHC",
    "AMVI",
    "ADOC",
    "BMG",
    "CSMG",
    "MDR",
    "PCAMG",
    "MPMG",
    "SCMG",
    "SLO",
    "LLUSM",
    "LA",
    "OC",
    "NWOC",
    "APSI",
    "PCP",
    "PCPS",
    "SEBMF",
    "DCHS",
    "MPCMG",
    "AMA",
    "II",
    "CHA",
    "MC",
    "SPN",
    "NEMS",
    "VVIPA",
}
_SMALL = {"OF", "THE", "AND", "AT", "IN", "A"}


def title_case(name: str) -> str:
    words = re.split(r"(\s+|/|-|–|\()", name.strip())
    out = []
    for i, w in enumerate(words):
        bare = w.strip("().,")
        if bare.upper() in _KEEP_UPPER:
            out.append(w.upper())
        elif bare.upper() in _SMALL and i > 0:
            out.append(w.lower())
        elif "'" in w or '"' in w:
            out.append(w.replace('"', "'").capitalize())
        else:
            out.append(w.capitalize())
    return "".join(out)


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
    key: str
    name: str
    variants: list[str]
    links: list[GroupLink]

    @property
    def counties(self) -> list[str]:
        return sorted({link.county for link in self.links})


NO_NETWORK = "(listed, no network link)"
_ABBREV_WORDS = re.compile(r"\b(MED|GRP|MG|ASSOC|PHYS|CO|SACRA|MF|CTY)\b")


def _abbrev_count(name: str) -> int:
    return len(_ABBREV_WORDS.findall(name.upper()))


def read_hmo_groups(src: Path) -> tuple[list[RealGroup], int]:
    """Real medical groups merged by spelling; returns groups and the number of source rows."""
    by_key: dict[str, list[GroupLink]] = defaultdict(list)
    n = 0
    for r in read_csv(src / "hmo_network_medical_groups_anthem_uhc.csv"):
        n += 1
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
        best = sorted(spellings, key=lambda s: (_abbrev_count(s), -spellings[s], -len(s), s))[0]
        # The same link listed in two vintages counts once (the later vintage kept).
        latest: dict[tuple[str, str, str, str, str], GroupLink] = {}
        for li in links:
            k = (li.carrier, li.network, li.county, li.group_code, li.listed_name)
            if k not in latest or li.vintage > latest[k].vintage:
                latest[k] = li
        unique_links = [latest[k] for k in sorted(latest)]
        groups.append(RealGroup(key, title_case(best), sorted(spellings), unique_links))
    return groups, n


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


def read_cdph_coordinates(
    src: Path,
) -> tuple[dict[tuple[str, str], tuple[float, float]], dict[tuple[str, str], tuple[float, float]]]:
    """Coordinates of licensed general acute hospitals, by (name, ZIP) and (address, ZIP)."""
    by_name: dict[tuple[str, str], tuple[float, float]] = {}
    by_addr: dict[tuple[str, str], tuple[float, float]] = {}
    for r in read_csv(src / "cdph_licensed_facilities_ca_hospitals_clinics.csv"):
        if not r["LATITUDE"] or not r["LONGITUDE"]:
            continue
        coord = (float(r["LATITUDE"]), float(r["LONGITUDE"]))
        z = r["ZIP"][:5]
        by_name.setdefault((_facility_key(r["FACNAME"]), z), coord)
        by_addr.setdefault((_facility_key(r["ADDRESS"]), z), coord)
    return by_name, by_addr


def match_cdph(
    h: HospitalRow,
    by_name: dict[tuple[str, str], tuple[float, float]],
    by_addr: dict[tuple[str, str], tuple[float, float]],
) -> tuple[float, float] | None:
    return by_name.get((_facility_key(h.name), h.zip)) or by_addr.get(
        (_facility_key(h.address), h.zip)
    )


# ---------------------------------------------------------------- taxonomy


def read_nucc(src: Path) -> list[dict[str, str]]:
    return list(read_csv(src / "nucc_taxonomy_251.csv", encoding="latin-1"))


def read_pcp_map(src: Path) -> list[dict[str, str]]:
    return list(read_csv(src / "pcp_specialty_map.csv"))


APP_SPECIALTY = {
    "Family Medicine": "family",
    "Internal Medicine": "internal",
    "Pediatrics": "pediatrics",
    "OB/GYN": "obgyn",
}
