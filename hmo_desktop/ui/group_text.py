"""What the group step says about a medical group: its table cells and the detail pane.

Every value is said for what it is: a real group's address, phones and rules are not in
the directory (and the words say so), a sample group's values are marked as samples where
they are shown, inferred hospitals say they are inferred. Kept apart from the screen so
the words can be read (and translated) in one place.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale

from hmo_desktop.directory import GroupRow, PlanRow
from hmo_desktop.directory_format import INTEGRATED, PACE, SPECIALTIES
from hmo_desktop.ui.common import distance_text, listed, specialty_labels, tr
from hmo_desktop.ui.directory_note import arg


def where_cell(g: GroupRow) -> str:
    """Distance to a sample group's sample office; for a real group, where it serves."""
    if g.distance_mi is not None:
        return arg(tr("%1 (sample office)"), distance_text(g.distance_mi))
    if len(g.counties) == 1:
        return arg(tr("%1 County"), g.counties[0])
    return tr("%n counties", None, len(g.counties))


def where_sentence(g: GroupRow) -> str:
    """The full sentence behind ``where_cell`` (its tooltip, and the detail pane)."""
    if g.distance_mi is not None:
        return arg(
            tr("Sample group: its office is a sample placed at a ZIP code center, %1 away."),
            distance_text(g.distance_mi),
        )
    if g.is_sample:
        return tr("Sample group: its office is not in this directory.")
    return arg(tr("Serves %1; office address not in this directory."), county_list(g.counties))


def county_list(counties: tuple[str, ...]) -> str:
    if len(counties) == 1:
        return arg(tr("%1 County"), counties[0])
    return arg(tr("Counties: %1"), listed(list(counties)))


def doctors_cell(g: GroupRow, specialty: str) -> str:
    return QLocale().toString(g.accepting[specialty])


def doctors_tip(g: GroupRow, specialty: str) -> str:
    """A count cell's sentence: its tooltip, and a line of the detail pane."""
    label = specialty_labels()[specialty]
    n, total = g.accepting[specialty], g.doctors.get(specialty, 0)
    if total == 0:
        return arg(tr("No %1 doctors in this group here"), label)
    # English has no translation file: its words for one are their own string.
    if total == 1:
        text = tr("%1 of 1 %2 doctor is accepting new patients")
    else:
        text = tr("%1 of %Ln %2 doctors are accepting new patients", None, total)
    return arg(text, QLocale().toString(n), label)


def rating_cell(g: GroupRow) -> str:
    return tr("Not rated") if g.rating is None else QLocale().toString(g.rating, "f", 1)


def hospitals_cell(g: GroupRow) -> str:
    if not g.hospitals:
        return tr("Not published")
    names = listed([h.name for h in g.hospitals[:2]])
    if all(h.relation == "inferred" for h in g.hospitals):
        return arg(tr("%1 (inferred)"), names)
    return names


def intro(plan: PlanRow, groups: int = 1) -> str:
    """The line under the step's title: what a group is, or why there is no choice
    (``groups``: how many care teams are listed; several only without an area)."""
    if plan.care_model == INTEGRATED and groups > 1:
        return tr(
            "Kaiser Permanente is an integrated plan with one Permanente Medical Group per "
            "region. Enter your ZIP code or county above, or choose the group of the region "
            "where you live: Northern or Southern California."
        )
    if plan.care_model == PACE and groups > 1:
        return tr(
            "PACE is for people 55 and older, with a care team at each PACE center. Enter "
            "your ZIP code or county above, or choose the center where you live."
        )
    if plan.care_model == INTEGRATED:
        return tr(
            "Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente "
            "Medical Group of your region, so there is no medical group to choose. Continue "
            "to choose your doctor."
        )
    if plan.care_model == PACE:
        return tr(
            "PACE is for people 55 and older. Your care team, your doctor included, is at "
            "your PACE center, so there is no medical group to choose. Continue to see the "
            "center's doctors."
        )
    return tr(
        "Your doctor belongs to a medical group. The group decides referrals to specialists "
        "and which hospitals you use. Numbers show doctors accepting new patients, for "
        "patients of any age."
    )


def detail_html(g: GroupRow, plan: PlanRow) -> str:
    """The detail pane: what choosing this group means, each value marked for what it is."""
    e = html.escape
    parts = [f"<h3>{e(g.name)}</h3>"]
    parts.append(f"<p>{e(_origin(g, plan))}</p>")
    parts.append(f"<p>{e(where_sentence(g))}</p>")
    if plan.care_model == INTEGRATED:
        parts.append(f"<p>{e(intro(plan))}</p>")
    elif plan.care_model == PACE:
        parts.append(f"<p>{e(pace_assignment())}</p>")
    else:
        parts.append(
            "<p>{}</p>".format(
                e(
                    tr(
                        "If you choose this group, your PCP and your specialists come from "
                        "it, and referrals to specialists go through it."
                    )
                )
            )
        )
    parts.append("<p><b>" + e(tr("Hospitals")) + f"</b></p>{_hospitals_html(g)}")
    parts.append(_labelled(tr("Referral rules"), g.referral_rules, g.is_sample, _rules_unknown()))
    parts.append(
        _labelled(
            tr("After-hours line"),
            g.after_hours_phone,
            g.is_sample,
            tr("not in this directory: see your member ID card or call the plan."),
        )
    )
    parts.append(f"<p>{e(obgyn_sentence())}</p>")
    counts = "".join(
        f"<li>{e(doctors_tip(g, s))}</li>"
        for s in SPECIALTIES
        if g.doctors.get(s, 0) or plan.care_model != PACE
    )
    parts.append("<p><b>" + e(tr("Doctors")) + f"</b></p><ul>{counts}</ul>")
    parts.append("<p>" + e(tr("Quality rating")) + f": {e(rating_cell(g))}</p>")
    if g.group_codes:
        parts.append("<p>" + e(tr("Plan group code")) + f": {e(', '.join(g.group_codes))}</p>")
    return "".join(parts)


def _origin(g: GroupRow, plan: PlanRow) -> str:
    if g.is_sample:
        return tr(
            "Sample group (fictional): this plan's group list is not available offline, so "
            "this group and everything said about it are samples."
        )
    if plan.care_model in (INTEGRATED, PACE):
        return tr("The plan's own care team. Its doctors in this directory are samples.")
    return tr(
        "Listed by the carrier for this network in 2017-18. Networks change every year: "
        "call the plan to confirm."
    )


def _hospitals_html(g: GroupRow) -> str:
    e = html.escape
    if not g.hospitals:
        return "<p>{}</p>".format(
            e(tr("Not published: ask the group or the plan which hospitals it uses."))
        )
    items = []
    for h in g.hospitals:
        text = h.name
        if h.star_rating:
            text = arg(tr("%1 (CMS rating %2 of 5)"), h.name, QLocale().toString(h.star_rating))
        mark = (
            " <i>(" + e(tr("inferred from distance, not published by the group")) + ")</i>"
            if h.relation == "inferred"
            else ""
        )
        items.append(f"<li>{e(text)}{mark}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _labelled(label: str, value: str | None, sample: bool, unknown: str) -> str:
    e = html.escape
    if value is None:
        return f"<p><b>{e(label)}</b>: {e(unknown)}</p>"
    mark = " <i>(" + e(tr("sample, fictional")) + ")</i>" if sample else ""
    return f"<p><b>{e(label)}</b>: {e(value)}{mark}</p>"


def _rules_unknown() -> str:
    return tr("not in this directory: ask the group or the plan.")


def obgyn_sentence() -> str:
    return tr(
        "You can see an OB/GYN in your plan's network without a referral or prior approval "
        "(California law); the plan may require the OB/GYN to be in your medical group."
    )


def pace_assignment() -> str:
    return tr(
        "How a PACE member's doctor is assigned: when you enroll, the PACE center's care team "
        "assigns you a primary care doctor who works at the center. You can ask the center "
        "for a particular doctor on its team."
    )
