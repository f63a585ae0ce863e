"""Damaged CMS Doctors and Clinicians files, made in tmp_path from the real 2017 sample
(or the 2018-2022 layout): each is either refused with an ImportProblem naming the file,
the line and (where there is one) the field, or accepted with the same result as the
undamaged file."""

from __future__ import annotations

import csv
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from hmo_desktop.datapack.generate import npi_check_digit, passes_npi_check
from hmo_desktop.datapack.importers import cms_clinicians
from hmo_desktop.datapack.importers.cms_clinicians import (
    MAX_LINE_BYTES,
    ClinicianImport,
    ImportProblem,
    read_clinicians,
    to_imported,
)
from hmo_desktop.datapack.importers.model import ImportSource

SAMPLE = (
    Path(__file__).parent.parent
    / "data/import-samples/cms-dac/physician_compare_2017_extract_JosephKTsai.csv"
)
# radiology counted as primary care, so that the sample keeps rows
KEEP = {"DIAGNOSTIC RADIOLOGY": "Family Medicine"}
RAW = SAMPLE.read_bytes()
LINES = RAW.splitlines(keepends=True)
HEADER = next(csv.reader([LINES[0].decode()]))
# fmt: off
HEADER_2018 = [
    "NPI", "Ind_PAC_ID", "Ind_enrl_ID", "lst_nm", "frst_nm", "mid_nm", "suff", "gndr", "Cred",
    "Med_sch", "Grd_yr", "pri_spec", "sec_spec_1", "sec_spec_all", "org_nm", "org_pac_id",
    "num_org_mem", "adr_ln_1", "adr_ln_2", "ln_2_sprs", "cty", "st", "zip", "phn_numbr",
    "hosp_afl_1", "hosp_afl_lbn_1", "ind_assgn", "grp_assgn", "adrs_id",
]
# fmt: on


def npi(n: int) -> str:
    first9 = f"1{n:08d}"
    return first9 + str(npi_check_digit(first9))


def rows_2018(*changes: dict[str, str]) -> list[dict[str, str]]:
    base = {"lst_nm": "NGUYEN", "frst_nm": "ANNA", "pri_spec": "FAMILY PRACTICE",
            "org_nm": "SAMPLE MEDICAL GROUP, INC", "org_pac_id": "1234567890",
            "adr_ln_1": "1 MAIN ST", "cty": "OAKLAND", "st": "CA", "zip": "94612",
            "phn_numbr": "5105550100"}  # fmt: skip
    return [{**base, "NPI": npi(i + 1), **c} for i, c in enumerate(changes)]


def text_2018(rows: list[dict[str, str]], sep: str = ", ") -> bytes:
    lines = [sep.join(HEADER_2018)]
    for r in rows:
        fields = [r.get(c, "") for c in HEADER_2018]
        lines.append(sep.join(f'"{f}"' if "," in f else f for f in fields))
    return ("\n".join(lines) + "\n").encode()


def fields(line: bytes) -> list[str]:
    return next(csv.reader([line.decode()]))


def _latin1() -> bytes:
    lines = list(LINES[:10])
    at = lines[4].index(b",") + 1  # in the second field
    lines[4] = lines[4][:at] + b"\xe9" + lines[4][at:]
    return b"".join(lines)


def _nul() -> bytes:
    lines = list(LINES[:10])
    at = lines[3].index(b",") + 1  # in the second field
    lines[3] = lines[3][:at] + b"\x00" + lines[3][at:]
    return b"".join(lines)


def _cut() -> bytes:
    cut = LINES[9][: len(LINES[9]) // 3]
    return b"".join(LINES[:9]) + cut


def _unbalanced(last: bool) -> bytes:
    lines = list(LINES[:10])
    n = 9 if last else 5  # lines without quotes
    assert b'"' not in lines[n]
    parts = lines[n].split(b",")
    parts[3] = b'"' + parts[3]  # Last Name opens a quote that never closes
    lines[n] = b",".join(parts)
    return b"".join(lines)


def _more_fields() -> bytes:
    lines = list(LINES[:10])
    lines[6] = lines[6].rstrip(b"\r\n") + b",EXTRA\n"
    return b"".join(lines)


def _fewer_fields() -> bytes:
    lines = list(LINES[:10])
    lines[6] = lines[6].rstrip(b"\r\n").rsplit(b",", 3)[0] + b"\n"
    return b"".join(lines)


def _missing_column() -> bytes:
    header = [c for c in HEADER_2018 if c != "cty"]
    return (", ".join(header) + "\n").encode()


# (id, file content, line, field, words of the message)
REFUSED: list[tuple[str, bytes, int, str | None, str]] = [
    ("cut mid-row", _cut(), 10, HEADER[len(fields(LINES[9][: len(LINES[9]) // 3]))],
     "truncated row"),  # the field named is the first one missing
    ("latin-1", _latin1(), 5, "PAC ID", "not UTF-8"),
    ("utf-16 with BOM", RAW[:3000].decode().encode("utf-16"), 1, None, "UTF-16"),
    ("utf-16-le without BOM", RAW[:3000].decode().encode("utf-16-le"), 1, None, "NUL byte"),
    ("empty", b"", 1, None, "empty file"),
    ("BOM only", b"\xef\xbb\xbf", 1, None, "empty file"),
    ("blank first line", b"\n" + RAW, 1, None, "empty header line"),
    ("unknown layout", b"id,name,specialty\n1,A,B\n", 1, "header",
     "not a CMS Doctors and Clinicians header"),
    ("layout missing a column", _missing_column(), 1, "cty", "2018-2022 layout header lacks"),
    ("NUL byte", _nul(), 4, "PAC ID", "NUL byte"),
    ("unbalanced quote mid-file", _unbalanced(last=False), 6, "Last Name", "unbalanced quote"),
    ("unbalanced quote on the last line", _unbalanced(last=True), 10, "Last Name",
     "unbalanced quote"),
    ("extra column", _more_fields(), 7, None, "overlong row"),
    ("fewer columns", _fewer_fields(), 7, HEADER[len(HEADER) - 3], "truncated row"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("content", "line", "field", "words"), [pytest.param(*case[1:], id=case[0]) for case in REFUSED]
)
def test_damaged_file_is_refused_naming_file_line_and_field(
    tmp_path: Path, content: bytes, line: int, field: str | None, words: str
) -> None:
    path = tmp_path / "damaged.csv"
    path.write_bytes(content)
    with pytest.raises(ImportProblem) as err:
        read_clinicians(path, KEEP)
    problem = err.value
    assert (problem.file, problem.line, problem.field) == (path, line, field)
    assert words in problem.message
    text = str(problem)
    assert text.startswith(f"damaged.csv, line {line}")
    if field:
        assert repr(field) in text


def test_three_megabyte_line_is_refused_without_being_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line of gigabytes is refused after MAX_LINE_BYTES of it: here a 3 MB one, with
    the bytes handed out by the file and the memory traced both staying under 3 MB."""
    path = tmp_path / "long.csv"
    size = 3 * 1024 * 1024
    with path.open("wb") as fh:
        fh.write(b"".join(LINES[:5]))
        parts = LINES[5].split(b",")
        parts[20] = b"9" * size  # Line 1 Street Address
        fh.write(b",".join(parts))
        fh.write(b"".join(LINES[6:10]))
    handed: list[int] = []
    real_open = cms_clinicians.open_input

    class Spy:
        def __init__(self, fh: BinaryIO) -> None:
            self.fh = fh

        def readline(self, limit: int = -1) -> bytes:
            data = self.fh.readline(limit)
            handed.append(len(data))
            return data

        def __enter__(self) -> Spy:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

    monkeypatch.setattr(cms_clinicians, "open_input", lambda p: Spy(real_open(p)))
    tracemalloc.start()
    try:
        with pytest.raises(ImportProblem) as err:
            read_clinicians(path, KEEP)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (err.value.line, err.value.field) == (6, "Line 1 Street Address")
    assert f"longer than {MAX_LINE_BYTES:,} bytes" in str(err.value)
    assert max(handed) == MAX_LINE_BYTES + 1 < size
    assert sum(handed) < sum(map(len, LINES[:5])) + MAX_LINE_BYTES + 2
    assert peak < size  # the 3 MB line never was in memory whole


def test_a_quoted_field_running_over_many_lines_hits_the_field_limit(tmp_path: Path) -> None:
    path = tmp_path / "runaway.csv"
    lines = list(LINES[:6])
    parts = lines[5].split(b",")
    parts[3] = b'"' + parts[3]
    lines[5] = b",".join(parts)
    filler = (b"x" * 1000 + b"\n") * 300  # 300 kB inside the open quote
    path.write_bytes(b"".join(lines) + filler + b"".join(LINES[6:8]))
    with pytest.raises(ImportProblem) as err:
        read_clinicians(path, KEEP)
    assert "field larger than field limit" in str(err.value)
    assert err.value.line > 6


def test_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as err:
        read_clinicians(tmp_path / "nowhere.csv", KEEP)
    assert str(err.value).startswith("nowhere.csv: no such file: ")
    assert err.value.line == 0


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as err:
        read_clinicians(tmp_path, KEEP)
    assert "a folder, not a file" in str(err.value)
    assert tmp_path.name in str(err.value)


# ---------------------------------------------------------------- accepted


def _result(ci: ClinicianImport) -> tuple[object, ...]:
    r = ci.report
    return (
        ci.layout,
        {k: v._replace(line=0) for k, v in ci.practitioners.items()},
        set(ci.offices),
        ci.practice_sites,
        set(ci.affiliations),
        (r.rows_read, r.kept, r.other_states, r.other_specialties, r.bad_npi_rows),
    )


SAME_AS_SAMPLE: list[tuple[str, Callable[[], bytes]]] = [
    ("byte order mark", lambda: b"\xef\xbb\xbf" + RAW),
    ("CRLF line endings", lambda: RAW.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")),
    ("blank lines between rows", lambda: RAW.replace(b"\n", b"\n\n", 50)),
    ("no line break at the end", lambda: RAW.rstrip(b"\r\n")),
]


@pytest.mark.parametrize("make", [pytest.param(m, id=i) for i, m in SAME_AS_SAMPLE])
def test_accepted_variants_give_the_same_result(tmp_path: Path, make: Callable[[], bytes]) -> None:
    path = tmp_path / "variant.csv"
    path.write_bytes(make())
    assert _result(read_clinicians(path, KEEP)) == _result(read_clinicians(SAMPLE, KEEP))
    assert read_clinicians(path, KEEP).report.kept > 0


def test_header_only_is_accepted_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_bytes(LINES[0])
    ci = read_clinicians(path, KEEP)
    assert ci.report.rows_read == 0
    assert ci.report.notes == ["header only: the file has no data rows"]


@pytest.mark.parametrize("sep", [", ", ","], ids=["space after commas", "no space"])
def test_2018_header_with_or_without_spaces(tmp_path: Path, sep: str) -> None:
    path = tmp_path / "dac.csv"
    path.write_bytes(text_2018(rows_2018({}, {"cty": "FRESNO"}), sep=sep))
    ci = read_clinicians(path, cms_clinicians.load_pcp_labels(_pcp_map()))
    assert ci.layout == "2018-2022"
    assert ci.report.kept == 2
    assert ci.practitioners[npi(1)].org_nm == "SAMPLE MEDICAL GROUP, INC"


def _pcp_map() -> Path:
    from hmo_desktop.paths import sources_dir

    return sources_dir() / "pcp_specialty_map.csv"


def _read_2018(tmp_path: Path, *changes: dict[str, str]) -> ClinicianImport:
    path = tmp_path / "dac.csv"
    path.write_bytes(text_2018(rows_2018(*changes)))
    return read_clinicians(path, cms_clinicians.load_pcp_labels(_pcp_map()))


SOURCE = ImportSource("cms_dac", "CMS file", "CMS", "dac.csv", "2024-01-01", "file modified")


def test_duplicate_npis_give_one_practitioner(tmp_path: Path) -> None:
    ci = _read_2018(tmp_path, {}, {"NPI": npi(1), "adr_ln_1": "2 OAK ST"}, {"NPI": npi(1)})
    assert list(ci.practitioners) == [npi(1)]
    assert ci.report.kept == 3
    assert len(ci.practice_sites) == 2
    assert len(to_imported(ci, SOURCE).doctors) == 1


@pytest.mark.parametrize(
    "bad",
    ["1234567890", "123456789", "12345678901", "12345X7890", ""],
    ids=["check digit", "9 digits", "11 digits", "a letter", "blank"],
)
def test_bad_npi_is_reported_not_fatal(tmp_path: Path, bad: str) -> None:
    assert not passes_npi_check(bad)
    ci = _read_2018(tmp_path, {}, {"NPI": bad}, {})
    assert set(ci.practitioners) == {npi(1), npi(3)}
    assert ci.report.bad_npi_lines == [(3, bad)]
    assert "rows rejected for an invalid NPI: 1 (lines 3)" in to_imported(ci, SOURCE).report


def test_four_digit_zip_is_repaired_and_reported(tmp_path: Path) -> None:
    ci = _read_2018(tmp_path, {"zip": "2134"})
    assert ci.practitioners[npi(1)].zip5 == "02134"
    assert ci.report.repaired_zips == 1
    assert "ZIP codes repaired (leading zero restored): 1" in to_imported(ci, SOURCE).report


def test_phone_in_scientific_notation_is_repaired(tmp_path: Path) -> None:
    ci = _read_2018(tmp_path, {"phn_numbr": "4.155551234E9"})
    assert ci.practitioners[npi(1)].phone == "4155551234"
    assert ci.report.repaired_phones == 1
    (office,) = to_imported(ci, SOURCE).offices.values()
    assert office.phone == "4155551234"
