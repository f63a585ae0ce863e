"""A build with real doctors imported from a CMS file: what the directory gets, how the
groups are linked, and what the app's reader makes of unknown facts."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hmo_desktop.datapack.build import BuildResult
from hmo_desktop.directory import (
    Directory,
    PcpFilters,
    doctor_profile,
    left_out_unknown,
    open_directory,
    search_names,
    search_pcps,
)
from hmo_desktop.directory_format import ACCEPTING, UNKNOWN
from tests.datapack import real_files as rf


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return rf.build_real(tmp_path_factory.mktemp("real"))


@pytest.fixture(scope="module")
def con(built: BuildResult) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(f"{built.path.as_uri()}?mode=ro", uri=True)
    yield c
    c.close()


@pytest.fixture(scope="module")
def db(built: BuildResult) -> Iterator[Directory]:
    d = open_directory(built.path)
    yield d
    d.close()


def _doctor(con: sqlite3.Connection, npi: str) -> dict[str, object]:
    con.row_factory = sqlite3.Row
    try:
        row = con.execute("SELECT * FROM practitioner WHERE npi = ?", (npi,)).fetchone()
    finally:
        con.row_factory = None
    assert row is not None, npi
    return dict(row)


def test_real_doctors_are_stored_as_real_with_unknown_facts_left_unknown(
    con: sqlite3.Connection,
) -> None:
    real = {r[0] for r in con.execute("SELECT npi FROM practitioner WHERE is_sample = 0")}
    assert real == {rf.SMITH, rf.OBRIEN, rf.NGUYEN, rf.PATEL, rf.MCDONALD}
    obrien = _doctor(con, rf.OBRIEN)
    assert (obrien["first_name"], obrien["last_name"]) == ("Sean", "O'Brien")
    assert _doctor(con, rf.MCDONALD)["last_name"] == "McDonald"
    nguyen = _doctor(con, rf.NGUYEN)
    assert (nguyen["last_name"], nguyen["credential"]) == ("Nguyễn", None)
    assert obrien["board_certified"] is None
    assert obrien["languages_known"] == 0
    assert con.execute(
        "SELECT count(*) FROM practitioner_language pl JOIN practitioner p ON "
        "p.id = pl.practitioner_id WHERE p.is_sample = 0"
    ).fetchone() == (0,)
    roles = con.execute(
        "SELECT DISTINCT r.accepting, r.age_min, r.age_max, r.pcp_id FROM pcp_role r "
        "JOIN practitioner p ON p.id = r.practitioner_id WHERE p.is_sample = 0"
    ).fetchall()
    assert roles == [(UNKNOWN, None, None, None)]
    offices = con.execute(
        "SELECT DISTINCT l.hours, l.evening_hours, l.acc_parking, l.languages_known, "
        "l.coord_source FROM location l WHERE l.is_sample = 0"
    ).fetchall()
    assert offices == [(None, None, None, 0, "zip")]
    # Jane Smith: one practitioner, two offices; the phone in scientific notation repaired.
    smith = _doctor(con, rf.SMITH)
    sites = con.execute(
        "SELECT DISTINCT l.address, l.zip FROM pcp_role r JOIN location l ON "
        "l.id = r.location_id WHERE r.practitioner_id = ? ORDER BY l.zip",
        (smith["id"],),
    ).fetchall()
    assert sites == [("2100 Webster St", "94115"), ("3838 California St", "94118")]
    phone = con.execute(
        "SELECT DISTINCT l.phone FROM pcp_role r JOIN location l ON l.id = r.location_id "
        "WHERE r.practitioner_id = ?",
        (obrien["id"],),
    ).fetchall()
    assert phone == [("(415) 555-0102",)]


def test_group_practices_join_the_carriers_lists_by_name_within_the_county(
    con: sqlite3.Connection, built: BuildResult
) -> None:
    links = con.execute(
        "SELECT l.external_name, g.name, l.method, l.score, c.name FROM group_link l "
        "JOIN medical_group g ON g.id = l.group_id JOIN county c ON c.id = l.county_id "
        "ORDER BY l.external_name"
    ).fetchall()
    assert [(x[0], x[2], x[4]) for x in links] == [
        (rf.ASIAN_AMERICAN, "exact", "San Francisco"),
        (rf.HILL, "exact", "San Francisco"),
    ]
    assert all(x[3] == 100.0 for x in links)
    # Jane Smith is in every network that lists Hill Physicians in San Francisco.
    smith = _doctor(con, rf.SMITH)["id"]
    hill = con.execute(
        "SELECT group_id FROM group_link WHERE external_name = ?", (rf.HILL,)
    ).fetchone()[0]
    listed = {
        r[0]
        for r in con.execute(
            "SELECT gin.network_id FROM group_in_network gin JOIN county c ON "
            "c.id = gin.county_id WHERE gin.group_id = ? AND c.name = 'San Francisco'",
            (hill,),
        )
    }
    assert listed
    hers = {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT network_id FROM pcp_role WHERE practitioner_id = ?", (smith,)
        )
    }
    assert hers == listed
    # The listed group the file covers has real doctors only: its samples are gone.
    assert con.execute(
        "SELECT DISTINCT p.is_sample FROM pcp_role r JOIN practitioner p ON "
        "p.id = r.practitioner_id WHERE r.group_id = ?",
        (hill,),
    ).fetchall() == [(0,)]
    # Unlinked practices are their own groups, in no network; so is a doctor with none.
    for number in (rf.OBRIEN, rf.NGUYEN, rf.PATEL):
        pid = _doctor(con, number)["id"]
        assert con.execute(
            "SELECT DISTINCT plan_id, network_id FROM pcp_role WHERE practitioner_id = ?", (pid,)
        ).fetchall() == [(None, None)]
    report = built.report_path
    assert report is not None
    assert report.name == "directory.import-report.txt"
    text = report.read_text(encoding="utf-8")
    assert (
        "ambiguous Fresno: 'SANTE COMMUNITY PHYSICIANS IPA MEDICAL CORPORATION' "
        "[pac:4000000003]: 'Sante Community Physicians' (92.9) or "
        "'Sante Community Physicians-Fresno' (92.9); not linked"
    ) in text
    assert "unmatched San Francisco: 'MISSION STREET FAMILY PRACTICE LLP' [pac:4000000002]" in text
    assert "exact     San Francisco: 'HILL PHYSICIANS MEDICAL GROUP INC' [pac:4000000001]" in text
    assert oct(report.stat().st_mode & 0o777) != oct(0o600)  # readable like the directory
    assert "rows rejected for an invalid NPI: 1 (lines 10)" in text


def test_sources_keep_the_file_and_its_date(con: sqlite3.Connection, built: BuildResult) -> None:
    row = con.execute(
        "SELECT title, origin, as_of, kind, notes FROM data_source WHERE key = 'cms_dac'"
    ).fetchone()
    assert row[1:4] == ("DAC_NationalDownloadableFile.csv", "2026-03-01", "real")
    assert "modification date" in row[4]
    manifest = json.loads(built.manifest_path.read_text(encoding="utf-8"))
    assert {s["key"]: s["as_of"] for s in manifest["sources"]}["cms_dac"] == "2026-03-01"
    assert manifest["build"]["imports"] == ["DAC_NationalDownloadableFile.csv"]
    source_id = con.execute("SELECT id FROM data_source WHERE key = 'cms_dac'").fetchone()[0]
    assert con.execute(
        "SELECT count(*) FROM practitioner WHERE is_sample = 0 AND source_id != ?", (source_id,)
    ).fetchone() == (0,)


def test_the_new_patients_filter_shows_unknown_as_call_to_ask(db: Directory) -> None:
    con = db.con
    smith = con.execute("SELECT id FROM practitioner WHERE npi = ?", (rf.SMITH,)).fetchone()[0]
    plan = con.execute(
        "SELECT DISTINCT plan_id FROM pcp_role WHERE practitioner_id = ?", (smith,)
    ).fetchone()[0]
    start = PcpFilters(accepting=frozenset({ACCEPTING, UNKNOWN}), member_age=40)
    page = search_pcps(db, plan, start)
    mine = [r for r in page.rows if r.practitioner_id == smith]
    assert mine
    assert all(r.accepting == UNKNOWN and not r.is_sample for r in mine)
    assert mine[0].age_min is None
    assert mine[0].telehealth is True
    confirmed = search_pcps(db, plan, start._replace(accepting=frozenset({ACCEPTING})))
    assert smith not in {r.practitioner_id for r in confirmed.rows}
    # A filter on a fact her record lacks leaves her out, and says how many for that reason.
    spanish = start._replace(doctor_language="es")
    assert smith not in {r.practitioner_id for r in search_pcps(db, plan, spanish).rows}
    left = left_out_unknown(db, plan, spanish)
    assert left["doctor_language"] >= 1
    assert "accepting" not in left  # unknown status is already included
    assert (
        left_out_unknown(
            db, plan, confirmed_filters := start._replace(accepting=frozenset({ACCEPTING}))
        )["accepting"]
        >= 1
    ), confirmed_filters
    # Her ages are unknown: a family doctor is assumed to see every age, a child too.
    child = search_pcps(db, plan, start._replace(member_age=4))
    assert smith in {r.practitioner_id for r in child.rows}


def test_a_doctor_in_no_network_is_found_by_name_with_no_plan(db: Directory) -> None:
    hits = search_names(db, "O'Brien", kinds=("doctor",), plan_id=1)
    real = [h for h in hits if not h.is_sample]
    assert [h.name for h in real] == ["Sean O'Brien, DO"]
    assert real[0].in_plan is False
    assert real[0].group == rf.UNLISTED
    prof = doctor_profile(db, real[0].id)
    assert prof.identifier == rf.OBRIEN
    assert not prof.is_sample
    assert [(r.plan_id, r.accepting, r.pcp_id) for r in prof.roles] == [(None, UNKNOWN, None)]
    assert prof.offices[0].approximate_place
    assert prof.offices[0].hours is None
    assert prof.offices[0].accessibility == {}
    assert not prof.offices[0].staff_languages_known
    assert prof.board_certified is None
    assert not prof.languages_known


def test_the_same_files_build_the_same_bytes(tmp_path: Path, built: BuildResult) -> None:
    assert rf.build_real(tmp_path).sha256 == built.sha256
