"""The build command with damaged import files: each is refused with exit code 2 and a
message naming the file and, where there is one, the line (or resource) and the field;
the directory already in place and its manifest stay byte for byte as they were, and no
temporary file is left beside them. A few damages are not fatal: a header-only file, a
row with an invalid NPI, a repeated NPI."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from hmo_desktop.datapack.__main__ import EXIT_BAD_INPUT, main
from hmo_desktop.datapack.importers.cms_clinicians import MAX_LINE_BYTES
from hmo_desktop.paths import manifest_path_for
from tests.datapack import plannet_files as pf
from tests.datapack import real_files as rf

COUNTY = "San Francisco"
# CMS rows by line: the header is line 1, then one line per row of ``rf.cms_rows()``.
OBRIEN_LINE = 4  # O'BRIEN's row
BAD_NPI_LINE = 10  # the last row, BAD_NPI
LAST_NAME = "Provider Last Name"
FIRST_NAME = "Provider First Name"


def _argv(out: Path, *extra: str) -> list[str]:
    return ["build", "--quiet", "--out", str(out), "--scale", "0.05", "--county", COUNTY, *extra]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory built once (samples only), copied for each test."""
    folder = tmp_path_factory.mktemp("original")
    assert main(_argv(folder / "directory.sqlite")) == 0
    return folder


@pytest.fixture
def out(original: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    shutil.copytree(original, folder)
    return folder / "directory.sqlite"


def _state(folder: Path) -> dict[str, str]:
    """Every file in the folder, by name, with its SHA-256."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    } | {p.name + "/": "folder" for p in folder.iterdir() if p.is_dir()}


# ---------------------------------------------------------------- damaged files


def _cms_bytes(rows: list[list[str]] | None = None, folder: Path | None = None) -> bytes:
    assert folder is not None
    return rf.write_cms(folder / "scratch.csv", rows).read_bytes()


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@dataclass(frozen=True)
class Fault:
    """A damaged input: writes its files into ``folder`` and gives the CLI options and
    the fragments stderr must hold."""

    make: Callable[[Path], tuple[list[str], list[str]]]


def cms_fault(build: Callable[[Path], bytes], *expected: str) -> Fault:
    def make(folder: Path) -> tuple[list[str], list[str]]:
        path = _write(folder, "DAC_NationalDownloadableFile.csv", build(folder))
        return ["--cms-clinicians", str(path)], [path.name, *expected]

    return Fault(make)


def _truncated_mid_row(folder: Path) -> bytes:
    data = _cms_bytes(folder=folder)
    last = data.rstrip(b"\r\n").rsplit(b"\n", 1)[1]
    return data[: len(data) - len(b"\r\n") - len(last) // 2]


def _latin1(folder: Path) -> bytes:
    return _cms_bytes(folder=folder).replace(b"O'BRIEN", "NÚÑEZ".encode("latin-1"))


def _utf16(folder: Path) -> bytes:
    return _cms_bytes(folder=folder).decode("utf-8").encode("utf-16")


def _unknown_layout(_folder: Path) -> bytes:
    return b"Name,Specialty,City\r\nJANE SMITH,FAMILY PRACTICE,SAN FRANCISCO\r\n"


def _missing_column(folder: Path) -> bytes:
    header = [c.strip() for c in rf.CMS_2023_HEADER.split(",")]
    at = header.index("City/Town")
    rows = [r[:at] + r[at + 1 :] for r in rf.cms_rows()]
    text = _cms_bytes(rows, folder).decode("utf-8").split("\r\n", 1)[1]
    return (", ".join(header[:at] + header[at + 1 :]) + "\r\n" + text).encode("utf-8")


def _nul(folder: Path) -> bytes:
    return _cms_bytes(folder=folder).replace(b"O'BRIEN", b"O'BR\x00IEN")


def _unbalanced_quote(folder: Path) -> bytes:
    return _cms_bytes(folder=folder).replace(b",SEAN,", b',"SEAN,')


def _long_line(folder: Path) -> bytes:
    rows = rf.cms_rows()
    rows[2][3] = "O" * (3 * 1024 * 1024)  # O'BRIEN's last name, 3 MB
    return _cms_bytes(rows, folder)


def _folder_instead(folder: Path) -> tuple[list[str], list[str]]:
    path = folder / "DAC_NationalDownloadableFile.csv"
    path.mkdir()
    return ["--cms-clinicians", str(path)], [path.name, "a folder, not a file"]


def _missing_file(folder: Path) -> tuple[list[str], list[str]]:
    path = folder / "DAC_NationalDownloadableFile.csv"
    return ["--cms-clinicians", str(path)], [path.name, "no such file"]


FACILITY_HEADER = (
    "NPI,Ind_PAC_ID,Ind_enrl_ID,facility_type,Facility Affiliations Certification Number,"
    "Facility Type Certification Number\r\n"
)


def _affiliations_alone(folder: Path) -> tuple[list[str], list[str]]:
    path = _write(folder, "Facility_Affiliation.csv", FACILITY_HEADER.encode())
    return ["--cms-affiliations", str(path)], ["--cms-affiliations needs --cms-clinicians"]


def _damaged_affiliations(folder: Path) -> tuple[list[str], list[str]]:
    cms = rf.write_cms(folder / "DAC_NationalDownloadableFile.csv")
    text = FACILITY_HEADER + f"{rf.SMITH},1234567890,I1,Hospital,050454,\r\n{rf.OBRIEN},12345\r\n"
    path = _write(folder, "Facility_Affiliation.csv", text.encode())
    return (
        ["--cms-clinicians", str(cms), "--cms-affiliations", str(path)],
        [
            "Facility_Affiliation.csv, line 3",
            "field 'Ind_enrl_ID'",
            "truncated row: 2 fields, the header has 6",
        ],
    )


def plannet_fault(name: str, build: Callable[[Path], bytes], *expected: str) -> Fault:
    def make(folder: Path) -> tuple[list[str], list[str]]:
        path = _write(folder, name, build(folder))
        return ["--plan-net", str(path)], [path.name, *expected]

    return Fault(make)


def _bundle_text() -> str:
    return json.dumps(pf.bundle(), indent=1)


def _truncated_json(_folder: Path) -> bytes:
    text = _bundle_text()
    return text[: len(text) // 2].encode("utf-8")


def _truncated_json_line(_folder: Path) -> str:
    text = _bundle_text()
    return f"line {text[: len(text) // 2].count(chr(10)) + 1}"


def _ndjson_bad_line(folder: Path) -> bytes:
    lines = pf.write_ndjson(folder / "scratch.ndjson").read_bytes().splitlines(keepends=True)
    lines[4] = b'{"resourceType": "Organization", "id": gv-net-a}\n'
    return b"".join(lines)


def _ndjson_cut_line(folder: Path) -> bytes:
    lines = pf.write_ndjson(folder / "scratch.ndjson").read_bytes().splitlines(keepends=True)
    lines[4] = b'{"resourceType": "Organization", "id": \n'
    return b"".join(lines)


def _not_a_reference(_folder: Path) -> bytes:
    found = pf.resources()
    for r in found:
        if r["id"] == "garcia-family":
            r["location"] = ["Location/sf-office"]
    return json.dumps(pf.bundle(found), indent=1).encode("utf-8")


def _plannet_latin1(_folder: Path) -> bytes:
    text = _bundle_text()
    line = text[: text.index('"Garcia"')].count("\n") + 1
    assert line > 1
    return text.replace('"Garcia"', '"García"').encode("latin-1", errors="strict")


def _plannet_latin1_line() -> str:
    text = _bundle_text()
    return f"line {text[: text.index(chr(34) + 'Garcia' + chr(34))].count(chr(10)) + 1}"


def _empty_folder(folder: Path) -> tuple[list[str], list[str]]:
    path = folder / "plannet-export"
    path.mkdir()
    return ["--plan-net", str(path)], [path.name, "no Plan-Net resources"]


NPPES_HEADER = (
    '"NPI","Entity Type Code","Provider Organization Name (Legal Business Name)",'
    '"Provider Last Name (Legal Name)","Provider First Name","Provider Middle Name",'
    '"Provider Credential Text","Provider First Line Business Practice Location Address",'
    '"Provider Second Line Business Practice Location Address",'
    '"Provider Business Practice Location Address City Name",'
    '"Provider Business Practice Location Address State Name",'
    '"Provider Business Practice Location Address Postal Code",'
    '"Provider Business Practice Location Address Telephone Number",'
    '"NPI Deactivation Date","NPI Reactivation Date","Provider Gender Code",'
    '"Healthcare Provider Taxonomy Code_1","Healthcare Provider Primary Taxonomy Switch_1"\r\n'
)


def nppes_fault(name: str, build: Callable[[Path], bytes], *expected: str) -> Fault:
    def make(folder: Path) -> tuple[list[str], list[str]]:
        cms = rf.write_cms(folder / "DAC_NationalDownloadableFile.csv")
        path = _write(folder, name, build(folder))
        return ["--cms-clinicians", str(cms), "--nppes", str(path)], [path.name, *expected]

    return Fault(make)


def _nppes_truncated_row(_folder: Path) -> bytes:
    good = (
        f'"{rf.SMITH}","1","","SMITH","JANE","","MD","2100 WEBSTER ST","","SAN FRANCISCO",'
        '"CA","94115","4155550100","","","F","207Q00000X","Y"\r\n'
    )
    cut = f'"{rf.OBRIEN}","1","","O\'BRIEN","SEAN"\r\n'
    return (NPPES_HEADER + good + cut).encode("utf-8")


def _plannet_missing(folder: Path) -> tuple[list[str], list[str]]:
    path = folder / "plannet.json"
    return ["--plan-net", str(path)], [f"Could not import {path.name}: no such file"]


def _nppes_missing(folder: Path) -> tuple[list[str], list[str]]:
    cms = rf.write_cms(folder / "DAC_NationalDownloadableFile.csv")
    path = folder / "npidata_pfile.csv"
    return (
        ["--cms-clinicians", str(cms), "--nppes", str(path)],
        [f"Could not import {path.name}: no such file"],
    )


def _nppes_folder(folder: Path) -> tuple[list[str], list[str]]:
    cms = rf.write_cms(folder / "DAC_NationalDownloadableFile.csv")
    path = folder / "npidata"
    path.mkdir()
    return (
        ["--cms-clinicians", str(cms), "--nppes", str(path)],
        [f"Could not import {path.name}: a folder, not a file"],
    )


def _nppes_alone(folder: Path) -> tuple[list[str], list[str]]:
    path = _write(folder, "nppes.json", b'{"result_count": 0, "results": []}')
    return ["--nppes", str(path)], ["--nppes cross-checks imported doctors"]


FAULTS: dict[str, Fault] = {
    # CMS Doctors and Clinicians
    "cms-truncated-mid-row": cms_fault(
        _truncated_mid_row, f"line {BAD_NPI_LINE}", "truncated row", "field '"
    ),
    "cms-latin-1-byte": cms_fault(
        _latin1, f"line {OBRIEN_LINE}", f"field {LAST_NAME!r}", "not UTF-8 (byte 0x"
    ),
    "cms-utf-16": cms_fault(_utf16, "line 1", "UTF-16"),
    "cms-empty-file": cms_fault(lambda _f: b"", "line 1", "empty file"),
    "cms-unknown-layout": cms_fault(
        _unknown_layout, "line 1", "field 'header'", "not a CMS Doctors and Clinicians header"
    ),
    "cms-missing-column": cms_fault(
        _missing_column, "line 1", "field 'City/Town'", "2023+ layout header lacks City/Town"
    ),
    "cms-nul-byte": cms_fault(_nul, f"line {OBRIEN_LINE}", f"field {LAST_NAME!r}", "NUL byte"),
    "cms-unbalanced-quote": cms_fault(
        _unbalanced_quote, f"line {OBRIEN_LINE}", f"field {FIRST_NAME!r}", "unbalanced quote"
    ),
    "cms-3-mb-line": cms_fault(
        _long_line,
        f"line {OBRIEN_LINE}",
        f"field {LAST_NAME!r}",
        f"line longer than {MAX_LINE_BYTES:,} bytes",
    ),
    "cms-folder-instead-of-file": Fault(_folder_instead),
    "cms-missing-file": Fault(_missing_file),
    "cms-affiliations-without-clinicians": Fault(_affiliations_alone),
    "cms-damaged-facility-affiliation": Fault(_damaged_affiliations),
    # Plan-Net
    "plannet-not-json": plannet_fault(
        "plannet.json",
        lambda _f: b'<Bundle xmlns="http://hl7.org/fhir"><id value="x"/></Bundle>\n',
        "line 1",
        "not JSON",
    ),
    "plannet-truncated-json": plannet_fault("plannet.json", _truncated_json, "truncated JSON"),
    "plannet-not-fhir": plannet_fault(
        "plannet.json",
        lambda _f: b'{"a": 1}\n',
        "line 1",
        "field 'resourceType'",
        "JSON but not a FHIR resource (no resourceType)",
    ),
    "plannet-ndjson-bad-line": plannet_fault(
        "plannet.ndjson", _ndjson_bad_line, "line 5", "not JSON: Expecting value, column 40"
    ),
    "plannet-not-a-reference": plannet_fault(
        "plannet.json",
        _not_a_reference,
        "field 'location[0]'",
        "PractitionerRole/garcia-family",
        "not a Reference",
    ),
    "plannet-empty-folder": Fault(_empty_folder),
    "plannet-missing-file": Fault(_plannet_missing),
    "plannet-not-utf-8": plannet_fault(
        "plannet.json", _plannet_latin1, _plannet_latin1_line(), "not UTF-8 (byte 0xed)"
    ),
    # NPPES
    "nppes-unknown-csv-header": nppes_fault(
        "npidata_pfile.csv",
        lambda _f: b"Number,Type,Name\r\n1234567893,1,SMITH\r\n",
        "line 1",
        "field 'Number'",
        "not an NPPES bulk file header",
    ),
    "nppes-truncated-csv-row": nppes_fault(
        "npidata_pfile.csv",
        _nppes_truncated_row,
        "line 3",
        "field 'Provider Middle Name'",
        "truncated row",
    ),
    "nppes-json-not-an-api-response": nppes_fault(
        "nppes.json",
        lambda _f: b'{"count": 1, "items": [{"npi": "1234567893"}]}',
        "line 1",
        "not an NPPES API response",
    ),
    "nppes-without-other-imports": Fault(_nppes_alone),
    "nppes-missing-file": Fault(_nppes_missing),
    "nppes-folder-instead-of-file": Fault(_nppes_folder),
    "nppes-empty-file": nppes_fault("nppes.json", lambda _f: b"", "line 1", "empty file"),
}


def test_the_matrix_has_at_least_22_faults() -> None:
    assert len(FAULTS) >= 22


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_a_damaged_input_is_refused_and_the_directory_kept(
    name: str, out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    options, expected = FAULTS[name].make(inputs)
    before = _state(out.parent)
    assert {out.name, manifest_path_for(out).name} <= set(before)
    capsys.readouterr()

    code = main(_argv(out, *options))

    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT, err
    for fragment in expected:
        assert fragment in err, (fragment, err)
    assert "unchanged" in err or "needs" in err or "cross-checks" in err, err
    assert _state(out.parent) == before


def test_a_truncated_json_names_the_line_it_ends_on(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "plannet.json", _truncated_json(tmp_path))
    assert main(_argv(out, "--plan-net", str(path))) == EXIT_BAD_INPUT
    assert _truncated_json_line(tmp_path) in capsys.readouterr().err


def test_an_ndjson_line_cut_short_is_named_by_its_own_number(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "plannet.ndjson", _ndjson_cut_line(tmp_path))
    assert main(_argv(out, "--plan-net", str(path))) == EXIT_BAD_INPUT
    assert "plannet.ndjson, line 5: truncated JSON" in capsys.readouterr().err


# ---------------------------------------------------------------- accepted damage


def _built(out: Path, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    """Build with the options; the import report's text."""
    capsys.readouterr()
    code = main(_argv(out, *options))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    report = out.with_name(f"{out.stem}.import-report.txt")
    assert f"Import report: {report}" in captured.out
    return report.read_text(encoding="utf-8")


def _real_npis(out: Path) -> list[str]:
    con = sqlite3.connect(f"{out.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT npi FROM practitioner WHERE is_sample = 0")]
    finally:
        con.close()


def test_a_header_only_file_builds_with_no_doctors_and_says_so(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cms = _write(tmp_path, "DAC_NationalDownloadableFile.csv", rf.CMS_2023_HEADER.encode())
    text = _built(out, capsys, "--cms-clinicians", str(cms))
    assert "header only: the file has no data rows" in text
    assert "rows read: 0" in text
    assert _real_npis(out) == []


def test_a_row_with_an_invalid_npi_is_left_out_and_named(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cms = rf.write_cms(tmp_path / "DAC_NationalDownloadableFile.csv")
    text = _built(out, capsys, "--cms-clinicians", str(cms))
    assert f"rows rejected for an invalid NPI: 1 (lines {BAD_NPI_LINE})" in text
    npis = _real_npis(out)
    assert rf.BAD_NPI not in npis
    assert rf.SMITH in npis


def test_a_repeated_npi_is_one_practitioner(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = rf.cms_rows()
    obrien = next(r for r in rows if r[0] == rf.OBRIEN)
    rows.append(list(obrien))  # the very same row again
    moved = list(obrien)
    moved[21], moved[26] = "1 DR CARLTON B GOODLETT PL", "94102"
    rows.append(moved)  # the same doctor at another office
    cms = rf.write_cms(tmp_path / "DAC_NationalDownloadableFile.csv", rows)
    # The same NPI in a Plan-Net file as well: still one practitioner.
    found = pf.resources()
    for r in found:
        if r["id"] == "garcia":
            r["identifier"][0]["value"] = rf.OBRIEN
    bundle = pf.write_bundle(tmp_path / "plannet.json", found)
    _built(out, capsys, "--cms-clinicians", str(cms), "--plan-net", str(bundle))
    npis = _real_npis(out)
    assert npis.count(rf.OBRIEN) == 1
    assert len(npis) == len(set(npis))
    con = sqlite3.connect(f"{out.as_uri()}?mode=ro", uri=True)
    try:
        offices = con.execute(
            "SELECT DISTINCT l.zip FROM pcp_role r JOIN practitioner p ON "
            "p.id = r.practitioner_id JOIN location l ON l.id = r.location_id "
            "WHERE p.npi = ? ORDER BY l.zip",
            (rf.OBRIEN,),
        ).fetchall()
    finally:
        con.close()
    assert [z for (z,) in offices] == ["94102", "94110"]
