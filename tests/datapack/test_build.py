"""The directory build: deterministic, stamped, honest about what is real and generated."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from hmo_desktop.datapack.__main__ import main as datapack_main
from hmo_desktop.datapack.build import BuildOptions, build_directory
from hmo_desktop.directory_format import APPLICATION_ID, REQUIRED_TABLES, SCHEMA_VERSION
from hmo_desktop.filehash import sha256_of
from hmo_desktop.paths import manifest_path_for, sources_dir

SRC = sources_dir()


def test_same_sources_and_seed_give_the_same_bytes(full_build: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    build_directory(BuildOptions(out=again, sources=SRC))
    assert sha256_of(again) == sha256_of(full_build)
    other_seed = tmp_path / "other.sqlite"
    build_directory(BuildOptions(out=other_seed, sources=SRC, seed=99, scale=0.05))
    small_same_seed = tmp_path / "small.sqlite"
    build_directory(BuildOptions(out=small_same_seed, sources=SRC, scale=0.05))
    assert sha256_of(other_seed) != sha256_of(small_same_seed)


def test_file_is_stamped_analysed_and_vacuumed(
    full_build: Path, full_db: sqlite3.Connection
) -> None:
    header = full_build.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION
    # File format write/read versions 1: a rollback (DELETE) journal, not WAL.
    assert header[18] == 1
    assert header[19] == 1
    # Written under another name and moved into place: nothing is left beside it.
    beside = {p.name for p in full_build.parent.iterdir()}
    assert beside == {full_build.name, manifest_path_for(full_build).name}
    assert full_db.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    assert full_db.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert full_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = {r[0] for r in full_db.execute("SELECT name FROM sqlite_master")}
    assert set(REQUIRED_TABLES) <= names


def test_manifest_describes_the_file(full_build: Path, full_db: sqlite3.Connection) -> None:
    manifest = json.loads(manifest_path_for(full_build).read_text(encoding="utf-8"))
    assert manifest["sha256"] == sha256_of(full_build)
    assert manifest["size_bytes"] == full_build.stat().st_size
    assert manifest["application_id"] == APPLICATION_ID
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert set(manifest["row_counts"]) == set(REQUIRED_TABLES)
    for table, n in manifest["row_counts"].items():
        assert full_db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
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


def test_every_row_names_its_source_and_generated_rows_are_flagged(
    full_db: sqlite3.Connection,
) -> None:
    tables = provenanced_tables(full_db)
    assert "practitioner" in tables
    assert "pcp_role" in tables
    assert "plan" in tables
    kinds = dict(full_db.execute("SELECT id, kind FROM data_source"))
    for t in tables:
        for source_id, prov, sample, n in full_db.execute(
            f"SELECT source_id, provenance, is_sample, count(*) FROM {t} GROUP BY 1, 2, 3"
        ):
            assert source_id in kinds, t
            assert prov == kinds[source_id], (t, prov, kinds[source_id])
            assert bool(sample) == (prov == "generated"), (t, prov, sample, n)
    # No real person is passed off: every doctor and role is a flagged sample.
    assert full_db.execute("SELECT count(*) FROM practitioner WHERE is_sample = 0").fetchone() == (
        0,
    )
    assert full_db.execute(
        "SELECT count(*) FROM practitioner WHERE npi IS NOT NULL"
    ).fetchone() == (0,)
    assert full_db.execute("SELECT count(*) FROM pcp_role WHERE is_sample = 0").fetchone() == (0,)
    # Sample groups say so in their name; real groups carry the carrier's spelling.
    for name, sample in full_db.execute("SELECT name, is_sample FROM medical_group"):
        assert ("(sample)" in name) == bool(sample), name
    # Sample phone numbers are in the range reserved for fiction; real groups have none.
    for (phone,) in full_db.execute(
        "SELECT phone FROM location UNION SELECT phone FROM medical_group WHERE is_sample = 1"
    ):
        assert phone[6:12] == "555-01", phone
    assert full_db.execute(
        "SELECT count(*) FROM medical_group WHERE is_sample = 0 AND coalesce(phone, "
        "after_hours_phone, referral_rules, address, lat) IS NOT NULL"
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
