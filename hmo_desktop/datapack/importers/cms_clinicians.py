"""Reader for the CMS "Doctors and Clinicians" national downloadable file.

The file has one row per clinician x enrollment x group practice x address, in one of three
header layouts (2017 readable names; 2018-2022 short lower-case names written with a space
after each comma; 2023+ with ``Facility Name`` and ``Telehlth``). The reader streams it,
keeps the California rows whose primary specialty is one of the primary care specialties,
and gathers one practitioner per NPI, one office per address and one affiliation per
practitioner and group practice. ``to_imported`` hands the result on in the neutral
import shape (``model.Imported``).

Lines are read by ``textfile`` (which this module re-exports); layouts are in ``cms_layouts``.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TypeVar

from hmo_desktop.datapack.generate import passes_npi_check
from hmo_desktop.datapack.importers.cleanup import Fix, clean_phone, clean_zip, normal_case
from hmo_desktop.datapack.importers.cms_layouts import COLUMNS, norm
from hmo_desktop.datapack.importers.cms_layouts import LAYOUT_2017 as LAYOUT_2017
from hmo_desktop.datapack.importers.cms_layouts import LAYOUT_2018 as LAYOUT_2018
from hmo_desktop.datapack.importers.cms_layouts import LAYOUT_2023 as LAYOUT_2023
from hmo_desktop.datapack.importers.cms_layouts import detect_layout as detect_layout
from hmo_desktop.datapack.importers.model import (
    Imported,
    ImportSource,
    RealDoctor,
    RealGroup,
    RealOffice,
    RealRole,
)
from hmo_desktop.datapack.importers.textfile import MAX_LINE_BYTES as MAX_LINE_BYTES
from hmo_desktop.datapack.importers.textfile import ImportProblem as ImportProblem
from hmo_desktop.datapack.importers.textfile import count_problem as count_problem
from hmo_desktop.datapack.importers.textfile import open_input as open_input
from hmo_desktop.datapack.importers.textfile import read_header as read_header
from hmo_desktop.datapack.importers.textfile import start_line as start_line
from hmo_desktop.datapack.importers.textfile import text_lines as text_lines
from hmo_desktop.datapack.sources import APP_SPECIALTY, read_csv

CMS_SOURCE_SYSTEM = "CMS_DAC_pri_spec"
#: ``progress`` is called every this many rows read.
PROGRESS_EVERY = 100_000
#: How many invalid-NPI lines the report keeps (all are counted), and how many it shows.
BAD_LINES_KEPT = 1000
REPORT_LINES_SHOWN = 20
_CACHE_LIMIT = 10_000
_T = TypeVar("_T")


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
    bad_npi_rows: int = 0  # rows that would be kept but for an invalid NPI
    # (line, NPI as given) of the first BAD_LINES_KEPT of them
    bad_npi_lines: list[tuple[int, str]] = field(default_factory=list)
    repaired_zips: int = 0
    ambiguous_zips: int = 0  # left as given
    repaired_phones: int = 0
    ambiguous_phones: int = 0  # left as given
    notes: list[str] = field(default_factory=list)


@dataclass
class ClinicianImport:
    layout: str
    practitioners: dict[str, ClinicianRow] = field(default_factory=dict)  # by NPI, first row
    offices: dict[OfficeKey, Office] = field(default_factory=dict)
    affiliations: dict[tuple[str, str], Affiliation] = field(default_factory=dict)
    # (NPI, group practice PAC ID or "", office): a row is clinician x group x address
    practice_sites: set[tuple[str, str, OfficeKey]] = field(default_factory=set)
    report: ImportReport = field(default_factory=ImportReport)
    state: str = "CA"  # the state whose rows were kept


def load_pcp_labels(path: Path) -> dict[str, str]:
    """CMS primary specialty label -> app specialty, from ``pcp_specialty_map.csv``: the
    rows of the CMS source system that count as primary care by default."""
    return {
        r["code_or_label"].strip().upper(): r["app_specialty"]
        for r in read_csv(path)
        if r["source_system"] == CMS_SOURCE_SYSTEM and r["include_by_default"] == "yes"
    }


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


def _same(text: str) -> str:
    return " ".join(text.upper().split())


def _add(out: ClinicianImport, row: ClinicianRow) -> None:
    out.practitioners.setdefault(row.npi, row)
    key = OfficeKey(
        _same(row.address_1), _same(row.address_2), _same(row.city), row.state, row.zip5
    )
    if key not in out.offices:
        out.offices[key] = Office(key, row.phone, row.line)
    out.practice_sites.add((row.npi, row.org_pac_id, key))
    if row.org_pac_id and (row.npi, row.org_pac_id) not in out.affiliations:
        aff = Affiliation(row.npi, row.org_pac_id, row.org_nm, row.line)
        out.affiliations[(row.npi, row.org_pac_id)] = aff


def _lookup(cache: dict[str, _T], raw: str, compute: Callable[[str], _T]) -> _T:
    """``compute(raw)``, remembered: a column such as the state or the specialty has a few
    hundred distinct spellings at most (a damaged file with more is not cached further)."""
    value = compute(raw)
    if len(cache) < _CACHE_LIMIT:
        cache[raw] = value
    return value


def read_clinicians(
    path: Path,
    pcp_labels: Mapping[str, str],
    state: str = "CA",
    progress: Callable[[int, int, int], None] | None = None,
) -> ClinicianImport:
    """Stream a Doctors and Clinicians file; keep ``state``'s primary care rows.

    ``pcp_labels`` maps a CMS primary specialty label (any case) to the app's specialty
    (``load_pcp_labels``). Each row's state is looked at first, then its specialty, then
    its NPI: a row that would be kept but has an invalid NPI is left out and named in the
    report by its line (NPIs of rows in other states or specialties are not checked).
    ``progress``, when given, is called with (rows read, kept, rejected for a bad NPI)
    every ``PROGRESS_EVERY`` rows and once at the end. A file that cannot be read raises
    ImportProblem naming the file, the line and, where there is one, the field."""
    labels = {k.strip().upper(): v for k, v in pcp_labels.items()}
    want = state.strip().upper()
    fh = open_input(path)
    with fh:
        names: list[str] = []
        reader = csv.reader(text_lines(fh, path, names), skipinitialspace=True)
        header = read_header(reader, path)
        names.extend(header)
        layout = detect_layout(header, path)
        position = {norm(c): i for i, c in enumerate(header)}
        idx = tuple(position[norm(c)] if c else -1 for c in COLUMNS[layout])
        out = ClinicianImport(layout, state=want)
        report = out.report
        width = len(header)
        npi_i, spec_i, st_i = idx[0], idx[6], idx[12]
        in_state: dict[str, bool] = {}
        specialties: dict[str, str | None] = {}

        def is_wanted(raw: str) -> bool:
            return raw.strip().upper() == want

        def specialty_of(raw: str) -> str | None:
            return labels.get(raw.strip().upper())

        rows = kept = other_states = other_specs = 0
        next_report = PROGRESS_EVERY
        try:
            for values in reader:
                if len(values) != width:
                    if not values or values == [""]:
                        continue  # a blank line
                    raise count_problem(path, values, reader.line_num, header)
                rows += 1
                if rows == next_report and progress is not None:
                    next_report += PROGRESS_EVERY
                    progress(rows, kept, report.bad_npi_rows)
                raw = values[st_i]
                ok = in_state.get(raw)
                if ok is None:
                    ok = _lookup(in_state, raw, is_wanted)
                if not ok:
                    other_states += 1
                    continue
                raw = values[spec_i]
                specialty = specialties.get(raw, "")
                if specialty == "":
                    specialty = _lookup(specialties, raw, specialty_of)
                if specialty is None:
                    other_specs += 1
                    continue
                npi = values[npi_i].strip()
                line = start_line(values, reader.line_num)
                if not passes_npi_check(npi):
                    report.bad_npi_rows += 1
                    if len(report.bad_npi_lines) < BAD_LINES_KEPT:
                        report.bad_npi_lines.append((line, npi))
                    continue
                kept += 1
                _add(out, _row(values, idx, specialty, line, report))
        except csv.Error as exc:
            raise ImportProblem(path, reader.line_num, None, f"malformed CSV: {exc}") from None
    report.rows_read, report.kept = rows, kept
    report.other_states, report.other_specialties = other_states, other_specs
    if progress is not None:
        progress(rows, kept, report.bad_npi_rows)
    if rows == 0:
        report.notes.append("header only: the file has no data rows")
    return out


# ---------------------------------------------------------------- the neutral import shape


def _or_none(text: str) -> str | None:
    return text if text else None


def office_key(key: OfficeKey) -> str:
    """A stable key for an office: the same address gives the same key in every import."""
    return "cms:" + "|".join(key)


def report_lines(ci: ClinicianImport) -> list[str]:
    """The import report of ``ci``, one fact a line."""
    r = ci.report
    lines = [
        f"layout: {ci.layout}",
        f"rows read: {r.rows_read:,}",
        f"rows kept ({ci.state}, primary care): {r.kept:,}",
        f"rows in other states: {r.other_states:,}",
        f"rows of other specialties: {r.other_specialties:,}",
    ]
    rejected = f"rows rejected for an invalid NPI: {r.bad_npi_rows:,}"
    if r.bad_npi_lines:
        shown = ", ".join(str(line) for line, _ in r.bad_npi_lines[:REPORT_LINES_SHOWN])
        more = " ..." if r.bad_npi_rows > REPORT_LINES_SHOWN else ""
        rejected += f" (lines {shown}{more})"
    lines += [
        rejected,
        f"ZIP codes repaired (leading zero restored): {r.repaired_zips:,}",
        f"ZIP codes left as given (ambiguous): {r.ambiguous_zips:,}",
        f"phones repaired (scientific notation): {r.repaired_phones:,}",
        f"phones left out (ambiguous): {r.ambiguous_phones:,}",
        f"doctors: {len(ci.practitioners):,}; group practices: "
        f"{len({pac for _, pac in ci.affiliations}):,}; offices: {len(ci.offices):,}; "
        f"practice sites: {len(ci.practice_sites):,}",
    ]
    return lines + list(r.notes)


def to_imported(ci: ClinicianImport, source: ImportSource) -> Imported:
    """``ci`` in the neutral shape every importer hands the build. What the file does not
    say (languages, board certification, hours, accepting status, ages, networks) is None;
    a clinician without a group practice has no group (``group_key`` None)."""
    src = source.key
    out = Imported(sources=[source], report=report_lines(ci))
    for npi, row in ci.practitioners.items():
        out.doctors[npi] = RealDoctor(
            npi=npi,
            first_name=row.first_name,
            last_name=row.last_name,
            source=src,
            middle_name=row.middle,
            credential=_or_none(row.credential),
            gender=row.gender.upper() if row.gender.upper() in ("F", "M") else None,
            languages=None,
            board_certified=None,
            line=f"{source.origin}, line {row.line}",
        )
    for (_, pac), aff in ci.affiliations.items():
        group = "pac:" + pac
        if group not in out.groups:
            out.groups[group] = RealGroup(key=group, name=aff.org_nm, source=src)
    for where, office in ci.offices.items():
        address = where.address_1 + (", " + where.address_2 if where.address_2 else "")
        phone = office.phone if len(office.phone) == 10 and office.phone.isdigit() else None
        out.offices[office_key(where)] = RealOffice(
            key=office_key(where),
            address=address,
            city=normal_case(where.city),
            zip5=where.zip5,
            state=where.state,
            source=src,
            phone=phone,
        )
    sites = sorted(ci.practice_sites, key=lambda s: (s[0], s[1], ci.offices[s[2]].line))
    for npi, pac, site in sites:
        doctor = ci.practitioners[npi]
        out.roles.append(
            RealRole(
                npi=npi,
                office_key=office_key(site),
                specialty=APP_SPECIALTY[doctor.specialty],
                source=src,
                group_key="pac:" + pac if pac else None,
                specialty_code=None,
                accepting=None,
                age_min=None,
                age_max=None,
                pcp_id=None,
                telehealth=doctor.telehealth,
                network_keys=(),
            )
        )
    return out
