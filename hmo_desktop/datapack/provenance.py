"""Where every row comes from: the public files in ``db/sources/`` and the builder's own
inferred and generated rows.

Each entry becomes a ``data_source`` row (its id is ``SOURCE_IDS[key]``) and a manifest
entry; every other row points back to one through ``source_id``.
"""

from __future__ import annotations

from dataclasses import dataclass

from hmo_desktop.directory_format import DATED, GENERATED, INFERRED, REAL


@dataclass(frozen=True)
class SourceInfo:
    key: str
    title: str
    publisher: str
    origin: str
    licence: str
    attribution: str
    as_of: str
    kind: str  # REAL / DATED / INFERRED / GENERATED
    file: str | None  # in db/sources/; None for rows the builder makes itself
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
        REAL,
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
        DATED,
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
        DATED,
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
        DATED,
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
        DATED,
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
        REAL,
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
        DATED,
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
        REAL,
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
        REAL,
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
        REAL,
        "pcp_specialty_map.csv",
    ),
    SourceInfo(
        "care_models",
        "How integrated and PACE plans give care",
        "Kaiser Permanente; California DHCS (PACE)",
        "the plans' public descriptions of their care models",
        "Facts from public descriptions",
        "Kaiser Permanente members choose doctors of the Permanente Medical Group for "
        "their region; PACE members get care from the team at their PACE center.",
        "2025",
        REAL,
        None,
        "The Permanente Medical Group serves Northern California and the Southern California "
        "Permanente Medical Group Southern California; their offices here are samples.",
    ),
    SourceInfo(
        "opencc",
        "OpenCC Traditional/Simplified Chinese character tables",
        "Open Chinese Convert (OpenCC) project",
        "the opencc package's conversion dictionaries (STCharacters, HKVariants), at build",
        "Apache License 2.0",
        "Chinese character variants from OpenCC (Apache-2.0).",
        "version 1.4.2",
        REAL,
        None,
        "Written into han_fold, so that a name typed in Traditional or Simplified Chinese "
        "finds the same doctors.",
    ),
    SourceInfo(
        "inferred_hospitals",
        "Group and doctor hospitals inferred from distance",
        "HMO Desktop builder",
        "nearest acute-care hospitals to a group's offices",
        "MIT (ours)",
        "Inferred by HMO Desktop; not published by the group.",
        "build",
        INFERRED,
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
        GENERATED,
        None,
        GENERATED_NOTE,
    ),
)

SOURCE_IDS = {s.key: i + 1 for i, s in enumerate(SOURCES)}
