"""Plans and their networks, from the public files: commercial HMOs (from the carriers'
group lists), Medi-Cal plans and Covered California HMOs.

A plan is the product a member recognizes; a network is the set of medical groups and
doctors it contracts with. A plan can have several networks, so nothing assumes the two
share an id: ``NetworkIndex.plan_by_network`` maps each network to its plan.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hmo_desktop.datapack import sources
from hmo_desktop.datapack.rows import Ids, Rows
from hmo_desktop.directory_format import (
    DATED,
    INTEGRATED,
    MEDICAL_GROUPS,
    PACE,
    PACE_MIN_AGE,
    PRODUCT_TYPES,
    PUBLISHED,
    REAL,
    SAMPLE,
    SENIORS_MIN_AGE,
)

MEDI_CAL, COVERED_CALIFORNIA, _MEDICARE, COMMERCIAL = PRODUCT_TYPES

#: Carrier -> the short name its commercial plans go by.
COMMERCIAL_PLAN_NAMES = {
    "Anthem Blue Cross of California": "Anthem Blue Cross",
    "UnitedHealthcare of California": "UnitedHealthcare",
}


@dataclass
class NetworkIndex:
    """The networks the build made, and what the group steps need to know about them."""

    # network id -> the id of the plan it belongs to
    plan_by_network: dict[int, int] = field(default_factory=dict)
    # (carrier, network name) -> network id, for the published commercial networks
    commercial: dict[tuple[str, str], int] = field(default_factory=dict)
    # county id -> network ids whose group list is not published (groups are samples)
    sample_networks_by_county: dict[int, list[int]] = field(default_factory=dict)
    # network id -> its plan family (a sample group serves plans of one family only)
    family_by_network: dict[int, str] = field(default_factory=dict)
    # network id -> (plan name, county ids) for PACE plans: their own care team
    pace: dict[int, tuple[str, list[int]]] = field(default_factory=dict)
    # network id -> county ids for integrated plans (Kaiser Permanente)
    integrated: dict[int, list[int]] = field(default_factory=dict)
    # network id -> youngest member its plan enrolls, for plans that do not enroll all ages
    min_age: dict[int, int] = field(default_factory=dict)


def plan_family(carrier: str) -> str:
    """The family a carrier's plans belong to ("Anthem Blue Cross of California" and
    "Anthem Blue Cross" are one family)."""
    return carrier.removesuffix(" of California").strip()


#: Medi-Cal categories of PACE organizations. DHCS files some PACE organizations (Brandman
#: Centers for Senior Care, Center for Elders Independence, Sutter SeniorCare) as a
#: "Special project"; every plan of that category in the report is one.
PACE_CATEGORIES = ("PACE", "Special project")


def care_model(carrier: str, categories: Iterable[str] = ()) -> str:
    """How the plan's members reach a doctor: directory_format.CARE_MODELS."""
    if carrier.startswith("Kaiser"):
        return INTEGRATED
    if any(marker in c for c in categories for marker in PACE_CATEGORIES):
        return PACE
    return MEDICAL_GROUPS


def min_age(model: str, categories: Iterable[str] = ()) -> int:
    """The youngest member a plan enrolls: PACE 55, a seniors' plan 65, else 0."""
    if model == PACE:
        return PACE_MIN_AGE
    if any("seniors" in c.casefold() for c in categories):
        return SENIORS_MIN_AGE
    return 0


class PlanWriter:
    """Adds plan, plan_county and network rows for the wanted counties, and indexes the
    networks; ``finish`` returns the index."""

    def __init__(self, rows: Rows, ids: Ids, counties: dict[str, int], wanted: set[str]) -> None:
        self.rows = rows
        self.ids = ids
        self.counties = counties
        self.wanted = wanted
        self.networks = NetworkIndex()
        self._sample_by_county: dict[int, list[int]] = defaultdict(list)

    def add_plan(
        self,
        source: str,
        provenance: str,
        county_names: Iterable[str],
        enrollees_by_county: dict[str, int | None] | None = None,
        **values: Any,
    ) -> int | None:
        """A plan serving the wanted ones of ``county_names``; None (no row) if it serves
        none of them."""
        served = sorted(set(county_names) & self.wanted)
        if not served:
            return None
        plan_id = self.ids.next("plan")
        self.rows.add("plan", source, provenance, id=plan_id, **values)
        for name in served:
            self.rows.add(
                "plan_county",
                source,
                provenance,
                plan_id=plan_id,
                county_id=self.counties[name],
                enrollees=(enrollees_by_county or {}).get(name),
            )
        return plan_id

    def add_network(
        self, plan_id: int, source: str, provenance: str, name: str, carrier: str, as_of: str
    ) -> int:
        network_id = self.ids.next("network")
        self.rows.add(
            "network",
            source,
            provenance,
            id=network_id,
            plan_id=plan_id,
            name=name,
            carrier=carrier,
            as_of=as_of,
        )
        self.networks.plan_by_network[network_id] = plan_id
        return network_id

    def use_own_groups(
        self, network_id: int, plan_name: str, carrier: str, model: str, county_names: Iterable[str]
    ) -> None:
        """The network's group list is not published: by the plan's care model, its own care
        team (PACE), its region's Permanente group (integrated), or sample groups of its
        family serve it in the wanted ones of ``county_names``."""
        county_ids = [self.counties[n] for n in sorted(county_names) if n in self.wanted]
        if model == PACE:
            self.networks.pace[network_id] = (plan_name, county_ids)
        elif model == INTEGRATED:
            self.networks.integrated[network_id] = county_ids
        else:
            self.networks.family_by_network[network_id] = plan_family(carrier)
            for county_id in county_ids:
                self._sample_by_county[county_id].append(network_id)

    def finish(self) -> NetworkIndex:
        self.networks.sample_networks_by_county = {
            county_id: sorted(network_ids)
            for county_id, network_ids in sorted(self._sample_by_county.items())
        }
        return self.networks


def add_plans(
    rows: Rows,
    ids: Ids,
    src: Path,
    hmo_groups: list[sources.RealGroup],
    counties: dict[str, int],
    wanted: set[str],
) -> NetworkIndex:
    """Every plan serving a wanted county, each with its network."""
    writer = PlanWriter(rows, ids, counties, wanted)
    networks = writer.networks

    # Commercial: one plan per carrier network named in the published group lists.
    network_counties: dict[tuple[str, str], set[str]] = defaultdict(set)
    for group in hmo_groups:
        for link in group.links:
            if link.network:
                network_counties[(link.carrier, link.network)].add(link.county)
    for (carrier, network), county_names in sorted(network_counties.items()):
        short = COMMERCIAL_PLAN_NAMES.get(carrier, carrier)
        label = network.removesuffix(" Network")
        network_name = network if "Network" in network else f"{network} Network"
        plan_id = writer.add_plan(
            "hmo_groups",
            DATED,
            county_names,
            name=f"{short} {label} HMO",
            product_type=COMMERCIAL,
            carrier=carrier,
            plan_category=f"Employer and individual HMO ({network})",
            as_of="2017-2018",
            network_list=PUBLISHED,
            care_model=MEDICAL_GROUPS,
        )
        if plan_id is None:
            continue
        networks.commercial[(carrier, network)] = writer.add_network(
            plan_id, "hmo_groups", DATED, f"{short} {network_name}", carrier, "2017-2018"
        )

    for medi_cal in sources.read_medi_cal(src):
        model = care_model(medi_cal.name, medi_cal.categories)
        youngest = min_age(model, medi_cal.categories)
        plan_id = writer.add_plan(
            "medi_cal",
            REAL,
            medi_cal.counties,
            medi_cal.counties,
            name=medi_cal.name,
            product_type=MEDI_CAL,
            carrier=medi_cal.name,
            plan_category="; ".join(sorted(medi_cal.categories)),
            as_of="2025-12",
            enrollees=sum(n for n in medi_cal.counties.values() if n),
            network_list=SAMPLE,
            care_model=model,
            min_age=youngest,
        )
        if plan_id is None:
            continue
        network_id = writer.add_network(
            plan_id, "medi_cal", REAL, "Medi-Cal provider network", medi_cal.name, "2025-12"
        )
        if youngest:
            networks.min_age[network_id] = youngest
        writer.use_own_groups(network_id, medi_cal.name, medi_cal.name, model, medi_cal.counties)

    areas = sources.read_rating_areas(src)
    issuer_counties = sources.read_covered_ca_issuer_counties(src)
    for covered in sources.read_covered_ca_hmos(src):
        covered_counties = sorted({c for area in covered.rating_areas for c in areas.get(area, [])})
        # A rating area can be wider than where the issuer sold: keep the counties the
        # 2017 issuer list confirms, when it lists the issuer at all.
        sold: set[str] = set().union(*(issuer_counties.get(i, set()) for i in covered.issuer_ids))
        if sold:
            covered_counties = [c for c in covered_counties if c in sold]
        metals = sorted(covered.metal_levels, key=_metal_rank)
        plan_id = writer.add_plan(
            "covered_ca_plans",
            DATED,
            covered_counties,
            name=f"{covered.carrier} HMO",
            product_type=COVERED_CALIFORNIA,
            carrier=covered.carrier,
            plan_category="Covered California: " + ", ".join(metals),
            as_of="2017",
            network_list=SAMPLE,
            care_model=care_model(covered.carrier),
        )
        if plan_id is None:
            continue
        network_id = writer.add_network(
            plan_id,
            "covered_ca_plans",
            DATED,
            "Covered California HMO network",
            covered.carrier,
            "2017",
        )
        name = f"{covered.carrier} HMO"
        model = care_model(covered.carrier)
        writer.use_own_groups(network_id, name, covered.carrier, model, covered_counties)
    return writer.finish()


def _metal_rank(metal: str) -> int:
    return sources.METAL_ORDER.index(metal) if metal in sources.METAL_ORDER else 99
