"""What the NPPES readers make of one NPI (``NppesRecord``), the cleaning both the bulk CSV
and the API JSON reader apply to its fields, and what a read counted for the report."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path

from hmo_desktop.datapack.importers.cleanup import Fix, clean_phone, clean_zip

PERSON = 1
ORGANIZATION = 2
# At most this many invalid NPIs are named one by one in the report; the rest are counted.
LISTED_PROBLEMS = 20


@dataclass(frozen=True)
class NppesRecord:
    npi: str
    entity: int  # 1 person, 2 organization; 0 when the file leaves it blank (deactivated)
    active: bool
    deactivated_on: str | None  # YYYY-MM-DD, only when the NPI is deactivated
    first_name: str
    last_name: str
    middle_name: str
    credential: str | None  # as given ("M.D.", "MD" ...)
    gender: str | None  # "F" / "M"
    organization_name: str | None
    taxonomies: tuple[tuple[str, bool], ...]  # (NUCC code, is primary), in file order
    practice_address: tuple[str, str, str, str, str] | None  # line1, line2, city, state, zip5
    practice_phone: str | None  # ten digits when the file has ten, else as given
    line: str  # "file, line N" or "file, results[i]"


def record_phone(value: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    digits = re.sub(r"[\s().\-]", "", text)
    phone, fix = clean_phone(digits)
    return phone if fix is not Fix.AMBIGUOUS else text


def record_address(line1: str, line2: str, city: str, state: str, postal: str) -> tuple[str, ...]:
    zip5, _ = clean_zip(postal)  # an ambiguous (foreign) code comes back as given
    return (line1.strip(), line2.strip(), city.strip(), state.strip().upper(), zip5.strip())


def optional_text(value: str | None) -> str | None:
    """Blank and the registry's "--" placeholder mean the file does not say."""
    text = (value or "").strip()
    return None if text in ("", "--") else text


def gender_code(value: str | None) -> str | None:
    text = (value or "").strip().upper()
    return text if text in ("F", "M") else None


class Tally:
    """What a read counted, for the report."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.read = 0
        self.kept = 0
        self.filtered = 0
        self.deactivated = 0
        self.duplicates = 0
        self.blank_entity = 0
        self.bad_npis: list[tuple[str, str]] = []  # (where, NPI as given)

    def skips(self, npi: str, npis: Container[str] | None, have: Container[str]) -> bool:
        """Whether a valid NPI is left out (and counted): not among those asked for, or
        already read (the first record is kept)."""
        if npis is not None and npi not in npis:
            self.filtered += 1
            return True
        if npi in have:
            self.duplicates += 1
            return True
        return False

    def lines(self, unit: str) -> list[str]:
        name = self.file.name
        out = [
            f"{name}: {unit} read: {self.read:,}",
            f"{name}: kept: {self.kept:,}",
            f"{name}: deactivated (kept, marked inactive): {self.deactivated:,}",
            f"{name}: invalid NPIs (left out): {len(self.bad_npis):,}",
        ]
        if self.filtered:
            out.append(f"{name}: not among the NPIs asked for: {self.filtered:,}")
        if self.duplicates:
            out.append(f"{name}: repeated NPIs (first kept): {self.duplicates:,}")
        if self.blank_entity:
            out.append(f"{name}: entity type left blank (recorded as 0): {self.blank_entity:,}")
        for where, npi in self.bad_npis[:LISTED_PROBLEMS]:
            out.append(f"invalid NPI {npi!r} at {where}")
        if len(self.bad_npis) > LISTED_PROBLEMS:
            out.append(f"... and {len(self.bad_npis) - LISTED_PROBLEMS:,} more invalid NPIs")
        if self.read == 0:
            out.append(f"{name}: no records: the file has none")
        return out
