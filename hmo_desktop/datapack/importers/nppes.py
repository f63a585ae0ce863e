"""Reader for NPPES NPI data, and a cross-check of imported doctors against it.

Two inputs are read, told apart by their content (not their name):

- the NPPES bulk file ``npidata_pfile_*.csv`` (about 9 GB, 8 million rows, 329 columns in
  the 2018 layout): streamed row by row, with the needed columns picked by header name;
  pass ``npis`` to keep only the NPIs an import already has;
- NPI Registry API v2.1 JSON: a response ``{"result_count": n, "results": [...]}``, a list
  of results, or one result object.

Each NPI becomes an ``NppesRecord``. A row whose NPI fails the check digit is left out and
named in the report; a file that cannot be read as it is raises ``ImportProblem`` naming
the file, the line and the field.
The bulk reader is in ``nppes_csv``, the API reader in ``nppes_json``, and the record
they both make in ``nppes_record``.

``cross_check`` then compares an ``Imported`` with the records: deactivated NPIs are
removed, NPIs whose taxonomies hold no primary care code are reported, and empty names and
office addresses are filled from NPPES (only empty ones; nothing is invented).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Mapping
from pathlib import Path

from hmo_desktop.datapack.importers.model import Imported, RealOffice
from hmo_desktop.datapack.importers.nppes_csv import read_bulk_csv
from hmo_desktop.datapack.importers.nppes_json import read_api_json
from hmo_desktop.datapack.importers.nppes_record import LISTED_PROBLEMS as LISTED_PROBLEMS
from hmo_desktop.datapack.importers.nppes_record import ORGANIZATION as ORGANIZATION
from hmo_desktop.datapack.importers.nppes_record import PERSON as PERSON
from hmo_desktop.datapack.importers.nppes_record import NppesRecord as NppesRecord
from hmo_desktop.datapack.importers.textfile import ImportProblem
from hmo_desktop.datapack.sources import read_csv

NUCC_SOURCE_SYSTEM = "NUCC"


def read_nppes(
    path: Path, npis: Container[str] | None = None
) -> tuple[dict[str, NppesRecord], list[str]]:
    """Records by NPI from an NPPES bulk CSV or an NPI Registry API JSON file, and report
    lines (rows read, kept, deactivated, invalid NPIs with where they are).

    The format is told from the content: a file whose first non-blank character is ``{``
    or ``[`` is JSON, anything else must be the bulk CSV. With ``npis``, only those NPIs
    are kept (the bulk file is still read through, one row at a time)."""
    with path.open("rb") as fh:
        start = fh.read(4096)
        if not start.lstrip(b"\xef\xbb\xbf \t\r\n"):
            more = fh.read(1)
            if not more:
                raise ImportProblem(path, 1, None, "empty file")
        if start.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
            return read_api_json(path, start + fh.read(), npis)
        fh.seek(0)
        return read_bulk_csv(path, fh, npis)


# --- cross-check --------------------------------------------------------------------


def _load_pcp_codes(map_csv: Path) -> dict[str, str]:
    """NUCC code -> app specialty: the NUCC rows of ``pcp_specialty_map.csv`` that count
    as primary care by default."""
    return {
        r["code_or_label"].strip(): r["app_specialty"]
        for r in read_csv(map_csv)
        if r["source_system"] == NUCC_SOURCE_SYSTEM and r["include_by_default"] == "yes"
    }


def _same(text: str) -> str:
    return " ".join(text.upper().split())


def cross_check(
    imported: Imported, nppes: Mapping[str, NppesRecord], pcp_codes: Mapping[str, str]
) -> list[str]:
    """Check each imported doctor against its NPPES record; change ``imported`` in place
    and return report lines (the caller adds them to its report).

    - a deactivated NPI: the doctor and its roles are removed (offices and groups stay);
    - no taxonomy in ``pcp_codes`` (NUCC code -> specialty): reported, kept;
    - an NPI that is an organization in NPPES: reported, kept;
    - an empty first, middle or last name, or a ``None`` credential or gender, is filled
      from NPPES when NPPES has it;
    - an office with an empty address, city or ZIP is filled from the NPPES practice
      address (its empty state too), only when the doctor has exactly one office and the
      office's non-empty city, state and ZIP agree with that address; only the empty
      fields change.
    NPIs not in ``nppes`` are counted and left as they are."""
    report: list[str] = []
    missing: list[str] = []
    filled: Counter[str] = Counter()
    removed = roles_removed = not_pcp = offices_filled = 0
    offices_of: dict[str, set[str]] = {}
    for role in imported.roles:
        offices_of.setdefault(role.npi, set()).add(role.office_key)
    for npi, doctor in list(imported.doctors.items()):
        rec = nppes.get(npi)
        if rec is None:
            missing.append(npi)
            continue
        name = f"{doctor.first_name} {doctor.last_name}".strip() or "(no name)"
        if not rec.active:
            del imported.doctors[npi]
            before = len(imported.roles)
            imported.roles = [r for r in imported.roles if r.npi != npi]
            gone = before - len(imported.roles)
            removed += 1
            roles_removed += gone
            when = f" on {rec.deactivated_on}" if rec.deactivated_on else ""
            report.append(
                f"removed NPI {npi} ({name}): deactivated in NPPES{when} ({rec.line}); "
                f"{gone} role(s) removed"
            )
            continue
        if rec.entity == ORGANIZATION:
            report.append(f"NPI {npi} ({name}) is an organization in NPPES ({rec.line})")
        if not any(code in pcp_codes for code, _ in rec.taxonomies):
            not_pcp += 1
            codes = ", ".join(c for c, _ in sorted(rec.taxonomies, key=lambda t: not t[1]))
            report.append(
                f"NPI {npi} ({name}): taxonomy is not primary care: {codes}"
                if codes
                else f"NPI {npi} ({name}): NPPES lists no taxonomy"
            )
        for attr in ("first_name", "middle_name", "last_name"):
            if not getattr(doctor, attr) and getattr(rec, attr):
                setattr(doctor, attr, getattr(rec, attr))
                filled[attr] += 1
        for attr in ("credential", "gender"):
            if getattr(doctor, attr) is None and getattr(rec, attr) is not None:
                setattr(doctor, attr, getattr(rec, attr))
                filled[attr] += 1
        keys = offices_of.get(npi, set())
        if len(keys) == 1 and rec.practice_address is not None:
            office = imported.offices.get(next(iter(keys)))
            if office is not None and _fill_office(office, rec.practice_address):
                offices_filled += 1
    report.append(f"NPPES cross-check: doctors checked: {len(imported.doctors) + removed:,}")
    report.append(f"NPPES cross-check: NPIs not found in NPPES (kept): {len(missing):,}")
    report.append(
        f"NPPES cross-check: deactivated, removed: {removed:,} doctors, {roles_removed:,} roles"
    )
    report.append(f"NPPES cross-check: no primary care taxonomy (kept): {not_pcp:,}")
    for attr in ("first_name", "middle_name", "last_name", "credential", "gender"):
        if filled[attr]:
            report.append(f"NPPES cross-check: {attr} filled from NPPES: {filled[attr]:,}")
    if offices_filled:
        report.append(f"NPPES cross-check: office addresses filled: {offices_filled:,}")
    return report


def _fill_office(office: RealOffice, practice: tuple[str, str, str, str, str]) -> bool:
    """Fill the office's empty address fields from a practice address that agrees with
    its non-empty ones; True when something changed."""
    line1, line2, city, state, zip5 = practice
    if office.address.strip() and office.city.strip() and office.zip5.strip():
        return False  # nothing to fill
    given = {"city": city, "state": state, "zip5": zip5}
    for attr, value in given.items():
        mine = getattr(office, attr).strip()
        if mine and _same(mine) != _same(value):
            return False  # a different place: leave it
    changed = False
    street = f"{line1}, {line2}" if line2 else line1
    for attr, value in (("address", street), *given.items()):
        if not getattr(office, attr).strip() and value:
            setattr(office, attr, value)
            changed = True
    return changed
