"""Where the member is: a typed ZIP checked and looked up, and the list of counties."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from hmo_desktop.directory.columns import select_list
from hmo_desktop.directory.identity import reads
from hmo_desktop.directory.store import Directory

#: Why a typed ZIP cannot be used (``InvalidZip.code``); the window words each one.
INVALID_ZIP_CODES = (
    "empty",  # nothing typed
    "not_ascii_digits",  # digits other than 0-9 (fullwidth, Arabic-Indic, ...)
    "bad_format",  # neither 5 digits nor ZIP+4
    "not_california",  # a ZIP outside California's range
    "unknown_zip",  # in California's range but not in the directory's list
)

#: California's ZIP codes lie in this range (inclusive).
CALIFORNIA_ZIP_RANGE = ("90000", "96199")


class InvalidZip(ValueError):
    """A typed ZIP that cannot be used. ``code`` (one of ``INVALID_ZIP_CODES``) says why;
    ``zip_code`` is the 5-digit ZIP for ``not_california`` and ``unknown_zip``."""

    def __init__(self, code: str, zip_code: str | None = None) -> None:
        super().__init__(code, zip_code)
        self.code = code
        self.zip_code = zip_code

    def __str__(self) -> str:
        return self.code if self.zip_code is None else f"{self.code} ({self.zip_code})"


_ZIP = re.compile(r"([0-9]{5})(?:-?[0-9]{4})?", re.ASCII)


class Place(NamedTuple):
    zip: str
    city: str
    county_id: int
    county: str
    lat: float
    lon: float


_FIND_PLACE_SQL = (
    "SELECT "
    + select_list(
        Place._fields,
        {
            "zip": "z.zip",
            "city": "z.city",
            "county_id": "z.county_id",
            "county": "c.name",
            "lat": "z.lat",
            "lon": "z.lon",
        },
    )
    + " FROM zip_code z JOIN county c ON c.id = z.county_id WHERE z.zip = ?"
)


def _ascii_digits(text: str) -> str:
    """Decimal digits of any script as 0-9; everything else as it is."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def zip_is_complete(text: str) -> bool:
    """Whether what was typed is worth looking up yet: 5 characters, or 10 or more (ZIP+4),
    or anything that can never become a ZIP (so its reason shows at once). False for
    nothing typed and while a ZIP+4 is half typed (6 to 9 characters)."""
    t = _ascii_digits(text.strip())
    if not t:
        return False
    digits = t.replace("-", "")
    return (
        (len(t) >= 5 and (len(t) == 5 or len(t) >= 10))
        or not digits.isascii()
        or not digits.isdigit()
    )


def parse_zip(text: str) -> str:
    """The 5-digit ZIP in what was typed (ZIP or ZIP+4). Decimal digits of any script
    count as theirs (Arabic-Indic ٩٤١١٠, Persian ۹۴۱۱۰, a Chinese or Japanese input
    method's fullwidth ９４１１０): a member types what their keyboard gives.

    Raises ``InvalidZip`` with code ``empty``, ``not_ascii_digits`` (other digits, such
    as superscripts) or ``bad_format``."""
    t = _ascii_digits(text.strip())
    if not t:
        raise InvalidZip("empty")
    m = _ZIP.fullmatch(t)
    if not m:
        if any(c.isdigit() and not c.isascii() for c in t):
            raise InvalidZip("not_ascii_digits")
        raise InvalidZip("bad_format")
    return m.group(1)


@reads
def find_place(db: Directory, text: str) -> Place:
    """Look up a typed ZIP in California; raises ``InvalidZip`` saying why it cannot."""
    z = parse_zip(text)
    row = db.con.execute(_FIND_PLACE_SQL, (z,)).fetchone()
    if row is None:
        low, high = CALIFORNIA_ZIP_RANGE
        if not (low <= z <= high):
            raise InvalidZip("not_california", z)
        raise InvalidZip("unknown_zip", z)
    return Place._make(row)


class CountyRow(NamedTuple):
    id: int
    name: str
    lat: float
    lon: float


_COUNTIES_SQL = (
    "SELECT "
    + select_list(CountyRow._fields, {"id": "id", "name": "name", "lat": "lat", "lon": "lon"})
    + " FROM county ORDER BY name"
)


@reads
def counties(db: Directory) -> list[CountyRow]:
    """Every county in the directory, by name."""
    return [CountyRow._make(r) for r in db.con.execute(_COUNTIES_SQL)]
