"""Reader for the CMS ``Facility_Affiliation.csv`` file (2023 and later).

Since 2023 the Doctors and Clinicians download gives hospital affiliations in this separate
file, one row per clinician x facility: ``NPI, Ind_PAC_ID, Ind_enrl_ID, facility_type,
Facility Affiliations Certification Number, Facility Type Certification Number``. The
reader keeps the ``Hospital`` rows and gives, by NPI, the CMS certification numbers (CCN,
six characters) of the hospitals. Header names are matched without regard to case or
spacing (real files sometimes have a space after each comma). The same bounded, line-
naming reading as ``cms_clinicians``.
"""

from __future__ import annotations

import csv
from collections.abc import Container
from pathlib import Path

from hmo_desktop.datapack.generate import passes_npi_check
from hmo_desktop.datapack.importers.cms_clinicians import (
    BAD_LINES_KEPT,
    REPORT_LINES_SHOWN,
    ImportProblem,
    count_problem,
    open_input,
    read_header,
    start_line,
    text_lines,
)

NPI_COLUMN = "NPI"
TYPE_COLUMN = "facility_type"
CCN_COLUMN = "Facility Affiliations Certification Number"
UNIT_CCN_COLUMN = "Facility Type Certification Number"
COLUMNS = ("NPI", "Ind_PAC_ID", "Ind_enrl_ID", TYPE_COLUMN, CCN_COLUMN, UNIT_CCN_COLUMN)
NEEDED = (NPI_COLUMN, TYPE_COLUMN, CCN_COLUMN)
HOSPITAL = "hospital"


def _norm(column: str) -> str:
    return "".join(column.replace("\ufeff", "").split()).casefold()


def clean_ccn(value: str) -> tuple[str, bool] | None:
    """A six-character CCN and whether it was repaired: a numeric one that lost leading
    zeros to a spreadsheet is zero-padded. None for a value that is not a CCN."""
    ccn = value.strip().upper()
    if len(ccn) == 6 and ccn.isascii() and ccn.isalnum():
        return ccn, False
    if ccn.isascii() and ccn.isdigit() and 3 <= len(ccn) < 6:
        return ccn.zfill(6), True
    return None


def _lines(label: str, lines: list[int], count: int) -> str:
    shown = ", ".join(str(n) for n in lines[:REPORT_LINES_SHOWN])
    more = " ..." if count > REPORT_LINES_SHOWN else ""
    return f"{label}: {count:,}" + (f" (lines {shown}{more})" if lines else "")


def read_facility_affiliations(
    path: Path, npis: Container[str] | None = None
) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """NPI -> the CCNs of the hospitals it is affiliated with (in file order, each once),
    and the report lines. Only NPIs in ``npis`` are kept when it is given. A row with an
    invalid NPI or CCN is left out and named in the report; a file that cannot be read
    raises ImportProblem naming the file, the line and, where there is one, the field."""
    out: dict[str, list[str]] = {}
    rows = hospital_rows = other_types = not_asked = repaired = 0
    bad_npi: list[int] = []
    bad_ccn: list[int] = []
    n_bad_npi = n_bad_ccn = 0
    fh = open_input(path)
    with fh:
        names: list[str] = []
        reader = csv.reader(text_lines(fh, path, names), skipinitialspace=True)
        header = read_header(reader, path)
        names.extend(header)
        position = {_norm(c): i for i, c in enumerate(header)}
        missing = [c for c in NEEDED if _norm(c) not in position]
        if missing:
            raise ImportProblem(
                path,
                1,
                missing[0],
                f"not a CMS Facility_Affiliation header: it lacks {', '.join(missing)} "
                f"(expected {', '.join(COLUMNS)})",
            )
        npi_i, type_i, ccn_i = (position[_norm(c)] for c in NEEDED)
        width = len(header)
        try:
            for values in reader:
                if len(values) != width:
                    if not values or values == [""]:
                        continue
                    raise count_problem(path, values, reader.line_num, header)
                rows += 1
                if values[type_i].strip().casefold() != HOSPITAL:
                    other_types += 1
                    continue
                hospital_rows += 1
                npi = values[npi_i].strip()
                if npis is not None and npi not in npis:
                    not_asked += 1
                    continue
                if not passes_npi_check(npi):
                    n_bad_npi += 1
                    if len(bad_npi) < BAD_LINES_KEPT:
                        bad_npi.append(start_line(values, reader.line_num))
                    continue
                ccn = clean_ccn(values[ccn_i])
                if ccn is None:
                    n_bad_ccn += 1
                    if len(bad_ccn) < BAD_LINES_KEPT:
                        bad_ccn.append(start_line(values, reader.line_num))
                    continue
                repaired += ccn[1]
                held = out.setdefault(npi, [])
                if ccn[0] not in held:
                    held.append(ccn[0])
        except csv.Error as exc:
            raise ImportProblem(path, reader.line_num, None, f"malformed CSV: {exc}") from None
    report = [
        f"facility affiliation rows read: {rows:,}",
        f"hospital rows: {hospital_rows:,}; other facility types: {other_types:,}",
    ]
    if npis is not None:
        report.append(f"hospital rows of clinicians not imported: {not_asked:,}")
    report += [
        _lines("hospital rows rejected for an invalid NPI", bad_npi, n_bad_npi),
        _lines("hospital rows rejected for an invalid CCN", bad_ccn, n_bad_ccn),
        f"CCNs repaired (leading zeros restored): {repaired:,}",
        f"clinicians with a hospital: {len(out):,}; "
        f"affiliations: {sum(len(v) for v in out.values()):,}",
    ]
    if rows == 0:
        report.append("header only: the file has no data rows")
    return {npi: tuple(ccns) for npi, ccns in out.items()}, report
