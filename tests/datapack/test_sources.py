"""The real rows match the public files they come from."""

from __future__ import annotations

import csv
import sqlite3

from hmo_desktop.datapack.sources import MEDI_CAL_ALIASES
from hmo_desktop.datapack.spelling import group_key
from hmo_desktop.paths import sources_dir

SRC = sources_dir()


def rows(path: str) -> list[dict[str, str]]:
    with (SRC / path).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_counts_match_the_sources(full_db: sqlite3.Connection) -> None:
    medi = [r for r in rows("medi_cal_plans_by_county_2025-12.csv") if r["plan_type"] != "Dental"]
    medi_names = {MEDI_CAL_ALIASES.get(r["plan_name"], r["plan_name"]) for r in medi}
    medi_pairs = {
        (MEDI_CAL_ALIASES.get(r["plan_name"], r["plan_name"]), r["county"].strip()) for r in medi
    }
    assert full_db.execute("SELECT count(*) FROM plan WHERE product_type='medi_cal'").fetchone()[
        0
    ] == len(medi_names)
    assert full_db.execute(
        "SELECT count(*) FROM plan_county pc JOIN plan p ON p.id = pc.plan_id "
        "WHERE p.product_type = 'medi_cal'"
    ).fetchone()[0] == len(medi_pairs)
    enrollees = sum(int(r["enrollees"]) for r in medi if r["enrollees"].strip())
    assert (
        full_db.execute("SELECT sum(enrollees) FROM plan WHERE product_type='medi_cal'").fetchone()[
            0
        ]
        == enrollees
    )

    cc = {
        r["applicant"]
        for r in rows("covered_california_2017_qhp_plans.csv")
        if r["network"] in ("HMO", "HDHP HMO")
    }
    assert full_db.execute(
        "SELECT count(*) FROM plan WHERE product_type='covered_california'"
    ).fetchone()[0] == len(cc)

    links = rows("hmo_network_medical_groups_anthem_uhc.csv")
    networks = {
        (r["carrier"], r["network"]) for r in links if r["network"] != "(listed, no network link)"
    }
    assert full_db.execute("SELECT count(*) FROM plan WHERE product_type='commercial'").fetchone()[
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
    listed = "source_id = (SELECT id FROM data_source WHERE key = 'hmo_groups')"
    assert full_db.execute(f"SELECT count(*) FROM group_in_network WHERE {listed}").fetchone()[
        0
    ] == len(distinct_links)
    # A group the carriers list without any network is never shown, so it is left out.
    keys = {
        group_key(r["medical_group_name"])
        for r in links
        if r["network"] != "(listed, no network link)"
    }
    assert full_db.execute(f"SELECT count(*) FROM medical_group WHERE {listed}").fetchone()[
        0
    ] == len(keys)

    assert full_db.execute("SELECT count(*) FROM hospital").fetchone()[0] == len(
        rows("cms_hospital_general_information_ca.csv")
    )
    zips = [
        r
        for r in rows("ca_zip_centroids.csv")
        if r["active"] == "True" and r["lat"] and r["county"]
    ]
    assert full_db.execute("SELECT count(*) FROM zip_code").fetchone()[0] == len(zips)
    assert full_db.execute("SELECT count(*) FROM county").fetchone()[0] == 58
    with (SRC / "nucc_taxonomy_251.csv").open(encoding="latin-1") as fh:
        assert full_db.execute("SELECT count(*) FROM specialty").fetchone()[0] == len(
            list(csv.DictReader(fh))
        )


def test_duplicate_spellings_merge_and_keep_every_code(full_db: sqlite3.Connection) -> None:
    assert group_key("FACEY MEDICAL FOUNDATION/SIMI VALLEY") == group_key(
        "FACEY MEDICAL FOUNDATION - SIMI VALLEY"
    )
    assert group_key("FACEY MEDICAL FOUNDATION/SIMI VALLEY") != group_key(
        "FACEY MEDICAL FOUNDATION/SANTA CLARITA"
    )
    facey = full_db.execute(
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
        for r in full_db.execute(
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
    for variants, code in full_db.execute(
        "SELECT g.name_variants, gn.group_code FROM group_in_network gn JOIN "
        "medical_group g ON g.id = gn.group_id WHERE gn.source_id = "
        "(SELECT id FROM data_source WHERE key = 'hmo_groups')"
    ):
        in_db.setdefault(group_key(variants.split(" | ")[0]), set()).add(code)
    assert in_db == by_key
    assert any(len(c) >= 2 for c in in_db.values())


def test_hospitals_are_placed_and_group_links_are_inferred(full_db: sqlite3.Connection) -> None:
    by_source = dict(full_db.execute("SELECT coord_source, count(*) FROM hospital GROUP BY 1"))
    assert by_source["cdph"] > 250
    assert {r[0] for r in full_db.execute("SELECT DISTINCT relation FROM group_hospital")} == {
        "inferred"
    }
    assert full_db.execute(
        "SELECT count(*) FROM group_hospital WHERE provenance != 'inferred'"
    ).fetchone() == (0,)
