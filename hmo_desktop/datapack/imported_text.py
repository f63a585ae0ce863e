"""Imported text as the directory shows it: addresses in readable case, phones written
out, hours as compact JSON."""

from __future__ import annotations

import json

_KEEP_UPPER = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "PO", "US"}


def address_case(text: str) -> str:
    """An address in capitals in readable case: "1 SHRADER ST STE 2B" -> "1 Shrader St
    Ste 2B", "2ND AVE" -> "2nd Ave", directions and "PO" kept upper; mixed case as given."""
    if text != text.upper():
        return text
    words = []
    for word in text.split(" "):
        if word in _KEEP_UPPER or not word.isalpha():
            has_digit = any(c.isdigit() for c in word)
            ordinal = has_digit and word[-2:] in ("ST", "ND", "RD", "TH") and word[:-2].isdigit()
            words.append(word[:-2] + word[-2:].lower() if ordinal else word)
        else:
            words.append(word.capitalize())
    return " ".join(words)


def phone_text(digits: str | None) -> str | None:
    """Ten digits as "(415) 555-0100"; anything else as given."""
    if digits and len(digits) == 10 and digits.isdigit():
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return digits


def hours_json(hours: dict[str, str]) -> str:
    return json.dumps(hours, separators=(",", ":"))
