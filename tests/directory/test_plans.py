"""Plans for an area: the right plans, in the plan list's order, with their networks."""

from __future__ import annotations

from hmo_desktop.directory import Directory, find_place, plans_for_area
from hmo_desktop.directory_format import PRODUCT_TYPES
from tests.directory.oracle import SF_ZIP


def test_plans_grouped_by_type_for_a_county(hmo_directory: Directory) -> None:
    db = hmo_directory
    place = find_place(db, SF_ZIP)
    plans = plans_for_area(db, place.county_id)
    expected = {
        r[0]
        for r in db.con.execute(
            "SELECT plan_id FROM plan_county WHERE county_id = ?", (place.county_id,)
        )
    }
    assert {p.id for p in plans} == expected
    assert [p.id for p in plans] == [
        p.id
        for p in sorted(
            plans, key=lambda p: (PRODUCT_TYPES.index(p.product_type), p.name.casefold())
        )
    ]
    assert {"San Francisco Health Plan", "Anthem Blue Cross Select HMO"} <= {p.name for p in plans}
    commercial = next(p for p in plans if p.product_type == "commercial")
    assert commercial.as_of == "2017-2018"
    assert commercial.provenance == "dated"
    assert commercial.networks


def test_every_plan_without_a_county(hmo_directory: Directory) -> None:
    db = hmo_directory
    every = plans_for_area(db)
    assert len(every) == db.con.execute("SELECT count(*) FROM plan").fetchone()[0]
    types = [PRODUCT_TYPES.index(p.product_type) for p in every]
    assert types == sorted(types)
    for p in every:
        networks = [
            r[0] for r in db.con.execute("SELECT name FROM network WHERE plan_id = ?", (p.id,))
        ]
        assert sorted(p.networks) == sorted(networks or [""])
        title = db.con.execute(
            "SELECT d.title FROM data_source d JOIN plan ON plan.source_id = d.id "
            "WHERE plan.id = ?",
            (p.id,),
        ).fetchone()[0]
        assert p.source == title
        assert p.network_list in ("published", "sample")
