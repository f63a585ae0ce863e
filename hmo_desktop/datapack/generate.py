"""Fictional values for the sample rows (``samples`` and ``doctors`` make the rows): the
shares and tables they are drawn from, names, phone numbers, hours, identifiers, and
what the sample steps track about a group while staffing it.

Everything is drawn from the build's one ``random.Random(seed)`` in a fixed order, so the
same sources and seed always give the same rows. Every row made from these values is
flagged ``provenance='generated'`` and ``is_sample=1``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any

from hmo_desktop.datapack.names import (
    HERITAGES,
    RARE_ANY_DOCTOR_LANGUAGES,
    RARE_DOCTOR_LANGUAGES,
    RARE_STAFF_LANGUAGE_SHARE,
    STAFF_LANGUAGE_SHARE,
    Heritage,
)
from hmo_desktop.directory_format import (
    ACCEPTING,
    ACCESSIBILITY_KEYS,
    EXISTING_ONLY,
    EXISTING_PLUS_FAMILY,
    NOT_ACCEPTING,
    SPECIALTIES,
)

FAMILY, INTERNAL, PEDIATRICS, OBGYN = SPECIALTIES

#: Share of PCPs by specialty (family and internal medicine most common).
SPECIALTY_WEIGHTS = {FAMILY: 0.37, INTERNAL: 0.33, PEDIATRICS: 0.20, OBGYN: 0.10}
#: NUCC taxonomy codes within each specialty, with their shares.
SPECIALTY_CODES = {
    FAMILY: (("207Q00000X", 0.85), ("208D00000X", 0.08), ("207QA0505X", 0.07)),
    INTERNAL: (("207R00000X", 0.92), ("207RG0300X", 0.08)),
    PEDIATRICS: (("208000000X", 0.95), ("2080A0000X", 0.05)),
    OBGYN: (("207V00000X", 0.85), ("207VG0400X", 0.15)),
}
BOARDS = {
    FAMILY: "American Board of Family Medicine",
    INTERNAL: "American Board of Internal Medicine",
    PEDIATRICS: "American Board of Pediatrics",
    OBGYN: "American Board of Obstetrics and Gynecology",
}
FEMALE_SHARE = {FAMILY: 0.52, INTERNAL: 0.47, PEDIATRICS: 0.66, OBGYN: 0.62}
ACCEPTING_WEIGHTS = (
    (ACCEPTING, 0.55),
    (EXISTING_ONLY, 0.14),
    (EXISTING_PLUS_FAMILY, 0.09),
    (NOT_ACCEPTING, 0.22),
)
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

REFERRAL_RULES = (
    "Specialist visits need a referral from your PCP, approved by the group. Routine "
    "requests are decided within 5 business days; urgent ones within 72 hours.",
    "Your PCP refers you to specialists in the group's own network. Most referrals are "
    "approved the same day; out-of-network care needs prior approval.",
    "Referrals go through the group's utilization office. Standing referrals are "
    "available for ongoing conditions. Mental health visits do not need a referral.",
    "Your PCP sends referrals electronically; you get a letter when one is approved. "
    "Vision and behavioral health visits need no referral.",
)
GROUP_SUFFIXES = (
    "Community Medical Group",
    "Family Physicians IPA",
    "Primary Care Associates",
    "Health Partners",
    "Medical Associates",
    "Independent Physicians",
    "Physicians Network",
    "Medical Partners",
    "Care Associates",
    "Doctors Group",
    "Health Alliance",
    "Family Medical Group",
)


def weighted(rng: random.Random, pairs: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def fictional_phone(area: str, rng: random.Random) -> str:
    """555-0100..555-0199 is reserved for fiction, so no sample number reaches a real line."""
    return f"({area}) 555-01{rng.randrange(100):02d}"


def npi_check_digit(first9: str) -> int:
    """The Luhn check digit of an NPI, computed over the prefix 80840 + nine digits."""
    digits = [int(c) for c in "80840" + first9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def passes_npi_check(identifier: str) -> bool:
    return (
        len(identifier) == 10
        and identifier.isdigit()
        and npi_check_digit(identifier[:9]) == int(identifier[9])
    )


def sample_identifier(rng: random.Random) -> str:
    """Ten digits shaped like an NPI whose check digit is deliberately wrong."""
    first9 = str(rng.choice("12")) + f"{rng.randrange(10**8):08d}"
    good = npi_check_digit(first9)
    return first9 + str((good + 1 + rng.randrange(9)) % 10)


def group_details(rng: random.Random, area_code: str) -> dict[str, Any]:
    """A sample medical group's fictional contact details and referral rules."""
    return {
        "phone": fictional_phone(area_code, rng),
        "after_hours_phone": fictional_phone(area_code, rng),
        "referral_rules": rng.choice(REFERRAL_RULES),
        "obgyn_direct_access": True,  # the law, not a draw (Health and Safety Code 1367.695)
        "website": None,
        "rating": None,  # no public ratings file here: shown as "Not rated"
    }


#: A group with no public contact details: nothing is made up for it.
UNKNOWN_DETAILS: dict[str, Any] = {
    "phone": None,
    "after_hours_phone": None,
    "referral_rules": None,
    "obgyn_direct_access": True,
    "website": None,
    "rating": None,
}

#: GroupToStaff.kind: a carrier-listed group, a sample group, a Permanente group of an
#: integrated plan, or a PACE plan's own care team.
LISTED, SAMPLE_GROUP, PERMANENTE, PACE_TEAM = "listed", "sample", "permanente", "pace"


def office_hours(rng: random.Random) -> tuple[str, bool, bool]:
    start = rng.choice(("7:30", "8:00", "8:00", "8:30", "9:00"))
    hours = dict.fromkeys(DAYS[:5], f"{start}-17:00")
    evening = rng.random() < 0.27
    if evening:
        for d in rng.sample(DAYS[:5], rng.randint(1, 3)):
            hours[d] = f"{start}-{rng.choice(('19:00', '20:00'))}"
    saturday = rng.random() < 0.18
    if saturday:
        hours["Sat"] = rng.choice(("9:00-13:00", "8:00-12:00", "9:00-15:00"))
    return json.dumps(hours, separators=(",", ":")), evening, saturday


def ages_seen(specialty: str, code: str, rng: random.Random) -> tuple[int, int]:
    if specialty == PEDIATRICS:
        if code == "2080A0000X":  # adolescent medicine
            return 10, 21
        return 0, rng.choice((18, 18, 21))
    if specialty == INTERNAL:
        return (65, 120) if code == "207RG0300X" else (18, 120)  # geriatric medicine
    if specialty == OBGYN:
        return rng.choice((12, 13, 15)), 120
    if code == "207QA0505X":  # family medicine, adult
        return 18, 120
    return (0, 120) if rng.random() < 0.85 else (2, 120)


@dataclass
class Office:
    id: int
    county_id: int
    lat: float
    lon: float


@dataclass
class GroupToStaff:
    """A medical group (real or sample) as the sample steps see it while staffing it."""

    id: int
    county_ids: list[int]
    weight: float  # its share of the sample doctors, before scaling
    kind: str = LISTED  # LISTED, SAMPLE_GROUP, PERMANENTE or PACE_TEAM
    specialties: tuple[str, ...] = SPECIALTIES  # the PCP specialties its doctors have
    min_age: int = 0  # youngest patient the group's plans enroll (PACE: 55)
    # county_id -> network ids the group serves there
    networks_by_county: dict[int, list[int]] = field(default_factory=dict)
    offices: list[Office] = field(default_factory=list)
    hospitals: list[int] = field(default_factory=list)  # hospital ids, nearest first
    size: int = 0  # how many doctors it gets


@dataclass
class Doctor:
    id: int
    specialty: str
    code: str
    ages: tuple[int, int]  # the same in every plan the doctor serves


def choose_heritage(rng: random.Random) -> Heritage:
    return rng.choices(HERITAGES, weights=[h.weight for h in HERITAGES])[0]


def make_name(heritage: Heritage, female: bool, rng: random.Random) -> tuple[str, str, str | None]:
    """First name, surname, and the native-script name (surname first) where there is one."""
    first = rng.choice(heritage.female if female else heritage.male)
    last = rng.choice(heritage.surnames)
    native = None
    if heritage.native and first in heritage.native and last in heritage.native:
        native = heritage.native[last] + heritage.native[first]
    return first, last, native


def rare_stream(seed: int) -> random.Random:
    """The stream the rare languages are drawn from (``names.RARE_*``): the seed's own,
    apart from the build's one stream, whose order it leaves as it was."""
    return random.Random(f"rare-languages-{seed}")


def _drawn(pairs: tuple[tuple[str, float], ...], rng: random.Random) -> list[str]:
    return [code for code, share in pairs if rng.random() < share]


def doctor_languages(heritage: Heritage, rng: random.Random, rare: random.Random) -> list[str]:
    langs = ["en"]
    for code, share in heritage.languages:
        if rng.random() < share:
            langs.append(code)
    if "es" not in langs and rng.random() < 0.08:  # many California doctors learn Spanish
        langs.append("es")
    langs += _drawn(RARE_DOCTOR_LANGUAGES.get(heritage.key, ()), rare)
    return langs + _drawn(RARE_ANY_DOCTOR_LANGUAGES, rare)


def staff_languages(rng: random.Random, rare: random.Random) -> list[str]:
    return ["en", *_drawn(STAFF_LANGUAGE_SHARE, rng), *_drawn(RARE_STAFF_LANGUAGE_SHARE, rare)]


def accessibility(rng: random.Random) -> dict[str, bool]:
    """An office's ``location`` accessibility columns (``ACCESSIBILITY_KEYS``)."""
    base = rng.random() < 0.7  # most offices are fully accessible
    out = {key: base or rng.random() < 0.6 for key in ACCESSIBILITY_KEYS}
    out["acc_exam_table"] = out["acc_exam_table"] and rng.random() < 0.8
    return out


def pcp_id_prefix(network_id: int) -> str:
    """The two letters that begin every sample PCP id in a network."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return letters[network_id % 24] + letters[(network_id // 24) % 24]
