"""Build the directory database from ``db/sources/``: real rows first, then samples.

One call, deterministic: the same sources and seed give a byte-identical file. The file is
stamped (application_id, user_version, DELETE journal), analysed, vacuumed, and described
by a manifest beside it (SHA-256, row counts, sources).
"""

from __future__ import annotations

import json
import math
import os
import random
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hmo_desktop.datapack import generate as gen
from hmo_desktop.datapack import sources as src_mod
from hmo_desktop.datapack.names import LANGUAGES
from hmo_desktop.datapack.provenance import SOURCE_IDS, SOURCES
from hmo_desktop.datapack.search_index import (
    create_group_plan_stats,
    create_pcp_search,
    create_search_index,
)
from hmo_desktop.directory_format import (
    ACCEPTING,
    APPLICATION_ID,
    DATED,
    GENERATED,
    INFERRED,
    REAL,
    SCHEMA_VERSION,
    SPECIALTIES,
)
from hmo_desktop.filehash import sha256_of
from hmo_desktop.geo import miles
from hmo_desktop.paths import manifest_path_for

#: Sample PCPs at scale 1: on the order of California's HMO primary care doctors.
PCPS_AT_SCALE_1 = 25_000
ACUTE_TYPES = ("Acute Care Hospitals", "Critical Access Hospitals", "Childrens")

Progress = Callable[[str, float], None]


def _quiet(_msg: str, _fraction: float) -> None:
    pass


@dataclass
class BuildOptions:
    out: Path
    sources: Path
    scale: float = 1.0
    seed: int = 2025
    counties: tuple[str, ...] = ()  # empty: the whole state


@dataclass
class BuildResult:
    path: Path
    manifest_path: Path
    sha256: str
    counts: dict[str, int]
    seconds: float


@dataclass
class Rows:
    """Rows per table, as dicts; written in bulk through the SQLModel table definitions."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, table: str, source: str, provenance: str, **values: Any) -> None:
        values["source_id"] = SOURCE_IDS[source]
        values["provenance"] = provenance
        values["is_sample"] = provenance == GENERATED
        self.tables[table].append(values)


def build_directory(opts: BuildOptions, progress: Progress = _quiet) -> BuildResult:
    started = time.perf_counter()
    rng = random.Random(opts.seed)
    rows = Rows()
    src = opts.sources

    progress("Reading public sources", 0.02)
    zips = src_mod.read_zips(src)
    fips = src_mod.read_county_fips(src)
    counties = _counties(rows, zips, fips)
    wanted = set(opts.counties) if opts.counties else set(counties)
    unknown = wanted - set(counties)
    if unknown:
        raise ValueError(f"unknown county: {', '.join(sorted(unknown))}")
    _data_sources(rows, src)
    zips_by_county: dict[int, list[src_mod.ZipRow]] = defaultdict(list)
    for z in zips:
        cid = counties[z.county]
        zips_by_county[cid].append(z)
        rows.add(
            "zip_code",
            "zip_centroids",
            REAL,
            zip=z.zip,
            city=z.city,
            county_id=cid,
            lat=z.lat,
            lon=z.lon,
        )
    _taxonomy(rows, src)
    for bit, (code, name) in enumerate(LANGUAGES):
        rows.add("language", "generated", GENERATED, code=code, name=name, bit=bit)

    progress("Hospitals", 0.06)
    hospitals = _hospitals(rows, src, counties, zips)

    progress("Plans and networks", 0.10)
    plans = _plans(rows, src, counties, wanted)

    progress("Medical groups", 0.14)
    groups = _real_groups(rows, src, counties, wanted, plans, rng)
    groups += _sample_groups(
        rows, counties, wanted, zips_by_county, plans, rng, first_id=len(groups) + 1
    )

    progress("Offices", 0.20)
    _size_groups(groups, opts.scale)
    _offices(rows, groups, zips_by_county, rng)
    _group_hospitals(rows, groups, hospitals)

    progress("Sample doctors", 0.25)
    _doctors(rows, groups, rng, progress)

    progress("Writing the database", 0.70)
    tmp = opts.out.with_name(opts.out.name + ".building")
    for p in (tmp, opts.out):
        if p.exists():
            p.unlink()
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    counts = _write(tmp, rows, progress)
    os.replace(tmp, opts.out)

    progress("Writing the manifest", 0.98)
    digest = sha256_of(opts.out)
    manifest = {
        "format": "hmo-desktop-directory",
        "application_id": APPLICATION_ID,
        "schema_version": SCHEMA_VERSION,
        "sha256": digest,
        "size_bytes": opts.out.stat().st_size,
        "build": {
            "scale": opts.scale,
            "seed": opts.seed,
            "counties": sorted(opts.counties),
            "sqlite_version": sqlite3.sqlite_version,
        },
        "row_counts": counts,
        "sources": [
            {
                "key": s.key,
                "title": s.title,
                "publisher": s.publisher,
                "licence": s.licence,
                "attribution": s.attribution,
                "as_of": s.as_of,
                "kind": s.kind,
                "file": s.file,
            }
            for s in SOURCES
        ],
    }
    mpath = manifest_path_for(opts.out)
    mpath.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    progress("Done", 1.0)
    return BuildResult(opts.out, mpath, digest, counts, time.perf_counter() - started)


# ---------------------------------------------------------------- real data


def _data_sources(rows: Rows, src: Path) -> None:
    for i, s in enumerate(SOURCES, start=1):
        rows.tables["data_source"].append(
            {
                "id": i,
                "key": s.key,
                "title": s.title,
                "publisher": s.publisher,
                "origin": s.origin,
                "licence": s.licence,
                "attribution": s.attribution,
                "as_of": s.as_of,
                "kind": s.kind,
                "file": s.file,
                "notes": s.notes,
                "file_sha256": sha256_of(src / s.file) if s.file else None,
            }
        )


def _counties(rows: Rows, zips: list[src_mod.ZipRow], fips: dict[str, str]) -> dict[str, int]:
    by_county: dict[str, list[src_mod.ZipRow]] = defaultdict(list)
    for z in zips:
        by_county[z.county].append(z)
    ids = {}
    for i, name in enumerate(sorted(by_county), start=1):
        zs = by_county[name]
        ids[name] = i
        rows.add(
            "county",
            "zip_centroids",
            REAL,
            id=i,
            name=name,
            fips=fips.get(name, ""),
            lat=round(sum(z.lat for z in zs) / len(zs), 5),
            lon=round(sum(z.lon for z in zs) / len(zs), 5),
        )
    return ids


def _taxonomy(rows: Rows, src: Path) -> None:
    for r in src_mod.read_nucc(src):
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
    for r in src_mod.read_pcp_map(src):
        rows.add(
            "pcp_specialty",
            "pcp_map",
            REAL,
            code=r["code_or_label"],
            source_system=r["source_system"],
            specialty=src_mod.APP_SPECIALTY[r["app_specialty"]],
            include_by_default=r["include_by_default"],
            label=r["label"],
        )


@dataclass(frozen=True)
class HospitalPoint:
    id: int
    lat: float
    lon: float
    acute: bool


def _hospitals(
    rows: Rows, src: Path, counties: dict[str, int], zips: list[src_mod.ZipRow]
) -> list[HospitalPoint]:
    by_name, by_addr = src_mod.read_cdph_coordinates(src)
    zip_coord = {z.zip: (z.lat, z.lon) for z in zips}
    out = []
    for i, h in enumerate(src_mod.read_cms_hospitals(src), start=1):
        coord = src_mod.match_cdph(h, by_name, by_addr)
        coord_source = "cdph"
        if coord is None:
            coord, coord_source = zip_coord.get(h.zip), "zip"
        if coord is None:
            continue  # no way to place it on a map; left out and counted in the manifest
        rows.add(
            "hospital",
            "cms_hospitals",
            REAL,
            id=i,
            cms_id=h.cms_id,
            name=h.name,
            address=h.address,
            city=h.city,
            zip=h.zip,
            county_id=counties.get(h.county),
            phone=h.phone,
            hospital_type=h.hospital_type,
            ownership=h.ownership,
            emergency=h.emergency,
            star_rating=h.star_rating,
            lat=coord[0],
            lon=coord[1],
            coord_source=coord_source,
        )
        out.append(HospitalPoint(i, coord[0], coord[1], h.hospital_type in ACUTE_TYPES))
    return out


@dataclass
class PlanIndex:
    # (carrier, network name) -> network id, for the published commercial networks
    commercial: dict[tuple[str, str], int] = field(default_factory=dict)
    # county id -> network ids whose group list is not published (groups are samples)
    sample_networks_by_county: dict[int, list[int]] = field(default_factory=dict)
    pace_networks: set[int] = field(default_factory=set)


COMMERCIAL_PLAN_NAMES = {
    "Anthem Blue Cross of California": "Anthem Blue Cross",
    "UnitedHealthcare of California": "UnitedHealthcare",
}


def _plans(rows: Rows, src: Path, counties: dict[str, int], wanted: set[str]) -> PlanIndex:
    idx = PlanIndex()
    sample_by_county: dict[int, list[int]] = defaultdict(list)
    plan_id = 0

    def add_plan(
        source: str,
        prov: str,
        county_names: Iterable[str],
        network_name: str,
        by_county: dict[str, int | None] | None = None,
        **values: Any,
    ) -> int | None:
        nonlocal plan_id
        served = sorted(set(county_names) & wanted)
        if not served:
            return None
        plan_id += 1
        rows.add("plan", source, prov, id=plan_id, **values)
        for c in served:
            rows.add(
                "plan_county",
                source,
                prov,
                plan_id=plan_id,
                county_id=counties[c],
                enrollees=(by_county or {}).get(c),
            )
        rows.add(
            "network",
            source,
            prov,
            id=plan_id,
            plan_id=plan_id,
            name=network_name,
            carrier=values["carrier"],
            as_of=values["as_of"],
        )
        return plan_id

    groups = src_mod.read_hmo_groups(src)
    net_counties: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g in groups:
        for link in g.links:
            if link.network:
                net_counties[(link.carrier, link.network)].add(link.county)
    for (carrier, network), cs in sorted(net_counties.items()):
        short = COMMERCIAL_PLAN_NAMES.get(carrier, carrier)
        label = network.removesuffix(" Network")
        net_name = network if "Network" in network else f"{network} Network"
        pid = add_plan(
            "hmo_groups",
            DATED,
            cs,
            f"{short} {net_name}",
            name=f"{short} {label} HMO",
            product_type="commercial",
            carrier=carrier,
            plan_category=f"Employer and individual HMO ({network})",
            as_of="2017-2018",
            network_list="published",
        )
        if pid is not None:
            idx.commercial[(carrier, network)] = pid

    medi_cal = src_mod.read_medi_cal(src)
    for p in medi_cal:
        pid = add_plan(
            "medi_cal",
            REAL,
            p.counties,
            "Medi-Cal provider network",
            p.counties,
            name=p.name,
            product_type="medi_cal",
            carrier=p.name,
            plan_category="; ".join(sorted(p.categories)),
            as_of="2025-12",
            enrollees=sum(n for n in p.counties.values() if n),
            network_list="sample",
        )
        if pid is None:
            continue
        if any("PACE" in c for c in p.categories):
            idx.pace_networks.add(pid)
        for c in set(p.counties) & wanted:
            sample_by_county[counties[c]].append(pid)

    areas = src_mod.read_rating_areas(src)
    issuer_counties = src_mod.read_covered_ca_issuer_counties(src)
    for cc in src_mod.read_covered_ca_hmos(src):
        cc_counties = sorted({c for a in cc.rating_areas for c in areas.get(a, [])})
        # A rating area can be wider than where the issuer sold: keep the counties the
        # 2017 issuer list confirms, when it lists the issuer at all.
        sold: set[str] = set().union(*(issuer_counties.get(i, set()) for i in cc.issuer_ids))
        if sold:
            cc_counties = [c for c in cc_counties if c in sold]
        metals = sorted(
            cc.metal_levels,
            key=lambda m: src_mod.METAL_ORDER.index(m) if m in src_mod.METAL_ORDER else 99,
        )
        pid = add_plan(
            "covered_ca_plans",
            DATED,
            cc_counties,
            "Covered California HMO network",
            name=f"{cc.carrier} HMO",
            product_type="covered_california",
            carrier=cc.carrier,
            plan_category="Covered California: " + ", ".join(metals),
            as_of="2017",
            network_list="sample",
        )
        if pid is None:
            continue
        for c in cc_counties:
            if c in wanted:
                sample_by_county[counties[c]].append(pid)
    idx.sample_networks_by_county = {k: sorted(v) for k, v in sorted(sample_by_county.items())}
    return idx


def _group_details(rng: random.Random, area: str) -> dict[str, Any]:
    return {
        "phone": gen.fictional_phone(area, rng),
        "after_hours_phone": gen.fictional_phone(area, rng),
        "referral_rules": rng.choice(gen.REFERRAL_RULES),
        "obgyn_direct_access": rng.random() < 0.93,
        "website": None,
        "rating": None,  # no public ratings file here: shown as "Not rated"
    }


def _real_groups(
    rows: Rows,
    src: Path,
    counties: dict[str, int],
    wanted: set[str],
    plans: PlanIndex,
    rng: random.Random,
) -> list[gen.GroupPlan]:
    real = src_mod.read_hmo_groups(src)
    out: list[gen.GroupPlan] = []
    link_id = 0
    for g in real:
        links = [li for li in g.links if li.county in wanted]
        if not links:
            continue
        gid = len(out) + 1
        plan = gen.GroupPlan(
            gid,
            sorted({counties[li.county] for li in links}),
            weight=1.0 + len({(li.network, li.county) for li in links}),
        )
        for li in links:
            nid = plans.commercial.get((li.carrier, li.network)) if li.network else None
            if nid is not None:
                cid = counties[li.county]
                nets = plan.networks_by_county.setdefault(cid, [])
                if nid not in nets:
                    nets.append(nid)
                link_id += 1
                rows.add(
                    "group_in_network",
                    "hmo_groups",
                    DATED,
                    id=link_id,
                    group_id=gid,
                    network_id=nid,
                    county_id=cid,
                    group_code=li.group_code or None,
                    listed_name=li.listed_name,
                    period_start=None,
                    period_end=None,
                )
        for cid in plan.county_ids:
            rows.add("group_county", "hmo_groups", DATED, group_id=gid, county_id=cid)
        rows.add(
            "medical_group",
            "hmo_groups",
            DATED,
            id=gid,
            name=g.name,
            name_variants=" | ".join(g.variants),
            details_provenance=GENERATED,
            **_group_details(rng, "000"),
        )
        out.append(plan)
    rows.tables["_next_link_id"] = [{"id": link_id}]
    return out


def _sample_groups(
    rows: Rows,
    counties: dict[str, int],
    wanted: set[str],
    zips_by_county: dict[int, list[src_mod.ZipRow]],
    plans: PlanIndex,
    rng: random.Random,
    first_id: int,
) -> list[gen.GroupPlan]:
    """Medical groups for plans whose group list is not published here (all samples)."""
    out: list[gen.GroupPlan] = []
    link_id = rows.tables.pop("_next_link_id")[0]["id"]
    gid = first_id - 1
    for name in sorted(wanted):
        cid = counties[name]
        networks = plans.sample_networks_by_county.get(cid, [])
        if not networks:
            continue
        zs = zips_by_county[cid]
        n = max(1, min(10, round(math.sqrt(len(zs)) / 2)))
        cities = sorted({z.city for z in zs})
        county_groups = []
        for _ in range(n):
            gid += 1
            city = rng.choice(cities)
            gname = f"{city} {rng.choice(gen.GROUP_SUFFIXES)} (sample)"
            plan = gen.GroupPlan(gid, [cid], weight=rng.uniform(3, 12))
            rows.add("group_county", "generated", GENERATED, group_id=gid, county_id=cid)
            rows.add(
                "medical_group",
                "generated",
                GENERATED,
                id=gid,
                name=gname,
                name_variants="",
                details_provenance=GENERATED,
                **_group_details(rng, zs[0].area_code),
            )
            county_groups.append(plan)
            out.append(plan)
        for nid in networks:
            # PACE plans run their own center: one group. Others contract with several.
            k = 1 if nid in plans.pace_networks else max(1, round(len(county_groups) * 0.6))
            for plan in rng.sample(county_groups, min(k, len(county_groups))):
                plan.networks_by_county.setdefault(cid, []).append(nid)
                link_id += 1
                rows.add(
                    "group_in_network",
                    "generated",
                    GENERATED,
                    id=link_id,
                    group_id=plan.id,
                    network_id=nid,
                    county_id=cid,
                    group_code=None,
                    listed_name="",
                    period_start=None,
                    period_end=None,
                )
    return out


# ---------------------------------------------------------------- sample staffing


def _size_groups(groups: list[gen.GroupPlan], scale: float) -> None:
    target = PCPS_AT_SCALE_1 * scale
    total = sum(g.weight for g in groups) or 1.0
    for g in groups:
        g.size = max(4, round(g.weight / total * target))


def _offices(
    rows: Rows,
    groups: list[gen.GroupPlan],
    zips_by_county: dict[int, list[src_mod.ZipRow]],
    rng: random.Random,
) -> None:
    """Offices sit at ZIP centroids in the group's counties, never at a real address."""
    loc_id = 0
    medical = {r["id"]: r for r in rows.tables["medical_group"]}
    for g in groups:
        n = max(len(g.county_ids), min(14, math.ceil(g.size / 10)))
        for i in range(n):
            cid = g.county_ids[i % len(g.county_ids)]
            z = rng.choice(zips_by_county[cid])
            loc_id += 1
            hours, evening, saturday = gen.office_hours(rng)
            rows.add(
                "location",
                "generated",
                GENERATED,
                id=loc_id,
                group_id=g.id,
                name=f"{z.city} office",
                address=f"Sample office near ZIP {z.zip}",
                city=z.city,
                zip=z.zip,
                county_id=cid,
                lat=z.lat,
                lon=z.lon,
                phone=gen.fictional_phone(z.area_code, rng),
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
                    location_id=loc_id,
                    language_code=code,
                )
            g.offices.append(gen.Office(loc_id, g.id, cid, z.zip, z.lat, z.lon))
            if i == 0:  # the group's main office gives it an address
                m = medical[g.id]
                m.update(
                    address=f"Sample office near ZIP {z.zip}",
                    city=z.city,
                    zip=z.zip,
                    county_id=cid,
                    lat=z.lat,
                    lon=z.lon,
                    phone=gen.fictional_phone(z.area_code, rng),
                    after_hours_phone=gen.fictional_phone(z.area_code, rng),
                )


def _group_hospitals(
    rows: Rows, groups: list[gen.GroupPlan], hospitals: list[HospitalPoint]
) -> None:
    """Nearest acute hospitals to the group's main office: inferred, never 'published'."""
    acute = [h for h in hospitals if h.acute]
    for g in groups:
        main = g.offices[0]
        near = sorted(acute, key=lambda h: (miles(main.lat, main.lon, h.lat, h.lon), h.id))
        for rank, h in enumerate(near[:3], start=1):
            g.hospitals.append(h.id)
            rows.add(
                "group_hospital",
                "inferred_hospitals",
                INFERRED,
                group_id=g.id,
                hospital_id=h.id,
                relation="inferred",
                rank=rank,
            )


def _doctors(
    rows: Rows, groups: list[gen.GroupPlan], rng: random.Random, progress: Progress
) -> None:
    role_id = 0
    doc_id = 0
    pcp_counters: dict[int, int] = defaultdict(int)
    seen_ids: set[str] = set()
    by_pair: dict[tuple[int, int], set[str]] = defaultdict(set)  # (group, network) -> specs
    group_doctors: dict[int, list[tuple[gen.Doctor, bool]]] = defaultdict(list)
    network_accepting: dict[int, set[str]] = defaultdict(set)
    net_plan = {r["id"]: r["plan_id"] for r in rows.tables["network"]}

    def add_role(
        doc: gen.Doctor, g: gen.GroupPlan, office: gen.Office, nid: int, base: str, telehealth: bool
    ) -> None:
        nonlocal role_id
        role_id += 1
        status = base if rng.random() < 0.8 else gen.weighted(rng, gen.ACCEPTING_WEIGHTS)
        lo, hi = doc.ages
        pcp_counters[nid] += 1
        rows.add(
            "pcp_role",
            "generated",
            GENERATED,
            id=role_id,
            practitioner_id=doc.id,
            group_id=g.id,
            location_id=office.id,
            network_id=nid,
            plan_id=net_plan[nid],
            specialty=doc.specialty,
            specialty_code=doc.code,
            accepting=status,
            age_min=lo,
            age_max=hi,
            pcp_id=f"{gen.pcp_id_prefix(nid)}{pcp_counters[nid]:06d}",
            telehealth=telehealth,
            lat=office.lat,
            lon=office.lon,
        )
        by_pair[(g.id, nid)].add(doc.specialty)
        if status == ACCEPTING:
            network_accepting[nid].add(doc.specialty)

    def staff(doc: gen.Doctor, g: gen.GroupPlan, offices: list[gen.Office]) -> None:
        base = gen.weighted(rng, gen.ACCEPTING_WEIGHTS)
        telehealth = rng.random() < 0.62
        for office in offices:
            for nid in g.networks_by_county.get(office.county_id, []):
                add_role(doc, g, office, nid, base, telehealth)

    total = sum(g.size for g in groups)
    for g in groups:
        for i in range(g.size):
            doc_id += 1
            if doc_id % 2000 == 0:
                progress(
                    f"Sample doctors: {doc_id:,} of about {total:,}",
                    0.25 + 0.4 * doc_id / max(total, 1),
                )
            spec = (
                SPECIALTIES[i] if i < 4 else gen.weighted(rng, tuple(gen.SPECIALTY_WEIGHTS.items()))
            )
            code = gen.weighted(rng, gen.SPECIALTY_CODES[spec])
            heritage = gen.choose_heritage(rng)
            female = rng.random() < gen.FEMALE_SHARE[spec]
            first, last, native = gen.make_name(heritage, female, rng)
            ident = gen.sample_identifier(rng)
            while ident in seen_ids:
                ident = gen.sample_identifier(rng)
            seen_ids.add(ident)
            board = rng.random() < 0.87
            rows.add(
                "practitioner",
                "generated",
                GENERATED,
                id=doc_id,
                sample_id=ident,
                npi=None,
                first_name=first,
                last_name=last,
                native_name=native,
                credential="DO" if rng.random() < 0.1 else "MD",
                gender="F" if female else "M",
                board_certified=board,
                board_name=gen.BOARDS[spec] if board else None,
                medical_school=None,
            )
            for code_ in gen.doctor_languages(heritage, rng):
                rows.add(
                    "practitioner_language",
                    "generated",
                    GENERATED,
                    practitioner_id=doc_id,
                    language_code=code_,
                )
            if g.hospitals and rng.random() < 0.75:
                k = rng.randint(1, min(2, len(g.hospitals)))
                for hid in sorted(rng.sample(g.hospitals, k)):
                    rows.add(
                        "practitioner_hospital",
                        "inferred_hospitals",
                        INFERRED,
                        practitioner_id=doc_id,
                        hospital_id=hid,
                    )
            doc = gen.Doctor(doc_id, spec, code, heritage, gen.ages_seen(spec, code, rng))
            offices = [rng.choice(g.offices)]
            if len(g.offices) > 1 and rng.random() < 0.15:
                second = rng.choice(g.offices)
                if second is not offices[0]:
                    offices.append(second)
            group_doctors[g.id].append((doc, True))
            staff(doc, g, offices)

    # Some doctors also belong to a second group with an office in the same county.
    groups_by_county: dict[int, list[gen.GroupPlan]] = defaultdict(list)
    for g in groups:
        for cid in g.county_ids:
            groups_by_county[cid].append(g)
    for g in groups:
        for doc, _ in list(group_doctors[g.id]):
            if rng.random() >= 0.08:
                continue
            cid = rng.choice(g.county_ids)
            others = [o for o in groups_by_county[cid] if o.id != g.id]
            if not others:
                continue
            other = rng.choice(others)
            office = rng.choice([o for o in other.offices if o.county_id == cid])
            staff(doc, other, [office])

    # Every group/network pair offers all four specialties; every network has each
    # specialty accepting new patients somewhere.
    for g in groups:
        docs = {d.specialty: d for d, _ in reversed(group_doctors[g.id])}
        for cid, nets in sorted(g.networks_by_county.items()):
            office = next(o for o in g.offices if o.county_id == cid)
            for nid in nets:
                for spec in SPECIALTIES:
                    if spec not in by_pair[(g.id, nid)]:
                        add_role(docs[spec], g, office, nid, ACCEPTING, True)
    for nid in sorted(net_plan):
        for spec in SPECIALTIES:
            if spec in network_accepting[nid]:
                continue
            for r in rows.tables["pcp_role"]:
                if r["network_id"] == nid and r["specialty"] == spec:
                    r["accepting"] = ACCEPTING
                    network_accepting[nid].add(spec)
                    break


# ---------------------------------------------------------------- writing


def _write(path: Path, rows: Rows, progress: Progress) -> dict[str, int]:
    # SQLModel describes the tables; the DDL is compiled from it so there is one schema.
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.schema import CreateTable
    from sqlmodel import SQLModel

    from hmo_desktop.directory_format import tables

    dialect = sqlite_dialect.dialect()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA page_size=4096")
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
        con.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        counts: dict[str, int] = {}
        with con:
            for table in SQLModel.metadata.sorted_tables:
                con.execute(str(CreateTable(table).compile(dialect=dialect)))
                cols = [c.name for c in table.columns]
                data = rows.tables.get(table.name, [])
                sql = (
                    f"INSERT INTO {table.name} ({', '.join(cols)}) "
                    f"VALUES ({', '.join('?' * len(cols))})"
                )
                con.executemany(sql, (tuple(r.get(c) for c in cols) for r in data))
                counts[table.name] = len(data)
            progress("Indexes and name search", 0.85)
            for stmt in tables.INDEXES:
                con.execute(stmt)
            counts.update(create_search_index(con))
            counts.update(create_pcp_search(con))
            counts.update(create_group_plan_stats(con))
        progress("ANALYZE and VACUUM", 0.92)
        con.execute("ANALYZE")
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("VACUUM")
    finally:
        con.close()
    return dict(sorted(counts.items()))
