"""Sample rows where no public file gives the facts: languages, medical groups for plans
whose group list is not published, offices, and hospitals inferred from distance.
(The sample doctors themselves are in ``doctors``.)

Every draw comes from the build's one ``random.Random``, in a fixed order.
"""

from __future__ import annotations

import math
import random

from hmo_desktop.datapack import generate as gen
from hmo_desktop.datapack.names import LANGUAGES
from hmo_desktop.datapack.plans import NetworkIndex
from hmo_desktop.datapack.public import HospitalPoint
from hmo_desktop.datapack.rows import Ids, Rows
from hmo_desktop.datapack.sources import ZipRow
from hmo_desktop.directory_format import (
    GENERATED,
    INFERRED,
    PACE_MIN_AGE,
    REAL,
    SAMPLE_OFFICE_ADDRESS,
    SAMPLE_OFFICE_NAME,
    SPECIALTIES,
)
from hmo_desktop.geo import miles

#: Sample PCPs at scale 1: on the order of California's HMO primary care doctors.
PCPS_AT_SCALE_1 = 25_000


def add_languages(rows: Rows) -> None:
    """The languages the samples speak; ``bit`` is the language's bit in pcp_search."""
    for bit, (code, name) in enumerate(LANGUAGES):
        rows.add("language", "generated", GENERATED, code=code, name=name, bit=bit)


def add_sample_groups(
    rows: Rows,
    ids: Ids,
    counties: dict[str, int],
    wanted: set[str],
    zips_by_county: dict[int, list[ZipRow]],
    networks: NetworkIndex,
    rng: random.Random,
) -> list[gen.GroupToStaff]:
    """Medical groups for plans whose group list is not published here (all samples).
    Each county gets its own sample groups for each plan family, so that no sample group
    is shared by unrelated plans."""
    out: list[gen.GroupToStaff] = []
    for county_name in sorted(wanted):
        county_id = counties[county_name]
        by_family: dict[str, list[int]] = {}
        for network_id in networks.sample_networks_by_county.get(county_id, []):
            by_family.setdefault(networks.family_by_network[network_id], []).append(network_id)
        if not by_family:
            continue
        county_zips = zips_by_county[county_id]
        count = max(1, min(5, round(math.sqrt(len(county_zips)) / 3)))
        cities = sorted({z.city for z in county_zips})
        used: set[str] = set()  # names are unique within a county
        # One family's groups never serve another family's networks.
        for _family, family_networks in sorted(by_family.items()):
            family_groups = []
            # A family of plans for seniors only: adult doctors, seeing their ages.
            youngest = min(networks.min_age.get(n, 0) for n in family_networks)
            adults = (gen.FAMILY, gen.INTERNAL)
            for _ in range(count):
                group_id = ids.next("medical_group")
                name = _sample_group_name(cities, used, rng)
                group = gen.GroupToStaff(
                    group_id,
                    [county_id],
                    weight=rng.uniform(3, 12),
                    kind=gen.SAMPLE_GROUP,
                    specialties=adults if youngest else SPECIALTIES,
                    min_age=youngest,
                )
                rows.add(
                    "group_county", "generated", GENERATED, group_id=group_id, county_id=county_id
                )
                rows.add(
                    "medical_group",
                    "generated",
                    GENERATED,
                    id=group_id,
                    name=name,
                    name_variants="",
                    details_provenance=GENERATED,
                    **gen.group_details(rng, county_zips[0].area_code),
                )
                family_groups.append(group)
                out.append(group)
            for network_id in family_networks:
                wanted_groups = max(1, round(len(family_groups) * 0.6))
                for group in rng.sample(family_groups, wanted_groups):
                    _link(rows, ids, group, network_id, county_id, "generated", GENERATED)
    return out


def _sample_group_name(cities: list[str], used: set[str], rng: random.Random) -> str:
    name = f"{rng.choice(cities)} {rng.choice(gen.GROUP_SUFFIXES)}"
    for _ in range(20):  # a few more draws before numbering
        if name not in used:
            break
        name = f"{rng.choice(cities)} {rng.choice(gen.GROUP_SUFFIXES)}"
    base, n = name, 2
    while name in used:
        name, n = f"{base} {n}", n + 1
    used.add(name)
    return f"{name} (sample)"


#: Counties whose Kaiser Permanente members are served by the Southern California
#: Permanente Medical Group; the rest of the state by The Permanente Medical Group.
SOUTHERN_CALIFORNIA = frozenset(
    {
        "Imperial",
        "Kern",
        "Los Angeles",
        "Orange",
        "Riverside",
        "San Bernardino",
        "San Diego",
        "San Luis Obispo",
        "Santa Barbara",
        "Ventura",
    }
)
PERMANENTE_GROUPS = (
    ("The Permanente Medical Group", False),
    ("Southern California Permanente Medical Group", True),
)


def add_care_team_groups(
    rows: Rows, ids: Ids, counties: dict[str, int], networks: NetworkIndex
) -> list[gen.GroupToStaff]:
    """The one group of each integrated plan's region (Kaiser Permanente's Permanente
    Medical Groups) and each PACE plan's own care team. Their names are public; their
    offices here are samples, and their addresses and phones are not known."""
    out: list[gen.GroupToStaff] = []
    county_names = {county_id: name for name, county_id in counties.items()}
    for name, southern in PERMANENTE_GROUPS:
        served = {
            network_id: [
                c for c in county_ids if (county_names[c] in SOUTHERN_CALIFORNIA) == southern
            ]
            for network_id, county_ids in sorted(networks.integrated.items())
        }
        region = sorted({c for county_ids in served.values() for c in county_ids})
        if not region:
            continue
        group = gen.GroupToStaff(
            ids.next("medical_group"), region, weight=4.0 * len(region), kind=gen.PERMANENTE
        )
        _care_team(rows, group, name)
        for network_id, county_ids in served.items():
            for county_id in county_ids:
                _link(rows, ids, group, network_id, county_id, "care_models", REAL)
        out.append(group)
    for network_id, (plan_name, county_ids) in sorted(networks.pace.items()):
        if not county_ids:
            continue
        group = gen.GroupToStaff(
            ids.next("medical_group"),
            county_ids,
            weight=1.0,
            kind=gen.PACE_TEAM,
            specialties=(gen.FAMILY, gen.INTERNAL),
            min_age=PACE_MIN_AGE,
        )
        _care_team(rows, group, f"{plan_name} (PACE center care team)")
        for county_id in county_ids:
            _link(rows, ids, group, network_id, county_id, "care_models", REAL)
        out.append(group)
    return out


def _care_team(rows: Rows, group: gen.GroupToStaff, name: str) -> None:
    for county_id in group.county_ids:
        rows.add("group_county", "care_models", REAL, group_id=group.id, county_id=county_id)
    rows.add(
        "medical_group",
        "care_models",
        REAL,
        id=group.id,
        name=name,
        name_variants="",
        details_provenance=REAL,
        **gen.UNKNOWN_DETAILS,
    )


def _link(
    rows: Rows,
    ids: Ids,
    group: gen.GroupToStaff,
    network_id: int,
    county_id: int,
    source: str,
    provenance: str,
) -> None:
    """The group serves the network in the county."""
    group.networks_by_county.setdefault(county_id, []).append(network_id)
    rows.add(
        "group_in_network",
        source,
        provenance,
        id=ids.next("group_in_network"),
        group_id=group.id,
        network_id=network_id,
        county_id=county_id,
        group_code=None,
        listed_name="",
        period_start=None,
        period_end=None,
    )


def size_groups(groups: list[gen.GroupToStaff], scale: float) -> None:
    """How many doctors each group gets: its share of the weight, at least four."""
    target = PCPS_AT_SCALE_1 * scale
    total = sum(g.weight for g in groups) or 1.0
    for group in groups:
        group.size = max(4, round(group.weight / total * target))


def add_offices(
    rows: Rows,
    ids: Ids,
    groups: list[gen.GroupToStaff],
    zips_by_county: dict[int, list[ZipRow]],
    rng: random.Random,
    rare: random.Random,
) -> None:
    """Offices sit at ZIP centroids in the group's counties, never at a real address. (For
    a real group they are its sample doctors' offices, not the group's own address.)"""
    # The first office gives a sample group an address: those rows are completed here.
    group_rows = {row["id"]: row for row in rows.tables["medical_group"]}
    for group in groups:
        count = max(len(group.county_ids), min(14, math.ceil(group.size / 10)))
        for i in range(count):
            county_id = group.county_ids[i % len(group.county_ids)]
            zip_row = rng.choice(zips_by_county[county_id])
            location_id = ids.next("location")
            hours, evening, saturday = gen.office_hours(rng)
            rows.add(
                "location",
                "generated",
                GENERATED,
                id=location_id,
                group_id=group.id,
                name=SAMPLE_OFFICE_NAME.format(city=zip_row.city),
                address=SAMPLE_OFFICE_ADDRESS.format(zip=zip_row.zip),
                city=zip_row.city,
                zip=zip_row.zip,
                county_id=county_id,
                lat=zip_row.lat,
                lon=zip_row.lon,
                phone=gen.fictional_phone(zip_row.area_code, rng),
                hours=hours,
                evening_hours=evening,
                saturday_hours=saturday,
                **gen.accessibility(rng),
            )
            for code in gen.staff_languages(rng, rare):
                rows.add(
                    "location_language",
                    "generated",
                    GENERATED,
                    location_id=location_id,
                    language_code=code,
                )
            group.offices.append(gen.Office(location_id, county_id, zip_row.lat, zip_row.lon))
            if i == 0 and group.kind == gen.SAMPLE_GROUP:
                group_rows[group.id].update(
                    address=SAMPLE_OFFICE_ADDRESS.format(zip=zip_row.zip),
                    city=zip_row.city,
                    zip=zip_row.zip,
                    county_id=county_id,
                    lat=zip_row.lat,
                    lon=zip_row.lon,
                    phone=gen.fictional_phone(zip_row.area_code, rng),
                    after_hours_phone=gen.fictional_phone(zip_row.area_code, rng),
                )


def add_group_hospitals(
    rows: Rows, groups: list[gen.GroupToStaff], hospitals: list[HospitalPoint]
) -> None:
    """Nearest acute hospitals in the county of a sample group's main office (anywhere,
    if the county has none): inferred, never 'published'. A real group's offices are
    not known, so nothing is inferred for it."""
    acute = [h for h in hospitals if h.acute]
    for group in groups:
        if group.kind != gen.SAMPLE_GROUP:
            continue
        main = group.offices[0]
        candidates = [h for h in acute if h.county_id == main.county_id] or acute
        nearest = sorted(candidates, key=lambda h: (miles(main.lat, main.lon, h.lat, h.lon), h.id))
        for rank, hospital in enumerate(nearest[:3], start=1):
            group.hospitals.append(hospital.id)
            rows.add(
                "group_hospital",
                "inferred_hospitals",
                INFERRED,
                group_id=group.id,
                hospital_id=hospital.id,
                relation="inferred",
                rank=rank,
            )
