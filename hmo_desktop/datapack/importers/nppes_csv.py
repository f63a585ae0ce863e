"""The NPPES bulk file ``npidata_pfile_*.csv`` (about 9 GB, 8 million rows, 329 columns in
the 2018 layout): streamed row by row, with the needed columns picked by header name."""

from __future__ import annotations

import csv
import re
from collections.abc import Container, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from hmo_desktop.datapack.generate import passes_npi_check
from hmo_desktop.datapack.importers.cleanup import normal_case
from hmo_desktop.datapack.importers.nppes_record import (
    NppesRecord,
    Tally,
    gender_code,
    optional_text,
    record_address,
    record_phone,
)
from hmo_desktop.datapack.importers.textfile import ImportProblem

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


def read_bulk_csv(
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
    tally = Tally(path)
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
        if tally.skips(npi, npis, out):
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
    address = record_address(v(_ADDRESS_1), v(_ADDRESS_2), v(_CITY), v(_STATE), v(_ZIP))
    return NppesRecord(
        npi=v(_NPI),
        entity=entity,
        active=active,
        deactivated_on=None if active or deactivated is None else deactivated.isoformat(),
        first_name=normal_case(v(_FIRST)),
        last_name=normal_case(v(_LAST), surname=True),
        middle_name=normal_case(v(_MIDDLE)),
        credential=optional_text(v(_CREDENTIAL)),
        gender=gender_code(v(_GENDER)),
        organization_name=optional_text(v(_ORG)),
        taxonomies=taxonomies,
        practice_address=(
            (address[0], address[1], address[2], address[3], address[4]) if any(address) else None
        ),
        practice_phone=record_phone(v(_PHONE)),
        line=f"{path.name}, line {line}",
    )
