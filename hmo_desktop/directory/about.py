"""What the open directory is made of: every source with its rows, whose doctors they are
(public files or fictional samples), and how old its data on plans and doctors is.

The About box, ``hmo-desktop --about-directory`` and the window's status line ask these
questions; the words are theirs.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

from hmo_desktop.directory.identity import reads
from hmo_desktop.directory.store import Directory
from hmo_desktop.directory_format import DATED, REAL

#: The tables that say which plans, groups, doctors and offices a member can choose: a
#: source with rows here "describes doctors and plans" (``newest_data``).
CHOICE_TABLES = ("plan", "network", "medical_group", "practitioner", "location", "pcp_role")

#: Data older than this many days (after the end of the period its source names) is
#: worth a warning.
STALE_AFTER_DAYS = 365

_SOURCE_SQL = (
    "SELECT id, title, publisher, as_of, kind, licence, attribution FROM data_source ORDER BY id"
)
#: A date in a source's ``as_of``: a year, then maybe a month, then maybe a day. The
#: look-aheads keep "2017-2018" two years (not 2017, month 20).
_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?!\d)(?:-(\d\d)(?!\d))?)?(?!\d)")


class SourceLine(NamedTuple):
    """One ``data_source`` row and how many rows of each table came from it."""

    id: int
    title: str
    publisher: str
    as_of: str  # as the source gives it ("2025-12", "2017-2018", ...); "build": made here
    kind: str  # real / dated / inferred / generated (fictional samples)
    licence: str
    attribution: str
    rows: tuple[tuple[str, int], ...]  # (table, rows from this source), tables by name

    @property
    def total(self) -> int:
        return sum(n for _table, n in self.rows)

    def describes_choices(self) -> bool:
        """Whether it gave rows to the plans, groups, doctors or offices a member picks."""
        return any(table in CHOICE_TABLES for table, _n in self.rows)


class DoctorMix(NamedTuple):
    real: int  # doctors from public files
    sample: int  # fictional sample doctors


class DataAge(NamedTuple):
    """The newest period a directory's data on plans and doctors describes."""

    as_of: str  # the source's own words, e.g. "2024-03"
    start: date  # the period's first day (what to name: "March 2024")
    end: date  # its last day (what the age is counted from)
    precision: str  # "year", "month" or "day": how to name ``start``

    def days_old(self, today: date) -> int:
        return (today - self.end).days

    def is_stale(self, today: date) -> bool:
        """More than ``STALE_AFTER_DAYS`` days passed since the period ended."""
        return self.days_old(today) > STALE_AFTER_DAYS


@reads
def source_summary(db: Directory) -> list[SourceLine]:
    """Every source of the directory, in its own order, with its rows per table (as the
    builder counted them into ``source_rows``: a few hundred rows, read in well under a
    millisecond, so the status line can ask at start-up)."""
    counts: dict[int, list[tuple[str, int]]] = {}
    for source_id, table, n in db.con.execute(
        "SELECT source_id, table_name, rows FROM source_rows WHERE rows > 0"
    ):
        counts.setdefault(int(source_id), []).append((str(table), int(n)))
    lines = []
    for id_, title, publisher, as_of, kind, licence, attribution in db.con.execute(_SOURCE_SQL):
        rows = tuple(sorted(counts.get(int(id_), ())))
        lines.append(
            SourceLine(int(id_), title, publisher, as_of, kind, licence, attribution, rows)
        )
    return lines


@reads
def doctor_mix(db: Directory) -> DoctorMix:
    """How many doctors come from public files, and how many are fictional samples."""
    real = sample = 0
    for is_sample, n in db.con.execute(
        "SELECT is_sample, count(*) FROM practitioner GROUP BY is_sample"
    ):
        if is_sample:
            sample += int(n)
        else:
            real += int(n)
    return DoctorMix(real, sample)


def newest_data(sources: list[SourceLine]) -> DataAge | None:
    """How new the directory's data on plans and doctors is, or None if no source says.

    The rule: among the sources of public data (kind ``real`` or ``dated``; fictional
    samples and the builder's inferences have no date of their own) that gave rows to the
    plans, networks, medical groups, doctors, offices or roles a member chooses from
    (``CHOICE_TABLES``), the newest date any of them names in its ``as_of``, taken as the
    last day of the period it names ("2024-03": 31 March 2024; "2017-2018": 31 December
    2018). The directory's build date says nothing about its data (a directory built today
    from 2017 files is 2017 data), so it is not used. ``DataAge.is_stale(today)``: more
    than a year (``STALE_AFTER_DAYS``) after that day, plans and doctors may have changed.
    """
    best: DataAge | None = None
    for s in sources:
        if s.kind not in (REAL, DATED) or not s.describes_choices():
            continue
        for found in _dates(s.as_of):
            if best is None or found.end > best.end:
                best = found
    return best


def _dates(as_of: str) -> list[DataAge]:
    out: list[DataAge] = []
    for m in _DATE.finditer(as_of):
        year = int(m.group(1))
        if m.group(2) is None:
            out.append(DataAge(as_of, date(year, 1, 1), date(year, 12, 31), "year"))
            continue
        month = int(m.group(2))
        last = calendar.monthrange(year, month)[1]
        day = int(m.group(3)) if m.group(3) is not None else 0
        if 1 <= day <= last:
            out.append(DataAge(as_of, date(year, month, day), date(year, month, day), "day"))
        else:
            out.append(DataAge(as_of, date(year, month, 1), date(year, month, last), "month"))
    return out
