"""The sample doctors: fictional, flagged, and plausible enough to exercise the app."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter

from hmo_desktop.datapack.generate import npi_check_digit, passes_npi_check, sample_identifier
from hmo_desktop.directory_format import ACCEPTING, SPECIALTIES


def test_npi_checker_and_sample_identifiers() -> None:
    assert passes_npi_check("1234567893")  # the check-digit example CMS publishes
    assert not passes_npi_check("1234567890")
    assert npi_check_digit("123456789") == 3
    rng = random.Random(1)
    assert not any(passes_npi_check(sample_identifier(rng)) for _ in range(5000))


def test_no_generated_identifier_passes_the_npi_check(full_db: sqlite3.Connection) -> None:
    ids = [r[0] for r in full_db.execute("SELECT sample_id FROM practitioner")]
    assert len(ids) == len(set(ids)) > 20_000
    assert all(len(i) == 10 and i.isdigit() for i in ids)
    assert not [i for i in ids if passes_npi_check(i)]


def _specialties_of(full_db: sqlite3.Connection) -> dict[int, set[str]]:
    """Network id -> the specialties its plan offers: plans for older members only (PACE
    care teams, 55 and up; a seniors' plan, 65 and up) have family and internal medicine;
    every other plan has all four."""
    return {
        n: {"family", "internal"} if youngest else set(SPECIALTIES)
        for n, youngest in full_db.execute(
            "SELECT n.id, p.min_age FROM network n JOIN plan p ON p.id = n.plan_id"
        )
    }


def test_every_network_has_its_specialties_accepting(full_db: sqlite3.Connection) -> None:
    offered = _specialties_of(full_db)
    assert offered
    have = {
        (n, s)
        for n, s in full_db.execute(
            "SELECT DISTINCT network_id, specialty FROM pcp_role WHERE accepting = ?", (ACCEPTING,)
        )
    }
    missing = [(n, s) for n, specs in offered.items() for s in specs if (n, s) not in have]
    assert not missing
    assert any(specs == {"family", "internal"} for specs in offered.values())  # PACE checked


def test_every_group_network_pair_offers_its_specialties(full_db: sqlite3.Connection) -> None:
    offered = _specialties_of(full_db)
    pairs = full_db.execute("SELECT DISTINCT group_id, network_id FROM group_in_network").fetchall()
    specs: dict[tuple[int, int], set[str]] = {}
    for g, n, s in full_db.execute("SELECT DISTINCT group_id, network_id, specialty FROM pcp_role"):
        specs.setdefault((g, n), set()).add(s)
    assert pairs
    assert [p for p in pairs if specs.get(p) != offered[p[1]]] == []


def test_specialty_mix_ages_and_languages_are_plausible(full_db: sqlite3.Connection) -> None:
    by_spec = Counter(
        dict(
            full_db.execute(
                "SELECT specialty, count(*) FROM (SELECT DISTINCT practitioner_id, specialty "
                "FROM pcp_role) GROUP BY specialty"
            )
        )
    )
    assert by_spec["family"] > by_spec["pediatrics"] > by_spec["obgyn"]
    assert by_spec["internal"] > by_spec["pediatrics"]
    ages = {
        s: full_db.execute(
            "SELECT min(age_min), max(age_max) FROM pcp_role WHERE specialty=?", (s,)
        ).fetchone()
        for s in SPECIALTIES
    }
    assert ages["pediatrics"][1] <= 21
    assert (
        full_db.execute("SELECT min(age_min) FROM pcp_role WHERE specialty='internal'").fetchone()[
            0
        ]
        >= 18
    )
    assert (
        full_db.execute("SELECT min(age_min) FROM pcp_role WHERE specialty='obgyn'").fetchone()[0]
        >= 12
    )
    assert ages["family"][0] == 0
    langs = Counter(
        dict(
            full_db.execute("SELECT language_code, count(*) FROM practitioner_language GROUP BY 1")
        )
    )
    assert langs.most_common(2)[0][0] == "en"
    assert langs.most_common(2)[1][0] == "es"
    for code in ("vi", "ko", "tl", "hy", "ru", "fa", "ar", "cmn", "yue"):
        assert langs[code] > 50, code
    staff = Counter(
        dict(full_db.execute("SELECT language_code, count(*) FROM location_language GROUP BY 1"))
    )
    assert staff["es"] > staff["vi"] > 0
    # Doctor and staff languages are separate facts: they differ somewhere.
    assert (
        full_db.execute(
            "SELECT count(*) FROM pcp_role r WHERE EXISTS (SELECT 1 FROM location_language ll "
            "WHERE ll.location_id = r.location_id AND ll.language_code = 'es') AND NOT EXISTS "
            "(SELECT 1 FROM practitioner_language pl WHERE pl.practitioner_id = r.practitioner_id "
            "AND pl.language_code = 'es')"
        ).fetchone()[0]
        > 0
    )
    gender = Counter(r[0] for r in full_db.execute("SELECT gender FROM practitioner"))
    assert 0.35 < gender["F"] / sum(gender.values()) < 0.65
    assert full_db.execute("SELECT count(*) FROM location WHERE evening_hours").fetchone()[0] > 0
    assert full_db.execute("SELECT count(*) FROM location WHERE saturday_hours").fetchone()[0] > 0


def test_default_build_is_california_sized(full_db: sqlite3.Connection) -> None:
    n = full_db.execute("SELECT count(*) FROM practitioner").fetchone()[0]
    assert 20_000 <= n <= 30_000


def test_every_role_belongs_to_its_networks_plan(full_db: sqlite3.Connection) -> None:
    roles, mismatched = full_db.execute(
        "SELECT count(*), count(CASE WHEN r.plan_id != n.plan_id THEN 1 END) "
        "FROM pcp_role r JOIN network n ON n.id = r.network_id"
    ).fetchone()
    assert roles == full_db.execute("SELECT count(*) FROM pcp_role").fetchone()[0] > 0
    assert mismatched == 0
