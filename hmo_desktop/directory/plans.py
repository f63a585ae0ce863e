"""Which plans serve an area, in the order the plan list shows them."""

from __future__ import annotations

from typing import Any, NamedTuple

from hmo_desktop.directory.columns import make_row, select_list
from hmo_desktop.directory.identity import reads
from hmo_desktop.directory.store import Directory
from hmo_desktop.directory_format import PRODUCT_TYPES


class PlanRow(NamedTuple):
    id: int
    name: str
    product_type: str
    carrier: str
    category: str
    networks: tuple[str, ...]
    member_phone: str | None
    as_of: str
    provenance: str
    network_list: str  # 'published' or 'sample'
    source: str
    care_model: str = "medical_groups"  # directory_format.CARE_MODELS
    min_age: int = 0  # youngest member the plan enrolls (PACE 55, a seniors' plan 65)


#: PlanRow field -> SQL over plan p and its data_source d.
_PLAN_COLUMNS = {
    "id": "p.id",
    "name": "p.name",
    "product_type": "p.product_type",
    "carrier": "p.carrier",
    "category": "p.plan_category",
    # 'a|b|c', split into a tuple below
    "networks": "(SELECT group_concat(n.name, '|') FROM network n WHERE n.plan_id = p.id)",
    "member_phone": "p.member_phone",
    "as_of": "p.as_of",
    "provenance": "p.provenance",
    "network_list": "p.network_list",
    "source": "d.title",
    "care_model": "p.care_model",
    "min_age": "p.min_age",
}
_NETWORKS = PlanRow._fields.index("networks")
_PLANS_SQL = (
    f"SELECT {select_list(PlanRow._fields, _PLAN_COLUMNS)} "
    "FROM plan p JOIN data_source d ON d.id = p.source_id"
)
_PLANS_IN_COUNTY_SQL = (
    f"{_PLANS_SQL} WHERE p.id IN (SELECT plan_id FROM plan_county WHERE county_id = ?)"
)


def _plan_row(r: tuple[Any, ...]) -> PlanRow:
    values = list(r)
    values[_NETWORKS] = tuple((values[_NETWORKS] or "").split("|"))
    return make_row(PlanRow, values)


@reads
def plans_for_area(db: Directory, county_id: int | None = None) -> list[PlanRow]:
    """Plans serving a county (all plans when none given), Medi-Cal first, then Covered
    California, then commercial/employer (``PRODUCT_TYPES``); by name within each."""
    if county_id is None:
        rows = db.con.execute(_PLANS_SQL).fetchall()
    else:
        rows = db.con.execute(_PLANS_IN_COUNTY_SQL, (county_id,)).fetchall()
    out = [_plan_row(r) for r in rows]
    out.sort(key=lambda p: (PRODUCT_TYPES.index(p.product_type), p.name.casefold()))
    return out
