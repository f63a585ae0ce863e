"""Plan-Net plans of HMO-type products as plan and network rows, and each group practice's
link (or not) to a carrier-listed medical group, recorded in ``group_link`` and reported."""

from __future__ import annotations

from collections import Counter

from hmo_desktop.datapack import linking
from hmo_desktop.datapack.imported_context import Context
from hmo_desktop.directory_format import MEDICAL_GROUPS, PUBLISHED, REAL

#: InsuranceProductTypeCS codes of HMO-type products -> ``plan.product_type``.
HMO_PRODUCTS = {
    "commhmo": ("commercial", "Commercial HMO"),
    "commpos": ("commercial", "Commercial POS"),
    "medi": ("medi_cal", "Medicaid"),
    "medihmo": ("medi_cal", "Medicaid HMO"),
    "mediadvhmo": ("medicare", "Medicare Advantage HMO"),
}


def add_plans(ctx: Context) -> None:
    rows, ids = ctx.rows, ctx.ids
    skipped: Counter[str] = Counter()
    for plan in ctx.imp.plans.values():
        if plan.product_code not in HMO_PRODUCTS:
            skipped[plan.product_code] += 1
            continue
        product_type, category = HMO_PRODUCTS[plan.product_code]
        source = next(s for s in ctx.imp.sources if s.key == plan.source)
        plan_id = ids.next("plan")
        rows.add(
            "plan",
            plan.source,
            REAL,
            id=plan_id,
            name=plan.name,
            product_type=product_type,
            carrier=plan.carrier,
            plan_category=category,
            member_phone=plan.member_phone,
            as_of=source.as_of,
            network_list=PUBLISHED,
            care_model=MEDICAL_GROUPS,
        )
        for key in plan.network_keys:
            network = ctx.imp.networks.get(key)
            network_id = ids.next("network")
            rows.add(
                "network",
                plan.source,
                REAL,
                id=network_id,
                plan_id=plan_id,
                name=network.name if network else key,
                carrier=network.carrier if network else plan.carrier,
                as_of=source.as_of,
            )
            ctx.plan_of_network[network_id] = plan_id
            ctx.networks_by_key[key].append(network_id)
        ctx.counts["plans (HMO-type products)"] += 1
    for code, n in sorted(skipped.items()):
        ctx.outcome.summary.append(f"plans skipped, not an HMO-type product ({code}): {n}")


def record_link(
    ctx: Context, key: str, name: str, county_id: int, link: linking.Link, source: str
) -> None:
    county = next(n for n, i in ctx.county_ids.items() if i == county_id)
    ctx.counts[f"group practices {link.status}"] += 1
    line = f"{link.status:9} {county}: {name!r} [{key}]"
    if link.status in ("exact", "fuzzy"):
        line += f" -> {link.best!r} (score {link.score:.1f})"
        ctx.rows.add(
            "group_link",
            source,
            REAL,
            id=ctx.ids.next("group_link"),
            group_id=link.group_id,
            county_id=county_id,
            external_key=key,
            external_name=name,
            method=link.status,
            score=round(link.score, 1),
        )
    elif link.status == "ambiguous":
        line += (
            f": {link.best!r} ({link.score:.1f}) or {link.runner_up!r} "
            f"({link.runner_up_score:.1f}); not linked"
        )
    elif link.best:
        line += f": closest {link.best!r} ({link.score:.1f}), below {linking.THRESHOLD:.0f}"
    ctx.outcome.links.append(line)
