"""Reader for the CMS "Doctors and Clinicians" national downloadable file.

The file has one row per clinician x enrollment x group practice x address, in one of three
header layouts (2017 readable names; 2018-2022 short lower-case names written with a space
after each comma; 2023+ with ``Facility Name`` and ``Telehlth``). The reader streams it,
keeps the California rows whose primary specialty is one of the primary care specialties,
and gathers one practitioner per NPI, one office per address and one affiliation per
practitioner and group practice. Nothing here is used by the build yet.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from hmo_desktop.datapack.generate import passes_npi_check
from hmo_desktop.datapack.importers.cleanup import Fix, clean_phone, clean_zip, normal_case
from hmo_desktop.datapack.sources import read_csv

LAYOUT_2017 = "2017"
LAYOUT_2018 = "2018-2022"
LAYOUT_2023 = "2023+"

# One line per value read, in this order: its column in the 2017, 2018-2022 and 2023+
# layouts ("" where that layout has none).
# fmt: off
_TABLE = [
    ("NPI", "NPI", "NPI"),
    ("Last Name", "lst_nm", "Provider Last Name"),
    ("First Name", "frst_nm", "Provider First Name"),
    ("Middle Name", "mid_nm", "Provider Middle Name"),
    ("Credential", "Cred", "Cred"),
    ("Gender", "gndr", "gndr"),
    ("Primary specialty", "pri_spec", "pri_spec"),
    ("Group Practice PAC ID", "org_pac_id", "org_pac_id"),
    ("Organization legal name", "org_nm", "Facility Name"),
    ("Line 1 Street Address", "adr_ln_1", "adr_ln_1"),
    ("Line 2 Street Address", "adr_ln_2", "adr_ln_2"),
    ("City", "cty", "City/Town"),
    ("State", "st", "State"),
    ("Zip Code", "zip", "ZIP Code"),
    ("Phone Number", "phn_numbr", "Telephone Number"),
    ("", "", "Telehlth"),
]
# fmt: on
_COLUMNS = {
    layout: tuple(names[i] for names in _TABLE)
    for i, layout in enumerate((LAYOUT_2017, LAYOUT_2018, LAYOUT_2023))
}
# the columns that tell the layouts apart
_MARKERS = {
    LAYOUT_2023: ("Facility Name", "Telehlth"),
    LAYOUT_2017: ("Last Name", "Primary specialty"),
    LAYOUT_2018: ("lst_nm", "pri_spec"),
}
CMS_SOURCE_SYSTEM = "CMS_DAC_pri_spec"


class ImportProblem(Exception):
    """A file that cannot be read as it is: which file, which line, which field, and why."""

    def __init__(self, file: Path, line: int, field: str | None, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file.name}, line {self.line}"
        if self.field:
            where += f", field {self.field!r}"
        return f"{where}: {self.message}"


class ClinicianRow(NamedTuple):
    npi: str
    last_name: str
    first_name: str
    middle: str
    credential: str
    gender: str
    pri_spec: str  # the CMS primary specialty label, as given
    specialty: str  # the app's specialty key, e.g. "Family Medicine"
    org_pac_id: str  # group practice PAC ID ("" for a clinician without a group)
    org_nm: str
    address_1: str
    address_2: str
    city: str
    state: str
    zip5: str
    phone: str
    telehealth: bool | None  # None where the layout has no telehealth column
    line: int  # where the row starts in the file


class OfficeKey(NamedTuple):
    address_1: str
    address_2: str
    city: str
    state: str
    zip5: str


@dataclass(frozen=True)
class Office:
    key: OfficeKey
    phone: str  # the first row's phone at this address
    line: int


@dataclass(frozen=True)
class Affiliation:
    npi: str
    org_pac_id: str
    org_nm: str
    line: int


@dataclass
class ImportReport:
    rows_read: int = 0
    kept: int = 0
    other_states: int = 0
    other_specialties: int = 0
    bad_npi_lines: list[tuple[int, str]] = field(default_factory=list)  # (line, NPI as given)
    repaired_zips: int = 0
    ambiguous_zips: int = 0  # left as given
    repaired_phones: int = 0
    ambiguous_phones: int = 0  # left as given
    notes: list[str] = field(default_factory=list)

    @property
    def bad_npi_rows(self) -> int:
        return len(self.bad_npi_lines)


@dataclass
class ClinicianImport:
    layout: str
    practitioners: dict[str, ClinicianRow] = field(default_factory=dict)  # by NPI, first row
    offices: dict[OfficeKey, Office] = field(default_factory=dict)
    affiliations: dict[tuple[str, str], Affiliation] = field(default_factory=dict)
    practice_sites: set[tuple[str, OfficeKey]] = field(default_factory=set)  # (NPI, office)
    report: ImportReport = field(default_factory=ImportReport)


def _norm(column: str) -> str:
    return " ".join(column.replace("\ufeff", "").split()).casefold()


def detect_layout(header: list[str], file: Path = Path("<header>")) -> str:
    """Which of the three layouts a header row is; ImportProblem for any other."""
    names = {_norm(c) for c in header}
    for layout, markers in _MARKERS.items():
        if all(_norm(m) in names for m in markers):
            missing = [c for c in _COLUMNS[layout] if c and _norm(c) not in names]
            if missing:
                raise ImportProblem(
                    file, 1, missing[0], f"{layout} layout header lacks {', '.join(missing)}"
                )
            return layout
    expected = "; ".join(f"{k}: {' + '.join(v)}" for k, v in _MARKERS.items())
    raise ImportProblem(
        file, 1, "header", f"not a CMS Doctors and Clinicians header (expected {expected})"
    )


def load_pcp_labels(path: Path) -> dict[str, str]:
    """CMS primary specialty label -> app specialty, from ``pcp_specialty_map.csv``: the
    rows of the CMS source system that count as primary care by default."""
    return {
        r["code_or_label"].strip().upper(): r["app_specialty"]
        for r in read_csv(path)
        if r["source_system"] == CMS_SOURCE_SYSTEM and r["include_by_default"] == "yes"
    }


def _text_lines(fh: BinaryIO, file: Path) -> Iterator[str]:
    """The file's physical lines as text, naming the first line that is not UTF-8."""
    for number, raw in enumerate(fh, start=1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise ImportProblem(
                file, number, None, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at {exc.start})"
            ) from None


def _telehealth(value: str) -> bool | None:
    v = value.strip().upper()
    return True if v == "Y" else False if v == "N" else None


def _row(
    values: list[str], idx: tuple[int, ...], specialty: str, line: int, report: ImportReport
) -> ClinicianRow:
    v = [values[i].strip() if i >= 0 else "" for i in idx]
    zip5, zfix = clean_zip(v[13])
    phone, pfix = clean_phone(v[14])
    report.repaired_zips += zfix is Fix.REPAIRED
    report.ambiguous_zips += zfix is Fix.AMBIGUOUS
    report.repaired_phones += pfix is Fix.REPAIRED
    report.ambiguous_phones += pfix is Fix.AMBIGUOUS
    return ClinicianRow(
        npi=v[0],
        last_name=normal_case(v[1], surname=True),
        first_name=normal_case(v[2]),
        middle=normal_case(v[3]),
        credential=v[4],
        gender=v[5],
        pri_spec=v[6],
        specialty=specialty,
        org_pac_id=v[7],
        org_nm=v[8],
        address_1=v[9],
        address_2=v[10],
        city=v[11],
        state=v[12].upper(),
        zip5=zip5,
        phone=phone,
        telehealth=_telehealth(v[15]) if idx[15] >= 0 else None,
        line=line,
    )


def _add(out: ClinicianImport, row: ClinicianRow) -> None:
    out.practitioners.setdefault(row.npi, row)

    def same(text: str) -> str:
        return " ".join(text.upper().split())

    key = OfficeKey(same(row.address_1), same(row.address_2), same(row.city), row.state, row.zip5)
    out.offices.setdefault(key, Office(key, row.phone, row.line))
    out.practice_sites.add((row.npi, key))
    if row.org_pac_id:
        aff = Affiliation(row.npi, row.org_pac_id, row.org_nm, row.line)
        out.affiliations.setdefault((row.npi, row.org_pac_id), aff)


def read_clinicians(
    path: Path, pcp_labels: Mapping[str, str], state: str = "CA"
) -> ClinicianImport:
    """Stream a Doctors and Clinicians file; keep ``state``'s primary care rows.

    ``pcp_labels`` maps a CMS primary specialty label (any case) to the app's specialty
    (``load_pcp_labels``). A row with an invalid NPI is left out and named in the report
    by its line; a file that cannot be read raises ImportProblem."""
    labels = {k.strip().upper(): v for k, v in pcp_labels.items()}
    with path.open("rb") as fh:
        reader = csv.reader(_text_lines(fh, path), skipinitialspace=True)
        try:
            header = next(reader)
        except StopIteration:
            raise ImportProblem(path, 1, None, "empty file (expected a header line)") from None
        except csv.Error as exc:
            raise ImportProblem(path, reader.line_num, None, f"unreadable header: {exc}") from None
        if not any(c.strip() for c in header):
            raise ImportProblem(path, 1, None, "empty header line")
        layout = detect_layout(header, path)
        position = {_norm(c): i for i, c in enumerate(header)}
        idx = tuple(position[_norm(c)] if c else -1 for c in _COLUMNS[layout])
        out = ClinicianImport(layout)
        report = out.report
        while True:
            line = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise ImportProblem(path, line, None, f"malformed CSV: {exc}") from None
            if not values or values == [""]:
                continue  # a blank line
            if len(values) != len(header):
                short = len(values) < len(header)
                raise ImportProblem(
                    path,
                    line,
                    header[len(values)].strip() if short else None,
                    f"{'truncated' if short else 'overlong'} row: {len(values)} fields, "
                    f"the header has {len(header)}",
                )
            report.rows_read += 1
            npi = values[idx[0]].strip()
            if not passes_npi_check(npi):
                report.bad_npi_lines.append((line, npi))
            elif values[idx[12]].strip().upper() != state:
                report.other_states += 1
            elif (specialty := labels.get(values[idx[6]].strip().upper())) is None:
                report.other_specialties += 1
            else:
                report.kept += 1
                _add(out, _row(values, idx, specialty, line, report))
    if report.rows_read == 0:
        report.notes.append("header only: the file has no data rows")
    return out
