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

``cross_check`` then compares an ``Imported`` with the records: deactivated NPIs are
removed, NPIs whose taxonomies hold no primary care code are reported, and empty names and
office addresses are filled from NPPES (only empty ones; nothing is invented).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from hmo_desktop.datapack.generate import passes_npi_check
from hmo_desktop.datapack.importers.cleanup import Fix, clean_phone, clean_zip, normal_case
from hmo_desktop.datapack.importers.cms_clinicians import ImportProblem
from hmo_desktop.datapack.importers.model import Imported, RealOffice
from hmo_desktop.datapack.sources import read_csv

PERSON = 1
ORGANIZATION = 2
NUCC_SOURCE_SYSTEM = "NUCC"
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


# --- bulk CSV -----------------------------------------------------------------------

# The columns read from the bulk file, by their header name (2018 layout).
_NPI = "NPI"
_ENTITY = "Entity Type Code"
_ORG = "Provider Organization Name (Legal Business Name)"
_LAST = "Provider Last Name (Legal Name)"
_FIRST = "Provider First Name"
_MIDDLE = "Provider Middle Name"
_CREDENTIAL = "Provider Credential Text"
_ADDRESS_1 = "Provider First Line Business Practice Location Address"
_ADDRESS_2 = "Provider Second Line Business Practice Location Address"
_CITY = "Provider Business Practice Location Address City Name"
_STATE = "Provider Business Practice Location Address State Name"
_ZIP = "Provider Business Practice Location Address Postal Code"
_PHONE = "Provider Business Practice Location Address Telephone Number"
_DEACTIVATED = "NPI Deactivation Date"
_REACTIVATED = "NPI Reactivation Date"
_GENDER = "Provider Gender Code"
# Read in place of ``Provider Gender Code`` when a file names the column so (not seen in a
# real file here).
_SEX = "Provider Sex Code"
_COLUMNS = (
    _NPI, _ENTITY, _ORG, _LAST, _FIRST, _MIDDLE, _CREDENTIAL, _ADDRESS_1, _ADDRESS_2, _CITY,
    _STATE, _ZIP, _PHONE, _DEACTIVATED, _REACTIVATED, _GENDER,
)  # fmt: skip
_TAXONOMY = re.compile(r"healthcare provider taxonomy code_(\d+)")
_SWITCH = "healthcare provider primary taxonomy switch_{}"


def _norm(column: str) -> str:
    return " ".join(column.replace("\ufeff", "").split()).casefold()


def _text_lines(fh: BinaryIO, file: Path) -> Iterator[str]:
    """The file's physical lines as text, naming the first line that is not UTF-8."""
    for number, raw in enumerate(fh, start=1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise ImportProblem(
                file, number, None, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at {exc.start})"
            ) from None


def _columns(header: list[str], file: Path) -> tuple[dict[str, int], list[tuple[int, int]]]:
    """Positions of the needed columns, and of each (taxonomy code, primary switch) pair."""
    names = [_norm(c) for c in header]
    if names[:2] != [_norm(_NPI), _norm(_ENTITY)]:
        raise ImportProblem(
            file, 1, header[0].strip() or "header",
            'not an NPPES bulk file header (expected it to start "NPI","Entity Type Code")',
        )  # fmt: skip
    position: dict[str, int] = {}
    for i, name in enumerate(names):
        position.setdefault(name, i)
    if _norm(_GENDER) not in position and _norm(_SEX) in position:
        position[_norm(_GENDER)] = position[_norm(_SEX)]
    missing = [c for c in _COLUMNS if _norm(c) not in position]
    if missing:
        raise ImportProblem(file, 1, missing[0], f"NPPES header lacks {', '.join(missing)}")
    taxonomies = []
    for i, name in enumerate(names):
        if m := _TAXONOMY.fullmatch(name):
            switch = _SWITCH.format(m.group(1))
            if switch not in position:
                raise ImportProblem(file, 1, header[i], f"no {switch!r} column beside it")
            taxonomies.append((i, position[switch]))
    if not taxonomies:
        raise ImportProblem(file, 1, "Healthcare Provider Taxonomy Code_1", "no taxonomy column")
    return {c: position[_norm(c)] for c in _COLUMNS}, taxonomies


def _bulk_date(value: str, file: Path, line: int, column: str) -> date | None:
    """A bulk-file date (MM/DD/YYYY; YYYY-MM-DD accepted too), None when blank."""
    text = value.strip()
    if not text:
        return None
    for form in ("%m/%d/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            pass
    raise ImportProblem(file, line, column, f"not a date: {text!r}")


def _phone(value: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    digits = re.sub(r"[\s().\-]", "", text)
    phone, fix = clean_phone(digits)
    return phone if fix is not Fix.AMBIGUOUS else text


def _address(line1: str, line2: str, city: str, state: str, postal: str) -> tuple[str, ...]:
    zip5, _ = clean_zip(postal)  # an ambiguous (foreign) code comes back as given
    return (line1.strip(), line2.strip(), city.strip(), state.strip().upper(), zip5.strip())


def _optional(value: str | None) -> str | None:
    """Blank and the registry's "--" placeholder mean the file does not say."""
    text = (value or "").strip()
    return None if text in ("", "--") else text


def _gender(value: str | None) -> str | None:
    text = (value or "").strip().upper()
    return text if text in ("F", "M") else None


class _Tally:
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


def _read_csv(
    path: Path, fh: BinaryIO, npis: Container[str] | None
) -> tuple[dict[str, NppesRecord], list[str]]:
    reader = csv.reader(_text_lines(fh, path))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportProblem(path, 1, None, "empty file (expected a header line)") from None
    except csv.Error as exc:
        raise ImportProblem(path, reader.line_num, None, f"unreadable header: {exc}") from None
    col, taxonomy_columns = _columns(header, path)
    width = len(header)
    tally = _Tally(path)
    out: dict[str, NppesRecord] = {}
    npi_i = col[_NPI]
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
        if len(values) != width:
            short = len(values) < width
            raise ImportProblem(
                path,
                line,
                header[len(values)].strip() if short else None,
                f"{'truncated' if short else 'overlong'} row: {len(values)} fields, "
                f"the header has {width}",
            )
        tally.read += 1
        npi = values[npi_i].strip()
        if not passes_npi_check(npi):
            tally.bad_npis.append((f"{path.name}, line {line}", npi))
            continue
        if npis is not None and npi not in npis:
            tally.filtered += 1
            continue
        if npi in out:
            tally.duplicates += 1
            continue
        record = _csv_record(values, col, taxonomy_columns, path, line)
        tally.blank_entity += record.entity == 0
        tally.deactivated += not record.active
        tally.kept += 1
        out[npi] = record
    return out, tally.lines("rows")


def _csv_record(
    values: list[str],
    col: Mapping[str, int],
    taxonomy_columns: list[tuple[int, int]],
    path: Path,
    line: int,
) -> NppesRecord:
    def v(column: str) -> str:
        return values[col[column]].strip()

    deactivated = _bulk_date(v(_DEACTIVATED), path, line, _DEACTIVATED)
    reactivated = _bulk_date(v(_REACTIVATED), path, line, _REACTIVATED)
    active = deactivated is None or (reactivated is not None and reactivated >= deactivated)
    entity_code = v(_ENTITY)
    if entity_code in ("1", "2"):
        entity = int(entity_code)
    elif not entity_code and not active:
        entity = 0  # the bulk file blanks every field of a deactivated NPI but its dates
    else:
        raise ImportProblem(path, line, _ENTITY, f"expected 1 or 2, found {entity_code!r}")
    taxonomies = tuple(
        (values[code].strip(), values[switch].strip().upper() == "Y")
        for code, switch in taxonomy_columns
        if values[code].strip()
    )
    address = _address(v(_ADDRESS_1), v(_ADDRESS_2), v(_CITY), v(_STATE), v(_ZIP))
    return NppesRecord(
        npi=v(_NPI),
        entity=entity,
        active=active,
        deactivated_on=None if active or deactivated is None else deactivated.isoformat(),
        first_name=normal_case(v(_FIRST)),
        last_name=normal_case(v(_LAST), surname=True),
        middle_name=normal_case(v(_MIDDLE)),
        credential=_optional(v(_CREDENTIAL)),
        gender=_gender(v(_GENDER)),
        organization_name=_optional(v(_ORG)),
        taxonomies=taxonomies,
        practice_address=(
            (address[0], address[1], address[2], address[3], address[4]) if any(address) else None
        ),
        practice_phone=_phone(v(_PHONE)),
        line=f"{path.name}, line {line}",
    )


# --- API JSON -----------------------------------------------------------------------

_ENUMERATION_TYPES = {"NPI-1": PERSON, "NPI-2": ORGANIZATION}


def _results(document: Any, path: Path) -> list[tuple[str, Any]]:
    """(where, result) for each result of an API response, a list, or one result."""
    if isinstance(document, dict) and "results" in document:
        results = document["results"]
        if not isinstance(results, list):
            raise ImportProblem(path, 1, "results", "expected a list of results")
        return [(f"results[{i}]", r) for i, r in enumerate(results)]
    if isinstance(document, dict) and "number" in document:
        return [("result", document)]
    if isinstance(document, list):
        return [(f"[{i}]", r) for i, r in enumerate(document)]
    if isinstance(document, dict) and "Errors" in document:
        raise ImportProblem(path, 1, "Errors", f"the API answered an error: {document['Errors']}")
    raise ImportProblem(path, 1, None, 'not an NPPES API response (no "results" list, no "number")')


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _json_record(result: Any, path: Path, where: str) -> NppesRecord:
    if not isinstance(result, dict):
        raise ImportProblem(path, 1, where, "expected an object")
    kind = result.get("enumeration_type")
    if kind not in _ENUMERATION_TYPES:
        raise ImportProblem(
            path, 1, f"{where}.enumeration_type", f"expected NPI-1 or NPI-2, found {kind!r}"
        )
    basic = result.get("basic")
    if not isinstance(basic, dict):
        raise ImportProblem(path, 1, f"{where}.basic", "missing or not an object")
    status = _text(basic.get("status"))
    taxonomies = []
    for j, t in enumerate(result.get("taxonomies") or []):
        if not isinstance(t, dict) or not _text(t.get("code")):
            raise ImportProblem(path, 1, f"{where}.taxonomies[{j}].code", "missing")
        taxonomies.append((_text(t["code"]), t.get("primary") is True))
    location = next(
        (
            a
            for a in result.get("addresses") or []
            if isinstance(a, dict) and _text(a.get("address_purpose")).upper() == "LOCATION"
        ),
        None,
    )
    address = None
    phone = None
    if location is not None:
        a = _address(
            _text(location.get("address_1")),
            _text(location.get("address_2")),
            _text(location.get("city")),
            _text(location.get("state")),
            _text(location.get("postal_code")),
        )
        address = (a[0], a[1], a[2], a[3], a[4])
        phone = _phone(_text(location.get("telephone_number")))
    deactivated = _text(basic.get("deactivation_date")) or None
    active = status == "A"
    return NppesRecord(
        npi=_text(result.get("number")),
        entity=_ENUMERATION_TYPES[kind],
        active=active,
        deactivated_on=None if active else deactivated,
        first_name=normal_case(_text(basic.get("first_name"))),
        last_name=normal_case(_text(basic.get("last_name")), surname=True),
        middle_name=normal_case(_text(basic.get("middle_name"))),
        credential=_optional(basic.get("credential")),
        # "sex" in current responses, "gender" in older ones
        gender=_gender(basic.get("sex") or basic.get("gender")),
        organization_name=_optional(basic.get("organization_name")),
        taxonomies=tuple(taxonomies),
        practice_address=address,
        practice_phone=phone,
        line=f"{path.name}, {where}",
    )


def _read_json(
    path: Path, raw: bytes, npis: Container[str] | None
) -> tuple[dict[str, NppesRecord], list[str]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportProblem(path, line, None, f"not UTF-8 (byte 0x{raw[exc.start]:02x})") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem(path, exc.lineno, None, f"not valid JSON: {exc.msg}") from None
    tally = _Tally(path)
    out: dict[str, NppesRecord] = {}
    for where, result in _results(document, path):
        tally.read += 1
        npi = _text(result.get("number")) if isinstance(result, dict) else ""
        if not passes_npi_check(npi):
            if not isinstance(result, dict) or "number" not in result:
                raise ImportProblem(path, 1, f"{where}.number", "missing")
            tally.bad_npis.append((f"{path.name}, {where}", npi))
            continue
        if npis is not None and npi not in npis:
            tally.filtered += 1
            continue
        if npi in out:
            tally.duplicates += 1
            continue
        record = _json_record(result, path, where)
        tally.deactivated += not record.active
        tally.kept += 1
        out[npi] = record
    return out, tally.lines("results")


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
            return _read_json(path, start + fh.read(), npis)
        fh.seek(0)
        return _read_csv(path, fh, npis)


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
