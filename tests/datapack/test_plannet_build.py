"""Builds with real doctors from a California Plan-Net Bundle, and from a CMS file
cross-checked with NPPES: what the directory gets, row by row, and what the app finds."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hmo_desktop.datapack.build import BuildOptions, BuildResult, build_directory
from hmo_desktop.datapack.imports import ImportOptions
from hmo_desktop.directory import Directory, PcpFilters, open_directory, search_pcps
from hmo_desktop.directory.plans import plans_for_area
from hmo_desktop.directory_format import ACCEPTING, UNKNOWN
from hmo_desktop.paths import sources_dir
from tests.datapack import plannet_files as pf
from tests.datapack import real_files as rf


def _build(folder: Path, imports: ImportOptions) -> BuildResult:
    return build_directory(
        BuildOptions(
            out=folder / "directory.sqlite",
            sources=sources_dir(),
            scale=0.05,
            counties=rf.COUNTIES,
            imports=imports,
        )
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    folder = tmp_path_factory.mktemp("plannet")
    bundle = pf.write_bundle(folder / "golden-valley-plannet.json")
    return _build(folder, ImportOptions(plan_net=(bundle,)))


@pytest.fixture(scope="module")
def con(built: BuildResult) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(f"{built.path.as_uri()}?mode=ro", uri=True)
    c.row_factory = sqlite3.Row
    yield c
    c.close()


def _one(con: sqlite3.Connection, sql: str, *args: Any) -> dict[str, Any]:
    rows = con.execute(sql, args).fetchall()
    assert len(rows) == 1, (sql, args, [dict(r) for r in rows])
    return dict(rows[0])


def _digits(text: object) -> str:
    """A phone's digits (the stored spelling may be formatted for display)."""
    return "".join(c for c in str(text) if c.isdigit())


def _count(con: sqlite3.Connection, sql: str, *args: Any) -> int:
    return int(con.execute(sql, args).fetchone()[0])


def _source_id(con: sqlite3.Connection) -> int:
    return int(_one(con, "SELECT id FROM data_source WHERE key = 'plannet'")["id"])


def test_the_medi_cal_hmo_plan_and_its_two_networks(con: sqlite3.Connection) -> None:
    plan = _one(con, "SELECT * FROM plan WHERE name = ?", pf.PLAN_NAME)
    assert plan["product_type"] == "medi_cal"
    assert plan["plan_category"] == "Medicaid HMO"
    assert plan["provenance"] == "real"
    assert plan["is_sample"] == 0
    assert plan["carrier"] == pf.PAYER
    assert _digits(plan["member_phone"]) == "8005550199"
    assert plan["as_of"] == pf.AS_OF
    assert plan["source_id"] == _source_id(con)
    networks = con.execute(
        "SELECT name, carrier, provenance, is_sample FROM network WHERE plan_id = ? ORDER BY name",
        (plan["id"],),
    ).fetchall()
    assert [tuple(n) for n in networks] == [
        (pf.NETWORK_A, pf.PAYER, "real", 0),
        (pf.NETWORK_B, pf.PAYER, "real", 0),
    ]
    # The commercial PPO is not an HMO-type product: no plan row.
    assert _count(con, "SELECT count(*) FROM plan WHERE name = ?", pf.PPO_NAME) == 0
    county = con.execute(
        "SELECT c.name FROM plan_county pc JOIN county c ON c.id = pc.county_id "
        "WHERE pc.plan_id = ?",
        (plan["id"],),
    ).fetchall()
    assert [r[0] for r in county] == ["San Francisco"]


def test_the_group_and_the_two_real_practitioners(con: sqlite3.Connection) -> None:
    group = _one(con, "SELECT * FROM medical_group WHERE name = ?", pf.GROUP_NAME)
    assert (group["provenance"], group["is_sample"]) == ("real", 0)
    assert _digits(group["phone"]) == "4155550142"
    real = con.execute(
        "SELECT npi, first_name, last_name, credential, gender, languages_known, is_sample, "
        "provenance FROM practitioner WHERE is_sample = 0 ORDER BY npi"
    ).fetchall()
    assert [tuple(r) for r in real] == [
        (pf.GARCIA, "Elena", "Garcia", "MD", "F", 1, 0, "real"),
        (pf.LEE, "Daniel", "Lee", "MD", "M", 0, 0, "real"),
    ]
    garcia = _one(con, "SELECT id, source_id FROM practitioner WHERE npi = ?", pf.GARCIA)
    assert garcia["source_id"] == _source_id(con)
    langs = con.execute(
        "SELECT language_code, provenance, is_sample FROM practitioner_language "
        "WHERE practitioner_id = ? ORDER BY language_code",
        (garcia["id"],),
    ).fetchall()
    assert [tuple(r) for r in langs] == [("en", "real", 0), ("es", "real", 0)]


def test_pcp_roles_carry_the_accepting_status_and_the_plan(con: sqlite3.Connection) -> None:
    plan_id = _one(con, "SELECT id FROM plan WHERE name = ?", pf.PLAN_NAME)["id"]
    group_id = _one(con, "SELECT id FROM medical_group WHERE name = ?", pf.GROUP_NAME)["id"]
    roles = con.execute(
        "SELECT p.npi, r.specialty, r.specialty_code, r.accepting, r.plan_id, n.name AS net, "
        "r.group_id, l.address, l.zip, l.city, r.provenance, r.is_sample "
        "FROM pcp_role r JOIN practitioner p ON p.id = r.practitioner_id "
        "JOIN location l ON l.id = r.location_id LEFT JOIN network n ON n.id = r.network_id "
        "WHERE p.is_sample = 0 ORDER BY p.npi, n.name"
    ).fetchall()
    assert [tuple(r) for r in roles] == [
        (pf.GARCIA, "family", "207Q00000X", ACCEPTING, plan_id, pf.NETWORK_A, group_id,
         pf.SF_ADDRESS, pf.SF_ZIP, "San Francisco", "real", 0),
        (pf.GARCIA, "family", "207Q00000X", ACCEPTING, plan_id, pf.NETWORK_B, group_id,
         pf.SF_ADDRESS, pf.SF_ZIP, "San Francisco", "real", 0),
        (pf.LEE, "pediatrics", "208000000X", "not_accepting", plan_id, pf.NETWORK_A,
         group_id, "2510 Mission St", pf.SF_ZIP, "San Francisco", "real", 0),
    ]  # fmt: skip
    # The cardiology role is not primary care: no pcp_role with its code, for anyone.
    assert _count(con, "SELECT count(*) FROM pcp_role WHERE specialty_code = '207RC0000X'") == 0
    # The Connecticut office is left out.
    assert _count(con, "SELECT count(*) FROM location WHERE address = '80 Seymour St'") == 0
    assert _count(con, "SELECT count(*) FROM location WHERE city = 'Hartford'") == 0
    office = _one(con, "SELECT * FROM location WHERE address = ? AND is_sample = 0", pf.SF_ADDRESS)
    assert (
        office["county_id"] == _one(con, "SELECT id FROM county WHERE name = 'San Francisco'")["id"]
    )
    assert (office["name"], office["evening_hours"]) == ("Mission Bay Family Clinic", 1)
    assert _digits(office["phone"]) == "4155550150"
    assert json.loads(office["hours"])["Mon"] == "8:00-19:00"
    assert office["coord_source"] == "zip"


def test_the_data_source_and_the_import_report(con: sqlite3.Connection, built: BuildResult) -> None:
    row = _one(con, "SELECT * FROM data_source WHERE key = 'plannet'")
    assert row["origin"] == "golden-valley-plannet.json"
    assert row["as_of"] == pf.AS_OF
    assert row["kind"] == "real"
    assert row["publisher"] == pf.PAYER
    assert "meta.lastUpdated" in row["notes"]
    manifest = json.loads(built.manifest_path.read_text(encoding="utf-8"))
    assert manifest["build"]["imports"] == ["golden-valley-plannet.json"]
    assert {s["key"]: s["as_of"] for s in manifest["sources"]}["plannet"] == pf.AS_OF
    assert built.report_path is not None
    text = built.report_path.read_text(encoding="utf-8")
    assert "plans skipped by product type: {'commppo': 1}" in text
    assert "plans kept: 1 {'medihmo': 1}" in text
    assert "roles of other specialties: 1" in text
    assert "roles at locations outside the state: 1" in text
    assert "real doctors: 2" in text


@pytest.fixture(scope="module")
def db(built: BuildResult) -> Iterator[Directory]:
    d = open_directory(built.path)
    yield d
    d.close()


def test_the_app_lists_the_plan_and_finds_the_family_doctor(db: Directory) -> None:
    county = db.con.execute("SELECT id FROM county WHERE name = 'San Francisco'").fetchone()[0]
    plans = [p for p in plans_for_area(db, county) if p.name == pf.PLAN_NAME]
    assert len(plans) == 1
    plan = plans[0]
    assert (plan.product_type, plan.category, plan.provenance) == (
        "medi_cal", "Medicaid HMO", "real",
    )  # fmt: skip
    assert sorted(plan.networks) == [pf.NETWORK_A, pf.NETWORK_B]
    assert plan.network_list == "published"
    assert plan.as_of == pf.AS_OF
    fresno = db.con.execute("SELECT id FROM county WHERE name = 'Fresno'").fetchone()[0]
    assert pf.PLAN_NAME not in {p.name for p in plans_for_area(db, fresno)}

    start = PcpFilters(accepting=frozenset({ACCEPTING, UNKNOWN}), member_age=40)
    page = search_pcps(db, plan.id, start)
    garcia = [r for r in page.rows if r.name.startswith("Elena Garcia")]
    assert garcia, [r.name for r in page.rows]
    assert {r.accepting for r in garcia} == {ACCEPTING}
    assert {r.group_name for r in garcia} == {pf.GROUP_NAME}
    assert {r.office_zip for r in garcia} == {pf.SF_ZIP}
    assert not any(r.is_sample for r in garcia)
    # Two networks of one plan: one doctor found.
    assert page.doctors == 1
    # The pediatrician is not accepting new patients: left out by the default filters,
    # found when any status is asked for (a child member).
    assert not [r for r in page.rows if "Lee" in r.name]
    anyone = search_pcps(db, plan.id, PcpFilters(member_age=5))
    lee = [r for r in anyone.rows if r.name.startswith("Daniel Lee")]
    assert [r.accepting for r in lee] == ["not_accepting"]
    spanish = search_pcps(db, plan.id, start._replace(doctor_language="es"))
    assert {r.name for r in spanish.rows} == {r.name for r in garcia}


# ---------------------------------------------------------------- CMS + NPPES


def _nppes_result(number: str, status: str, taxonomy: str, last: str, first: str) -> dict[str, Any]:
    basic: dict[str, Any] = {
        "first_name": first,
        "last_name": last,
        "credential": "M.D.",
        "sole_proprietor": "NO",
        "sex": "F",
        "enumeration_date": "2010-05-27",
        "last_updated": "2025-01-04",
        "status": status,
    }
    if status == "D":
        basic["deactivation_date"] = "2025-06-30"
        basic["deactivation_reason_code"] = "DT"
    return {
        "created_epoch": "1117219216000",
        "enumeration_type": "NPI-1",
        "last_updated_epoch": "1354659522000",
        "number": number,
        "addresses": [
            {
                "country_code": "US",
                "address_purpose": "LOCATION",
                "address_type": "DOM",
                "address_1": "7370 N PALM AVE",
                "city": "FRESNO",
                "state": "CA",
                "postal_code": "937110000",
                "telephone_number": "559-555-0104",
            }
        ],
        "practiceLocations": [],
        "basic": basic,
        "taxonomies": [
            {"code": taxonomy, "desc": "", "state": "CA", "license": "A1", "primary": True}
        ],
        "identifiers": [],
        "endpoints": [],
        "other_names": [],
    }


def write_nppes(path: Path) -> Path:
    results = [
        _nppes_result(rf.PATEL, "D", "207V00000X", "PATEL", "ANIKA"),
        _nppes_result(rf.NGUYEN, "A", "207RC0000X", "NGUYEN", "THI"),
        _nppes_result(rf.SMITH, "A", "207Q00000X", "SMITH", "JANE"),
    ]
    document = {"result_count": len(results), "results": results}
    path.write_text(json.dumps(document, indent=4), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    folder = tmp_path_factory.mktemp("nppes")
    cms = rf.write_cms(folder / "DAC_NationalDownloadableFile.csv")
    os.utime(cms, (rf.FILE_DATE, rf.FILE_DATE))
    nppes = write_nppes(folder / "nppes-api.json")
    return _build(folder, ImportOptions(cms_clinicians=cms, nppes=nppes))


def test_nppes_removes_a_deactivated_npi_and_reports_a_non_primary_care_taxonomy(
    checked: BuildResult,
) -> None:
    con = sqlite3.connect(f"{checked.path.as_uri()}?mode=ro", uri=True)
    try:
        real = {r[0] for r in con.execute("SELECT npi FROM practitioner WHERE is_sample = 0")}
        sources = {
            r[0]: r[1]
            for r in con.execute("SELECT key, origin FROM data_source WHERE kind = 'real'")
        }
    finally:
        con.close()
    assert rf.PATEL not in real
    assert real == {rf.SMITH, rf.OBRIEN, rf.NGUYEN, rf.MCDONALD}
    assert sources["nppes"] == "nppes-api.json"
    assert checked.report_path is not None
    text = checked.report_path.read_text(encoding="utf-8")
    assert f"removed NPI {rf.PATEL} (Anika Patel): deactivated in NPPES on 2025-06-30" in text
    assert f"NPI {rf.NGUYEN} (Thi Nguyễn): taxonomy is not primary care: 207RC0000X" in text
    assert "NPPES cross-check: deactivated, removed: 1 doctors, 1 roles" in text
    assert "NPPES cross-check: no primary care taxonomy (kept): 1" in text
    # Two CMS doctors are not in the NPPES answer: counted, kept.
    assert "NPPES cross-check: NPIs not found in NPPES (kept): 2" in text
