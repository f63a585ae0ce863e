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
from hmo_desktop.directory_format import GENERATED, INFERRED
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
    """Medical groups for plans whose group list is not published here (all samples)."""
    out: list[gen.GroupToStaff] = []
    for county_name in sorted(wanted):
        county_id = counties[county_name]
        county_networks = networks.sample_networks_by_county.get(county_id, [])
        if not county_networks:
            continue
        county_zips = zips_by_county[county_id]
        count = max(1, min(10, round(math.sqrt(len(county_zips)) / 2)))
        cities = sorted({z.city for z in county_zips})
        county_groups = []
        for _ in range(count):
            group_id = ids.next("medical_group")
            city = rng.choice(cities)
            name = f"{city} {rng.choice(gen.GROUP_SUFFIXES)} (sample)"
            group = gen.GroupToStaff(group_id, [county_id], weight=rng.uniform(3, 12))
            rows.add("group_county", "generated", GENERATED, group_id=group_id, county_id=county_id)
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
            county_groups.append(group)
            out.append(group)
        for network_id in county_networks:
            # PACE plans run their own center: one group. Others contract with several.
            if network_id in networks.pace_networks:
                wanted_groups = 1
            else:
                wanted_groups = max(1, round(len(county_groups) * 0.6))
            for group in rng.sample(county_groups, min(wanted_groups, len(county_groups))):
                group.networks_by_county.setdefault(county_id, []).append(network_id)
                rows.add(
                    "group_in_network",
                    "generated",
                    GENERATED,
                    id=ids.next("group_in_network"),
                    group_id=group.id,
                    network_id=network_id,
                    county_id=county_id,
                    group_code=None,
                    listed_name="",
                    period_start=None,
                    period_end=None,
                )
    return out


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
) -> None:
    """Offices sit at ZIP centroids in the group's counties, never at a real address."""
    # The first office gives its group an address: the group rows are completed here.
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
                name=f"{zip_row.city} office",
                address=f"Sample office near ZIP {zip_row.zip}",
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
            for code in gen.staff_languages(rng):
                rows.add(
                    "location_language",
                    "generated",
                    GENERATED,
                    location_id=location_id,
                    language_code=code,
                )
            group.offices.append(gen.Office(location_id, county_id, zip_row.lat, zip_row.lon))
            if i == 0:
                group_rows[group.id].update(
                    address=f"Sample office near ZIP {zip_row.zip}",
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
    """Nearest acute hospitals to the group's main office: inferred, never 'published'."""
    acute = [h for h in hospitals if h.acute]
    for group in groups:
        main = group.offices[0]
        nearest = sorted(acute, key=lambda h: (miles(main.lat, main.lon, h.lat, h.lon), h.id))
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
