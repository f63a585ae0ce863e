"""The directory build: deterministic, stamped, honest about what is real and generated."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from hmo_desktop.datapack.__main__ import main as datapack_main
from hmo_desktop.datapack.build import BuildOptions, build_directory
from hmo_desktop.datapack.generate import npi_check_digit, passes_npi_check, sample_identifier
from hmo_desktop.datapack.sources import MEDI_CAL_ALIASES
from hmo_desktop.datapack.spelling import group_key
from hmo_desktop.directory_format import (
    ACCEPTING,
    APPLICATION_ID,
    REQUIRED_TABLES,
    SCHEMA_VERSION,
    SPECIALTIES,
)
from hmo_desktop.filehash import sha256_of
from hmo_desktop.paths import manifest_path_for, sources_dir

SRC = sources_dir()


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("full") / "directory.sqlite"
    build_directory(BuildOptions(out=out, sources=SRC))
    return out


@pytest.fixture(scope="module")
def con(full: Path) -> sqlite3.Connection:
    c = sqlite3.connect(f"{full.as_uri()}?mode=ro", uri=True)
    return c


def rows(path: str) -> list[dict[str, str]]:
    with (SRC / path).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_same_sources_and_seed_give_the_same_bytes(full: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    build_directory(BuildOptions(out=again, sources=SRC))
    assert sha256_of(again) == sha256_of(full)
    other_seed = tmp_path / "other.sqlite"
    build_directory(BuildOptions(out=other_seed, sources=SRC, seed=99, scale=0.05))
    small_same_seed = tmp_path / "small.sqlite"
    build_directory(BuildOptions(out=small_same_seed, sources=SRC, scale=0.05))
    assert sha256_of(other_seed) != sha256_of(small_same_seed)


def test_file_is_stamped_analysed_and_vacuumed(full: Path, con: sqlite3.Connection) -> None:
    header = full.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION
    assert header[18] == 1
    assert header[19] == 1
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    assert con.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert set(REQUIRED_TABLES) <= names


def test_manifest_describes_the_file(full: Path, con: sqlite3.Connection) -> None:
    manifest = json.loads(manifest_path_for(full).read_text(encoding="utf-8"))
    assert manifest["sha256"] == sha256_of(full)
    assert manifest["size_bytes"] == full.stat().st_size
    for table, n in manifest["row_counts"].items():
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
    keys = {s["key"] for s in manifest["sources"]}
    assert {"medi_cal", "hmo_groups", "cms_hospitals", "zip_centroids", "nucc", "generated"} <= keys
    assert all(s["licence"] and s["as_of"] for s in manifest["sources"])


def provenanced_tables(con: sqlite3.Connection) -> list[str]:
    out = []
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        cols = {r[1] for r in con.execute(f"PRAGMA table_info({name})")}
        if {"source_id", "provenance", "is_sample"} <= cols:
            out.append(name)
    return out


def test_every_row_names_its_source_and_generated_rows_are_flagged(con: sqlite3.Connection) -> None:
    tables = provenanced_tables(con)
    assert "practitioner" in tables
    assert "pcp_role" in tables
    assert "plan" in tables
    kinds = dict(con.execute("SELECT id, kind FROM data_source"))
    for t in tables:
        for source_id, prov, sample, n in con.execute(
            f"SELECT source_id, provenance, is_sample, count(*) FROM {t} GROUP BY 1, 2, 3"
        ):
            assert source_id in kinds, t
            assert prov == kinds[source_id], (t, prov, kinds[source_id])
            assert bool(sample) == (prov == "generated"), (t, prov, sample, n)
    # No real person is passed off: every doctor and role is a flagged sample.
    assert con.execute("SELECT count(*) FROM practitioner WHERE is_sample = 0").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM practitioner WHERE npi IS NOT NULL").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM pcp_role WHERE is_sample = 0").fetchone() == (0,)
    # Sample groups say so in their name; real groups carry the carrier's spelling.
    for name, sample in con.execute("SELECT name, is_sample FROM medical_group"):
        assert ("(sample)" in name) == bool(sample), name
    # Sample phone numbers are in the range reserved for fiction.
    for (phone,) in con.execute("SELECT phone FROM location UNION SELECT phone FROM medical_group"):
        assert phone[6:12] == "555-01", phone


def test_npi_checker_and_sample_identifiers() -> None:
    assert passes_npi_check("1234567893")  # the check-digit example CMS publishes
    assert not passes_npi_check("1234567890")
    assert npi_check_digit("123456789") == 3
    import random

    rng = random.Random(1)
    assert not any(passes_npi_check(sample_identifier(rng)) for _ in range(5000))


def test_no_generated_identifier_passes_the_npi_check(con: sqlite3.Connection) -> None:
    ids = [r[0] for r in con.execute("SELECT sample_id FROM practitioner")]
    assert len(ids) == len(set(ids)) > 20_000
    assert all(len(i) == 10 and i.isdigit() for i in ids)
    assert not [i for i in ids if passes_npi_check(i)]


def test_every_network_has_all_four_specialties_accepting(con: sqlite3.Connection) -> None:
    networks = [r[0] for r in con.execute("SELECT id FROM network")]
    have = {
        (n, s)
        for n, s in con.execute(
            "SELECT DISTINCT network_id, specialty FROM pcp_role WHERE accepting = ?", (ACCEPTING,)
        )
    }
    missing = [(n, s) for n in networks for s in SPECIALTIES if (n, s) not in have]
    assert not missing


def test_every_group_network_pair_offers_all_four_specialties(con: sqlite3.Connection) -> None:
    pairs = con.execute("SELECT DISTINCT group_id, network_id FROM group_in_network").fetchall()
    specs: dict[tuple[int, int], set[str]] = {}
    for g, n, s in con.execute("SELECT DISTINCT group_id, network_id, specialty FROM pcp_role"):
        specs.setdefault((g, n), set()).add(s)
    assert pairs
    assert [p for p in pairs if specs.get(p) != set(SPECIALTIES)] == []


def test_specialty_mix_ages_and_languages_are_plausible(con: sqlite3.Connection) -> None:
    by_spec = Counter(
        dict(
            con.execute(
                "SELECT specialty, count(*) FROM (SELECT DISTINCT practitioner_id, specialty "
                "FROM pcp_role) GROUP BY specialty"
            )
        )
    )
    assert by_spec["family"] > by_spec["pediatrics"] > by_spec["obgyn"]
    assert by_spec["internal"] > by_spec["pediatrics"]
    ages = {
        s: con.execute(
            "SELECT min(age_min), max(age_max) FROM pcp_role WHERE specialty=?", (s,)
        ).fetchone()
        for s in SPECIALTIES
    }
    assert ages["pediatrics"][1] <= 21
    assert (
        con.execute("SELECT min(age_min) FROM pcp_role WHERE specialty='internal'").fetchone()[0]
        >= 18
    )
    assert (
        con.execute("SELECT min(age_min) FROM pcp_role WHERE specialty='obgyn'").fetchone()[0] >= 12
    )
    assert ages["family"][0] == 0
    langs = Counter(
        dict(con.execute("SELECT language_code, count(*) FROM practitioner_language GROUP BY 1"))
    )
    assert langs.most_common(2)[0][0] == "en"
    assert langs.most_common(2)[1][0] == "es"
    for code in ("vi", "ko", "tl", "hy", "ru", "fa", "ar", "cmn", "yue"):
        assert langs[code] > 50, code
    staff = Counter(
        dict(con.execute("SELECT language_code, count(*) FROM location_language GROUP BY 1"))
    )
    assert staff["es"] > staff["vi"] > 0
    # Doctor and staff languages are separate facts: they differ somewhere.
    assert (
        con.execute(
            "SELECT count(*) FROM pcp_role r WHERE EXISTS (SELECT 1 FROM location_language ll "
            "WHERE ll.location_id = r.location_id AND ll.language_code = 'es') AND NOT EXISTS "
            "(SELECT 1 FROM practitioner_language pl WHERE pl.practitioner_id = r.practitioner_id "
            "AND pl.language_code = 'es')"
        ).fetchone()[0]
        > 0
    )
    gender = Counter(r[0] for r in con.execute("SELECT gender FROM practitioner"))
    assert 0.35 < gender["F"] / sum(gender.values()) < 0.65
    assert con.execute("SELECT count(*) FROM location WHERE evening_hours").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM location WHERE saturday_hours").fetchone()[0] > 0


def test_default_build_is_california_sized(con: sqlite3.Connection) -> None:
    n = con.execute("SELECT count(*) FROM practitioner").fetchone()[0]
    assert 20_000 <= n <= 30_000


def test_counts_match_the_sources(con: sqlite3.Connection) -> None:
    medi = [r for r in rows("medi_cal_plans_by_county_2025-12.csv") if r["plan_type"] != "Dental"]
    medi_names = {MEDI_CAL_ALIASES.get(r["plan_name"], r["plan_name"]) for r in medi}
    medi_pairs = {
        (MEDI_CAL_ALIASES.get(r["plan_name"], r["plan_name"]), r["county"].strip()) for r in medi
    }
    assert con.execute("SELECT count(*) FROM plan WHERE product_type='medi_cal'").fetchone()[
        0
    ] == len(medi_names)
    assert con.execute(
        "SELECT count(*) FROM plan_county pc JOIN plan p ON p.id = pc.plan_id "
        "WHERE p.product_type = 'medi_cal'"
    ).fetchone()[0] == len(medi_pairs)
    enrollees = sum(int(r["enrollees"]) for r in medi if r["enrollees"].strip())
    assert (
        con.execute("SELECT sum(enrollees) FROM plan WHERE product_type='medi_cal'").fetchone()[0]
        == enrollees
    )

    cc = {
        r["applicant"]
        for r in rows("covered_california_2017_qhp_plans.csv")
        if r["network"] in ("HMO", "HDHP HMO")
    }
    assert con.execute(
        "SELECT count(*) FROM plan WHERE product_type='covered_california'"
    ).fetchone()[0] == len(cc)

    links = rows("hmo_network_medical_groups_anthem_uhc.csv")
    networks = {
        (r["carrier"], r["network"]) for r in links if r["network"] != "(listed, no network link)"
    }
    assert con.execute("SELECT count(*) FROM plan WHERE product_type='commercial'").fetchone()[
        0
    ] == len(networks)
    distinct_links = {
        (
            r["carrier"],
            r["network"],
            r["group_code"].strip(),
            r["medical_group_name"].strip(),
            r["county"],
        )
        for r in links
        if r["network"] != "(listed, no network link)"
    }
    assert con.execute("SELECT count(*) FROM group_in_network WHERE is_sample = 0").fetchone()[
        0
    ] == len(distinct_links)
    keys = {group_key(r["medical_group_name"]) for r in links}
    assert con.execute("SELECT count(*) FROM medical_group WHERE is_sample = 0").fetchone()[
        0
    ] == len(keys)

    assert con.execute("SELECT count(*) FROM hospital").fetchone()[0] == len(
        rows("cms_hospital_general_information_ca.csv")
    )
    zips = [
        r
        for r in rows("ca_zip_centroids.csv")
        if r["active"] == "True" and r["lat"] and r["county"]
    ]
    assert con.execute("SELECT count(*) FROM zip_code").fetchone()[0] == len(zips)
    assert con.execute("SELECT count(*) FROM county").fetchone()[0] == 58
    with (SRC / "nucc_taxonomy_251.csv").open(encoding="latin-1") as fh:
        assert con.execute("SELECT count(*) FROM specialty").fetchone()[0] == len(
            list(csv.DictReader(fh))
        )


def test_duplicate_spellings_merge_and_keep_every_code(con: sqlite3.Connection) -> None:
    assert group_key("FACEY MEDICAL FOUNDATION/SIMI VALLEY") == group_key(
        "FACEY MEDICAL FOUNDATION - SIMI VALLEY"
    )
    assert group_key("FACEY MEDICAL FOUNDATION/SIMI VALLEY") != group_key(
        "FACEY MEDICAL FOUNDATION/SANTA CLARITA"
    )
    facey = con.execute(
        "SELECT id, name_variants FROM medical_group WHERE name_variants LIKE "
        "'%FACEY MEDICAL FOUNDATION - SIMI VALLEY%'"
    ).fetchall()
    assert len(facey) == 1
    assert "FACEY MEDICAL FOUNDATION/SIMI VALLEY" in facey[0][1]
    source_codes = {
        r["group_code"].strip()
        for r in rows("hmo_network_medical_groups_anthem_uhc.csv")
        if group_key(r["medical_group_name"]) == group_key("FACEY MEDICAL FOUNDATION/SIMI VALLEY")
        and r["network"] != "(listed, no network link)"
    }
    codes = {
        r[0]
        for r in con.execute(
            "SELECT group_code FROM group_in_network WHERE group_id = ?", (facey[0][0],)
        )
    }
    assert codes == source_codes
    # Across all groups: every carrier code in the source survives the merge.
    by_key: dict[str, set[str]] = {}
    for r in rows("hmo_network_medical_groups_anthem_uhc.csv"):
        if r["network"] != "(listed, no network link)":
            by_key.setdefault(group_key(r["medical_group_name"]), set()).add(
                r["group_code"].strip()
            )
    in_db: dict[str, set[str]] = {}
    for variants, code in con.execute(
        "SELECT g.name_variants, gn.group_code FROM group_in_network gn JOIN "
        "medical_group g ON g.id = gn.group_id WHERE gn.is_sample = 0"
    ):
        in_db.setdefault(group_key(variants.split(" | ")[0]), set()).add(code)
    assert in_db == by_key
    assert any(len(c) >= 2 for c in in_db.values())


def test_hospitals_are_placed_and_group_links_are_inferred(con: sqlite3.Connection) -> None:
    by_source = dict(con.execute("SELECT coord_source, count(*) FROM hospital GROUP BY 1"))
    assert by_source["cdph"] > 250
    assert {r[0] for r in con.execute("SELECT DISTINCT relation FROM group_hospital")} == {
        "inferred"
    }
    assert con.execute(
        "SELECT count(*) FROM group_hospital WHERE provenance != 'inferred'"
    ).fetchone() == (0,)


def test_cli_rejects_bad_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        datapack_main(["build", "--scale", "0", "--out", str(tmp_path / "x.sqlite")])
    assert (
        datapack_main(
            ["build", "--county", "Atlantis", "--quiet", "--out", str(tmp_path / "x.sqlite")]
        )
        == 2
    )
    assert "unknown county: Atlantis" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()
