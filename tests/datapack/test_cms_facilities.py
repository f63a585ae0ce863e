"""The CMS Facility_Affiliation.csv reader (2023+): hospital CCNs by NPI.

The files here are small and hand-made; they follow the column layout of the CMS Doctors
and Clinicians data dictionary for ``Facility_Affiliation.csv`` (NPI, Ind_PAC_ID,
Ind_enrl_ID, facility_type, Facility Affiliations Certification Number, Facility Type
Certification Number). The NPIs and certification numbers are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from hmo_desktop.datapack.generate import npi_check_digit
from hmo_desktop.datapack.importers.cms_clinicians import MAX_LINE_BYTES, ImportProblem
from hmo_desktop.datapack.importers.cms_facilities import clean_ccn, read_facility_affiliations

HEADER = (
    "NPI,Ind_PAC_ID,Ind_enrl_ID,facility_type,Facility Affiliations Certification Number,"
    "Facility Type Certification Number"
)


def npi(n: int) -> str:
    first9 = f"1{n:08d}"
    return first9 + str(npi_check_digit(first9))


def bad_npi(n: int) -> str:
    good = npi(n)
    return good[:9] + str((int(good[9]) + 1) % 10)


def line(n: str, kind: str = "Hospital", ccn: str = "050001", unit: str = "") -> str:
    return f"{n},1234567890,I20230101000001,{kind},{ccn},{unit}\n"


def write(tmp_path: Path, *lines: str, header: str = HEADER, name: str = "fac.csv") -> Path:
    path = tmp_path / name
    path.write_text(header + "\n" + "".join(lines), encoding="utf-8")
    return path


def test_hospitals_by_npi_in_file_order_each_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        line(npi(1), ccn="050001"),
        line(npi(1), ccn="050002"),
        line(npi(1), ccn="050001"),  # again: kept once
        line(npi(2), kind="Skilled Nursing Facility", ccn="055001"),
        line(npi(2), kind="Home health agency", ccn="057001"),
        line(npi(3), kind="hospital", ccn="05T001", unit="050003"),
    )
    got, report = read_facility_affiliations(path)
    assert got == {npi(1): ("050001", "050002"), npi(3): ("05T001",)}
    assert "facility affiliation rows read: 6" in report
    assert "hospital rows: 4; other facility types: 2" in report


def test_ccns_that_lost_leading_zeros_are_repaired_and_counted(tmp_path: Path) -> None:
    path = write(tmp_path, line(npi(1), ccn="50001"), line(npi(2), ccn="10001"))
    got, report = read_facility_affiliations(path)
    assert got == {npi(1): ("050001",), npi(2): ("010001",)}
    assert "CCNs repaired (leading zeros restored): 2" in report


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("050001", ("050001", False)),
        (" 05t001 ", ("05T001", False)),
        ("50001", ("050001", True)),
        ("1", None),
        ("", None),
        ("0500011", None),
        ("05-001", None),
    ],
)
def test_clean_ccn(given: str, expected: tuple[str, bool] | None) -> None:
    assert clean_ccn(given) == expected


def test_only_asked_npis_are_kept(tmp_path: Path) -> None:
    path = write(tmp_path, line(npi(1)), line(npi(2)), line(npi(3)))
    got, report = read_facility_affiliations(path, npis={npi(2)})
    assert got == {npi(2): ("050001",)}
    assert "hospital rows of clinicians not imported: 2" in report


def test_bad_npi_and_bad_ccn_rows_are_reported_by_line(tmp_path: Path) -> None:
    path = write(tmp_path, line(npi(1)), line(bad_npi(2)), line(npi(3), ccn="X"), line("12345"))
    got, report = read_facility_affiliations(path)
    assert got == {npi(1): ("050001",)}
    assert "hospital rows rejected for an invalid NPI: 2 (lines 3, 5)" in report
    assert "hospital rows rejected for an invalid CCN: 1 (lines 4)" in report


@pytest.mark.parametrize(
    "header",
    [
        HEADER,
        HEADER.replace(",", ", "),  # a space after each comma
        HEADER.upper(),
        "\ufeff" + HEADER.replace("Facility Affiliations", "facility  affiliations"),
    ],
)
def test_header_names_match_without_case_or_spacing(tmp_path: Path, header: str) -> None:
    body = line(npi(1)).replace(",", ", ") if ", " in header else line(npi(1))
    got, _ = read_facility_affiliations(write(tmp_path, body, header=header))
    assert got == {npi(1): ("050001",)}


def test_header_only_gives_nothing_with_a_note(tmp_path: Path) -> None:
    got, report = read_facility_affiliations(write(tmp_path))
    assert got == {}
    assert "header only: the file has no data rows" in report


def _problem(path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as err:
        read_facility_affiliations(path)
    assert path.name in str(err.value)
    return err.value


def test_unknown_header_names_the_missing_column(tmp_path: Path) -> None:
    path = write(tmp_path, header="NPI,facility_type,CCN")
    err = _problem(path)
    assert (err.line, err.field) == (1, "Facility Affiliations Certification Number")
    assert "line 1" in str(err)


@pytest.mark.parametrize("content", [b"", b"\n", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fac.csv"
    path.write_bytes(content)
    err = _problem(path)
    assert err.line == 1
    assert "empty" in err.message


def test_not_utf8_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "fac.csv"
    path.write_bytes((HEADER + "\n" + line(npi(1))).encode() + line(npi(2)).encode("utf-16-le"))
    err = _problem(path)
    assert err.line == 3


def test_latin1_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "fac.csv"
    text = HEADER + "\n" + line(npi(1)) + line(npi(2), kind="Hôpital")
    path.write_bytes(text.encode("latin-1"))
    err = _problem(path)
    assert (err.line, err.field) == (3, "facility_type")
    assert "not UTF-8" in str(err)


def test_truncated_row_names_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, line(npi(1)), f"{npi(2)},1234567890,I2023")
    err = _problem(path)
    assert (err.line, err.field) == (3, "facility_type")
    assert "truncated" in str(err)


def test_overlong_line_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "fac.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n" + line(npi(1)))
        fh.write(f"{npi(2)},1234567890,I2023,Hospital," + "9" * (3 * MAX_LINE_BYTES) + ",\n")
    err = _problem(path)
    assert (err.line, err.field) == (3, "Facility Affiliations Certification Number")
    assert "longer than" in str(err)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    err = _problem(tmp_path / "nope.csv")
    assert "no such file" in str(err)
    with pytest.raises(ImportProblem, match="a folder, not a file"):
        read_facility_affiliations(tmp_path)
