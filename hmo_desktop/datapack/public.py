"""Rows from the real public files: sources, counties, ZIP codes, taxonomy, hospitals and the
carriers' published medical groups. (Plans and their networks are in ``plans``.)"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from hmo_desktop.datapack import generate as gen
from hmo_desktop.datapack import sources
from hmo_desktop.datapack.plans import NetworkIndex
from hmo_desktop.datapack.provenance import SOURCE_IDS, SOURCES
from hmo_desktop.datapack.rows import Ids, Rows
from hmo_desktop.directory_format import DATED, REAL
from hmo_desktop.filehash import sha256_of

#: CMS hospital types that count as acute care (the hospitals groups admit to).
ACUTE_TYPES = ("Acute Care Hospitals", "Critical Access Hospitals", "Childrens")


def add_data_sources(rows: Rows, src: Path) -> None:
    for source in SOURCES:
        rows.tables["data_source"].append(
            {
                "id": SOURCE_IDS[source.key],
                "key": source.key,
                "title": source.title,
                "publisher": source.publisher,
                "origin": source.origin,
                "licence": source.licence,
                "attribution": source.attribution,
                "as_of": source.as_of,
                "kind": source.kind,
                "file": source.file,
                "notes": source.notes,
                "file_sha256": sha256_of(src / source.file) if source.file else None,
            }
        )


def add_counties(
    rows: Rows, ids: Ids, zips: list[sources.ZipRow], fips: dict[str, str]
) -> dict[str, int]:
    """One row per county that has ZIP codes, placed at their mean; returns name -> id."""
    zips_by_county: dict[str, list[sources.ZipRow]] = defaultdict(list)
    for zip_row in zips:
        zips_by_county[zip_row.county].append(zip_row)
    county_ids = {}
    for name in sorted(zips_by_county):
        county_zips = zips_by_county[name]
        county_id = county_ids[name] = ids.next("county")
        rows.add(
            "county",
            "zip_centroids",
            REAL,
            id=county_id,
            name=name,
            fips=fips.get(name, ""),
            lat=round(sum(z.lat for z in county_zips) / len(county_zips), 5),
            lon=round(sum(z.lon for z in county_zips) / len(county_zips), 5),
        )
    return county_ids


def add_zip_codes(
    rows: Rows, zips: list[sources.ZipRow], counties: dict[str, int]
) -> dict[int, list[sources.ZipRow]]:
    """The ZIP code rows; returns county id -> its ZIP codes (in ZIP order)."""
    zips_by_county: dict[int, list[sources.ZipRow]] = defaultdict(list)
    for zip_row in zips:
        county_id = counties[zip_row.county]
        zips_by_county[county_id].append(zip_row)
        rows.add(
            "zip_code",
            "zip_centroids",
            REAL,
            zip=zip_row.zip,
            city=zip_row.city,
            county_id=county_id,
            lat=zip_row.lat,
            lon=zip_row.lon,
        )
    return zips_by_county


def add_taxonomy(rows: Rows, src: Path) -> None:
    """The NUCC specialty codes, and which of them are primary care."""
    for r in sources.read_nucc(src):
        rows.add(
            "specialty",
            "nucc",
            REAL,
            code=r["Code"],
            grouping=r["Grouping"],
            classification=r["Classification"],
            specialization=r["Specialization"],
            display_name=r["Display Name"],
        )
    for r in sources.read_pcp_map(src):
        rows.add(
            "pcp_specialty",
            "pcp_map",
            REAL,
            code=r["code_or_label"],
            source_system=r["source_system"],
            specialty=sources.APP_SPECIALTY[r["app_specialty"]],
            include_by_default=r["include_by_default"],
            label=r["label"],
        )


@dataclass(frozen=True)
class HospitalPoint:
    id: int
    lat: float
    lon: float
    acute: bool
    county_id: int | None = None


def add_hospitals(
    rows: Rows, ids: Ids, src: Path, counties: dict[str, int], zips: list[sources.ZipRow]
) -> list[HospitalPoint]:
    """CMS hospitals, placed by CDPH coordinates or else at their ZIP code's centroid."""
    by_name, by_addr = sources.read_cdph_coordinates(src)
    zip_coord = {z.zip: (z.lat, z.lon) for z in zips}
    out = []
    for hospital in sources.read_cms_hospitals(src):
        # Taken before the check below: a hospital left out leaves a gap in the ids.
        hospital_id = ids.next("hospital")
        coord = sources.match_cdph(hospital, by_name, by_addr)
        coord_source = "cdph"
        if coord is None:
            coord, coord_source = zip_coord.get(hospital.zip), "zip"
        if coord is None:
            continue  # no way to place it on a map: left out
        rows.add(
            "hospital",
            "cms_hospitals",
            REAL,
            id=hospital_id,
            cms_id=hospital.cms_id,
            name=hospital.name,
            address=hospital.address,
            city=hospital.city,
            zip=hospital.zip,
            county_id=counties.get(hospital.county),
            phone=hospital.phone,
            hospital_type=hospital.hospital_type,
            ownership=hospital.ownership,
            emergency=hospital.emergency,
            star_rating=hospital.star_rating,
            lat=coord[0],
            lon=coord[1],
            coord_source=coord_source,
        )
        acute = hospital.hospital_type in ACUTE_TYPES
        county_id = counties.get(hospital.county)
        out.append(HospitalPoint(hospital_id, coord[0], coord[1], acute, county_id))
    return out


def add_real_groups(
    rows: Rows,
    ids: Ids,
    hmo_groups: list[sources.RealGroup],
    counties: dict[str, int],
    wanted: set[str],
    networks: NetworkIndex,
) -> list[gen.GroupToStaff]:
    """The carriers' published medical groups in the wanted counties, with their network
    links. A group is placed only in the counties where a carrier lists it in a network;
    its address, phones and rules are not published, so they stay unknown (NULL)."""
    out: list[gen.GroupToStaff] = []
    for group in hmo_groups:
        links = [
            link
            for link in group.links
            if link.county in wanted
            and link.network
            and (link.carrier, link.network) in networks.commercial
        ]
        if not links:
            continue  # listed without a network, or outside the wanted counties
        group_id = ids.next("medical_group")
        to_staff = gen.GroupToStaff(
            group_id,
            sorted({counties[link.county] for link in links}),
            weight=1.0 + len({(link.network, link.county) for link in links}),
        )
        for link in links:
            network_id = networks.commercial[(link.carrier, link.network)]
            county_id = counties[link.county]
            served = to_staff.networks_by_county.setdefault(county_id, [])
            if network_id not in served:
                served.append(network_id)
            rows.add(
                "group_in_network",
                "hmo_groups",
                DATED,
                id=ids.next("group_in_network"),
                group_id=group_id,
                network_id=network_id,
                county_id=county_id,
                group_code=link.group_code or None,
                listed_name=link.listed_name,
                period_start=None,
                period_end=None,
            )
        for county_id in to_staff.county_ids:
            rows.add("group_county", "hmo_groups", DATED, group_id=group_id, county_id=county_id)
        rows.add(
            "medical_group",
            "hmo_groups",
            DATED,
            id=group_id,
            name=group.name,
            name_variants=" | ".join(group.variants),
            details_provenance=DATED,
            **gen.UNKNOWN_DETAILS,
        )
        out.append(to_staff)
    return out
