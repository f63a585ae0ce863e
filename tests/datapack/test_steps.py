"""The build steps on their own: the id allocator, and a plan with two networks."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

from hmo_desktop.datapack import public, samples, sources
from hmo_desktop.datapack.doctors import add_doctors
from hmo_desktop.datapack.plans import PlanWriter
from hmo_desktop.datapack.rows import Ids, Rows
from hmo_desktop.datapack.write import write_database
from hmo_desktop.directory_format import ACCEPTING, MEDICAL_GROUPS, REAL, SAMPLE, SPECIALTIES
from hmo_desktop.paths import sources_dir


def quiet(_message: str, _fraction: float) -> None:
    pass


def test_ids_count_from_one_in_each_table_on_its_own() -> None:
    ids = Ids()
    assert [ids.next("plan") for _ in range(3)] == [1, 2, 3]
    assert ids.next("network") == 1
    assert ids.next("plan") == 4
    assert ids.next("network") == 2
    assert Ids().next("plan") == 1  # each build starts again


def test_a_plan_with_two_networks_builds(tmp_path: Path) -> None:
    rows, ids, rng = Rows(), Ids(), random.Random(3)
    zips = sources.read_zips(sources_dir())
    counties = public.add_counties(rows, ids, zips, {})
    zips_by_county = public.add_zip_codes(rows, zips, counties)
    samples.add_languages(rows)
    wanted = {"San Francisco"}

    writer = PlanWriter(rows, ids, counties, wanted)
    plan_id = writer.add_plan(
        "medi_cal",
        REAL,
        ["San Francisco", "Fresno"],
        name="Two-network plan",
        product_type="medi_cal",
        carrier="Example Health",
        plan_category="Test",
        as_of="2025-12",
        network_list=SAMPLE,
        care_model=MEDICAL_GROUPS,
    )
    assert plan_id == 1
    assert writer.add_plan("medi_cal", REAL, ["Fresno"], name="Elsewhere") is None
    first = writer.add_network(plan_id, "medi_cal", REAL, "North network", "Example", "2025-12")
    second = writer.add_network(plan_id, "medi_cal", REAL, "South network", "Example", "2025-12")
    for network_id in (first, second):
        writer.use_own_groups(
            network_id,
            "Two-network plan",
            "Example Health",
            MEDICAL_GROUPS,
            ["San Francisco", "Fresno"],
        )
    networks = writer.finish()
    assert (first, second) == (1, 2)
    assert networks.plan_by_network == {first: plan_id, second: plan_id}
    assert networks.sample_networks_by_county == {counties["San Francisco"]: [first, second]}

    groups = samples.add_sample_groups(rows, ids, counties, wanted, zips_by_county, networks, rng)
    samples.size_groups(groups, 0.01)
    rare = random.Random(2)
    samples.add_offices(rows, ids, groups, zips_by_county, rng, rare)
    samples.add_group_hospitals(rows, groups, [])
    add_doctors(rows, ids, groups, networks.plan_by_network, rng, quiet, rare)

    roles = rows.tables["pcp_role"]
    assert {r["network_id"] for r in roles} == {first, second}
    assert {r["plan_id"] for r in roles} == {plan_id}
    for network_id in (first, second):
        accepting = {
            r["specialty"]
            for r in roles
            if r["network_id"] == network_id and r["accepting"] == ACCEPTING
        }
        assert accepting == set(SPECIALTIES), network_id
    # Each network numbers its own PCP ids, under its own two-letter prefix.
    prefixes = [{r["pcp_id"][:2] for r in roles if r["network_id"] == n} for n in (first, second)]
    assert len(prefixes[0]) == len(prefixes[1]) == 1
    assert prefixes[0] != prefixes[1]

    path = tmp_path / "two-networks.sqlite"
    counts = write_database(path, rows, quiet)
    assert counts["network"] == 2
    assert counts["plan"] == 1
    with closing(sqlite3.connect(path)) as con:
        by_plan = dict(con.execute("SELECT plan_id, count(*) FROM pcp_search GROUP BY plan_id"))
        assert by_plan == {plan_id: len(roles)}
        distinct_pcp_ids = con.execute("SELECT count(DISTINCT pcp_id) FROM pcp_role").fetchone()
        assert distinct_pcp_ids == (len(roles),)
