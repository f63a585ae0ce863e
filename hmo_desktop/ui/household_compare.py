"""The household dialog's words: why a member cannot be added, what to look at again
(``Household.overview``), and the compare table of the household's chosen doctors.

Every value from the directory says when it is a sample or not in this directory, and the
table's last row gives the source and date of each column's facts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hmo_desktop.directory import (
    Directory,
    DoctorProfile,
    Fact,
    NotFound,
    OfficeInfo,
    RoleInfo,
    doctor_profile,
    groups_in_plan,
)
from hmo_desktop.household.members import (
    AGING_OUT,
    NO_PCP,
    NOT_IN_PLAN,
    NOT_TAKING,
    STATUS_UNKNOWN,
    UNLISTED,
    Choice,
    Household,
    Issue,
)
from hmo_desktop.ui.common import distance_text, in_parts, tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.i18n import spoken_list
from hmo_desktop.ui.wording import (
    access_text,
    doctor_name,
    hospital_mark,
    new_patient_status,
    unknown_text,
)

if TYPE_CHECKING:
    from hmo_desktop.ui.main_window import MainWindow

#: At most this many doctors side by side.
MAX_COMPARED = 4


def member_problem(code: str) -> str:
    """``InvalidMember.code`` in plain words, with what to do."""
    words = {
        "name_empty": tr("Type the member's first name or a nickname."),
        "name_too_long": tr("That name is long: a first name or a nickname is enough."),
        "name_not_a_name": tr(
            "Type a first name or nickname only: no numbers, dates, IDs or addresses."
        ),
        "age_out_of_range": tr("The age must be from 0 to 120."),
        "sex_unknown": tr("Choose female, male, or leave sex not given."),
        "need_unknown": tr("One of the access needs is not known to this app."),
    }
    return words.get(code, tr("This member cannot be added as given."))


def rank_words(rank: int) -> str:
    return tr("first choice") if rank == 0 else arg(tr("backup %1"), QLocale().toString(rank))


def issue_text(household: Household, issue: Issue) -> str:
    """One line of the overview, naming the member and the doctor."""
    member = household.member(issue.member_id)
    if issue.kind == NO_PCP:
        return arg(tr("%1 has no PCP yet."), member.name)
    choice = household.choices[issue.member_id][issue.rank]
    texts = {
        UNLISTED: tr(
            "%1: %2 (%3) is no longer in this directory for this plan; choose another doctor."
        ),
        NOT_IN_PLAN: tr("%1: %2 (%3) is not in this member's plan."),
        NOT_TAKING: tr("%1: %2 (%3) is not taking new patients."),
        STATUS_UNKNOWN: tr(
            "%1: this directory does not say whether %2 (%3) takes new patients; call to ask."
        ),
        AGING_OUT: tr("%1: %2 (%3) sees patients up to age %4; %1 ages out within a year."),
    }
    age_max = "" if choice.age_max is None else QLocale().toString(choice.age_max)
    return arg(texts[issue.kind], member.name, choice.doctor, rank_words(issue.rank), age_max)


def overview_text(household: Household) -> str:
    issues = household.overview()
    if not household.members:
        return tr("Add the members of the household, one at a time.")
    if not issues:
        return tr("Everyone has a PCP, and nothing needs another look.")
    return "\n".join(issue_text(household, i) for i in issues)


def role_of(profile: DoctorProfile, plan_id: int, location_id: int | None) -> RoleInfo | None:
    """The doctor's role in the plan, at the office shown when it has one there."""
    roles = [r for r in profile.roles if r.plan_id == plan_id]
    at = [r for r in roles if r.location_id == location_id]
    return (at or roles)[0] if roles else None


def choice_from(profile: DoctorProfile, role: RoleInfo) -> Choice:
    assert role.plan_id is not None
    return Choice(
        practitioner_id=profile.id,
        location_id=role.location_id,
        group_id=role.group_id,
        plan_id=role.plan_id,
        doctor=doctor_name(profile.name, profile.credential),
        specialty=role.specialty,
        accepting=role.accepting,
        age_min=role.age_min,
        age_max=role.age_max,
    )


def shown_choice(w: MainWindow) -> Choice | None:
    """The doctor whose profile the window shows, as a choice in the session's plan (at
    the office shown): what ``ConfirmDialog`` would confirm."""
    plan, shown = w.session.plan, w.session.doctor
    if plan is None or shown is None:
        return None
    profile = w.profile.profile()
    if profile is None or profile.id != shown.practitioner_id:
        return None
    role = role_of(profile, plan.id, shown.location_id)
    return choice_from(profile, role) if role is not None else None


def compared_choices(household: Household) -> list[Choice]:
    """The household's chosen doctors (first choices before backups), one column each."""
    out: list[Choice] = []
    seen: set[int] = set()
    for rank in range(3):
        for m in household.members:
            listed = household.choices.get(m.id, [])
            if rank < len(listed) and listed[rank].practitioner_id not in seen:
                seen.add(listed[rank].practitioner_id)
                out.append(listed[rank])
    return out[:MAX_COMPARED]


class Column(NamedTuple):
    choice: Choice
    profile: DoctorProfile
    role: RoleInfo | None
    office: OfficeInfo
    rating: float | None
    distance_mi: float | None


def _sample(text: str, sample: bool) -> str:
    return arg(tr("%1 (sample)"), text) if sample else text


def _yes_no(value: bool | None) -> str:
    if value is None:
        return unknown_text()
    return tr("Yes") if value else tr("No")


def _fact(f: Fact | None) -> str:
    if f is None:
        return tr("not in this directory")
    return f.source if f.as_of == "build" else arg(tr("%1, as of %2"), f.source, f.as_of)


def _languages(codes: tuple[str, ...], known: bool, names: dict[str, str]) -> str:
    if not known:
        return unknown_text()
    return spoken_list(codes, names) or unknown_text()


def compare_rows(
    names: dict[str, str], place_known: bool
) -> list[tuple[str, Callable[[Column], str]]]:
    """(row title, cell function) for each row of the compare table."""
    status = new_patient_status()

    def distance(c: Column) -> str:
        if not place_known:
            return tr("needs a ZIP")
        if c.distance_mi is None:
            return tr("not known here: open this doctor from the doctor step")
        return distance_text(c.distance_mi)

    def hours(c: Column) -> str:
        o = c.office
        text = arg(
            tr("Evening: %1; Saturday: %2"), _yes_no(o.evening_hours), _yes_no(o.saturday_hours)
        )
        return _sample(text, o.is_sample)

    def hospitals(c: Column) -> str:
        parts = []
        for h in c.profile.hospitals:
            mark = hospital_mark(h.relation)
            parts.append(arg(tr("%1 (%2)"), h.name, mark) if mark else h.name)
        return in_parts(parts) or unknown_text()

    def board(c: Column) -> str:
        p = c.profile
        if p.board_certified and p.board_name:
            return _sample(arg(tr("Yes: %1"), p.board_name), p.is_sample)
        return _sample(_yes_no(p.board_certified), p.is_sample)

    def rules(c: Column) -> str:
        r = c.role
        if r is None or not r.group_referral_rules:
            return tr("not in this directory: ask the medical group")
        return _sample(r.group_referral_rules, r.group_details_generated)

    def rating(c: Column) -> str:
        return tr("Not rated") if c.rating is None else QLocale().toString(c.rating, "f", 1)

    def sources(c: Column) -> str:
        r = c.role
        return arg(
            tr("Doctor: %1. Office: %2. Group: %3. Plan: %4."),
            _fact(c.profile.fact),
            _fact(c.office.fact),
            _fact(r.group_fact if r else None),
            _fact(r.plan_fact if r else None),
        )

    return [
        (tr("Distance"), distance),
        (tr("New patients"), lambda c: status.get(c.choice.accepting, c.choice.accepting)),
        (
            tr("Doctor's languages"),
            lambda c: _sample(
                _languages(c.profile.languages, c.profile.languages_known, names),
                c.profile.is_sample,
            ),
        ),
        (
            tr("Staff languages"),
            lambda c: _sample(
                _languages(c.office.staff_languages, c.office.staff_languages_known, names),
                c.office.is_sample,
            ),
        ),
        (tr("Evening and Saturday hours"), hours),
        (tr("Video visits"), lambda c: _yes_no(c.role.telehealth if c.role else None)),
        (
            tr("Accessibility"),
            lambda c: _sample(access_text(c.office.accessibility), c.office.is_sample),
        ),
        (tr("Hospitals"), hospitals),
        (tr("Board certification"), board),
        (tr("Group rating"), rating),
        (tr("Referral rules"), rules),
        (tr("Source and date"), sources),
    ]


def compare_columns(
    db: Directory,
    choices: list[Choice],
    county_id: int | None,
    distances: dict[tuple[int, int], float | None],
) -> list[Column]:
    ratings: dict[int, dict[int, float | None]] = {}
    out = []
    for c in choices:
        try:
            profile = doctor_profile(db, c.practitioner_id)
        except NotFound:
            continue
        role = role_of(profile, c.plan_id, c.location_id)
        office = next((o for o in profile.offices if o.id == c.location_id), profile.offices[0])
        if c.plan_id not in ratings:
            groups = groups_in_plan(db, c.plan_id, county_id=county_id)
            ratings[c.plan_id] = {g.id: g.rating for g in groups}
        rating = ratings[c.plan_id].get(c.group_id)
        distance = distances.get((c.practitioner_id, c.location_id))
        out.append(Column(c, profile, role, office, rating, distance))
    return out


def compare_texts(
    columns: list[Column], names: dict[str, str], place_known: bool
) -> tuple[list[str], list[list[str]]]:
    """The compare table's words in the app's language: its column titles, and each row
    (the fact's name, then each doctor's value)."""
    titles = [tr("Compare")] + [_sample(c.choice.doctor, c.profile.is_sample) for c in columns]
    rows = [
        [title] + [cell(c) for c in columns] for title, cell in compare_rows(names, place_known)
    ]
    return titles, rows


def fill_compare(
    model: QStandardItemModel, columns: list[Column], names: dict[str, str], place_known: bool
) -> None:
    """The model: one row per fact, a first column naming it, one column per doctor."""
    titles, rows = compare_texts(columns, names, place_known)
    model.clear()
    model.setColumnCount(len(titles))
    for i, title in enumerate(titles):
        model.setHorizontalHeaderItem(i, QStandardItem(title))
    for texts in rows:
        items = [QStandardItem(texts[0])]
        for text in texts[1:]:
            item = QStandardItem(text)
            item.setToolTip(text)
            items.append(item)
        for item in items:
            item.setEditable(False)
            item.setData(Qt.AlignmentFlag.AlignTop, Qt.ItemDataRole.TextAlignmentRole)
        model.appendRow(items)


def reword_compare(
    model: QStandardItemModel, columns: list[Column], names: dict[str, str], place_known: bool
) -> None:
    """The same table in the app's language now: each item's words set again in place
    (the current cell and the scroll position stay)."""
    titles, rows = compare_texts(columns, names, place_known)
    if model.columnCount() != len(titles) or model.rowCount() != len(rows):
        fill_compare(model, columns, names, place_known)
        return
    for i, title in enumerate(titles):
        if (header := model.horizontalHeaderItem(i)) is not None:
            header.setText(title)
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            if (item := model.item(r, c)) is not None:
                item.setText(text)
                if c:
                    item.setToolTip(text)
