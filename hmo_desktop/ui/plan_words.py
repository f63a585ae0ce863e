"""Plans in plain words: what kind of plan it is, how old its data is, where its groups
come from. No state program jargon (the plan categories of the source files stay out of
sight); the plan step and its "My plan is not listed" dialog use these."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from hmo_desktop.directory_format import INTEGRATED, PACE
from hmo_desktop.ui.colors import colors
from hmo_desktop.ui.common import listed, product_type_labels, tr
from hmo_desktop.ui.directory_note import arg

if TYPE_CHECKING:
    from hmo_desktop.directory import PlanRow


def month_names() -> tuple[str, ...]:
    return (
        tr("January"),
        tr("February"),
        tr("March"),
        tr("April"),
        tr("May"),
        tr("June"),
        tr("July"),
        tr("August"),
        tr("September"),
        tr("October"),
        tr("November"),
        tr("December"),
    )


def as_of_words(as_of: str) -> str:
    """The date a plan's data is from, in words: "2025-12" -> "December 2025",
    "2017-2018" -> "2017–18"; anything else as stored."""
    first, sep, second = as_of.partition("-")
    if sep and first.isdigit() and second.isdigit() and len(first) == 4:
        if len(second) <= 2 and 1 <= int(second) <= 12:
            return arg(tr("%1 %2"), month_names()[int(second) - 1], first)
        if len(second) == 4 and second[:2] == first[:2]:
            return f"{first}–{second[2:]}"
        return f"{first}–{second}"
    return as_of


def is_dated(plan: PlanRow) -> bool:
    return plan.provenance == "dated"


def is_integrated(plan: PlanRow) -> bool:
    """Kaiser Permanente: one medical group per region works only for the plan."""
    return plan.care_model == INTEGRATED


def is_pace(plan: PlanRow) -> bool:
    return plan.care_model == PACE


def as_of_cell(plan: PlanRow) -> str:
    """The list's "Data as of" column: the date, and a warning in words when it is old."""
    when = as_of_words(plan.as_of)
    return arg(tr("%1, may be out of date"), when) if is_dated(plan) else when


def metal_levels(category: str) -> list[str]:
    """The Covered California levels named in a category like "Covered California: Silver,
    Gold, HDHP Bronze", in plain words and the usual order."""
    _, sep, listed = category.partition(":")
    if not sep:
        return []
    named = {
        "catastrophic": tr("Minimum Coverage"),
        "bronze": tr("Bronze"),
        "silver": tr("Silver"),
        "gold": tr("Gold"),
        "platinum": tr("Platinum"),
    }
    found = {word.strip().split()[-1].casefold() for word in listed.split(",") if word.strip()}
    return [label for key, label in named.items() if key in found]


def describe(plan: PlanRow, county: str | None) -> str:
    """One line: the kind of plan, by its product type."""
    if plan.product_type == "medi_cal":
        if county:
            return arg(tr("Medi-Cal health plan for %1 County"), county)
        return tr("Medi-Cal health plan for the counties it serves")
    if plan.product_type == "covered_california":
        levels = metal_levels(plan.category)
        if levels:
            return arg(tr("Covered California HMO (%1)"), listed(levels))
        return tr("Covered California HMO")
    if plan.product_type == "commercial":
        return tr("Employer and individual HMO")
    if plan.product_type == "medicare":
        return tr("Medicare Advantage HMO")
    return product_type_labels().get(plan.product_type, plan.product_type)


def care_sentences(plan: PlanRow) -> list[str]:
    """How members of this plan reach a doctor, when it is not by choosing a group."""
    out = []
    if is_integrated(plan):
        out.append(
            tr(
                "Kaiser Permanente is an integrated plan: its doctors all belong to the "
                "Permanente Medical Group for your region, so there is no medical group to "
                "choose."
            )
        )
    if is_pace(plan):
        out.append(
            tr(
                "PACE: for people 55 and older who need a nursing-home level of care and can "
                "live safely at home; your care team, including your doctor, is at the PACE "
                "center."
            )
        )
    return out


def data_sentences(plan: PlanRow) -> list[str]:
    """Where the plan's group list comes from and how old it is, in sentences."""
    when = as_of_words(plan.as_of)
    out = []
    if is_dated(plan):
        if plan.network_list == "published":
            out.append(
                arg(
                    tr(
                        "This plan's group list is from %1. Networks change every year: call "
                        "the plan to confirm."
                    ),
                    when,
                )
            )
        else:
            out.append(
                arg(
                    tr(
                        "This plan's information is from %1. Plans and networks change every "
                        "year: call the plan to confirm."
                    ),
                    when,
                )
            )
    elif plan.network_list == "published":
        out.append(arg(tr("Medical groups: the carrier's published list, as of %1."), when))
    else:
        out.append(arg(tr("Plan list as of %1."), when))
    if plan.network_list != "published" and not is_integrated(plan) and not is_pace(plan):
        out.append(
            tr(
                "This plan's medical group list is not available offline: the groups shown "
                "are samples."
            )
        )
    return out


def e(text: str) -> str:
    """Text for a rich-text label: markup characters escaped, apostrophes kept."""
    return html.escape(text, quote=False)


def detail_html(plan: PlanRow, county: str | None) -> str:
    """The plan step's detail pane for one plan (data escaped: names come from files)."""
    sentences = [*care_sentences(plan), *data_sentences(plan)]
    source = arg(tr("Source: %1."), plan.source)
    return (
        f"<b>{e(plan.name)}</b>: {e(describe(plan, county))}.<br>"
        + "<br>".join(e(s) for s in sentences)
        + f"<br><span style='color:{colors()['fact']}'>{e(source)}</span>"
    )


def not_listed_html() -> str:
    """What to do when the member's plan is not in the directory."""
    kept = "".join(
        f"<li>{e(s)}</li>"
        for s in (
            tr("Medi-Cal health plans, by county (December 2025)"),
            tr("Covered California HMOs (2017)"),
            tr(
                "Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks "
                "(2017–18)"
            ),
        )
    )
    steps = "".join(
        f"<li>{e(s)}</li>"
        for s in (
            tr("Use your plan's own provider directory (on its website or in your welcome kit)."),
            tr("Or call member services: the number is on your member ID card."),
            tr("Ask which medical groups and doctors are in your network, near you."),
        )
    )
    return (
        "<h3>" + e(tr("Your plan is not listed?")) + "</h3>"
        "<p>" + e(tr("This directory has only the plans in public files:")) + f"</p><ul>{kept}</ul>"
        "<p>"
        + e(
            tr(
                "If your plan is not here (for example a Blue Shield, Health Net or Kaiser "
                "Permanente plan through an employer, Sharp Health Plan or Western Health "
                "Advantage):"
            )
        )
        + f"</p><ul>{steps}</ul><p>"
        + e(
            tr(
                "On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a "
                "Medi-Cal plan."
            )
        )
        + "</p><p>"
        + e(
            tr(
                'You can still look up a doctor you know with "Find my current doctor": '
                "the profile lists every plan in this directory that includes them."
            )
        )
        + "</p>"
    )
