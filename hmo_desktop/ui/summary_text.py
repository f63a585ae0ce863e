"""The enrollment summary's words, as HTML for QTextDocument (``ui.summary`` prints it).

One section per member: plan and network, medical group (and the plan's code for it,
only when published), the doctor and their PCP ID, NPI for a real doctor, office, phones,
when a PCP change takes effect, the backups, and a "call to confirm" checklist per office
with blank lines for the answers. Then, for a household with a Medi-Cal plan, the next
step with Health Care Options; the caveats; and the directory's sources and dates.

Everything a person typed (member names) and everything from the directory is escaped.
Marks are plain words in parentheses, never color: the page is printed in black.

Qt's rich text has no ``page-break-inside``: each member's section starts a new page
(``page-break-before``), and Qt never splits a line of text across two pages.
"""

from __future__ import annotations

from html import escape

from hmo_desktop.directory import (
    Directory,
    DoctorProfile,
    NotFound,
    OfficeInfo,
    PlanRow,
    RoleInfo,
    doctor_profile,
    newest_data,
    plans_for_area,
    source_summary,
)
from hmo_desktop.household.members import Choice, Household, Member
from hmo_desktop.ui.common import listed, specialty_labels, tr
from hmo_desktop.ui.directory_note import arg, when_words
from hmo_desktop.ui.wording import doctor_name, new_patient_status, office_address

#: Health Care Options, the state's Medi-Cal enrollment service.
HCO_PHONE = "1-800-430-4263"
HCO_TTY = "1-800-430-7077"
#: Point sizes: body, member heading, title. Large print: nothing under 18 pt.
SIZES = {False: (11, 15, 18), True: (18, 22, 26)}
#: The blank line to write an answer on.
BLANK = "_" * 34
_NEW_PAGE = '<div style="page-break-before: always">'


def summary_html(
    db: Directory, household: Household, large_print: bool = False, language: str | None = None
) -> str:
    """The household's enrollment summary, ready for ``write_pdf`` or ``print_summary``.

    ``language`` (an app language code; None: the app's own): the summary is written in
    it, right to left where the language reads so, and when that is not English an
    English copy follows on its own pages, for the doctor's office and the plan."""
    from hmo_desktop.ui.i18n import BY_CODE, ENGLISH, in_use

    body, member_size, title_size = SIZES[large_print]
    style = (
        f"body {{ font-size: {body}pt; }} p {{ font-size: {body}pt; margin-top: 0; "
        f"margin-bottom: 4pt; }} li {{ font-size: {body}pt; }} "
        f"h1 {{ font-size: {title_size}pt; }} "
        f"h2 {{ font-size: {member_size}pt; margin-top: 12pt; }} "
        f"h3 {{ font-size: {body}pt; margin-top: 10pt; margin-bottom: 4pt; }}"
    )
    code = language if language in BY_CODE else in_use.code
    with in_use.words_in(code) as written_in:
        main = _summary_parts(db, household)
    if not written_in:
        code = in_use.code  # that language cannot be loaded here: the app's own
    parts = [
        f'<html><head><meta charset="utf-8"><style>{style}</style></head>'
        f'<body style="font-size:{body}pt">'
    ]
    right_to_left = BY_CODE[code].right_to_left
    parts.append(f'<div dir="rtl">{main}</div>' if right_to_left else main)
    if code != ENGLISH:
        with in_use.words_in(ENGLISH):
            english = _summary_parts(db, household)
            heading = tr("English copy, for the doctor's office and the plan")
        parts += [_NEW_PAGE, "<h1>" + escape(heading) + "</h1>", english, "</div>"]
    parts.append("</body></html>")
    return "".join(parts)


def _summary_parts(db: Directory, household: Household) -> str:
    """The summary's text in the language of the moment (``tr``)."""
    plans = {p.id: p for p in plans_for_area(db)}
    parts = [
        "<h1>" + escape(tr("Enrollment summary: your household’s doctor choices")) + "</h1>",
        _p(
            tr(
                "Take this to your enrollment or keep it by the phone. Each person has their "
                "own page, with the PCP ID the plan asks for."
            )
        ),
        _as_of_html(db),
    ]
    for i, member in enumerate(household.members):
        plan = plans.get(household.plan_of(member.id) or -1)
        parts.append(_member_html(db, household, member, plan, plans, new_page=i > 0))
    parts.append(_NEW_PAGE)
    if any(p.product_type == "medi_cal" for p in _household_plans(household, plans)):
        parts.append(_medi_cal_html())
    parts += [_caveats_html(), _sources_html(db), "</div>"]
    return "".join(parts)


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _line(label: str, value: str) -> str:
    """ "Label: value", the label in bold (both escaped here)."""
    return f"<p><b>{escape(label)}</b> {escape(value)}</p>"


def _household_plans(household: Household, plans: dict[int, PlanRow]) -> list[PlanRow]:
    ids = {household.plan_of(m.id) for m in household.members}
    ids |= {c.plan_id for listed in household.choices.values() for c in listed}
    return [plans[i] for i in sorted(x for x in ids if x is not None) if i in plans]


def _profile(db: Directory, choice: Choice) -> tuple[DoctorProfile | None, RoleInfo | None]:
    try:
        profile = doctor_profile(db, choice.practitioner_id)
    except NotFound:
        return None, None
    key = (choice.plan_id, choice.location_id, choice.group_id)
    role = next((r for r in profile.roles if (r.plan_id, r.location_id, r.group_id) == key), None)
    return profile, role


def _office(profile: DoctorProfile | None, location_id: int) -> OfficeInfo | None:
    if profile is None:
        return None
    return next((o for o in profile.offices if o.id == location_id), None)


def _marked(value: str, sample: bool) -> str:
    return arg(tr("%1 (sample, fictional)"), value) if sample else value


def _pcp_id(role: RoleInfo | None) -> str:
    if role is None or role.pcp_id is None:
        return tr("not in this directory: the plan gives it when you enroll")
    return _marked(role.pcp_id, role.is_sample)


def _address(office: OfficeInfo | None) -> str:
    if office is None:
        return tr("not in this directory: call the plan")
    town = " ".join(x for x in (office.city, office.zip) if x)
    place = listed([x for x in (office_address(office.address), town) if x])
    if not place:
        return tr("not in this directory: call the plan")
    return arg(tr("%1 (sample office, not a real address)"), place) if office.is_sample else place


def _phone(number: str | None, sample: bool, unknown: str) -> str:
    if number is None:
        return unknown
    return arg(tr("%1 (fictional number)"), number) if sample else number


def _member_html(
    db: Directory,
    household: Household,
    member: Member,
    plan: PlanRow | None,
    plans: dict[int, PlanRow],
    new_page: bool,
) -> str:
    heading = arg(tr("%1, age %2"), member.name, str(member.age))
    out = [_NEW_PAGE if new_page else "<div>", f"<h2>{escape(heading)}</h2>"]
    listed = household.choices.get(member.id, [])
    first = listed[0] if listed else None
    profile, role = _profile(db, first) if first is not None else (None, None)
    plan_name = role.plan_name if role and role.plan_name else plan.name if plan else None
    out.append(_line(tr("Plan:"), plan_name or tr("not chosen yet")))
    if first is None:
        out.append(
            _p(
                tr(
                    "No PCP chosen yet. Choose one before you enroll; if you do not, the "
                    "plan chooses one for this person."
                )
            )
        )
        out.append(_line(tr("PCP ID:"), tr("none yet: no doctor chosen")))
    else:
        out.append(_first_choice_html(first, profile, role))
    member_phone = plan.member_phone if plan else None
    out.append(
        _line(
            tr("Plan member services:"),
            member_phone or tr("not in this directory: it is on the plan’s letters and card"),
        )
    )
    if first is not None:
        out.append(
            _line(
                tr("When a PCP change takes effect:"),
                tr("often the first day of the next month; the plan confirms."),
            )
        )
    for rank, backup in enumerate(listed[1:], start=1):
        out.append(_backup_html(db, rank, backup, plan, plans))
    out += _checklists(db, listed, plans)
    out.append("</div>")
    return "".join(out)


def _first_choice_html(choice: Choice, profile: DoctorProfile | None, role: RoleInfo | None) -> str:
    out = []
    network = role.network_name if role else None
    out.append(_line(tr("Network:"), network or tr("not in this directory")))
    out.append(
        _line(tr("Medical group:"), role.group_name if role else tr("not in this directory"))
    )
    if role is not None and role.group_codes:
        out.append(_line(tr("The plan’s code for this group:"), listed(list(role.group_codes))))
    name = doctor_name(profile.name, profile.credential) if profile else choice.doctor
    specialty = specialty_labels().get(choice.specialty, choice.specialty)
    doctor = arg(tr("%1, %2"), name, specialty)
    out.append(_line(tr("Doctor:"), _marked(doctor, profile is not None and profile.is_sample)))
    out.append(_line(tr("PCP ID:"), _pcp_id(role)))
    if profile is not None and not profile.is_sample:
        out.append(_line(tr("NPI:"), profile.identifier))
    status = new_patient_status()
    out.append(_line(tr("New patients:"), status.get(choice.accepting, choice.accepting)))
    office = _office(profile, choice.location_id)
    out.append(_line(tr("Office:"), _address(office)))
    unknown = tr("not in this directory: call the plan")
    sample = office is not None and office.is_sample
    out.append(
        _line(tr("Office phone:"), _phone(office.phone if office else None, sample, unknown))
    )
    return "".join(out)


def _backup_html(
    db: Directory, rank: int, choice: Choice, plan: PlanRow | None, plans: dict[int, PlanRow]
) -> str:
    profile, role = _profile(db, choice)
    name = doctor_name(profile.name, profile.credential) if profile else choice.doctor
    name = _marked(name, profile is not None and profile.is_sample)
    group = role.group_name if role else tr("not in this directory")
    text = arg(tr("%1 (%2). PCP ID: %3."), name, group, _pcp_id(role))
    if plan is None or choice.plan_id != plan.id:
        other = plans.get(choice.plan_id)
        other_name = other.name if other else tr("another plan")
        text = arg(tr("%1 In %2, not this person’s plan."), text, other_name)
    return _line(arg(tr("Backup %1:"), str(rank)), text)


def _checklists(db: Directory, listed: list[Choice], plans: dict[int, PlanRow]) -> list[str]:
    """One "call to confirm" list per office, with blank lines for the answers."""
    out: list[str] = []
    seen: set[int] = set()
    for choice in listed:
        if choice.location_id in seen:
            continue
        seen.add(choice.location_id)
        profile, role = _profile(db, choice)
        office = _office(profile, choice.location_id)
        office_name = office.name if office else tr("the office")
        sample = office is not None and office.is_sample
        phone = _phone(office.phone if office else None, sample, tr("number not in this directory"))
        title = arg(tr("Call to confirm: %1, %2"), office_name, phone)
        plan = plans.get(choice.plan_id)
        plan_name = plan.name if plan else tr("your plan")
        name = doctor_name(profile.name, profile.credential) if profile else choice.doctor
        questions = [
            arg(tr("Does this office take %1?"), plan_name),
            arg(tr("Is %1 taking new patients in this plan?"), name),
            arg(tr("Is the PCP ID still %1?"), role.pcp_id)
            if role is not None and role.pcp_id
            else tr("What PCP ID does the plan use for this doctor?"),
            tr("Date called, and who you spoke with:"),
        ]
        out.append(f"<h3>{escape(title)}</h3>")
        for q in questions:
            answer = tr("Answer:")
            out.append(f"<p>{escape(q)}<br>{escape(answer)} {BLANK}</p>")
    return out


def _medi_cal_html() -> str:
    return "".join(
        [
            "<h2>" + escape(tr("Next step for Medi-Cal: Health Care Options")) + "</h2>",
            _p(
                tr(
                    "Health Care Options is the state’s Medi-Cal enrollment service. Tell them "
                    "each person’s plan and PCP by phone or with the Choice Form in your "
                    "enrollment packet."
                )
            ),
            _line(tr("Phone:"), HCO_PHONE),
            _line(tr("TTY:"), HCO_TTY),
            _p(tr("A family may choose one plan and PCP for everyone, or one for each person.")),
            _p(
                tr(
                    "A person who does not choose within the time stated in the enrollment "
                    "packet is assigned a plan."
                )
            ),
        ]
    )


def _caveats_html() -> str:
    return "".join(
        [
            "<h2>" + escape(tr("Before you enroll")) + "</h2>",
            _p(
                tr(
                    "Doctors, offices and PCP IDs marked “sample, fictional” are made up to "
                    "show how the app works: they are not real."
                )
            ),
            _p(
                tr(
                    "Directories go out of date. Call each office to confirm it takes the plan "
                    "and is taking new patients before you enroll."
                )
            ),
        ]
    )


def _as_of_html(db: Directory) -> str:
    age = newest_data(source_summary(db))
    when = when_words(age) if age is not None else tr("not stated by its sources")
    return _line(tr("Directory data as of:"), when)


def _sources_html(db: Directory) -> str:
    out = ["<h2>" + escape(tr("Where this comes from")) + "</h2>"]
    for s in source_summary(db):
        if not s.describes_choices():
            continue
        when = tr("made by this app") if s.as_of == "build" else arg(tr("as of %1"), s.as_of)
        out.append(_p(arg(tr("%1 (%2), %3."), s.title, s.publisher, when)))
    return "".join(out)
