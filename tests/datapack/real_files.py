"""Small import files for the build tests, written in the published layouts.

The CMS rows follow the 2023+ header of the Doctors and Clinicians national file (see
tests/data/import-samples/cms-dac/README.md); the people are made up, their NPIs are
valid 10-digit numbers built with the NPI check digit. Group names are the spellings a
CMS file uses for group practices ("..., INC."), so they exercise the linking to the
carriers' HMO lists.
"""

from __future__ import annotations

import csv
import os
from datetime import UTC, datetime
from pathlib import Path

from hmo_desktop.datapack.build import BuildOptions, BuildResult, build_directory
from hmo_desktop.datapack.generate import npi_check_digit
from hmo_desktop.datapack.imports import ImportOptions
from hmo_desktop.paths import sources_dir

COUNTIES = ("San Francisco", "Fresno")
FILE_DATE = datetime(2026, 3, 1, tzinfo=UTC).timestamp()

CMS_2023_HEADER = (
    "NPI, Ind_PAC_ID, Ind_enrl_ID, Provider Last Name, Provider First Name, "
    "Provider Middle Name, suff, gndr, Cred, Med_sch, Grd_yr, pri_spec, sec_spec_1, "
    "sec_spec_2, sec_spec_3, sec_spec_4, sec_spec_all, Telehlth, Facility Name, org_pac_id, "
    "num_org_mem, adr_ln_1, adr_ln_2, ln_2_sprs, City/Town, State, ZIP Code, "
    "Telephone Number, ind_assgn, grp_assgn, adrs_id"
)


def npi(first9: str) -> str:
    return first9 + str(npi_check_digit(first9))


SMITH, OBRIEN, NGUYEN, PATEL, MCDONALD = (npi(f"16{i:07d}") for i in range(1, 6))
RADIOLOGIST, NEW_YORK = npi("160000011"), npi("160000012")
BAD_NPI = "1600000999"  # fails the check digit
HILL = "HILL PHYSICIANS MEDICAL GROUP INC"
ASIAN_AMERICAN = "ASIAN AMERICAN MEDICAL GROUP, INC."
UNLISTED = "MISSION STREET FAMILY PRACTICE LLP"
SANTE = "SANTE COMMUNITY PHYSICIANS IPA MEDICAL CORPORATION"  # two listed Sante groups


def _row(
    number: str,
    last: str,
    first: str,
    gender: str,
    cred: str,
    spec: str,
    org: str,
    pac: str,
    address: str,
    city: str,
    state: str,
    zip_code: str,
    phone: str,
    telehealth: str = "",
) -> list[str]:
    return [
        number, "1234567890", "I20200101000001", last, first, "", "", gender, cred,
        "OTHER", "2005", spec, "", "", "", "", "", telehealth, org, pac, "12",
        address, "", "", city, state, zip_code, phone, "Y", "Y", "A1",
    ]  # fmt: skip


def cms_rows() -> list[list[str]]:
    sf, fresno = "SAN FRANCISCO", "FRESNO"
    return [
        _row(SMITH, "SMITH", "JANE", "F", "MD", "FAMILY MEDICINE", HILL, "4000000001",
             "2100 WEBSTER ST", sf, "CA", "94115", "4155550100", "Y"),
        _row(SMITH, "SMITH", "JANE", "F", "MD", "FAMILY MEDICINE", HILL, "4000000001",
             "3838 CALIFORNIA ST", sf, "CA", "94118", "4155550101", "Y"),
        _row(OBRIEN, "O'BRIEN", "SEAN", "M", "DO", "INTERNAL MEDICINE", UNLISTED, "4000000002",
             "2480 MISSION ST", sf, "CA", "94110", "4.155550102E9"),
        _row(NGUYEN, "NGUYỄN", "THI", "F", "", "PEDIATRIC MEDICINE", "", "",
             "1221 FULTON ST", fresno, "CA", "93721", "5595550103"),
        _row(PATEL, "PATEL", "ANIKA", "F", "MD", "OBSTETRICS/GYNECOLOGY", SANTE, "4000000003",
             "7370 N PALM AVE", fresno, "CA", "93711", "5595550104", "N"),
        _row(MCDONALD, "MCDONALD", "ROSA", "F", "MD", "FAMILY PRACTICE", ASIAN_AMERICAN,
             "4000000004", "1 SHRADER ST", sf, "CA", "94117", "4155550105"),
        _row(RADIOLOGIST, "ROE", "RAY", "M", "MD", "DIAGNOSTIC RADIOLOGY", HILL, "4000000001",
             "2100 WEBSTER ST", sf, "CA", "94115", "4155550106"),
        _row(NEW_YORK, "DOE", "JOHN", "M", "MD", "FAMILY PRACTICE", "", "",
             "1 MAIN ST", "NEW YORK", "NY", "10001", "2125550107"),
        _row(BAD_NPI, "BAD", "NUMBER", "M", "MD", "FAMILY PRACTICE", "", "",
             "1 MAIN ST", sf, "CA", "94110", "4155550108"),
    ]  # fmt: skip


def write_cms(path: Path, rows: list[list[str]] | None = None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(CMS_2023_HEADER + "\r\n")
        csv.writer(fh).writerows(cms_rows() if rows is None else rows)
    return path


def build_real(folder: Path, name: str = "directory.sqlite") -> BuildResult:
    """The small test directory (San Francisco and Fresno, scale 0.05) with the CMS rows
    above imported; the file dated 2026-03-01 so the build is the same every time."""
    cms = write_cms(folder / "DAC_NationalDownloadableFile.csv")
    os.utime(cms, (FILE_DATE, FILE_DATE))
    opts = BuildOptions(
        out=folder / name,
        sources=sources_dir(),
        scale=0.05,
        counties=COUNTIES,
        imports=ImportOptions(cms_clinicians=cms),
    )
    return build_directory(opts)
