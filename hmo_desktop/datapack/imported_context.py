"""What turning imported data into directory rows keeps between its steps (``Context``),
and what it hands back to the build (``Outcome``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from hmo_desktop.datapack import linking
from hmo_desktop.datapack.importers.model import Imported
from hmo_desktop.datapack.rows import Ids, Rows
from hmo_desktop.datapack.sources import ZipRow


@dataclass
class Outcome:
    covered: set[int] = field(default_factory=set)  # carrier-listed groups now real
    summary: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # one line per group practice and county


@dataclass
class Context:
    rows: Rows
    ids: Ids
    imp: Imported
    zip_rows: dict[str, ZipRow]
    county_ids: dict[str, int]
    wanted: set[str]
    outcome: Outcome
    # carrier-listed groups: county -> candidates; (group, county) -> [(network, code)]
    candidates: dict[int, list[linking.Candidate]] = field(default_factory=dict)
    listed_networks: dict[tuple[int, int], list[tuple[int, str | None]]] = field(
        default_factory=dict
    )
    plan_of_network: dict[int, int] = field(default_factory=dict)
    networks_by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    links: dict[tuple[str, int], linking.Link] = field(default_factory=dict)
    own_groups: dict[str, int] = field(default_factory=dict)  # imported group key -> id
    group_names: dict[int, str] = field(default_factory=dict)  # every group, by id
    group_counties: set[tuple[int, int]] = field(default_factory=set)
    group_networks: set[tuple[int, int, int]] = field(default_factory=set)
    locations: dict[tuple[str, int], int] = field(default_factory=dict)
    plan_counties: set[tuple[int, int]] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)
