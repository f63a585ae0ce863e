"""Unambiguous repairs of values that went through a spreadsheet, and names in normal case.

Each function returns the cleaned value and whether it changed it; a value that cannot be
repaired without guessing comes back exactly as given, flagged as ambiguous.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum


class Fix(Enum):
    OK = "ok"  # already well formed (or empty)
    REPAIRED = "repaired"  # changed, and the change is certain
    AMBIGUOUS = "ambiguous"  # left as given


def clean_zip(value: str) -> tuple[str, Fix]:
    """Five-digit ZIP. ZIP+4 keeps its first five digits (not a repair); a ZIP or ZIP+4
    whose leading zero a spreadsheet dropped (4 or 8 digits) is zero-padded."""
    raw = value.strip()
    digits = raw.replace("-", "") if re.fullmatch(r"\d{5}-\d{4}", raw) else raw
    if not digits:
        return "", Fix.OK
    if not digits.isdigit():
        return value, Fix.AMBIGUOUS
    if len(digits) in (5, 9):
        return digits[:5], Fix.OK
    if len(digits) in (4, 8):
        return ("0" + digits)[:5], Fix.REPAIRED
    return value, Fix.AMBIGUOUS


_SCIENTIFIC = re.compile(r"([0-9])\.([0-9]+)[eE]\+?([0-9]+)")


def clean_phone(value: str) -> tuple[str, Fix]:
    """Ten digits. A phone a spreadsheet wrote in scientific notation ("4.155550123E9") is
    repaired when all ten digits are still written; a rounded one is left as given."""
    raw = value.strip()
    if not raw or (raw.isdigit() and len(raw) == 10):
        return raw, Fix.OK
    m = _SCIENTIFIC.fullmatch(raw)
    # exact only when all ten digits are written (a rounded mantissa lost some)
    if m and int(m.group(3)) == 9 and len(m.group(1) + m.group(2)) >= 10:
        number = Decimal(raw)
        if number == number.to_integral_value():
            return str(int(number)), Fix.REPAIRED
    return value, Fix.AMBIGUOUS


# Surname particles written in lower case when they come before the rest of the name.
_PARTICLES = {"DE", "DEL", "DELA", "DER", "DI", "DA", "DOS", "DAS", "DU", "LA", "LE", "VAN", "VON"}
_SPLIT = re.compile(r"([\s\-']+)")


def _word(word: str) -> str:
    w = word.capitalize()
    if len(w) > 2 and w.startswith("Mc"):
        return "Mc" + w[2:].capitalize()
    return w


def normal_case(name: str, surname: bool = False) -> str:
    """A name from ALL CAPS in normal case ("MCDONALD" -> "McDonald", "O'BRIEN" ->
    "O'Brien", surname "DE LA CRUZ" -> "de la Cruz"). A name already written with lower-case
    letters is kept as written."""
    text = " ".join(name.split())
    if text != text.upper() or text == text.lower():
        return text  # mixed case as given, or no letters at all
    parts = _SPLIT.split(text)
    words = [i for i, p in enumerate(parts) if p and not _SPLIT.fullmatch(p)]
    out = []
    for i, part in enumerate(parts):
        if _SPLIT.fullmatch(part) or not part:
            out.append(part)
        elif surname and part in _PARTICLES and i != words[-1] and parts[i + 1].isspace():
            out.append(part.lower())
        else:
            out.append(_word(part))
    return "".join(out)
