"""The NPPES reader (bulk CSV and API JSON), its damaged inputs, and the cross-check."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from hmo_desktop.datapack.generate import npi_check_digit
from hmo_desktop.datapack.importers.cms_clinicians import ImportProblem
from hmo_desktop.datapack.importers.model import Imported, RealDoctor, RealOffice, RealRole
from hmo_desktop.datapack.importers.nppes import (
    NppesRecord,
    _load_pcp_codes,
    cross_check,
    read_nppes,
)
from hmo_desktop.paths import sources_dir

SAMPLES = Path(__file__).parent.parent / "data/import-samples/nppes"
API = SAMPLES / "andrewallenbruce-provider_data-raw_nppes_nppes.json"
API_AO = SAMPLES / "andrewallenbruce-provider_data-raw_nppes_nppes_ao.json"
API_TYPE2 = SAMPLES / "andrewallenbruce-provider_data-raw_nppes_nppes_type2.json"
API_OLD = SAMPLES / "andrewallenbruce-provider_tests_api-3d40bf.json"
BULK = SAMPLES / "hl7-davinci_sample-nppes-practitioner_20181204-data.csv"
BULK_ORG = SAMPLES / "hl7-davinci_sample-nppes-organization-data.csv"
PCP = _load_pcp_codes(sources_dir() / "pcp_specialty_map.csv")


def npi(n: int) -> str:
    first9 = f"1{n:08d}"
    return first9 + str(npi_check_digit(first9))


def bulk_lines() -> list[str]:
    """The sample bulk file's lines, each with its CRLF line end."""
    return BULK.read_text(encoding="utf-8").splitlines(keepends=True)


def bulk_header() -> list[str]:
    return next(csv.reader(io.StringIO(bulk_lines()[0])))


def bulk_row(line: int) -> dict[str, str]:
    """Data row of the sample bulk file at physical ``line`` (2 = the first data row)."""
    rows = list(csv.reader(io.StringIO("".join(bulk_lines()))))
    return dict(zip(rows[0], rows[line - 1], strict=True))


def write_bulk(path: Path, rows: list[dict[str, str]]) -> Path:
    header = bulk_header()
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    for r in rows:
        writer.writerow([r.get(c, "") for c in header])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


# --- API JSON samples ---------------------------------------------------------------


def test_api_response_of_200_people() -> None:
    records, report = read_nppes(API)
    assert len(records) == 200
    assert all(r.entity == 1 and r.active and r.deactivated_on is None for r in records.values())
    ca = [r for r in records.values() if r.practice_address and r.practice_address[3] == "CA"]
    assert len(ca) == 33
    assert f"{API.name}: results read: 200" in report
    assert f"{API.name}: kept: 200" in report
    assert f"{API.name}: deactivated (kept, marked inactive): 0" in report
    assert f"{API.name}: invalid NPIs (left out): 0" in report

    first = records["1851713903"]
    assert first == NppesRecord(
        npi="1851713903",
        entity=1,
        active=True,
        deactivated_on=None,
        first_name="Josefina",
        last_name="Danwing",
        middle_name="",
        credential="MSW",
        gender="F",
        organization_name=None,
        taxonomies=(("225400000X", True),),
        practice_address=("18302 WESTLAWN ST", "", "HESPERIA", "CA", "92345"),
        practice_phone="9094370675",
        line=f"{API.name}, results[0]",
    )


def test_api_practice_address_is_the_location_not_the_mailing_address() -> None:
    rec = read_nppes(API)[0]["1427216621"]  # results[98]: mailing in Lomita
    assert (rec.first_name, rec.middle_name, rec.last_name) == ("Josephina", "Olarita", "Dhungana")
    assert rec.practice_address == (
        "149 PALOS VERDES BLVD",
        "SUITE B",
        "REDONDO BEACH",
        "CA",
        "90277",
    )
    assert rec.practice_phone == "3103747407"
    assert rec.taxonomies == (("106H00000X", True),)
    assert rec.line.endswith("results[98]")


def test_api_several_taxonomies_keep_their_order_and_primary_flag() -> None:
    rec = read_nppes(API)[0]["1437611837"]
    assert rec.taxonomies == (
        ("372500000X", False),
        ("372600000X", False),
        ("3747A0650X", False),
        ("376J00000X", False),
        ("3747P1801X", True),
    )
    assert rec.last_name == "Davila Lopez"
    assert rec.credential is None
    assert rec.gender == "F"
    last = read_nppes(API)[0]["1538612460"]
    assert (last.first_name, last.last_name, last.credential) == ("Josefine", "Dunn", "ot/r, clt")


def test_api_organizations() -> None:
    (ao,) = read_nppes(API_AO)[0].values()
    assert ao.npi == "1225701881"
    assert ao.entity == 2
    assert ao.active
    assert ao.organization_name == "VIOS FERTILITY INSTITUTE MICHIGAN PLLC"
    assert (ao.first_name, ao.last_name, ao.credential, ao.gender) == ("", "", None, None)
    assert ao.taxonomies == (("207VE0102X", True),)
    assert ao.practice_address == ("26400 W 12 MILE RD STE 140", "", "SOUTHFIELD", "MI", "48034")
    assert ao.practice_phone == "8666588214"

    (t2,) = read_nppes(API_TYPE2)[0].values()
    assert t2.npi == "1174270805"
    assert t2.entity == 2
    assert t2.organization_name == "PEACH STATE MEDICAL PRACTICE, PC"
    assert t2.taxonomies == (("207VE0102X", True), ("207VG0400X", False))
    # LOCATION in Philadelphia, MAILING in Chicago
    assert t2.practice_address == ("1414 WALNUT ST", "", "PHILADELPHIA", "PA", "19102")


def test_api_older_shape_with_gender() -> None:
    (rec,) = read_nppes(API_OLD)[0].values()
    assert rec == NppesRecord(
        npi="1760485387",
        entity=1,
        active=True,
        deactivated_on=None,
        first_name="Paul",
        last_name="Dewey",
        middle_name="R.",
        credential="M.D.",
        gender="M",
        organization_name=None,
        taxonomies=(("207R00000X", True), ("208000000X", False)),
        practice_address=("4570 CTY. HWY. 61", "", "MOOSE LAKE", "MN", "55767"),
        practice_phone="2184854491",
        line=f"{API_OLD.name}, results[0]",
    )


def test_api_list_and_single_result_and_inactive_status(tmp_path: Path) -> None:
    results = json.loads(API.read_text(encoding="utf-8"))["results"]
    as_list = tmp_path / "list.json"
    as_list.write_text(json.dumps(results[:3]), encoding="utf-8")
    records, _ = read_nppes(as_list)
    assert list(records) == [r["number"] for r in results[:3]]
    assert records["1851713903"].line == "list.json, [0]"

    one = dict(results[1])
    one["basic"] = dict(one["basic"], status="D", deactivation_date="2020-01-31")
    single = tmp_path / "single.json"
    single.write_text(json.dumps(one), encoding="utf-8")
    records, report = read_nppes(single)
    (rec,) = records.values()
    assert rec.npi == results[1]["number"]
    assert rec.line == "single.json, result"
    assert not rec.active
    assert rec.deactivated_on == "2020-01-31"
    assert "single.json: deactivated (kept, marked inactive): 1" in report


def test_api_npis_filter() -> None:
    keep = {"1851713903", "1427216621", "1999999999"}
    records, report = read_nppes(API, npis=keep)
    assert set(records) == {"1851713903", "1427216621"}
    assert f"{API.name}: not among the NPIs asked for: 198" in report


# --- bulk CSV samples ---------------------------------------------------------------


def test_bulk_practitioner_rows() -> None:
    records, report = read_nppes(BULK)
    assert len(records) == 300
    assert next(iter(records)) == "1255334207"
    assert list(records)[-1] == "1699777888"
    assert all(r.entity == 1 for r in records.values())
    states = [r.practice_address[3] for r in records.values() if r.practice_address]
    assert (states.count("MA"), states.count("CT"), states.count("RI")) == (140, 138, 22)
    assert f"{BULK.name}: rows read: 300" in report
    assert f"{BULK.name}: kept: 300" in report
    assert f"{BULK.name}: deactivated (kept, marked inactive): 0" in report
    assert f"{BULK.name}: invalid NPIs (left out): 0" in report
    assert sum(any(c in PCP for c, _ in r.taxonomies) for r in records.values()) == 65

    assert records["1255334207"] == NppesRecord(
        npi="1255334207",
        entity=1,
        active=True,
        deactivated_on=None,
        first_name="Richard",
        last_name="Soucier",
        middle_name="",
        credential="MD",
        gender="M",
        organization_name=None,
        taxonomies=(("207RC0000X", True), ("207RA0001X", False)),
        practice_address=("114 WOODLAND ST", "", "HARTFORD", "CT", "06105"),
        practice_phone="8607144820",
        line=f"{BULK.name}, line 2",
    )
    # line 3: mailing address in Wethersfield, practice in Hartford
    rec = records["1740283779"]
    assert rec.practice_address == ("1000 ASYLUM AVE", "SUITE 4310", "HARTFORD", "CT", "06105")
    assert rec.practice_phone == "8602472137"
    # line 6: two taxonomies, neither marked primary ("X")
    assert records["1023011061"].taxonomies == (("231H00000X", False), ("237600000X", False))
    last = records["1699777888"]
    assert (last.first_name, last.middle_name, last.last_name) == ("Kern", "J", "Bayard")
    assert last.taxonomies == (("207R00000X", True),)
    assert last.line == f"{BULK.name}, line 301"


def test_bulk_reactivated_npi_is_active() -> None:
    # line 20: deactivated 03/16/2006, reactivated 03/20/2006
    rec = read_nppes(BULK)[0]["1184627184"]
    assert rec.active
    assert rec.deactivated_on is None
    assert (rec.first_name, rec.middle_name, rec.last_name) == ("Jessica", "A", "Reed")
    assert rec.credential == "LICSW"
    assert rec.gender == "F"
    assert rec.taxonomies == (("1041C0700X", True),)


def test_bulk_organization_rows() -> None:
    records, report = read_nppes(BULK_ORG)
    assert len(records) == 40
    assert all(r.entity == 2 for r in records.values())
    assert f"{BULK_ORG.name}: rows read: 40" in report
    first = records["1982607537"]
    assert first.organization_name == "GREATER NEW BEDFORD COMMUNITY HEALTH CENTER, INC."
    assert (first.first_name, first.last_name, first.gender, first.credential) == (
        "",
        "",
        None,
        None,
    )
    assert first.taxonomies == (("261QC1500X", True),)
    assert first.practice_address == ("874 PURCHASE ST", "", "NEW BEDFORD", "MA", "02740")
    last = records["1386643294"]
    assert last.organization_name == "KENT COUNTY MEMORIAL HOSPITAL"
    assert last.practice_address == ("455 TOLL GATE RD", "", "WARWICK", "RI", "02886")
    assert last.line == f"{BULK_ORG.name}, line 41"


def test_bulk_npis_filter() -> None:
    records, report = read_nppes(BULK, npis=frozenset({"1184627184", "1699777888", npi(5)}))
    assert set(records) == {"1184627184", "1699777888"}
    assert records["1699777888"].line == f"{BULK.name}, line 301"
    assert f"{BULK.name}: not among the NPIs asked for: 298" in report
    assert f"{BULK.name}: kept: 2" in report


def test_bulk_deactivated_row(tmp_path: Path) -> None:
    """The real file blanks all but the NPI and dates of a deactivated NPI."""
    gone = {"NPI": npi(7), "NPI Deactivation Date": "05/01/2019"}
    again = dict(bulk_row(2), **{"NPI Deactivation Date": "01/02/2017"})
    later = dict(
        bulk_row(3),
        **{"NPI Deactivation Date": "01/02/2017", "NPI Reactivation Date": "01/01/2016"},
    )
    path = write_bulk(tmp_path / "npidata.csv", [gone, again, later])
    records, report = read_nppes(path)
    assert records[npi(7)].entity == 0
    assert not records[npi(7)].active
    assert records[npi(7)].deactivated_on == "2019-05-01"
    assert records[npi(7)].practice_address is None
    assert records[npi(7)].taxonomies == ()
    assert not records["1255334207"].active  # deactivated, no reactivation date
    assert records["1255334207"].deactivated_on == "2017-01-02"
    assert not records["1740283779"].active  # reactivated before the deactivation
    assert "npidata.csv: deactivated (kept, marked inactive): 3" in report
    assert "npidata.csv: entity type left blank (recorded as 0): 1" in report


# --- damaged inputs -----------------------------------------------------------------


def test_bad_npi_is_left_out_and_named(tmp_path: Path) -> None:
    lines = bulk_lines()
    bad = lines[2].replace('"1740283779"', '"1740283770"', 1)  # line 3
    path = tmp_path / "npidata.csv"
    path.write_text("".join([lines[0], lines[1], bad, lines[3], lines[4]]), encoding="utf-8")
    records, report = read_nppes(path)
    assert len(records) == 3
    assert "1740283770" not in records
    assert "npidata.csv: invalid NPIs (left out): 1" in report
    assert "invalid NPI '1740283770' at npidata.csv, line 3" in report

    results = json.loads(API_OLD.read_text(encoding="utf-8"))
    results["results"][0]["number"] = "1760485380"
    jpath = tmp_path / "api.json"
    jpath.write_text(json.dumps(results), encoding="utf-8")
    records, report = read_nppes(jpath)
    assert records == {}
    assert "invalid NPI '1760485380' at api.json, results[0]" in report


def test_truncated_row(tmp_path: Path) -> None:
    lines = bulk_lines()
    cut = lines[5][:200].rstrip('",') + '"\r\n'  # the row stops early
    path = tmp_path / "npidata.csv"
    path.write_text("".join([*lines[:5], cut, *lines[6:8]]), encoding="utf-8")
    with pytest.raises(ImportProblem) as err:
        read_nppes(path)
    assert err.value.file == path
    assert err.value.line == 6
    fields = next(csv.reader(io.StringIO(cut)))
    assert err.value.field == bulk_header()[len(fields)]
    assert "truncated row" in err.value.message


def test_bad_encoding(tmp_path: Path) -> None:
    lines = bulk_lines()
    path = tmp_path / "npidata.csv"
    path.write_bytes(
        "".join(lines[:2]).encode() + lines[2].encode().replace(b"WETHERSFIELD", b"WETH\xe9RSFIELD")
    )
    with pytest.raises(ImportProblem) as err:
        read_nppes(path)
    assert err.value.line == 3
    assert "not UTF-8" in err.value.message

    jpath = tmp_path / "api.json"
    jpath.write_bytes(API_OLD.read_bytes().replace(b"MOOSE LAKE", b"MOOSE L\xc1KE", 1))
    with pytest.raises(ImportProblem) as err:
        read_nppes(jpath)
    assert err.value.line == 16  # the first "MOOSE LAKE"
    assert "not UTF-8" in err.value.message


def test_header_only_and_empty(tmp_path: Path) -> None:
    path = tmp_path / "npidata.csv"
    path.write_text(bulk_lines()[0], encoding="utf-8")
    records, report = read_nppes(path)
    assert records == {}
    assert "npidata.csv: rows read: 0" in report
    assert "npidata.csv: no records: the file has none" in report

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportProblem) as err:
        read_nppes(empty)
    assert (err.value.line, err.value.message) == (1, "empty file")
    blank = tmp_path / "blank.json"
    blank.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="empty file"):
        read_nppes(blank)


def test_unknown_header(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text('"Provider Last Name","NPI"\n"SMITH","1255334207"\n', encoding="utf-8")
    with pytest.raises(ImportProblem) as err:
        read_nppes(other)
    assert (err.value.line, err.value.field) == (1, "Provider Last Name")
    assert "not an NPPES bulk file header" in err.value.message

    header = bulk_header()
    renamed = [
        ("NPI Deactivation Date (gone)" if c == "NPI Deactivation Date" else c) for c in header
    ]
    lacking = tmp_path / "lacking.csv"
    lacking.write_text(",".join(f'"{c}"' for c in renamed) + "\r\n", encoding="utf-8")
    with pytest.raises(ImportProblem) as err:
        read_nppes(lacking)
    assert (err.value.line, err.value.field) == (1, "NPI Deactivation Date")


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ('{"name": "not nppes"}', None, "not an NPPES API response"),
        ('{"Errors": [{"description": "No valid search criteria"}]}', "Errors", "error"),
        ('{"result_count": 1, "results": {"number": "1"}}', "results", "list"),
        ('[{"number": "1760485387", "basic": {}}]', "[0].enumeration_type", "NPI-1"),
        ('[{"number": "1760485387", "enumeration_type": "NPI-1"}]', "[0].basic", "missing"),
        ('[{"enumeration_type": "NPI-1"}]', "[0].number", "missing"),
        ('{"results": [', None, "not valid JSON"),
    ],
)
def test_json_that_is_not_nppes(tmp_path: Path, text: str, field: str | None, message: str) -> None:
    path = tmp_path / "api.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblem) as err:
        read_nppes(path)
    assert err.value.field == field
    assert message in err.value.message


# --- cross-check --------------------------------------------------------------------


def test_pcp_codes_are_the_default_nucc_rows() -> None:
    assert PCP["207Q00000X"] == "Family Medicine"
    assert PCP["207R00000X"] == "Internal Medicine"
    assert PCP["207V00000X"] == "OB/GYN"
    assert PCP["208000000X"] == "Pediatrics"
    assert "207QG0300X" not in PCP  # optional
    assert "363LF0000X" not in PCP  # no
    assert "FAMILY PRACTICE" not in PCP  # the CMS rows


def _office(key: str, address: str, city: str, zip5: str, state: str = "") -> RealOffice:
    return RealOffice(key=key, address=address, city=city, zip5=zip5, state=state, source="t")


def test_cross_check(tmp_path: Path) -> None:
    nppes = dict(read_nppes(API_OLD)[0])  # Paul Dewey, 207R00000X: primary care
    nppes.update(read_nppes(BULK, npis={"1255334207", "1740283779"})[0])  # cardiology
    path = write_bulk(
        tmp_path / "npidata.csv", [{"NPI": npi(7), "NPI Deactivation Date": "05/01/2019"}]
    )
    nppes.update(read_nppes(path)[0])

    imported = Imported()
    imported.doctors = {
        "1760485387": RealDoctor(npi="1760485387", first_name="", last_name="", source="t"),
        "1255334207": RealDoctor(
            npi="1255334207", first_name="Rich", last_name="Soucier", source="t", credential="DO"
        ),
        npi(7): RealDoctor(npi=npi(7), first_name="Ann", last_name="Gone", source="t"),
        npi(8): RealDoctor(npi=npi(8), first_name="Not", last_name="There", source="t"),
        "1740283779": RealDoctor(
            npi="1740283779", first_name="Two", last_name="Offices", source="t"
        ),
    }
    imported.offices = {
        "o1": _office("o1", "", "", "55767"),
        "o2": _office("o2", "", "OAKLAND", ""),  # not where NPPES says: left alone
        "o3": _office("o3", "", "", ""),
        "o4": _office("o4", "", "", ""),
    }
    imported.roles = [
        RealRole(npi="1760485387", office_key="o1", specialty="internal", source="t"),
        RealRole(npi="1255334207", office_key="o2", specialty="internal", source="t"),
        RealRole(npi=npi(7), office_key="o1", specialty="family", source="t"),
        RealRole(npi=npi(7), office_key="o2", specialty="family", source="t"),
        RealRole(npi="1740283779", office_key="o3", specialty="internal", source="t"),
        RealRole(npi="1740283779", office_key="o4", specialty="internal", source="t"),
    ]
    report = cross_check(imported, nppes, PCP)

    # deactivated: gone, with its two roles
    assert npi(7) not in imported.doctors
    assert all(r.npi != npi(7) for r in imported.roles)
    assert len(imported.roles) == 4
    assert (
        f"removed NPI {npi(7)} (Ann Gone): deactivated in NPPES on 2019-05-01 "
        f"(npidata.csv, line 2); 2 role(s) removed"
    ) in report
    # not primary care: reported, kept, name not overwritten, credential kept
    assert (
        "NPI 1255334207 (Rich Soucier): taxonomy is not primary care: 207RC0000X, 207RA0001X"
        in report
    )
    soucier = imported.doctors["1255334207"]
    assert (soucier.first_name, soucier.credential, soucier.gender) == ("Rich", "DO", "M")
    # gaps filled from NPPES
    dewey = imported.doctors["1760485387"]
    assert (dewey.first_name, dewey.middle_name, dewey.last_name) == ("Paul", "R.", "Dewey")
    assert (dewey.credential, dewey.gender) == ("M.D.", "M")
    # the one office of Dewey filled; the Oakland office and the two-office doctor's not
    o1 = imported.offices["o1"]
    assert (o1.address, o1.city, o1.state, o1.zip5) == (
        "4570 CTY. HWY. 61",
        "MOOSE LAKE",
        "MN",
        "55767",
    )
    o2 = imported.offices["o2"]
    assert (o2.address, o2.city, o2.zip5) == ("", "OAKLAND", "")
    assert all(imported.offices[k].address == "" for k in ("o3", "o4"))
    # missing counted, kept
    assert npi(8) in imported.doctors
    assert "NPPES cross-check: NPIs not found in NPPES (kept): 1" in report
    assert "NPPES cross-check: doctors checked: 5" in report
    assert "NPPES cross-check: deactivated, removed: 1 doctors, 2 roles" in report
    assert "NPPES cross-check: no primary care taxonomy (kept): 2" in report  # + 1740283779
    assert "NPPES cross-check: first_name filled from NPPES: 1" in report
    assert "NPPES cross-check: gender filled from NPPES: 3" in report
    assert "NPPES cross-check: office addresses filled: 1" in report


def test_cross_check_organization_npi_is_reported() -> None:
    nppes = read_nppes(API_AO)[0]
    imported = Imported()
    imported.doctors = {
        "1225701881": RealDoctor(npi="1225701881", first_name="A", last_name="B", source="t")
    }
    report = cross_check(imported, nppes, PCP)
    assert any(
        line.startswith("NPI 1225701881 (A B) is an organization in NPPES") for line in report
    )
    assert "NPI 1225701881 (A B): taxonomy is not primary care: 207VE0102X" in report
    assert "1225701881" in imported.doctors
