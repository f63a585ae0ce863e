"""Plain words for what the directory says about a doctor, shared by the profile and the
PCP choice dialogs: office hours on a 12-hour clock, wheelchair access, what a doctor's
new-patient status means, and the marks that say a value is a sample or inferred.

Every function returns plain text (escape it before putting it into HTML) except the
``*_html`` ones, which escape what they are given.
"""

from __future__ import annotations

import html
import json
import re

from PySide6.QtCore import QLocale, QTime

from hmo_desktop.directory import OfficeInfo
from hmo_desktop.directory_format import (
    ACCEPTING,
    ACCESSIBILITY_KEYS,
    EXISTING_ONLY,
    EXISTING_PLUS_FAMILY,
    INFERRED,
    NOT_ACCEPTING,
    SAMPLE_OFFICE_ADDRESS,
    SAMPLE_OFFICE_NAME,
    UNKNOWN,
)
from hmo_desktop.ui.colors import colors
from hmo_desktop.ui.common import in_parts, labelled, listed, tr
from hmo_desktop.ui.directory_note import arg
from hmo_desktop.ui.i18n import language_locale

#: How ``location.hours`` names the days, Monday first.
DAY_KEYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: North American numbers 555-0100 to 555-0199 are reserved for fiction.
_FICTIONAL_PHONE = re.compile(r"555[\s.-]*01\d\d\b")
_HOURS_RANGE = re.compile(r"\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*")


def text_locale() -> QLocale:
    """The locale of the words on screen: the app's language's (US English, a 12-hour
    clock, for English; Spanish day names and a 24-hour clock for Spanish), whatever
    the system's own locale is."""
    return language_locale()


def time_text(time: QTime, locale: QLocale | None = None) -> str:
    """A time as people read it in ``locale`` (default ``text_locale()``): "5:00 PM"."""
    text = (locale or text_locale()).toString(time, QLocale.FormatType.ShortFormat)
    return text.replace("\u202f", "\u00a0")  # a no-break space every font has


def day_names() -> tuple[str, ...]:
    """Monday to Sunday in the app's language. Translated words, not the locale's: Hmong
    has no locale of its own (its clock and numbers are US English's, its days are not)."""
    return (
        tr("Monday", "day of the week"),
        tr("Tuesday", "day of the week"),
        tr("Wednesday", "day of the week"),
        tr("Thursday", "day of the week"),
        tr("Friday", "day of the week"),
        tr("Saturday", "day of the week"),
        tr("Sunday", "day of the week"),
    )


def _day_span(days: list[int]) -> str:
    names = day_names()
    first, last = names[days[0]], names[days[-1]]
    if len(days) == 1:
        return first
    return arg(tr("%1 and %2") if len(days) == 2 else tr("%1 to %2"), first, last)


def hours_text(hours: str | None, locale: QLocale | None = None) -> str | None:
    """Office hours in plain words, runs of days with the same hours together:
    "Monday to Friday: 8:00 AM – 5:00 PM; Saturday: 9:00 AM – 1:00 PM".

    ``hours`` is ``location.hours`` (JSON, day -> "8:00-17:00", 24-hour). None when the
    directory has no hours or they cannot be read: say so, never show them raw."""
    if not hours:
        return None
    try:
        days = json.loads(hours)
    except ValueError:
        return None
    if not isinstance(days, dict) or not days or set(days) - set(DAY_KEYS):
        return None
    loc = locale or text_locale()
    spans: list[tuple[list[int], str]] = []
    for i, key in enumerate(DAY_KEYS):
        value = days.get(key)
        if value is None:
            continue
        match = _HOURS_RANGE.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            return None
        opens, closes = (QTime.fromString(t.zfill(5), "HH:mm") for t in match.groups())
        if not (opens.isValid() and closes.isValid()):
            return None
        text = f"{time_text(opens, loc)} – {time_text(closes, loc)}"
        if spans and spans[-1][1] == text and spans[-1][0][-1] == i - 1:
            spans[-1][0].append(i)
        else:
            spans.append(([i], text))
    return in_parts([labelled(_day_span(d), t) for d, t in spans])


def access_part_labels() -> dict[str, str]:
    """Each accessibility column as a part of the office, for "entrance yes"."""
    return {
        "acc_parking": tr("parking"),
        "acc_exterior": tr("entrance"),
        "acc_interior": tr("inside the building"),
        "acc_restroom": tr("restroom"),
        "acc_exam_room": tr("exam room"),
        "acc_exam_table": tr("height-adjustable exam table and scale"),
    }


def access_text(accessibility: dict[str, bool]) -> str:
    """ "Wheelchair access: parking yes, entrance yes, ..., exam room no", in column order."""
    parts = access_part_labels()
    if not accessibility:
        return arg(tr("Wheelchair access: %1"), unknown_text())
    said = [
        arg(tr("%1 yes") if accessibility[key] else tr("%1 no"), parts[key])
        for key in ACCESSIBILITY_KEYS
        if key in accessibility
    ]
    return arg(tr("Wheelchair access: %1"), listed(said) if said else tr("not in this directory"))


def takes_new_patients(accepting: str) -> bool:
    """Taking new patients, or not known to be closed to them (call to ask)."""
    return accepting in (ACCEPTING, UNKNOWN)


def doctor_name(name: str, credential: str | None) -> str:
    """ "Ana Ruiz, MD"; the name alone when the directory has no credential."""
    return arg(tr("%1, %2"), name, credential) if credential else name


def unknown_text() -> str:
    """What the app says for a fact the directory does not have."""
    return tr("not in this directory: call the office")


def new_patient_status() -> dict[str, str]:
    """Each ``pcp_role.accepting`` value in plain words."""
    return {
        ACCEPTING: tr("Taking new patients"),
        EXISTING_ONLY: tr("Not taking new patients: sees only people already their patients"),
        EXISTING_PLUS_FAMILY: tr(
            "Not taking new patients: sees only people already their patients, and their family"
        ),
        NOT_ACCEPTING: tr("Not taking new patients"),
        UNKNOWN: tr("New patients: not in this directory: call the office to ask"),
    }


def not_taking_explanation(accepting: str) -> str:
    """What choosing a doctor who is not taking new patients means, and what to do."""
    text = tr(
        "This doctor is not taking new patients in this plan. The plan may refuse or "
        "reassign the choice; call the doctor's office first to ask whether they will take you."
    )
    if accepting == EXISTING_ONLY:
        text += " " + tr(
            "The directory says they see only people who are already their patients: if "
            "you are one, say so when you call."
        )
    elif accepting == EXISTING_PLUS_FAMILY:
        text += " " + tr(
            "The directory says they see only people who are already their patients, and "
            "those patients' family: if that is you, say so when you call."
        )
    return text


def obgyn_access_text() -> str:
    """California Health and Safety Code section 1367.695, in plain words."""
    return tr(
        "OB/GYN: every HMO member can see a participating OB/GYN without a referral or "
        "prior approval (California law). Your plan may require the OB/GYN to be in your "
        "medical group."
    )


def is_fictional_phone(number: str) -> bool:
    """A number in the 555-0100 to 555-0199 range, which is reserved for fiction."""
    return _FICTIONAL_PHONE.search(number) is not None


def hospital_mark(relation: str) -> str:
    """The mark beside a hospital linked to a doctor or group ('' when published)."""
    return tr("inferred from distance, not published") if relation == INFERRED else ""


def mark_html(text: str, when: bool = True) -> str:
    """A mark beside a value, "(sample office, not a real address)"; '' unless ``when``."""
    if not text or not when:
        return ""
    return f' <i style="color:{colors()["mark"]}">({html.escape(text)})</i>'


_SAMPLE_ADDRESS = re.compile(re.escape(SAMPLE_OFFICE_ADDRESS).replace(r"\{zip\}", r"(\d{5})"))


def office_address(address: str | None) -> str | None:
    """An office's address as the directory has it; a generated sample office's
    ("Sample office near ZIP 94114", ``SAMPLE_OFFICE_ADDRESS``) in the app's language."""
    found = _SAMPLE_ADDRESS.fullmatch(address) if address else None
    return arg(tr("Sample office near ZIP %1"), found.group(1)) if found else address


def office_name(name: str, city: str | None) -> str:
    """An office's name; a generated sample office's ("Fresno office",
    ``SAMPLE_OFFICE_NAME``) in the app's language."""
    if city and name == SAMPLE_OFFICE_NAME.format(city=city):
        return arg(tr("%1 office"), city)
    return name


def address_html(office: OfficeInfo, unknown: str) -> str:
    """An office's address, marked when it is a sample; ``unknown`` when there is none."""
    town = " ".join(x for x in (office.city, office.zip) if x)
    place = listed([x for x in (office_address(office.address), town) if x])
    if not place:
        return f"<i>{html.escape(unknown)}</i>"
    return html.escape(place) + mark_html(tr("sample office, not a real address"), office.is_sample)


def phone_html(number: str | None, generated: bool, unknown: str) -> str:
    """A phone number, marked when fictional; ``unknown`` when the directory has none."""
    if number is None:
        return f"<i>{html.escape(unknown)}</i>"
    fictional = generated or is_fictional_phone(number)
    return html.escape(number) + mark_html(tr("fictional number") if fictional else "")


def detail_html(value: str | None, generated: bool, unknown: str) -> str:
    """A value marked "sample" when generated; ``unknown`` when the directory has none."""
    if value is None:
        return f"<i>{html.escape(unknown)}</i>"
    return html.escape(value) + mark_html(tr("sample") if generated else "")
