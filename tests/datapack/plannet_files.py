"""A small California Plan-Net (FHIR R4) Bundle for the build tests.

The resources follow the shapes of the Plan-Net IG examples and of the synthetic RI
subset in tests/data/import-samples/ (extensions found by URL, NUCC specialties,
InsuranceProductTypeCS plan types, OrgTypeCS organization types). The people and places
are made up; the NPIs are valid 10-digit numbers built with the NPI check digit.

What it holds:

- a payer Organization and two network Organizations (type ``ntwk``);
- an InsurancePlan of type ``medihmo`` naming both networks, and one of type ``commppo``
  (not an HMO-type product: skipped);
- a provider group Organization and an OrganizationAffiliation of it;
- two Practitioners: a family doctor who speaks Spanish and English, and a pediatrician;
- PractitionerRoles: the family doctor (207Q00000X) accepting new patients in both
  networks; the pediatrician (208000000X), whose Location says ``nopt``; a cardiology
  role (207RC0000X) of the family doctor, not primary care; and the pediatrician at a
  Connecticut Location (outside the state: skipped).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hmo_desktop.datapack.generate import npi_check_digit

Json = dict[str, Any]

PLANNET = "http://hl7.org/fhir/us/davinci-pdex-plan-net"
SD = f"{PLANNET}/StructureDefinition/"
CS = f"{PLANNET}/CodeSystem/"
NUCC = "http://nucc.org/provider-taxonomy"
NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"
LAST_UPDATED = "2026-02-14T09:30:00Z"
AS_OF = LAST_UPDATED[:10]


def npi(first9: str) -> str:
    return first9 + str(npi_check_digit(first9))


GARCIA = npi("170000001")  # family medicine, speaks es and en
LEE = npi("170000002")  # pediatrics
GROUP_NPI = npi("170000003")
PAYER = "Golden Valley Health Plan"
PLAN_NAME = "Golden Valley Medi-Cal HMO"
PPO_NAME = "Golden Valley Commercial PPO"
NETWORK_A = "Golden Valley Medi-Cal Network North"
NETWORK_B = "Golden Valley Medi-Cal Network Plus"
GROUP_NAME = "Mission Bay Community Physicians"
SF_ADDRESS = "2500 Mission St"
SF_ZIP = "94110"


def _meta(profile: str) -> Json:
    return {"lastUpdated": LAST_UPDATED, "profile": [SD + profile]}


def _coding(system: str, code: str, display: str = "") -> Json:
    c: Json = {"system": system, "code": code}
    if display:
        c["display"] = display
    return {"coding": [c]}


def _ref(key: str, display: str = "") -> Json:
    r: Json = {"reference": key}
    if display:
        r["display"] = display
    return r


def _org_type(code: str, display: str) -> list[Json]:
    return [_coding(CS + "OrgTypeCS", code, display)]


def _newpatients(code: str, network: str | None = None) -> Json:
    parts: list[Json] = [
        {
            "url": "acceptingPatients",
            "valueCodeableConcept": _coding(CS + "AcceptingPatientsCS", code),
        }
    ]
    if network:
        parts.append({"url": "fromNetwork", "valueReference": _ref(network)})
    return {"url": SD + "newpatients", "extension": parts}


def _network_reference(key: str, display: str) -> Json:
    return {"url": SD + "network-reference", "valueReference": _ref(key, display)}


def _language(code: str, display: str, level: str = "50") -> Json:
    return {
        "extension": [
            {
                "url": SD + "communication-proficiency",
                "valueCodeableConcept": _coding(CS + "LanguageProficiencyCS", level),
            }
        ],
        "coding": [{"system": "urn:ietf:bcp:47", "code": code, "display": display}],
        "text": display,
    }


def payer() -> Json:
    return {
        "resourceType": "Organization",
        "id": "gv-payer",
        "meta": _meta("plannet-Organization"),
        "active": True,
        "type": _org_type("payer", "Payer"),
        "name": PAYER,
        "address": [{"line": ["1 Market St"], "city": "San Francisco", "state": "CA",
                     "postalCode": "94105"}],
    }  # fmt: skip


def network(key: str, name: str) -> Json:
    return {
        "resourceType": "Organization",
        "id": key,
        "meta": _meta("plannet-Network"),
        "active": True,
        "type": _org_type("ntwk", "Network"),
        "name": name,
        "partOf": _ref("Organization/gv-payer", PAYER),
    }


def insurance_plan(key: str, name: str, product: str, networks: list[str]) -> Json:
    return {
        "resourceType": "InsurancePlan",
        "id": key,
        "meta": _meta("plannet-InsurancePlan"),
        "status": "active",
        "type": [_coding(CS + "InsuranceProductTypeCS", product)],
        "name": name,
        "ownedBy": _ref("Organization/gv-payer", PAYER),
        "administeredBy": _ref("Organization/gv-payer", PAYER),
        "contact": [{"telecom": [{"system": "phone", "value": "(800) 555-0199"}]}],
        "network": [_ref(n) for n in networks],
        "plan": [{"type": _coding(CS + "InsurancePlanTypeCS", "platinum")}],
    }


def group() -> Json:
    return {
        "resourceType": "Organization",
        "id": "mb-group",
        "meta": _meta("plannet-Organization"),
        "active": True,
        "identifier": [{"system": NPI_SYSTEM, "value": GROUP_NPI}],
        "type": _org_type("prvgrp", "Provider Group"),
        "name": GROUP_NAME,
        "telecom": [{"system": "phone", "value": "(415) 555-0142", "use": "work"}],
    }


def affiliation() -> Json:
    return {
        "resourceType": "OrganizationAffiliation",
        "id": "mb-affil",
        "meta": _meta("plannet-OrganizationAffiliation"),
        "active": True,
        "organization": _ref("Organization/gv-payer", PAYER),
        "participatingOrganization": _ref("Organization/mb-group", GROUP_NAME),
        "network": [_ref("Organization/gv-net-a", NETWORK_A)],
        "code": [_coding(CS + "OrganizationAffiliationRoleCS", "provider")],
    }


def practitioner(key: str, number: str, family: str, given: str, gender: str, **extra: Any) -> Json:
    return {
        "resourceType": "Practitioner",
        "id": key,
        "meta": _meta("plannet-Practitioner"),
        "identifier": [{"use": "official", "system": NPI_SYSTEM, "value": number}],
        "active": True,
        "name": [{"use": "official", "family": family, "given": [given], "suffix": ["MD"]}],
        "gender": gender,
        **extra,
    }


def location(key: str, name: str, line: str, city: str, state: str, postal: str,
             **extra: Any) -> Json:  # fmt: skip
    return {
        "resourceType": "Location",
        "id": key,
        "meta": _meta("plannet-Location"),
        "status": "active",
        "name": name,
        "telecom": [{"system": "phone", "value": "415-555-0150", "use": "work"}],
        "address": {"use": "work", "type": "both", "line": [line], "city": city,
                    "state": state, "postalCode": postal, "country": "USA"},
        "managingOrganization": _ref("Organization/mb-group", GROUP_NAME),
        "hoursOfOperation": [{"daysOfWeek": ["mon", "tue", "wed", "thu", "fri"],
                              "openingTime": "08:00:00", "closingTime": "19:00:00"}],
        **extra,
    }  # fmt: skip


def role(key: str, practitioner_key: str, code: str, display: str, location_key: str,
         **extra: Any) -> Json:  # fmt: skip
    return {
        "resourceType": "PractitionerRole",
        "id": key,
        "meta": _meta("plannet-PractitionerRole"),
        "active": True,
        "practitioner": _ref(f"Practitioner/{practitioner_key}"),
        "organization": _ref("Organization/mb-group", GROUP_NAME),
        "code": [_coding(CS + "ProviderRoleCS", "ph", "Physician")],
        "specialty": [_coding(NUCC, code, display)],
        "location": [_ref(f"Location/{location_key}")],
        **extra,
    }


def resources() -> list[Json]:
    """Every resource of the Bundle, in the order written."""
    garcia = practitioner(
        "garcia", GARCIA, "Garcia", "Elena", "female",
        communication=[_language("es", "Spanish"), _language("en", "English")],
    )  # fmt: skip
    lee = practitioner("lee", LEE, "Lee", "Daniel", "male")
    family = role(
        "garcia-family", "garcia", "207Q00000X", "Family Medicine Physician", "sf-office",
        extension=[
            _newpatients("newpt"),
            _network_reference("Organization/gv-net-a", NETWORK_A),
            _network_reference("Organization/gv-net-b", NETWORK_B),
        ],
    )  # fmt: skip
    pediatrics = role(
        "lee-peds", "lee", "208000000X", "Pediatrics Physician", "sf-peds",
        extension=[_network_reference("Organization/gv-net-a", NETWORK_A)],
    )  # fmt: skip
    cardiology = role(
        "garcia-cardio", "garcia", "207RC0000X", "Cardiovascular Disease Physician",
        "sf-office", extension=[_network_reference("Organization/gv-net-a", NETWORK_A)],
    )  # fmt: skip
    connecticut = role(
        "lee-ct", "lee", "208000000X", "Pediatrics Physician", "ct-office",
        extension=[_network_reference("Organization/gv-net-a", NETWORK_A)],
    )  # fmt: skip
    return [
        payer(),
        network("gv-net-a", NETWORK_A),
        network("gv-net-b", NETWORK_B),
        insurance_plan("gv-medi", PLAN_NAME, "medihmo",
                       ["Organization/gv-net-a", "Organization/gv-net-b"]),
        insurance_plan("gv-ppo", PPO_NAME, "commppo", ["Organization/gv-net-a"]),
        group(),
        affiliation(),
        garcia,
        lee,
        location("sf-office", "Mission Bay Family Clinic", SF_ADDRESS, "San Francisco", "CA",
                 SF_ZIP),
        location("sf-peds", "Mission Bay Pediatrics", "2510 Mission St", "San Francisco", "CA",
                 SF_ZIP, extension=[_newpatients("nopt")]),
        location("ct-office", "Hartford Pediatrics", "80 Seymour St", "Hartford", "CT",
                 "06102"),
        family,
        pediatrics,
        cardiology,
        connecticut,
    ]  # fmt: skip


def bundle(entries: list[Json] | None = None) -> Json:
    found = resources() if entries is None else entries
    return {
        "resourceType": "Bundle",
        "id": "gv-directory",
        "meta": {"lastUpdated": LAST_UPDATED},
        "type": "collection",
        "entry": [
            {"fullUrl": f"https://fhir.example.org/{r['resourceType']}/{r['id']}", "resource": r}
            for r in found
        ],
    }


def write_bundle(path: Path, entries: list[Json] | None = None) -> Path:
    path.write_text(json.dumps(bundle(entries), indent=1), encoding="utf-8")
    return path


def write_ndjson(path: Path, entries: list[Json] | None = None) -> Path:
    found = resources() if entries is None else entries
    path.write_text("".join(json.dumps(r) + "\n" for r in found), encoding="utf-8")
    return path
