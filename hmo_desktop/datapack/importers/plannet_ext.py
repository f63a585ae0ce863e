"""Small readers for the parts of Plan-Net (FHIR R4) resources that need care: extensions
found by URL (never by position, a trailing ``|version`` ignored), codings whose system
may carry a version, references, names, languages, hours and the new-patients statement.

Everything here is pure: it takes parsed JSON and returns plain values, ``None`` where the
resource does not say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hmo_desktop.datapack.importers.model import RealOffice

Json = dict[str, Any]

PLANNET = "http://hl7.org/fhir/us/davinci-pdex-plan-net"
SD = f"{PLANNET}/StructureDefinition/"
CS = f"{PLANNET}/CodeSystem/"
NEWPATIENTS = SD + "newpatients"
NETWORK_REFERENCE = SD + "network-reference"
DELIVERY_METHOD = SD + "delivery-method"
ACCESSIBILITY = SD + "accessibility"
COMMUNICATION_PROFICIENCY = SD + "communication-proficiency"
PRACTITIONER_QUALIFICATION = SD + "practitioner-qualification"
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"
NUCC = "http://nucc.org/provider-taxonomy"
DEGREES = "http://terminology.hl7.org/CodeSystem/v2-0360"

#: AcceptingPatientsCS code -> the app's accepting status.
ACCEPTING_CODES = {
    "nopt": "not_accepting",
    "newpt": "accepting",
    "existptonly": "existing_only",
    "existptfam": "existing_plus_family",
}
#: LanguageProficiencyCS codes below "30 General professional proficiency".
LOW_PROFICIENCY = {"00", "10", "20"}
_DAY_NAMES = {
    "mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat",
    "sun": "Sun",
}  # fmt: skip
_BOARD = re.compile(r"\bAmerican\b.*\bBoard\b|^\s*Board[- ]Certified\b", re.IGNORECASE)
_REF = re.compile(r"(?:^|/)([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?$")


def same_url(url: object, wanted: str) -> bool:
    """``url`` names ``wanted``, ignoring a ``|version`` suffix and surrounding spaces."""
    return isinstance(url, str) and url.split("|", 1)[0].strip().rstrip("/") == wanted


def extensions(element: object, url: str) -> list[Json]:
    """The extensions of ``element`` (a resource or any element) with this URL, in order."""
    if not isinstance(element, dict):
        return []
    found = element.get("extension")
    if not isinstance(found, list):
        return []
    return [e for e in found if isinstance(e, dict) and same_url(e.get("url"), url)]


def sub(ext: Json, name: str) -> list[Json]:
    """The sub-extensions of a complex extension called ``name`` (relative URL or full)."""
    found = ext.get("extension")
    if not isinstance(found, list):
        return []
    return [
        e
        for e in found
        if isinstance(e, dict)
        and isinstance(e.get("url"), str)
        and e["url"].split("|", 1)[0].rsplit("/", 1)[-1] == name
    ]


def codings(concept: object) -> Iterator[Json]:
    """The codings of a CodeableConcept (or a list of them)."""
    items = concept if isinstance(concept, list) else [concept]
    for c in items:
        if isinstance(c, dict) and isinstance(c.get("coding"), list):
            yield from (x for x in c["coding"] if isinstance(x, dict))


def system_is(coding: Json, system: str) -> bool:
    """The coding's system is ``system``, ignoring ``|version`` (the ``version`` element
    some payers add is simply not looked at)."""
    return same_url(coding.get("system"), system)


def codes(concept: object, system: str | None = None) -> list[str]:
    """The codes of a CodeableConcept, only those of ``system`` when given."""
    return [
        str(c["code"]).strip()
        for c in codings(concept)
        if isinstance(c.get("code"), str | int) and (system is None or system_is(c, system))
    ]


def identifier(resource: Json, system: str) -> str | None:
    for ident in resource.get("identifier") or []:
        if isinstance(ident, dict) and same_url(ident.get("system"), system):
            value = ident.get("value")
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


class BadReference(ValueError):
    """An element that should be a Reference and is not one at all."""


def reference(value: object, full_urls: dict[str, str] | None = None) -> str | None:
    """``"Type/id"`` of a Reference, ``None`` when it has no literal reference (only a
    display, an identifier or a data-absent-reason); BadReference when it is no Reference."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise BadReference(f"not a Reference (got {json_kind(value)} {value!r:.40})")
    ref = value.get("reference")
    if ref is None:
        return None
    if not isinstance(ref, str):
        raise BadReference(f"reference is {json_kind(ref)} {ref!r:.40}, not a string")
    ref = ref.strip()
    if full_urls and ref in full_urls:
        return full_urls[ref]
    m = _REF.search(ref)
    if m is None:
        raise BadReference(f"reference {ref!r:.60} is not Type/id")
    return f"{m.group(1)}/{m.group(2)}"


def json_kind(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else "null"
    )


def absent_reason(value: object) -> bool:
    """A Reference standing only for "unknown": a data-absent-reason, no reference."""
    return (
        isinstance(value, dict)
        and "reference" not in value
        and bool(extensions(value, DATA_ABSENT))
    )


def display(value: object) -> str:
    if isinstance(value, dict) and isinstance(value.get("display"), str):
        return str(value["display"]).strip()
    return ""


def phone(resource: Json) -> str | None:
    """The first phone (lowest rank first), ten digits when it has exactly ten."""
    phones = [
        t
        for t in resource.get("telecom") or []
        if isinstance(t, dict) and t.get("system") == "phone" and isinstance(t.get("value"), str)
    ]
    if not phones:
        return None
    phones.sort(key=lambda t: t["rank"] if isinstance(t.get("rank"), int) else 10**6)
    raw = str(phones[0]["value"]).strip()
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return digits if len(digits) == 10 and "x" not in raw.lower() else raw


def person_name(resource: Json) -> tuple[str, str, str] | None:
    """(first, middle, last): the official name, else the first one; None without a family
    name."""
    names = [n for n in resource.get("name") or [] if isinstance(n, dict)]
    official = [n for n in names if n.get("use") == "official"]
    for n in official + names:
        family = n.get("family")
        if isinstance(family, str) and family.strip():
            given = [g.strip() for g in n.get("given") or [] if isinstance(g, str)]
            first = given[0] if given else ""
            return first, " ".join(given[1:]), family.strip()
    return None


def language_code(code: str) -> str | None:
    """BCP 47 ("en", "en-US", "ES") -> ISO 639-1 ("en"); None for anything else."""
    primary = code.strip().split("-", 1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2}", primary) else None


def proficiency(element: object) -> str | None:
    for ext in extensions(element, COMMUNICATION_PROFICIENCY):
        found = codes(ext.get("valueCodeableConcept"))
        if found:
            return found[0]
    return None


def languages(resource: Json) -> tuple[tuple[str, ...] | None, list[str]]:
    """The ISO 639-1 codes a practitioner speaks, and the ones left out for a stated
    proficiency below "general professional" (LanguageProficiencyCS 00/10/20).

    The proficiency extension is read on each communication element; one at the resource
    root is applied only when there is exactly one language (it cannot say which)."""
    comms = [c for c in resource.get("communication") or [] if isinstance(c, dict)]
    if not comms:
        return None, []
    root = proficiency(resource) if len(comms) == 1 else None
    kept: list[str] = []
    low: list[str] = []
    for comm in comms:
        level = proficiency(comm) or root
        for code in codes(comm):
            lang = language_code(code)
            if lang is None:
                continue
            target = low if level in LOW_PROFICIENCY else kept
            if lang not in target:
                target.append(lang)
    return (tuple(kept) if kept or low else None), low


def newpatients(element: object) -> list[tuple[str | None, str | None, str]]:
    """Each newpatients statement: (status or None for an unknown code, fromNetwork
    "Organization/x" or None, the code as given)."""
    out: list[tuple[str | None, str | None, str]] = []
    for ext in extensions(element, NEWPATIENTS):
        parts = sub(ext, "acceptingPatients") or [ext]
        for part in parts:
            code: str | None = None
            if isinstance(part.get("valueBoolean"), bool):  # the STU1 shape
                code = "newpt" if part["valueBoolean"] else "nopt"
            else:
                found = codes(part.get("valueCodeableConcept")) or (
                    [part["valueCode"]] if isinstance(part.get("valueCode"), str) else []
                )
                code = found[0] if found else None
            if code is None:
                continue
            network = None
            for net in sub(ext, "fromNetwork"):
                try:
                    network = reference(net.get("valueReference"))
                except BadReference:
                    network = None
            out.append((ACCEPTING_CODES.get(code), network, code))
    return out


def delivery(element: object) -> set[str]:
    """DeliveryMethodCS codes ("physical", "virtual") of the delivery-method extensions."""
    found: set[str] = set()
    for ext in extensions(element, DELIVERY_METHOD):
        for part in sub(ext, "type"):
            found.update(codes(part.get("valueCodeableConcept")))
    return found


def accessibility_codes(resource: Json) -> list[str]:
    exts = extensions(resource, ACCESSIBILITY)
    return [c for ext in exts for c in codes(ext.get("valueCodeableConcept"))]


def _clock(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?", value.strip())
    return f"{int(m.group(1))}:{m.group(2)}" if m else None


def _minutes(clock: str) -> int:
    h, m = clock.split(":")
    return int(h) * 60 + int(m)


def hours(entries: object) -> tuple[dict[str, str] | None, bool | None, bool | None]:
    """Location.hoursOfOperation (or availableTime) -> (hours by day, evening, Saturday).

    A day listed without times and not allDay is open at unknown hours: it counts for
    Saturday but has no ``hours`` entry. Evening is any closing after 18:00 (allDay counts);
    None when no closing time is known at all."""
    if not isinstance(entries, list) or not entries:
        return None, None, None
    by_day: dict[str, str] = {}
    days_open: set[str] = set()
    evening: bool | None = None
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        days = [_DAY_NAMES[d] for d in entry.get("daysOfWeek") or [] if d in _DAY_NAMES]
        days_open.update(days)
        start = _clock(entry.get("openingTime") or entry.get("availableStartTime"))
        end = _clock(entry.get("closingTime") or entry.get("availableEndTime"))
        if entry.get("allDay") is True:
            start, end = "0:00", "24:00"
        if end is not None:
            late = _minutes(end) > 18 * 60
            evening = late or bool(evening)
        if start is not None and end is not None:
            for day in days:
                by_day[day] = f"{start}-{end}"
    order = list(_DAY_NAMES.values())
    ordered = {d: by_day[d] for d in order if d in by_day}
    saturday = "Sat" in days_open if days_open else None
    return (ordered or None), evening, saturday


def credential(d: Json) -> str | None:
    for q in d.get("qualification") or []:
        found = codes(q.get("code") if isinstance(q, dict) else None, DEGREES)
        if found:
            return found[0]
    suffix = [s for n in d.get("name") or [] if isinstance(n, dict) for s in n.get("suffix") or []]
    return str(suffix[0]) if suffix else None


def board(d: Json) -> tuple[bool | None, str | None]:
    boards: list[tuple[bool, str]] = []
    for q in (q for q in d.get("qualification") or [] if isinstance(q, dict)):
        issuer = display(q.get("issuer"))
        text = str((q.get("code") or {}).get("text") or "")
        if not (_BOARD.search(issuer) or _BOARD.search(text)):
            continue
        statuses = [
            s.get("valueCode")
            for e in extensions(q, PRACTITIONER_QUALIFICATION)
            for s in sub(e, "status")
        ]
        boards.append((not statuses or "active" in statuses, issuer or text))
    if not boards:
        return None, None
    active = [name for ok, name in boards if ok]
    return (True, active[0]) if active else (False, None)


def office(key: str, data: Json, source: str) -> RealOffice:
    """A Location as an office (``accessibility`` stays None: see the module notes)."""
    a = data.get("address") or {}
    lines = [str(x).strip() for x in a.get("line") or [] if str(x).strip()]
    zip5 = re.sub(r"\D", "", str(a.get("postalCode") or ""))[:5]
    by_day, evening, saturday = hours(data.get("hoursOfOperation"))
    name = data.get("name")
    return RealOffice(
        key=key,
        address=", ".join(lines),
        city=str(a.get("city") or "").strip(),
        zip5=zip5,
        state=str(a.get("state") or "").strip().upper(),
        source=source,
        name=name.strip() if isinstance(name, str) else None,
        phone=phone(data),
        evening_hours=evening,
        saturday_hours=saturday,
        hours=by_day,
    )
