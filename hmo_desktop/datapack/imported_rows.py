"""Imported real data (``importers.model.Imported``) as directory rows.

- Each input file becomes a ``data_source`` row (kind real, its own as-of date).
- Plan-Net plans of HMO-type products become plans with their networks.
- A doctor's group practice from the CMS file joins a carrier-listed medical group of the
  office's county by name (``linking``; each link kept in ``group_link``), and the doctor
  then takes part in that group's networks there. An unmatched practice becomes a medical
  group of its own, in no network: its doctors are findable by name, with no plan.
- A carrier-listed group that gains real doctors loses its sample doctors and offices
  (``covered``): real data replaces samples for what it covers.
- Offices are placed at their ZIP code's centroid (``coord_source`` 'zip'); an office
  whose ZIP is not a California ZIP in the wanted counties is left out and counted.
- Nothing is invented: what the file does not give stays NULL (accepting 'unknown').
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from hmo_desktop.datapack import linking
from hmo_desktop.datapack.imported_context import Context
from hmo_desktop.datapack.imported_context import Outcome as Outcome
from hmo_desktop.datapack.imported_plans import HMO_PRODUCTS as HMO_PRODUCTS
from hmo_desktop.datapack.imported_plans import add_plans, record_link
from hmo_desktop.datapack.imported_text import address_case as address_case
from hmo_desktop.datapack.imported_text import hours_json
from hmo_desktop.datapack.imported_text import phone_text as phone_text
from hmo_desktop.datapack.importers.model import Imported, RealOffice, RealRole
from hmo_desktop.datapack.rows import Ids, Rows
from hmo_desktop.datapack.sources import ZipRow
from hmo_desktop.directory_format import ACCESSIBILITY_KEYS, REAL, UNKNOWN


def add_imported(
    rows: Rows,
    ids: Ids,
    imp: Imported,
    zips: list[ZipRow],
    counties: dict[str, int],
    wanted: set[str],
    languages: Iterable[str],
) -> Outcome:
    """Adds the imported rows (after the carrier-listed groups, before the samples)."""
    ctx = Context(rows, ids, imp, {z.zip: z for z in zips}, counties, wanted, Outcome())
    for source in imp.sources:
        rows.tables["data_source"].append(
            {
                "id": rows.register_source(source.key),
                "key": source.key,
                "title": source.title,
                "publisher": source.publisher,
                "origin": source.origin,
                "licence": source.licence,
                "attribution": f"Source: {source.publisher}.",
                "as_of": source.as_of,
                "kind": REAL,
                "file": None,
                "notes": f"Imported; date from {source.as_of_note}.",
                "file_sha256": None,
            }
        )
    _index_listed_groups(ctx)
    add_plans(ctx)
    known_languages = set(languages)
    hospital_ids = {h["cms_id"]: h["id"] for h in rows.tables["hospital"]}
    by_npi: dict[str, list[RealRole]] = defaultdict(list)
    for role in imp.roles:
        by_npi[role.npi].append(role)
    for npi in sorted(by_npi):
        doctor = imp.doctors.get(npi)
        if doctor is None:
            ctx.counts["roles whose doctor is not in the files"] += len(by_npi[npi])
            continue
        practitioner_id = ids.next("practitioner")
        kept = sum(_add_role(ctx, practitioner_id, role) for role in by_npi[npi])
        if not kept:
            ctx.counts["doctors with no office in the wanted California counties"] += 1
            continue
        langs = [c for c in doctor.languages or () if c in known_languages]
        rows.add(
            "practitioner",
            doctor.source,
            REAL,
            id=practitioner_id,
            npi=npi,
            first_name=" ".join(p for p in (doctor.first_name, doctor.middle_name) if p),
            last_name=doctor.last_name,
            credential=doctor.credential,
            gender=doctor.gender,
            board_certified=doctor.board_certified,
            board_name=doctor.board_name,
            languages_known=doctor.languages is not None,
        )
        for code in dict.fromkeys(langs):
            rows.add(
                "practitioner_language",
                doctor.source,
                REAL,
                practitioner_id=practitioner_id,
                language_code=code,
            )
        for ccn in dict.fromkeys(imp.hospitals.get(npi, ())):
            if ccn in hospital_ids:
                rows.add(
                    "practitioner_hospital",
                    doctor.source,
                    REAL,
                    practitioner_id=practitioner_id,
                    hospital_id=hospital_ids[ccn],
                )
            else:
                ctx.counts["hospital affiliations outside this directory's hospitals"] += 1
        ctx.counts["real doctors"] += 1
    _finish(ctx, known_languages)
    return ctx.outcome


def _index_listed_groups(ctx: Context) -> None:
    names = {g["id"]: g["name"] for g in ctx.rows.tables["medical_group"]}
    ctx.group_names.update(names)
    plan_of = {n["id"]: n["plan_id"] for n in ctx.rows.tables["network"]}
    ctx.plan_of_network.update(plan_of)
    by_county: dict[int, dict[int, str]] = defaultdict(dict)
    for link in ctx.rows.tables["group_in_network"]:
        gid, county = link["group_id"], link["county_id"]
        if county is None:
            continue
        by_county[county][gid] = names[gid]
        pair = (link["network_id"], link["group_code"])
        ctx.listed_networks.setdefault((gid, county), []).append(pair)
    county_names = {i: n for n, i in ctx.county_ids.items()}
    ctx.candidates = {
        c: linking.candidates(sorted(g.items()), county_names[c]) for c, g in by_county.items()
    }


def _office_place(ctx: Context, office: RealOffice) -> ZipRow | None:
    place = ctx.zip_rows.get(office.zip5)
    if place is None or place.county not in ctx.wanted:
        return None
    return place


def _add_role(ctx: Context, practitioner_id: int, role: RealRole) -> bool:
    office = ctx.imp.offices.get(role.office_key)
    place = _office_place(ctx, office) if office else None
    if office is None or place is None:
        ctx.counts["office listings outside the wanted California ZIP codes"] += 1
        return False
    county_id = ctx.county_ids[place.county]
    group_id, networks = _group_and_networks(ctx, role, county_id)
    location_id = _location(ctx, office, place, group_id, county_id)
    common: dict[str, Any] = {
        "practitioner_id": practitioner_id,
        "group_id": group_id,
        "location_id": location_id,
        "specialty": role.specialty,
        "specialty_code": role.specialty_code,
        "accepting": role.accepting or UNKNOWN,
        "age_min": role.age_min,
        "age_max": role.age_max,
        "pcp_id": role.pcp_id,
        "telehealth": role.telehealth,
        "lat": place.lat,
        "lon": place.lon,
    }
    if not networks:
        ctx.rows.add("pcp_role", role.source, REAL, id=ctx.ids.next("pcp_role"), **common)
        ctx.counts["office listings in no HMO network of this directory"] += 1
    for network_id in networks:
        plan_id = ctx.plan_of_network[network_id]
        ctx.rows.add(
            "pcp_role",
            role.source,
            REAL,
            id=ctx.ids.next("pcp_role"),
            network_id=network_id,
            plan_id=plan_id,
            **common,
        )
        ctx.plan_counties.add((plan_id, county_id))
        ctx.counts["plan listings (doctor, office, network)"] += 1
    ctx.group_counties.add((group_id, county_id))
    return True


def _group_and_networks(ctx: Context, role: RealRole, county_id: int) -> tuple[int, list[int]]:
    """The medical group a role is in, and the networks it takes part in there."""
    group = ctx.imp.groups.get(role.group_key) if role.group_key else None
    if role.network_keys:  # Plan-Net: the file names the networks
        networks = [n for key in role.network_keys for n in ctx.networks_by_key.get(key, ())]
        key = role.group_key or f"doctor:{role.npi}"
        group_id = _own_group(ctx, key, group.name if group else None, role)
        for network_id in networks:
            ctx.group_networks.add((group_id, network_id, county_id))
        return group_id, networks
    if group is not None:  # CMS: by the practice's name, among the county's listed groups
        link = ctx.links.get((group.key, county_id))
        if link is None:
            link = linking.link_group(group.name, ctx.candidates.get(county_id, []))
            ctx.links[(group.key, county_id)] = link
            record_link(ctx, group.key, group.name, county_id, link, role.source)
        if link.group_id is not None:
            ctx.outcome.covered.add(link.group_id)
            listed = ctx.listed_networks.get((link.group_id, county_id), [])
            return link.group_id, list(dict.fromkeys(n for n, _code in listed))
        return _own_group(ctx, group.key, group.name, role), []
    return _own_group(ctx, f"doctor:{role.npi}", None, role), []


def _own_group(ctx: Context, key: str, name: str | None, role: RealRole) -> int:
    """An imported group's own row (for a doctor with no group: their own practice)."""
    if key in ctx.own_groups:
        return ctx.own_groups[key]
    group_id = ctx.ids.next("medical_group")
    if name is None:
        doctor = ctx.imp.doctors[role.npi]
        name = " ".join(p for p in (doctor.first_name, doctor.last_name) if p)
        if doctor.credential:
            name = f"{name}, {doctor.credential}"
    group = ctx.imp.groups.get(key)
    ctx.rows.add(
        "medical_group",
        role.source,
        REAL,
        id=group_id,
        name=name,
        phone=group.phone if group else None,
        details_provenance=REAL,
        after_hours_phone=None,
        referral_rules=None,
        website=None,
        rating=None,
    )
    ctx.own_groups[key] = group_id
    ctx.group_names[group_id] = name
    ctx.counts["medical groups from the files"] += 1
    return group_id


def _location(
    ctx: Context, office: RealOffice, place: ZipRow, group_id: int, county_id: int
) -> int:
    if (office.key, group_id) in ctx.locations:
        return ctx.locations[(office.key, group_id)]
    location_id = ctx.ids.next("location")
    group_name = ctx.group_names.get(group_id)
    access: dict[str, bool | None] = dict.fromkeys(ACCESSIBILITY_KEYS, None)  # unknown
    if office.accessibility is not None:
        access = {k: k in office.accessibility for k in access}
    ctx.rows.add(
        "location",
        office.source,
        REAL,
        id=location_id,
        group_id=group_id,
        name=office.name or group_name or address_case(office.address),
        address=address_case(office.address),
        city=address_case(office.city) if office.city else place.city,
        zip=office.zip5,
        county_id=county_id,
        lat=place.lat,
        lon=place.lon,
        phone=phone_text(office.phone),
        hours=None if office.hours is None else hours_json(office.hours),
        evening_hours=office.evening_hours,
        saturday_hours=office.saturday_hours,
        languages_known=office.languages is not None,
        coord_source="zip",
        **access,
    )
    for code in dict.fromkeys(office.languages or ()):
        ctx.rows.add(
            "location_language", office.source, REAL, location_id=location_id, language_code=code
        )
    ctx.locations[(office.key, group_id)] = location_id
    return location_id


def _finish(ctx: Context, known_languages: set[str]) -> None:
    rows = ctx.rows
    # Staff languages the directory has no row for are dropped (the FK needs one).
    rows.tables["location_language"] = [
        r for r in rows.tables["location_language"] if r["language_code"] in known_languages
    ]
    groups = {g["id"]: g for g in rows.tables["medical_group"]}

    def real_row(of_group: int, **values: Any) -> dict[str, Any]:
        source_id = groups[of_group]["source_id"]
        return {**values, "source_id": source_id, "provenance": REAL, "is_sample": False}

    listed_counties = {(r["group_id"], r["county_id"]) for r in rows.tables["group_county"]}
    for group_id, county_id in sorted(ctx.group_counties - listed_counties):
        rows.tables["group_county"].append(
            real_row(group_id, group_id=group_id, county_id=county_id)
        )
    for group_id, network_id, county_id in sorted(ctx.group_networks):
        rows.tables["group_in_network"].append(
            real_row(
                group_id,
                id=ctx.ids.next("group_in_network"),
                group_id=group_id,
                network_id=network_id,
                county_id=county_id,
                group_code=None,
                listed_name=groups[group_id]["name"],
                period_start=None,
                period_end=None,
            )
        )
    listed_plans = {(r["plan_id"], r["county_id"]) for r in rows.tables["plan_county"]}
    plan_source = {p["id"]: p["source_id"] for p in rows.tables["plan"]}
    for plan_id, county_id in sorted(ctx.plan_counties - listed_plans):
        rows.tables["plan_county"].append(
            {
                "plan_id": plan_id,
                "county_id": county_id,
                "enrollees": None,
                "source_id": plan_source[plan_id],
                "provenance": REAL,
                "is_sample": False,
            }
        )
    ctx.outcome.summary += [f"{what}: {n:,}" for what, n in sorted(ctx.counts.items())]
