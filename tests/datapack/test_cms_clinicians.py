"""The CMS Doctors and Clinicians reader: layouts, filtering, repairs and damaged files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from hmo_desktop.datapack.generate import npi_check_digit
from hmo_desktop.datapack.importers import cms_clinicians
from hmo_desktop.datapack.importers.cleanup import Fix, clean_phone, clean_zip, normal_case
from hmo_desktop.datapack.importers.cms_clinicians import (
    LAYOUT_2017,
    LAYOUT_2018,
    LAYOUT_2023,
    ImportProblem,
    OfficeKey,
    detect_layout,
    load_pcp_labels,
    office_key,
    read_clinicians,
    to_imported,
)
from hmo_desktop.datapack.importers.model import Imported, ImportSource
from hmo_desktop.paths import sources_dir

SAMPLE = (
    Path(__file__).parent.parent
    / "data/import-samples/cms-dac/physician_compare_2017_extract_JosephKTsai.csv"
)
PCP = load_pcp_labels(sources_dir() / "pcp_specialty_map.csv")

# fmt: off
HEADER_2018 = [
    "NPI", "Ind_PAC_ID", "Ind_enrl_ID", "lst_nm", "frst_nm", "mid_nm", "suff", "gndr", "Cred",
    "Med_sch", "Grd_yr", "pri_spec", "sec_spec_1", "sec_spec_all", "org_nm", "org_pac_id",
    "num_org_mem", "adr_ln_1", "adr_ln_2", "ln_2_sprs", "cty", "st", "zip", "phn_numbr",
    "hosp_afl_1", "hosp_afl_lbn_1", "ind_assgn", "grp_assgn", "adrs_id",
]
HEADER_2023 = [
    "NPI", "Ind_PAC_ID", "Ind_enrl_ID", "Provider Last Name", "Provider First Name",
    "Provider Middle Name", "suff", "gndr", "Cred", "Med_sch", "Grd_yr", "pri_spec",
    "sec_spec_1", "sec_spec_2", "sec_spec_3", "sec_spec_4", "sec_spec_all", "Telehlth",
    "Facility Name", "org_pac_id", "num_org_mem", "adr_ln_1", "adr_ln_2", "ln_2_sprs",
    "City/Town", "State", "ZIP Code", "Telephone Number", "ind_assgn", "grp_assgn", "adrs_id",
]
# fmt: on


def npi(n: int) -> str:
    first9 = f"1{n:08d}"
    return first9 + str(npi_check_digit(first9))


def bad_npi(n: int) -> str:
    good = npi(n)
    return good[:9] + str((int(good[9]) + 1) % 10)


def row(**given: str) -> dict[str, str]:
    """A fictional 2018-2022 row; keywords override its columns."""
    base = {
        "NPI": npi(1), "lst_nm": "MCDONALD", "frst_nm": "ANNA", "mid_nm": "B", "gndr": "F",
        "Cred": "MD", "pri_spec": "FAMILY PRACTICE", "org_nm": "SAMPLE MEDICAL GROUP, INC",
        "org_pac_id": "1234567890", "adr_ln_1": "1 MAIN ST", "cty": "OAKLAND", "st": "CA",
        "zip": "946121234", "phn_numbr": "5105550100",
    }  # fmt: skip
    base.update(given)
    return base


def write_2018(path: Path, rows: list[dict[str, str]], header: list[str] = HEADER_2018) -> Path:
    """The 2018-2022 layout: a space after each comma, in the header and the rows."""
    lines = [", ".join(header) + "\n"] + [_spaced([r.get(c, "") for c in header]) for r in rows]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _spaced(fields: list[str]) -> str:
    """One CSV line with a space after each field separator (none inside quoted fields)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    out, quoted = [], False
    for ch in buf.getvalue():
        out.append(ch)
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out.append(" ")
    return "".join(out)


def sample_lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)


# ---------------------------------------------------------------- layouts


def test_each_layout_is_detected() -> None:
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        assert detect_layout(next(csv.reader(fh))) == LAYOUT_2017
    assert detect_layout([" " + c for c in HEADER_2018]) == LAYOUT_2018
    assert detect_layout(HEADER_2023) == LAYOUT_2023


def test_unknown_layout_names_what_was_expected() -> None:
    with pytest.raises(ImportProblem) as err:
        detect_layout(["npi", "name", "specialty"], Path("x.csv"))
    assert (err.value.line, err.value.field) == (1, "header")
    assert "Facility Name" in str(err.value)
    assert "lst_nm" in str(err.value)
    assert str(err.value).startswith("x.csv, line 1")
    with pytest.raises(ImportProblem) as err:
        detect_layout(["NPI", "lst_nm", "Facility Name"])  # one marker of each is not enough
    assert err.value.field == "header"


def test_a_layout_missing_a_needed_column_names_it() -> None:
    with pytest.raises(ImportProblem) as err:
        detect_layout([c for c in HEADER_2023 if c != "City/Town"])
    assert err.value.field == "City/Town"


def test_2018_layout_reads_fields_without_the_leading_space(tmp_path: Path) -> None:
    path = write_2018(tmp_path / "dac.csv", [row(org_nm="SAMPLE, A MEDICAL GROUP")])
    assert ", lst_nm, " in path.read_text()
    imp = read_clinicians(path, PCP)
    assert imp.layout == LAYOUT_2018
    (doc,) = imp.practitioners.values()
    assert (doc.npi, doc.last_name, doc.first_name, doc.credential) == (
        npi(1),
        "McDonald",
        "Anna",
        "MD",
    )
    assert (doc.org_nm, doc.city, doc.zip5, doc.phone) == (
        "SAMPLE, A MEDICAL GROUP",
        "OAKLAND",
        "94612",
        "5105550100",
    )
    assert (doc.specialty, doc.telehealth, doc.line) == ("Family Medicine", None, 2)


def test_2023_layout_reads_facility_name_and_telehealth(tmp_path: Path) -> None:
    path = tmp_path / "dac.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, HEADER_2023, restval="")
        w.writeheader()
        common = {"Provider Last Name": "NGUYEN", "pri_spec": "INTERNAL MEDICINE",
                  "State": "CA", "City/Town": "FRESNO", "ZIP Code": "93721",
                  "Telephone Number": "5595550100", "adr_ln_1": "2 ELM ST"}  # fmt: skip
        w.writerow({**common, "NPI": npi(1), "Telehlth": "Y", "Facility Name": "CLINIC A",
                    "org_pac_id": "111"})  # fmt: skip
        w.writerow({**common, "NPI": npi(2), "Telehlth": "", "Facility Name": "CLINIC B"})
    imp = read_clinicians(path, PCP)
    assert imp.layout == LAYOUT_2023
    a, b = imp.practitioners[npi(1)], imp.practitioners[npi(2)]
    assert (a.telehealth, a.org_nm, a.org_pac_id, a.specialty) == (
        True,
        "CLINIC A",
        "111",
        "Internal Medicine",
    )
    assert (b.telehealth, b.last_name) == (None, "Nguyen")
    assert list(imp.affiliations) == [(npi(1), "111")]  # no group practice, no affiliation


# ---------------------------------------------------------------- the real 2017 sample


def _sample_rows() -> list[dict[str, str]]:
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_real_sample_has_no_primary_care_rows() -> None:
    rows = _sample_rows()
    imp = read_clinicians(SAMPLE, PCP)
    in_ca = sum(r["State"] == "CA" for r in rows)
    assert imp.layout == LAYOUT_2017
    assert imp.report.rows_read == len(rows) == 7623
    assert (imp.report.kept, imp.report.other_specialties) == (0, in_ca)
    assert imp.report.other_states == len(rows) - in_ca
    assert not imp.practitioners
    assert not imp.report.bad_npi_lines


def test_real_sample_filters_california_and_dedups() -> None:
    """With radiology counted as a kept specialty, the sample's California radiologists."""
    imp = read_clinicians(SAMPLE, {"diagnostic radiology": "Family Medicine"})
    kept = [r for r in _sample_rows() if r["State"] == "CA"
            and r["Primary specialty"] == "DIAGNOSTIC RADIOLOGY"]  # fmt: skip
    assert imp.report.kept == len(kept)
    assert imp.report.other_specialties == 946 - len(kept)
    assert set(imp.practitioners) == {r["NPI"] for r in kept}
    assert len(imp.practitioners) < len(kept)  # the sample repeats NPIs
    addresses = {
        (r["Line 1 Street Address"], r["Line 2 Street Address"], r["City"], r["Zip Code"][:5])
        for r in kept
    }
    assert len(imp.offices) == len(addresses)
    groups = {(r["NPI"], r["Group Practice PAC ID"]) for r in kept if r["Group Practice PAC ID"]}
    assert set(imp.affiliations) == groups
    assert all(d.state == "CA" and d.specialty == "Family Medicine"
               for d in imp.practitioners.values())  # fmt: skip


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes())
    imp = read_clinicians(path, PCP)
    assert imp.layout == LAYOUT_2017
    assert imp.report.rows_read == 7623


# ---------------------------------------------------------------- damaged files


def test_header_only_is_an_empty_import_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text(sample_lines()[0], encoding="utf-8")
    imp = read_clinicians(path, PCP)
    assert imp.report.rows_read == 0
    assert any("header only" in n for n in imp.report.notes)
    assert not read_clinicians(SAMPLE, PCP).report.notes


@pytest.mark.parametrize("content", [b"", b"\n", b"\xef\xbb\xbf"])
def test_empty_file_is_a_problem(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ImportProblem) as err:
        read_clinicians(path, PCP)
    assert (err.value.file, err.value.line) == (path, 1)
    assert "empty" in err.value.message


def test_truncated_row_names_its_line_and_first_missing_field(tmp_path: Path) -> None:
    lines = sample_lines()[:10]
    lines[6] = ",".join(next(csv.reader([lines[6]]))[:20]) + "\n"  # cut after 20 fields
    path = tmp_path / "cut.csv"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ImportProblem) as err:
        read_clinicians(path, PCP)
    assert (err.value.line, err.value.field) == (7, "Line 1 Street Address")
    assert "truncated" in str(err.value)


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    lines = [ln.encode("utf-8") for ln in sample_lines()[:10]]
    lines[4] = lines[4].replace(b"MD", b"M\xe9D", 1)  # Latin-1, not UTF-8
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"".join(lines))
    with pytest.raises(ImportProblem) as err:
        read_clinicians(path, PCP)
    assert err.value.line == 5
    assert "UTF-8" in str(err.value)


def test_bad_npi_row_is_rejected_with_its_line(tmp_path: Path) -> None:
    rows = [
        row(NPI=npi(1)),
        row(NPI=bad_npi(2)),
        row(NPI=npi(3)),
        row(NPI="12345"),
        row(NPI=bad_npi(4), st="NV"),  # not kept anyway: its NPI is not checked
    ]
    imp = read_clinicians(write_2018(tmp_path / "dac.csv", rows), PCP)
    assert imp.report.bad_npi_lines == [(3, bad_npi(2)), (5, "12345")]
    assert imp.report.bad_npi_rows == 2
    assert set(imp.practitioners) == {npi(1), npi(3)}
    assert (imp.report.rows_read, imp.report.other_states) == (5, 1)


# ---------------------------------------------------------------- repairs


@pytest.mark.parametrize(
    ("given", "expected", "fix"),
    [
        ("94612", "94612", Fix.OK),
        ("946121234", "94612", Fix.OK),
        ("94612-1234", "94612", Fix.OK),
        ("2134", "02134", Fix.REPAIRED),
        ("21341234", "02134", Fix.REPAIRED),
        ("213", "213", Fix.AMBIGUOUS),
        ("9461212", "9461212", Fix.AMBIGUOUS),
    ],
)
def test_zip_repairs(given: str, expected: str, fix: Fix) -> None:
    assert clean_zip(given) == (expected, fix)


@pytest.mark.parametrize(
    ("given", "expected", "fix"),
    [
        ("4155550123", "4155550123", Fix.OK),
        ("4.155550123E9", "4155550123", Fix.REPAIRED),
        ("4.155550120E+09", "4155550120", Fix.REPAIRED),
        ("4.15555012E+09", "4.15555012E+09", Fix.AMBIGUOUS),  # rounded: last digit lost
        ("4.1555501234E9", "4.1555501234E9", Fix.AMBIGUOUS),  # not a whole number
        ("5014049582101", "5014049582101", Fix.AMBIGUOUS),  # with an extension?
    ],
)
def test_phone_repairs(given: str, expected: str, fix: Fix) -> None:
    assert clean_phone(given) == (expected, fix)


def test_repairs_are_counted_in_the_report(tmp_path: Path) -> None:
    rows = [
        row(NPI=npi(1), zip="4612", phn_numbr="4.155550123E9"),
        row(NPI=npi(2), zip="46121234", phn_numbr="4.15555012E9", adr_ln_1="2 B ST"),
        row(NPI=npi(3), zip="461", adr_ln_1="3 C ST"),
        row(NPI=npi(4), zip="4612", st="NY"),  # not kept: not counted
    ]
    imp = read_clinicians(write_2018(tmp_path / "dac.csv", rows), PCP)
    r = imp.report
    assert (r.repaired_zips, r.ambiguous_zips, r.repaired_phones, r.ambiguous_phones) == (
        2, 1, 1, 1
    )  # fmt: skip
    assert imp.practitioners[npi(1)].zip5 == "04612"
    assert imp.practitioners[npi(1)].phone == "4155550123"
    assert imp.practitioners[npi(2)].phone == "4.15555012E9"
    assert imp.practitioners[npi(3)].zip5 == "461"


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("given", "surname", "expected"),
    [
        ("MCDONALD", True, "McDonald"),
        ("O'BRIEN", True, "O'Brien"),
        ("DE LA CRUZ", True, "de la Cruz"),
        ("VAN DER BERG", True, "van der Berg"),
        ("SMITH-JONES", True, "Smith-Jones"),
        ("NGUYỄN", True, "Nguyễn"),
        ("Nguyễn", True, "Nguyễn"),
        ("deLeon", True, "deLeon"),
        ("MARY  ANN", False, "Mary Ann"),
        ("DE", True, "De"),
    ],
)
def test_names_in_normal_case(given: str, surname: bool, expected: str) -> None:
    assert normal_case(given, surname=surname) == expected


def test_reader_writes_names_in_normal_case(tmp_path: Path) -> None:
    rows = [row(lst_nm="DE LA CRUZ", frst_nm="MARIA", mid_nm="O'NEIL")]
    (doc,) = read_clinicians(write_2018(tmp_path / "dac.csv", rows), PCP).practitioners.values()
    assert (doc.last_name, doc.first_name, doc.middle) == ("de la Cruz", "Maria", "O'Neil")


# ---------------------------------------------------------------- filtering and dedup


def test_only_california_primary_care_is_kept(tmp_path: Path) -> None:
    rows = [
        row(NPI=npi(1), pri_spec="FAMILY PRACTICE"),
        row(NPI=npi(2), pri_spec="INTERNAL MEDICINE"),
        row(NPI=npi(3), pri_spec="PEDIATRIC MEDICINE"),
        row(NPI=npi(4), pri_spec="OBSTETRICS/GYNECOLOGY"),
        row(NPI=npi(5), pri_spec="GENERAL PRACTICE"),
        row(NPI=npi(6), pri_spec="CARDIOLOGY"),
        row(NPI=npi(7), pri_spec="GERIATRIC MEDICINE"),  # optional: not by default
        row(NPI=npi(8), st="OR"),
        row(NPI=npi(9), st="ca"),
    ]
    imp = read_clinicians(write_2018(tmp_path / "dac.csv", rows), PCP)
    assert set(imp.practitioners) == {npi(n) for n in (1, 2, 3, 4, 5, 9)}
    assert {d.specialty for d in imp.practitioners.values()} == {
        "Family Medicine", "Internal Medicine", "Pediatrics", "OB/GYN"
    }  # fmt: skip
    r = imp.report
    assert (r.rows_read, r.kept, r.other_specialties, r.other_states) == (9, 6, 2, 1)


def test_one_practitioner_office_and_affiliation_each(tmp_path: Path) -> None:
    rows = [
        row(NPI=npi(1), frst_nm="ANNA", org_pac_id="111"),
        row(NPI=npi(1), frst_nm="ANNE", org_pac_id="111", adr_ln_1="9 OAK AVE"),
        row(NPI=npi(1), frst_nm="ANN", org_pac_id="222", org_nm="OTHER GROUP"),
        row(NPI=npi(2), org_pac_id="111", adr_ln_1="1  main st"),  # the same office
        row(NPI=npi(3), org_pac_id=""),  # no group practice
    ]
    imp = read_clinicians(write_2018(tmp_path / "dac.csv", rows), PCP)
    assert len(imp.practitioners) == 3
    first = imp.practitioners[npi(1)]
    assert (first.first_name, first.line) == ("Anna", 2)  # the first row's facts
    assert set(imp.offices) == {
        OfficeKey("1 MAIN ST", "", "OAKLAND", "CA", "94612"),
        OfficeKey("9 OAK AVE", "", "OAKLAND", "CA", "94612"),
    }
    assert set(imp.affiliations) == {(npi(1), "111"), (npi(1), "222"), (npi(2), "111")}
    assert imp.affiliations[(npi(1), "222")].org_nm == "OTHER GROUP"
    main = OfficeKey("1 MAIN ST", "", "OAKLAND", "CA", "94612")
    oak = OfficeKey("9 OAK AVE", "", "OAKLAND", "CA", "94612")
    assert imp.practice_sites == {
        (npi(1), "111", main),
        (npi(1), "111", oak),
        (npi(1), "222", main),  # the same office, another group: another site
        (npi(2), "111", main),
        (npi(3), "", main),
    }


def test_pcp_labels_come_from_the_default_rows_of_the_map() -> None:
    assert PCP["FAMILY PRACTICE"] == "Family Medicine"
    assert PCP["OBSTETRICS/GYNECOLOGY"] == "OB/GYN"
    assert "GERIATRIC MEDICINE" not in PCP  # optional
    assert set(PCP.values()) == {"Family Medicine", "Internal Medicine", "Pediatrics", "OB/GYN"}


# ---------------------------------------------------------------- progress


def test_progress_is_reported_every_so_many_rows_and_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cms_clinicians, "PROGRESS_EVERY", 3)
    rows = [row(NPI=npi(n)) for n in range(1, 6)] + [row(NPI=bad_npi(9)), row(NPI=npi(7), st="NV")]
    calls: list[tuple[int, int, int]] = []
    imp = read_clinicians(
        write_2018(tmp_path / "dac.csv", rows), PCP, progress=lambda *a: calls.append(a)
    )
    # the counts are those before the 3rd and 6th rows are looked at, then the totals
    assert calls == [(3, 2, 0), (6, 5, 0), (7, 5, 1)]
    assert (imp.report.rows_read, imp.report.kept, imp.report.bad_npi_rows) == calls[-1]


def test_no_progress_callback_is_fine(tmp_path: Path) -> None:
    imp = read_clinicians(write_2018(tmp_path / "dac.csv", [row()]), PCP, progress=None)
    assert imp.report.kept == 1


# ---------------------------------------------------------------- the neutral shape

SOURCE = ImportSource(
    key="cms_dac",
    title="CMS Doctors and Clinicians national downloadable file",
    publisher="Centers for Medicare & Medicaid Services",
    origin="dac.csv",
    as_of="2024-01-01",
    as_of_note="file modified",
)


def _imported(tmp_path: Path) -> Imported:
    rows = [
        row(NPI=npi(1), org_pac_id="111", org_nm="SAMPLE MEDICAL GROUP, INC", gndr="F",
            adr_ln_2="SUITE 200", cty="SAN LUIS OBISPO", zip="3401"),
        row(NPI=npi(1), org_pac_id="222", org_nm="OTHER GROUP LLC", adr_ln_1="9 OAK AVE",
            phn_numbr="4.15555012E9"),
        row(NPI=npi(2), org_pac_id="", Cred="", gndr="U", pri_spec="PEDIATRIC MEDICINE",
            adr_ln_1="9 OAK AVE"),
        row(NPI=npi(3), pri_spec="OBSTETRICS/GYNECOLOGY", phn_numbr=""),
        row(NPI=bad_npi(4)),
        row(NPI=npi(5), st="NV"),
        row(NPI=npi(6), pri_spec="CARDIOLOGY"),
    ]  # fmt: skip
    return to_imported(read_clinicians(write_2018(tmp_path / "dac.csv", rows), PCP), SOURCE)


def test_doctors_are_keyed_by_npi_with_unknowns_as_none(tmp_path: Path) -> None:
    out = _imported(tmp_path)
    assert set(out.doctors) == {npi(1), npi(2), npi(3)}
    a, b = out.doctors[npi(1)], out.doctors[npi(2)]
    assert (a.first_name, a.last_name, a.middle_name, a.credential, a.gender) == (
        "Anna", "McDonald", "B", "MD", "F"
    )  # fmt: skip
    assert (a.languages, a.board_certified, a.source, a.line) == (
        None, None, "cms_dac", "dac.csv, line 2"
    )  # fmt: skip
    assert (b.credential, b.gender) == (None, None)  # blank credential, gender "U"
    assert out.sources == [SOURCE]


def test_groups_keep_the_legal_name_and_a_row_without_pac_has_no_group(tmp_path: Path) -> None:
    out = _imported(tmp_path)
    assert {k: g.name for k, g in out.groups.items()} == {
        "pac:111": "SAMPLE MEDICAL GROUP, INC",
        "pac:222": "OTHER GROUP LLC",
        "pac:1234567890": "SAMPLE MEDICAL GROUP, INC",
    }
    roles = {(r.npi, r.group_key) for r in out.roles}
    assert (npi(2), None) in roles
    assert (npi(1), "pac:111") in roles
    assert (npi(1), "pac:222") in roles


def test_offices_have_a_stable_key_and_plain_address(tmp_path: Path) -> None:
    out = _imported(tmp_path)
    first = out.offices[
        office_key(OfficeKey("1 MAIN ST", "SUITE 200", "SAN LUIS OBISPO", "CA", "03401"))
    ]
    assert (first.address, first.city, first.zip5, first.state, first.phone) == (
        "1 MAIN ST, SUITE 200", "San Luis Obispo", "03401", "CA", "5105550100"
    )  # fmt: skip
    assert (first.hours, first.languages, first.accessibility) == (None, None, None)
    oak = out.offices[office_key(OfficeKey("9 OAK AVE", "", "OAKLAND", "CA", "94612"))]
    assert (oak.address, oak.phone) == ("9 OAK AVE", None)  # rounded phone: ambiguous
    plain = out.offices[office_key(OfficeKey("1 MAIN ST", "", "OAKLAND", "CA", "94612"))]
    assert plain.phone is None  # blank
    assert len(out.offices) == 3
    (tmp_path / "again").mkdir()
    again = _imported(tmp_path / "again")
    assert set(again.offices) == set(out.offices)  # stable keys


def test_one_role_per_practice_site_with_what_the_file_does_not_say_as_none(tmp_path: Path) -> None:
    out = _imported(tmp_path)
    assert len(out.roles) == 4
    assert {(r.npi, r.specialty) for r in out.roles} == {
        (npi(1), "family"), (npi(2), "pediatrics"), (npi(3), "obgyn")
    }  # fmt: skip
    for r in out.roles:
        assert r.office_key in out.offices
        assert r.group_key is None or r.group_key in out.groups
        assert (r.specialty_code, r.accepting, r.age_min, r.age_max, r.pcp_id) == (None,) * 5
        assert (r.telehealth, r.network_keys, r.source) == (None, (), "cms_dac")
    assert [r.npi for r in out.roles] == sorted(r.npi for r in out.roles)


def test_telehealth_comes_from_the_2023_column(tmp_path: Path) -> None:
    path = tmp_path / "dac.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, HEADER_2023, restval="")
        w.writeheader()
        common = {"pri_spec": "INTERNAL MEDICINE", "State": "CA", "City/Town": "FRESNO",
                  "ZIP Code": "93721", "adr_ln_1": "2 ELM ST"}  # fmt: skip
        w.writerow({**common, "NPI": npi(1), "Telehlth": "Y"})
        w.writerow({**common, "NPI": npi(2), "Telehlth": "N"})
        w.writerow({**common, "NPI": npi(3), "Telehlth": ""})
    out = to_imported(read_clinicians(path, PCP), SOURCE)
    assert {r.npi: r.telehealth for r in out.roles} == {npi(1): True, npi(2): False, npi(3): None}
    assert {r.specialty for r in out.roles} == {"internal"}
    assert "layout: 2023+" in out.report


def test_report_lines_summarize_the_import(tmp_path: Path) -> None:
    out = _imported(tmp_path)
    text = "\n".join(out.report)
    for fact in [
        "layout: 2018-2022",
        "rows read: 7",
        "rows kept (CA, primary care): 4",
        "rows in other states: 1",
        "rows of other specialties: 1",
        "rows rejected for an invalid NPI: 1 (lines 6)",
        "ZIP codes repaired (leading zero restored): 1",
        "phones repaired (scientific notation): 0",
        "phones left out (ambiguous): 1",
    ]:
        assert fact in out.report, (fact, text)


def test_report_shows_at_most_20_rejected_lines(tmp_path: Path) -> None:
    rows = [row(NPI=bad_npi(n)) for n in range(25)]
    ci = read_clinicians(write_2018(tmp_path / "dac.csv", rows), PCP)
    (line,) = [ln for ln in to_imported(ci, SOURCE).report if "invalid NPI" in ln]
    assert line.startswith("rows rejected for an invalid NPI: 25 (lines 2, 3,")
    assert line.endswith(", 21 ...)")
