"""The Plan-Net (FHIR R4) reader: the guide's examples, the reference implementation's
data, real payer responses, every input shape, and damaged files."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from hmo_desktop.datapack.generate import npi_check_digit
from hmo_desktop.datapack.importers.cms_clinicians import ImportProblem
from hmo_desktop.datapack.importers.model import Imported, RealOffice, RealRole
from hmo_desktop.datapack.importers.plannet import load_pcp_codes, read_plannet
from hmo_desktop.paths import sources_dir

SAMPLES = Path(__file__).parent.parent / "data/import-samples"
IG = SAMPLES / "plannet-ig-1.1.0/examples"
RI = SAMPLES / "plannet-ri-synthetic-linked-subset"
PAYER = SAMPLES / "plannet-real-payer"
PCP = load_pcp_codes(sources_dir() / "pcp_specialty_map.csv")
SD = "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/"
STD_NET = "Organization/AcmeofCTStdNet"
RI_ROLE = "PractitionerRole-plannet-practitionerrole-1230081110.json"
RI_PRAC = "Practitioner-plannet-practitioner-1230081110.json"
CIGNA_ROLE = "cigna_PractitionerRole_dir-ObTJsLzipt.json"
CIGNA_LOC = "cigna_Location_dir-gdBDYxyTIF.json"
CIGNA_NETS = (
    "Organization/dir-7462mAXxGHgr2wAiYT07zYH27L2xedzvyChjzgx1up",
    "Organization/dir-C8rm3AYYkV4o7EpCKHENR68rxYupJdF5xsdCkIx1up",
    "Organization/dir-Gd3xzzdpnQ8X9C1zv35zCThlpMHr74xUh7156cx1up",
    "Organization/dir-ysLhc89PpF4wXxfUCQvTutbttByxEU3w2sEaS0x1up",
)
CIGNA_LOC_KEY = "Location/dir-gdBDYxyTIFYaurFFjRf6N1hbUEEUmsQc7CxwoMx1up"
ALL_DAY = dict.fromkeys(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), "0:00-24:00")
Json = dict[str, Any]


def npi(n: int) -> str:
    first9 = f"1{n:08d}"
    return first9 + str(npi_check_digit(first9))


def copy(src: Path, tmp_path: Path, name: str = "in") -> Path:
    return Path(shutil.copytree(src, tmp_path / name))


def load(path: Path) -> Json:
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data


def save(path: Path, data: Json) -> Path:
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def edit(path: Path, **changes: Any) -> Json:
    data = load(path)
    data.update(changes)
    save(path, data)
    return data


def set_npi(path: Path, value: str) -> None:
    data = load(path)
    data["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": value}]
    save(path, data)


def roles_by_office(out: Imported) -> dict[str, RealRole]:
    return {r.office_key: r for r in out.roles}


def has_line(out: Imported, text: str) -> bool:
    return any(text in line for line in out.report)


# ---------------------------------------------------------------- specialty codes


def test_pcp_codes_are_the_default_nucc_rows() -> None:
    assert PCP == {
        "207Q00000X": "family", "207QA0505X": "family", "208D00000X": "family",
        "207R00000X": "internal", "208000000X": "pediatrics", "207V00000X": "obgyn",
        "207VG0400X": "obgyn",
    }  # fmt: skip


# ---------------------------------------------------------------- the guide's examples


def test_ig_examples_as_shipped_reject_the_placeholder_npis() -> None:
    out = read_plannet([IG], PCP, state="CT")
    for who, value in (("Counselor", "NPI3238"), ("HansSolo", "NPI3233"), ("JoeSmith", "NPI323")):
        assert f"rejected Practitioner/{who}: NPI {value} fails the check digit" in out.report
    assert out.roles == []
    assert out.doctors == {}
    assert out.offices == {}
    assert "plans skipped by product type: {'qhp': 2}" in out.report
    assert "resources of other types ignored: {'Endpoint': 1}" in out.report
    assert "roles of rejected practitioners: 2" in out.report
    assert "roles without a practitioner: 3" in out.report  # JoeSmithRole2, AnonRole, ...
    assert {k: (n.name, n.carrier) for k, n in out.networks.items()} == {
        "Organization/AcmeofCTPremNet": (
            "ACME CT Premium Preferred Provider Network",
            "Acme of CT",
        ),
        STD_NET: ("ACME CT Preferred Provider Network", "Acme of CT"),
    }
    # groups: the provider groups and every organization a role names; placeholder NPIs
    assert {k: (g.name, g.npi) for k, g in out.groups.items()} == {
        "Organization/BurrClinic": ("Burr Clinic", None),
        "Organization/CancerClinic": ("Hamilton Clinic", None),
        "Organization/HartfordOrthopedics": ("Hartford Orthopedics Services", None),
        "Organization/Hospital": ("Hartford General Hospital", None),
        "Organization/PharmChain": ("Pharm Chain", None),
    }
    (src,) = out.sources
    assert (src.key, src.publisher, src.origin) == ("plannet", "Acme of CT", "examples")
    assert (src.as_of, src.as_of_note) == ("2020-07-07", "newest meta.lastUpdated")


@pytest.fixture
def ig(tmp_path: Path) -> Path:
    """The guide's examples with real-looking NPIs for Joe Smith, Hans Solo and Susie."""
    folder = copy(IG, tmp_path)
    for n, who in enumerate(("JoeSmith", "HansSolo", "Counselor"), start=1):
        data = load(folder / f"Practitioner-{who}.json")
        data["identifier"][0]["value"] = npi(n)
        save(folder / f"Practitioner-{who}.json", data)
    return folder


def test_ig_examples_roles_row_by_row(ig: Path) -> None:
    out = read_plannet([ig], PCP, state="CT")
    assert roles_by_office(out) == {
        "Location/HospLoc1": RealRole(
            npi(1), "Location/HospLoc1", "internal", "plannet", group_key="Organization/Hospital",
            specialty_code="207R00000X", accepting=None, telehealth=False,
            network_keys=(STD_NET,),
        ),
        # Hans Solo's role names no organization; his clinic says existing patients only,
        # from the network the role is in
        "Location/HansSoloClinic": RealRole(
            npi(2), "Location/HansSoloClinic", "internal", "plannet", group_key=None,
            specialty_code="207R00000X", accepting="existing_only", telehealth=False,
            network_keys=(STD_NET,),
        ),
    }  # fmt: skip
    joe, hans = out.doctors[npi(1)], out.doctors[npi(2)]
    assert (joe.first_name, joe.middle_name, joe.last_name) == ("Joe", "", "Smith")
    assert (joe.credential, joe.gender, joe.languages) == ("MD", None, None)
    assert (joe.board_certified, joe.board_name) == (True, "American Board of Internal Medicine")
    assert joe.line == "Practitioner-JoeSmith.json, Practitioner/JoeSmith"
    # the proficiency extension sits at the root; there is one language
    assert (hans.first_name, hans.last_name, hans.languages) == ("Hans", "Solo", ("ja",))
    assert npi(3) not in out.doctors  # the counselor's role is not primary care
    assert "roles of other specialties: 1" in out.report
    assert "roles without a practitioner: 3" in out.report  # JoeSmithRole2, 3, AnonRole
    assert out.offices == {
        "Location/HospLoc1": RealOffice(
            "Location/HospLoc1", "456 Main Street", "Anytown", "00014", "CT", "plannet",
            name="Hartford Hospital Location 1", phone="1112223333", evening_hours=True,
            saturday_hours=True, hours=ALL_DAY,
        ),
        "Location/HansSoloClinic": RealOffice(
            "Location/HansSoloClinic", "123 Main Street", "Anytown", "00014", "CT", "plannet",
            name="OrgA CT Location 1", phone="1112223333", evening_hours=False,
            saturday_hours=False,
            hours=dict.fromkeys(("Mon", "Tue", "Wed", "Thu", "Fri"), "8:00-17:00"),
        ),
    }  # fmt: skip
    assert "accessibility codes not mapped (left unknown): {'adacomp': 2, 'pubtrans': 2}" in (
        out.report
    )


def test_ig_examples_keep_nothing_in_california(ig: Path) -> None:
    out = read_plannet([ig], PCP)
    assert out.roles == []
    assert out.offices == {}
    assert out.doctors == {}
    assert "roles at locations outside the state: 2" in out.report


def test_from_network_of_another_network_does_not_count(ig: Path) -> None:
    loc = load(ig / "Location-HansSoloClinic.json")
    loc["extension"][0]["extension"][1]["valueReference"]["reference"] = "Organization/Other"
    save(ig / "Location-HansSoloClinic.json", loc)
    out = read_plannet([ig], PCP, state="CT")
    assert roles_by_office(out)["Location/HansSoloClinic"].accepting is None


def test_telehealth_from_a_virtual_delivery_method(ig: Path) -> None:
    role = load(ig / "PractitionerRole-JoeSmithRole1.json")
    role["extension"].append(
        {
            "url": SD + "delivery-method",
            "extension": [
                {"url": "type", "valueCodeableConcept": {"coding": [{"code": "virtual"}]}}
            ],
        }
    )
    save(ig / "PractitionerRole-JoeSmithRole1.json", role)
    out = read_plannet([ig], PCP, state="CT")
    assert roles_by_office(out)["Location/HospLoc1"].telehealth is True


# ---------------------------------------------------------------- reference implementation


@pytest.fixture
def ri(tmp_path: Path) -> Path:
    """The RI subset with a valid NPI for Mauro Cormier and one plan made a commercial HMO."""
    folder = copy(RI, tmp_path)
    data = load(folder / RI_PRAC)
    data["identifier"][0]["value"] = npi(7)
    save(folder / RI_PRAC, data)
    plan = load(folder / "InsurancePlan-plannet-insuranceplan-HPID280000.json")
    plan["type"][0]["coding"][0]["code"] = "commhmo"
    save(folder / "InsurancePlan-plannet-insuranceplan-HPID280000.json", plan)
    return folder


NP = {**PCP, "363LA2200X": "family"}  # the RI's only role is an adult nurse practitioner


def test_ri_as_shipped() -> None:
    out = read_plannet([RI], PCP, state="CT")
    assert (
        "rejected Practitioner/plannet-practitioner-1230081110: NPI 1230081110 fails the check "
        "digit" in out.report
    )
    assert "plans skipped by product type: {'commppo': 9}" in out.report
    assert out.plans == {}
    assert out.roles == []
    assert len(out.networks) == 7
    assert out.networks["Organization/plannet-network-HPID040000"].carrier == "Acme Insurance Co"
    assert out.networks["Organization/plannet-network-HPID050000"].carrier == "Green Circle Ins"
    group = out.groups["Organization/plannet-organization-1236348148"]
    farmington = ("FARMINGTON SURGERY CENTER LLC", None, "7559859824")
    assert (group.name, group.npi, group.phone) == farmington
    assert out.sources[0].publisher == "Green Circle Ins"
    assert out.sources[0].as_of == "2020-08-17"


def test_ri_nurse_practitioner_is_not_primary_care_by_default(ri: Path) -> None:
    out = read_plannet([ri], PCP, state="CT")
    assert out.roles == []
    assert "roles of other specialties: 1" in out.report


def test_ri_row_by_row(ri: Path) -> None:
    out = read_plannet([ri], NP, state="CT")
    loc = "Location/plannet-location-1236348148"
    assert out.roles == [
        RealRole(
            npi(7), loc, "family", "plannet",
            group_key="Organization/plannet-organization-1236348148",
            specialty_code="363LA2200X", accepting="not_accepting", telehealth=False,
            network_keys=("Organization/plannet-network-HPID050000",),
        )
    ]  # fmt: skip
    doc = out.doctors[npi(7)]
    assert (doc.first_name, doc.last_name, doc.gender, doc.credential) == (
        "Mauro", "Cormier", "M", "APRN",
    )  # fmt: skip
    # Spanish is stated at "elementary proficiency": left out
    assert doc.languages == ("en",)
    assert "languages left out for low proficiency: 1" in out.report
    # a state licensing board is not a board certification
    assert (doc.board_certified, doc.board_name) == (None, None)
    assert out.offices[loc] == RealOffice(
        loc, "1 CIRCLE DR, SUITE 200", "FARMINGTON", "06032", "CT", "plannet",
        name="FARMINGTON SURGERY CENTER LLC", phone="7559859824", evening_hours=True,
        saturday_hours=True, hours=ALL_DAY,
    )  # fmt: skip
    plan = out.plans["InsurancePlan/plannet-insuranceplan-HPID280000"]
    assert (plan.name, plan.carrier, plan.product_code, plan.network_keys) == (
        "Green Circle of ConnecticutBronze HMO Plan", "Green Circle Ins", "commhmo",
        ("Organization/plannet-network-HPID050000",),
    )  # fmt: skip
    assert "plans skipped by product type: {'commppo': 8}" in out.report


def test_ri_role_without_networks_inherits_the_affiliation(ri: Path) -> None:
    edit(ri / RI_ROLE, extension=[])
    (role,) = read_plannet([ri], NP, state="CT").roles
    assert role.network_keys == tuple(
        f"Organization/plannet-network-HPID{n}0000" for n in ("05", "13", "06", "11", "04")
    )


def test_ri_in_a_bundle_and_in_ndjson_read_the_same(ri: Path, tmp_path: Path) -> None:
    files = sorted(ri.glob("*.json"))
    resources = [load(f) for f in files]
    bundle = {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [{"fullUrl": f"urn:uuid:{i}", "resource": r} for i, r in enumerate(resources)],
    }
    one = save(tmp_path / "bundle.json", bundle)
    nd = tmp_path / "all.ndjson"
    nd.write_text("\n".join(json.dumps(r) for r in resources) + "\n", encoding="utf-8")
    want = read_plannet([ri], NP, state="CT")
    for path in (one, nd):
        got = read_plannet([path], NP, state="CT")
        assert (got.roles, got.offices) == (want.roles, want.offices)
        assert {k: replace(d, line="") for k, d in got.doctors.items()} == {
            k: replace(d, line="") for k, d in want.doctors.items()
        }
        assert (got.plans, got.networks, got.groups) == (want.plans, want.networks, want.groups)


def test_ri_keeps_nothing_in_california(ri: Path) -> None:
    out = read_plannet([ri], NP)
    assert out.roles == []
    assert out.offices == {}
    assert out.doctors == {}
    assert "roles at locations outside the state: 1" in out.report


# ---------------------------------------------------------------- real payer responses

PSYCH = {**PCP, "103T00000X": "family"}  # the real role is a psychologist's


def test_real_payer_role() -> None:
    out = read_plannet([PAYER], PSYCH, state="OR")
    assert out.roles == [
        RealRole(
            "1013072586", CIGNA_LOC_KEY, "family", "plannet", group_key=None,
            specialty_code="103T00000X", accepting="accepting", telehealth=None,
            network_keys=CIGNA_NETS,
        )
    ]  # fmt: skip
    assert "roles with a data-absent organization: 1" in out.report
    assert "networks named by roles but not in the input: 4" in out.report
    assert has_line(out, "matched Practitioner/279270 by the role's NPI 1013072586")
    doc = out.doctors["1013072586"]
    assert (doc.first_name, doc.middle_name, doc.last_name) == ("MICHELLE", "L", "DYKSTRA")
    assert (doc.gender, doc.credential, doc.languages, doc.board_certified) == (
        "F", "PHD", None, None,
    )  # fmt: skip
    assert out.offices[CIGNA_LOC_KEY] == RealOffice(
        CIGNA_LOC_KEY, "610 JEFFERSON ST", "OREGON CITY", "97045", "OR", "plannet",
        name="610 JEFFERSON ST-97045", phone="5036577235",
    )  # fmt: skip
    assert "accessibility codes not mapped (left unknown): {'handiaccess': 1}" in out.report
    assert (out.sources[0].as_of, out.sources[0].publisher) == (
        "2023-11-09", "Health plan (Plan-Net)",
    )  # fmt: skip


def test_real_payer_psychologist_is_not_primary_care() -> None:
    out = read_plannet([PAYER], PCP, state="OR")
    assert out.roles == []
    assert "roles of other specialties: 1" in out.report


def test_real_payer_keeps_nothing_in_california() -> None:
    out = read_plannet([PAYER], PSYCH)
    assert out.roles == []
    assert out.offices == {}
    assert "roles at locations outside the state: 1" in out.report


def test_versioned_urls_and_systems(tmp_path: Path) -> None:
    folder = copy(PAYER, tmp_path)
    role = load(folder / CIGNA_ROLE)
    for ext in role["extension"]:
        ext["url"] += "|1.1.0"
    cc = role["extension"][0]["extension"][0]["valueCodeableConcept"]["coding"][0]
    cc["system"] += "|1.0.0"
    cc["code"] = "existptfam"
    save(folder / CIGNA_ROLE, role)
    (got,) = read_plannet([folder], PSYCH, state="OR").roles
    assert (got.accepting, got.network_keys) == ("existing_plus_family", CIGNA_NETS)


def test_extension_order_does_not_matter(tmp_path: Path) -> None:
    folder = copy(PAYER, tmp_path)
    role = load(folder / CIGNA_ROLE)
    role["extension"].reverse()
    save(folder / CIGNA_ROLE, role)
    want = read_plannet([PAYER], PSYCH, state="OR").roles
    (got,) = read_plannet([folder], PSYCH, state="OR").roles
    assert got.network_keys == tuple(reversed(CIGNA_NETS))
    assert [got] == [RealRole(**{**vars(want[0]), "network_keys": got.network_keys})]


def test_newpatients_on_the_location_when_the_role_has_none(tmp_path: Path) -> None:
    folder = copy(PAYER, tmp_path)
    role = load(folder / CIGNA_ROLE)
    role["extension"] = [e for e in role["extension"] if not e["url"].endswith("newpatients")]
    save(folder / CIGNA_ROLE, role)
    loc = load(folder / CIGNA_LOC)
    loc["extension"][0]["extension"][0]["valueCodeableConcept"]["coding"][0]["code"] = "nopt"
    save(folder / CIGNA_LOC, loc)
    (got,) = read_plannet([folder], PSYCH, state="OR").roles
    assert got.accepting == "not_accepting"
    # the role's own statement wins over its location's
    (got,) = read_plannet([PAYER, folder / CIGNA_LOC], PSYCH, state="OR").roles
    assert got.accepting == "accepting"


# ---------------------------------------------------------------- damaged input


def problem(paths: list[Path], **kw: Any) -> ImportProblem:
    with pytest.raises(ImportProblem) as info:
        read_plannet(paths, PSYCH, **kw)
    return info.value


def test_truncated_json(tmp_path: Path) -> None:
    text = (PAYER / CIGNA_ROLE).read_text(encoding="utf-8")
    bad = tmp_path / "cut.json"
    bad.write_text(text[: len(text) // 2], encoding="utf-8")
    err = problem([bad])
    assert err.file == bad
    assert "truncated JSON" in err.message
    assert err.line > 1


def test_not_json(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"resourceType": "Practitioner",\n  id: 3}\n', encoding="utf-8")
    err = problem([bad])
    assert (err.line, err.message.startswith("not JSON")) == (2, True)


@pytest.mark.parametrize("text", ['{"name": "x"}', "[1, 2]", '"Practitioner"'])
def test_json_that_is_not_fhir(tmp_path: Path, text: str) -> None:
    bad = tmp_path / "x.json"
    bad.write_text(text, encoding="utf-8")
    err = problem([bad])
    assert "not a FHIR resource" in err.message
    assert err.field == "resourceType"


def test_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    text = (PAYER / "centene_Practitioner_279270.json").read_text(encoding="utf-8")
    bad.write_bytes(text.replace("MICHELLE", "MICH\xc9LLE").encode("latin-1"))
    err = problem([bad])
    assert "not UTF-8" in err.message
    assert err.line == 61


def test_bom_is_fine(tmp_path: Path) -> None:
    folder = copy(PAYER, tmp_path)
    for f in folder.glob("*.json"):
        f.write_bytes(b"\xef\xbb\xbf" + f.read_bytes())
    assert (
        read_plannet([folder], PSYCH, state="OR").roles
        == read_plannet([PAYER], PSYCH, state="OR").roles
    )


def test_empty_folder_and_only_other_resources(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert problem([tmp_path / "empty"]).message == "no Plan-Net resources"
    only = save(tmp_path / "cs.json", {"resourceType": "CodeSystem", "id": "x"})
    assert problem([only]).message == "no Plan-Net resources"


def test_ndjson_bad_line_is_named(tmp_path: Path) -> None:
    lines = [json.dumps(load(f)) for f in sorted(PAYER.glob("*.json"))]
    nd = tmp_path / "x.ndjson"
    nd.write_text("\n".join([*lines[:2], "{oops", *lines[2:]]) + "\n", encoding="utf-8")
    err = problem([nd])
    assert (err.file, err.line, err.message.startswith("not JSON")) == (nd, 3, True)
    lines[1] = "{}"
    nd.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert problem([nd]).line == 2


def test_dangling_practitioner_is_reported_and_skipped(tmp_path: Path) -> None:
    folder = copy(PAYER, tmp_path)
    (folder / "centene_Practitioner_279270.json").unlink()
    out = read_plannet([folder], PSYCH, state="OR")
    assert out.roles == []
    assert "roles with a dangling practitioner: 1" in out.report
    assert has_line(out, "dangling reference: PractitionerRole/dir-ObTJsLzipt")


def test_reference_that_is_not_a_reference(tmp_path: Path) -> None:
    folder = copy(PAYER, tmp_path)
    edit(folder / CIGNA_ROLE, practitioner=42)
    err = problem([folder], state="OR")
    assert err.field == "practitioner"
    assert "PractitionerRole/dir-ObTJsLzipt" in err.message
    assert "not a Reference" in err.message


def test_bad_npi_rejects_only_that_practitioner(tmp_path: Path) -> None:
    folder = copy(PAYER, tmp_path)
    set_npi(folder / "centene_Practitioner_279270.json", "1013072587")
    out = read_plannet([folder], PSYCH, state="OR")
    assert "rejected Practitioner/279270: NPI 1013072587 fails the check digit" in out.report
    assert out.roles == []
    assert out.doctors == {}
