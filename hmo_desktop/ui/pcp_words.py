"""What the doctor step says about its results, in the app's language: the count, the
empty state (which filter to relax), and the doctors a filter leaves out only because
their record lacks the fact. ``Said`` keeps what was found, so that a language change
says it again without searching again."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QLocale

from hmo_desktop.directory import PcpFilters, PlanRow, Relaxation
from hmo_desktop.directory_format import PACE
from hmo_desktop.ui.common import tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.i18n import language_locale


class Said(NamedTuple):
    """What the count, the empty state and the note say: ``kind`` is "no_plan", "age"
    (who the doctor is for is asked first) or "results" (of a search, with the rest)."""

    kind: str
    plan: PlanRow | None = None
    filters: PcpFilters | None = None
    doctors: int = 0
    total: int = 0
    relax: Relaxation | None = None
    left: tuple[tuple[str, int], ...] = ()  # doctors left out for a fact not in the directory


def count_text(said: Said) -> str:
    """ "16 doctors found, at 19 office listings"; the question of the age first."""
    if said.kind == "no_plan":
        return ""
    if said.kind == "age":
        return tr("Who is the doctor for?")
    doctors, listings = said.doctors, said.total
    # "1 doctor found" stays a sentence of its own: English has no translation file
    # to give "%Ln doctors found" its singular.
    if doctors == 1 and listings == 1:
        return tr("1 doctor found")
    if doctors == 1:
        return arg(tr("1 doctor found, at %1 office listings"), QLocale().toString(listings))
    if doctors == listings:
        return tr("%Ln doctors found", "", doctors)
    return arg(
        tr("%Ln doctors found, at %1 office listings", "", doctors), QLocale().toString(listings)
    )


def empty_text(said: Said) -> str:
    """What to do when nothing is listed (empty when something is)."""
    if said.kind == "no_plan":
        return tr("Choose a plan first: go back to step 1.")
    if said.kind == "age":
        return tr(
            "Enter the patient's age on the left (0 for a baby). The list then "
            "shows only doctors who see patients that age."
        )
    if said.total or said.plan is None or said.filters is None:
        return ""
    return _empty_hint(said.plan, said.filters, said.relax)


def relaxes(plan: PlanRow, filters: PcpFilters) -> bool:
    """Whether the empty state suggests a filter to relax (the plan's ages and the
    specialties are said first)."""
    age = filters.member_age
    return not (age is not None and age < plan.min_age) and bool(filters.specialties)


def _relax_labels() -> dict[str, str]:
    return {
        "max_miles": tr("a larger distance"),
        "doctor_language": tr("any language for the doctor"),
        "staff_language": tr("any language for the office staff"),
        "accepting": tr("any new-patient status"),
        "gender": tr("any gender"),
        "hospital_id": tr("any hospital"),
        "accessibility": tr("fewer accessibility needs"),
        "telehealth": tr("doctors without video visits"),
        "hours": tr("any office hours"),
        "group_id": tr("all groups in the plan"),
    }


def _empty_hint(plan: PlanRow, filters: PcpFilters, relax: Relaxation | None) -> str:
    """Say which filter to relax (the directory worked out which one helps)."""
    age = filters.member_age
    if age is not None and age < plan.min_age:
        if plan.care_model == PACE:
            return tr(
                "PACE is for people 55 and older, so this plan has no doctor for this "
                "patient. Go back to step 1 to choose another plan."
            )
        return arg(
            tr(
                "This plan is for people %1 and older, so it has no doctor for this "
                "patient. Go back to step 1 to choose another plan."
            ),
            QLocale().toString(plan.min_age),
        )
    if not filters.specialties:
        return tr("No specialty is selected. Tick at least one of the specialties on the left.")
    if relax is None:
        return tr('No doctor matches these filters. Press "Clear filters" to start over.')
    labels = _relax_labels()
    what = language_locale().createSeparatedList([labels[k] for k in relax.relaxed])
    if relax.total == 1:
        return arg(tr("No doctor matches every filter. Try %1: that shows 1 doctor."), what)
    return arg(
        tr("No doctor matches every filter. Try %1: that shows %Ln doctors.", "", relax.total), what
    )


def left_out_text(left: tuple[tuple[str, int], ...]) -> str:
    """How many doctors a filter leaves out only because their record lacks the fact
    (imported real doctors: the public files do not give every fact); empty for none."""
    facts = {
        "accepting": tr("whether they take new patients"),
        "doctor_language": tr("which languages the doctor speaks"),
        "staff_language": tr("which languages the office staff speak"),
        "gender": tr("the doctor's gender"),
        "accessibility": tr("the office's wheelchair access"),
        "telehealth": tr("whether they offer video visits"),
        "hours": tr("the office's hours"),
    }
    sentences = [
        arg(tr("1 more doctor is left out because the directory does not say %2."), "", facts[name])
        if n == 1
        else arg(
            tr("%Ln more doctors are left out because the directory does not say %1.", "", n),
            facts[name],
        )
        for name, n in left
    ]
    if sentences:
        sentences.append(tr("Call their offices to ask."))
    return " ".join(sentences)
