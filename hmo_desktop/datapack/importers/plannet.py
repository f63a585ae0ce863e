"""Reader for Da Vinci PDex Plan-Net (FHIR R4) provider directory files.

Input: Bundles (searchset, collection, transaction ...), single resources, NDJSON bulk
files (streamed line by line) or folders of them, read by ``plannet_files``. Output: the
neutral ``Imported`` shape: primary care roles at offices in one state, their doctors,
groups, networks, and the HMO type plans. Decisions worth knowing (the report counts each case):

- A Practitioner without a valid NPI (Luhn with the 80840 prefix) is rejected, and so
  are its roles. Only doctors with at least one kept role are returned.
- A role becomes a primary care role only for a NUCC specialty in ``pcp_codes``.
- A role whose practitioner reference is not in the input is skipped, unless the role
  carries its own NPI identifier that a Practitioner in the input has (as real payers'
  roles do): then that Practitioner is used and the match is reported.
- A role's networks are its network-reference extensions; only when it lists none does
  it inherit the networks of its group's OrganizationAffiliations.
- Accepting status: the role's own newpatients statement wins, then its location's, then
  its HealthcareServices'. A statement naming a ``fromNetwork`` counts only when that
  network is one of the role's. Disagreeing statements at one level give ``None``.
- Board certification: True when a qualification is issued by an "American ... Board"
  (or its text says "Board Certified") and its status, when given, is active; False when
  such qualifications exist and none is active; None otherwise (a license or a degree
  says nothing about board certification).
- Languages stated with a proficiency below "general professional" are left out.
- AccessibilityCS codes (adacomp, handiaccess, pubtrans ...) do not say which of the
  app's accessibility features an office has: ``accessibility`` stays None and the codes
  are counted in the report.
- Offices are the in-state Locations of kept roles; groups are provider-group
  Organizations and every Organization a PractitionerRole names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from hmo_desktop.datapack.generate import passes_npi_check
from hmo_desktop.datapack.importers import plannet_ext as fx
from hmo_desktop.datapack.importers.model import (
    Imported,
    ImportSource,
    RealDoctor,
    RealGroup,
    RealNetwork,
    RealPlan,
    RealRole,
)
from hmo_desktop.datapack.importers.plannet_ext import office as _office
from hmo_desktop.datapack.importers.plannet_files import Resource, input_files, resources
from hmo_desktop.datapack.importers.textfile import ImportProblem
from hmo_desktop.datapack.sources import APP_SPECIALTY, read_csv

Json = dict[str, Any]
HMO_PRODUCTS = ("commhmo", "commpos", "medi", "medihmo", "mediadvhmo")
USED = {"Practitioner", "PractitionerRole", "Organization", "OrganizationAffiliation"}
USED |= {"Location", "HealthcareService", "InsurancePlan"}
TITLE = "Plan-Net provider directory (FHIR)"


def load_pcp_codes(map_csv: Path) -> dict[str, str]:
    """NUCC taxonomy code -> app specialty key ("family", ...), from the specialty map's
    NUCC rows that count as primary care by default."""
    return {
        r["code_or_label"].strip(): APP_SPECIALTY[r["app_specialty"]]
        for r in read_csv(map_csv)
        if r["source_system"] == "NUCC" and r["include_by_default"] == "yes"
    }


# ---------------------------------------------------------------- the reader


class _Reader:
    def __init__(self, pcp_codes: Mapping[str, str], state: str, source: str) -> None:
        self.pcp, self.state, self.source = pcp_codes, state.strip().upper(), source
        self.by_key: dict[str, Resource] = {}
        self.full_urls: dict[str, str] = {}
        self.read: Counter[str] = Counter()
        self.ignored: Counter[str] = Counter()
        self.count: Counter[str] = Counter()
        self.notes: list[str] = []
        self.newest = ""
        self.unknown_nets: set[str] = set()
        self.out = Imported()

    def add(self, data: Json, file: Path, line: int, full_url: str) -> None:
        kind = data["resourceType"]
        stamp = str((data.get("meta") or {}).get("lastUpdated") or "")[:10]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", stamp) and stamp > self.newest:
            self.newest = stamp
        if kind not in USED:
            self.ignored[kind] += 1
            return
        self.read[kind] += 1
        res = Resource(data, file, line)
        if not isinstance(data.get("id"), str) or not data["id"].strip():
            self.notes.append(f"skipped {kind} without an id ({res.where()})")
        elif res.key in self.by_key:
            self.notes.append(f"duplicate {res.key} ({res.where()}): the first one is used")
        else:
            self.by_key[res.key] = res
            if full_url:
                self.full_urls[full_url] = res.key

    def of(self, kind: str) -> list[Resource]:
        return [r for k, r in self.by_key.items() if k.startswith(kind + "/")]

    def name_of(self, value: object, res: Resource, field: str) -> str:
        key = res.ref(value, field, self.full_urls)
        target = self.by_key.get(key or "")
        name = target.data.get("name") if target else None
        return name.strip() if isinstance(name, str) else fx.display(value)

    def org_types(self, res: Resource) -> list[str]:
        return fx.codes(res.data.get("type"), fx.CS + "OrgTypeCS")

    def run(self) -> Imported:
        self.networks_and_groups()
        self.plans()
        doctors = self.practitioners()
        self.roles(doctors)
        return self.out

    def networks_and_groups(self) -> None:
        role_orgs = set()
        for role in self.of("PractitionerRole"):
            org = role.data.get("organization")
            if not fx.absent_reason(org):
                role_orgs.add(role.ref(org, "organization", self.full_urls))
        for res in self.of("Organization"):
            types, name = self.org_types(res), str(res.data.get("name") or "").strip()
            if "ntwk" in types:
                carrier = self.name_of(res.data.get("partOf"), res, "partOf")
                self.out.networks[res.key] = RealNetwork(
                    key=res.key, name=name, carrier=carrier, source=self.source
                )
            if "prvgrp" in types or res.key in role_orgs:
                npi = fx.identifier(res.data, fx.NPI_SYSTEM)
                if npi is not None and not passes_npi_check(npi):
                    self.notes.append(f"{res.key}: NPI {npi} fails the check digit (left out)")
                    npi = None
                group = RealGroup(
                    key=res.key, name=name, source=self.source, npi=npi, phone=fx.phone(res.data)
                )
                self.out.groups[res.key] = group
        self.affiliated: dict[str, list[str]] = {}
        for res in self.of("OrganizationAffiliation"):
            d = res.data
            org = res.ref(
                d.get("participatingOrganization"), "participatingOrganization", self.full_urls
            )
            nets = self.ref_list(res, "network")
            if org:
                self.affiliated.setdefault(org, []).extend(nets)

    def ref_list(
        self, res: Resource, field: str, data: Json | None = None, label: str = ""
    ) -> list[str]:
        values = (res.data if data is None else data).get(field) or []
        label = label or field
        if not isinstance(values, list):
            raise ImportProblem(res.file, res.line, label, f"{res.key}: not a list")
        found = [res.ref(v, f"{label}[{i}]", self.full_urls) for i, v in enumerate(values)]
        return list(dict.fromkeys(k for k in found if k))

    def plans(self) -> None:
        skipped: Counter[str] = Counter()
        for res in self.of("InsurancePlan"):
            d = res.data
            product = next(iter(fx.codes(d.get("type"), fx.CS + "InsuranceProductTypeCS")), "")
            if product not in HMO_PRODUCTS:
                skipped[product or "(no product type)"] += 1
                continue
            nets = self.ref_list(res, "network")
            for i, plan in enumerate(d.get("plan") or []):
                if isinstance(plan, dict):
                    nets += self.ref_list(res, "network", plan, f"plan[{i}].network")
            carrier = self.name_of(d.get("ownedBy"), res, "ownedBy") or self.name_of(
                d.get("administeredBy"), res, "administeredBy"
            )
            contacts = [c for c in d.get("contact") or [] if isinstance(c, dict)]
            phones = [p for p in (fx.phone(c) for c in contacts) if p]
            self.out.plans[res.key] = RealPlan(
                key=res.key, name=str(d.get("name") or "").strip(), carrier=carrier,
                product_code=product, source=self.source,
                network_keys=tuple(dict.fromkeys(nets)),
                member_phone=phones[0] if phones else None,
            )  # fmt: skip
        kept = Counter(p.product_code for p in self.out.plans.values())
        self.notes.append(f"plans kept: {len(self.out.plans)} {dict(sorted(kept.items()))}")
        self.notes.append(f"plans skipped by product type: {dict(sorted(skipped.items()))}")

    def practitioners(self) -> dict[str, RealDoctor]:
        doctors: dict[str, RealDoctor] = {}
        for res in self.of("Practitioner"):
            d = res.data
            npi = fx.identifier(d, fx.NPI_SYSTEM)
            name = fx.person_name(d)
            if npi is None or not passes_npi_check(npi):
                why = "has no NPI" if npi is None else f"NPI {npi} fails the check digit"
                self.notes.append(f"rejected {res.key}: {why}")
                continue
            if name is None:
                self.notes.append(f"rejected {res.key}: no family name")
                continue
            langs, low = fx.languages(d)
            if low:
                self.count["languages left out for low proficiency"] += len(low)
            board, board_name = fx.board(d)
            gender = {"female": "F", "male": "M", "other": "X"}.get(str(d.get("gender")))
            doctors[res.key] = RealDoctor(
                npi=npi, first_name=name[0], last_name=name[2], source=self.source,
                middle_name=name[1], credential=fx.credential(d), gender=gender,
                languages=langs, board_certified=board, board_name=board_name,
                line=f"{res.where()}, {res.key}",
            )  # fmt: skip
        return doctors

    def practitioner_of(self, role: Resource, doctors: dict[str, RealDoctor]) -> RealDoctor | None:
        key = role.ref(role.data.get("practitioner"), "practitioner", self.full_urls)
        if key in doctors:
            return doctors[key]
        if key in self.by_key:
            self.count["roles of rejected practitioners"] += 1
            return None
        own = fx.identifier(role.data, fx.NPI_SYSTEM)
        match = [k for k, doc in doctors.items() if own and doc.npi == own]
        if key is None and not match:
            self.count["roles without a practitioner"] += 1
            return None
        if key is not None and not match:
            self.notes.append(f"dangling reference: {role.key}.practitioner -> {key} (skipped)")
            self.count["roles with a dangling practitioner"] += 1
            return None
        self.notes.append(
            f"{role.key}: practitioner {key} not in the input; "
            f"matched {match[0]} by the role's NPI {own}"
        )
        return doctors[match[0]]

    def roles(self, doctors: dict[str, RealDoctor]) -> None:
        access: Counter[str] = Counter()
        for role in self.of("PractitionerRole"):
            d = role.data
            codes = fx.codes(d.get("specialty"), fx.NUCC)
            code = next((c for c in codes if c in self.pcp), None)
            if code is None:
                self.count["roles of other specialties"] += 1
                continue
            doctor = self.practitioner_of(role, doctors)
            if doctor is None:
                continue
            group = self.group_of(role)
            nets = self.ref_list(role, "net", _network_refs(d), "extension[network-reference]")
            if not nets and group:
                nets = list(dict.fromkeys(self.affiliated.get(group, [])))
            self.unknown_nets.update(n for n in nets if n not in self.out.networks)
            service_keys = self.ref_list(role, "healthcareService")
            services = [self.by_key[k] for k in service_keys if k in self.by_key]
            methods = fx.delivery(d) or {m for s in services for m in fx.delivery(s.data)}
            tele = True if "virtual" in methods else False if "physical" in methods else None
            locations = self.ref_list(role, "location")
            if not locations:
                self.count["roles without a location"] += 1
            for key in locations:
                loc = self.by_key.get(key)
                if loc is None:
                    self.notes.append(f"dangling reference: {role.key}.location -> {key}")
                    continue
                address = loc.data.get("address") or {}
                if str(address.get("state") or "").strip().upper() != self.state:
                    self.count["roles at locations outside the state"] += 1
                    continue
                if key not in self.out.offices:
                    self.out.offices[key] = _office(loc.key, loc.data, self.source)
                    access.update(fx.accessibility_codes(loc.data))
                levels = [role, loc, *services]
                accepting = self.accepting(role, levels, nets)
                self.out.roles.append(RealRole(
                    npi=doctor.npi, office_key=key, specialty=self.pcp[code],
                    source=self.source, group_key=group, specialty_code=code,
                    accepting=accepting, telehealth=tele, network_keys=tuple(nets),
                ))  # fmt: skip
                self.out.doctors.setdefault(doctor.npi, doctor)
        self.count["practitioners read"] = len(self.of("Practitioner"))
        self.count["practitioners with a valid NPI"] = len(doctors)
        self.count["doctors kept (with a kept role)"] = len(self.out.doctors)
        self.count["roles kept (one per role and office)"] = len(self.out.roles)
        if self.unknown_nets:
            self.count["networks named by roles but not in the input"] = len(self.unknown_nets)
        if access:
            codes_seen = dict(sorted(access.items()))
            self.notes.append(f"accessibility codes not mapped (left unknown): {codes_seen}")

    def group_of(self, role: Resource) -> str | None:
        org = role.data.get("organization")
        if fx.absent_reason(org):
            self.count["roles with a data-absent organization"] += 1
            return None
        key = role.ref(org, "organization", self.full_urls)
        if key is not None and key not in self.out.groups:
            self.notes.append(f"dangling reference: {role.key}.organization -> {key}")
            return None
        return key

    def accepting(self, role: Resource, levels: list[Resource], nets: list[str]) -> str | None:
        for res in levels:
            said = fx.newpatients(res.data)
            for status, _, code in said:
                if status is None:
                    self.notes.append(f"{res.key}: unknown acceptingPatients code {code!r}")
            found = {s for s, net, _ in said if s and (net is None or not nets or net in nets)}
            if len(found) == 1:
                return found.pop()
            if len(found) > 1:
                self.notes.append(f"{role.key}: {res.key} says {sorted(found)}: unknown")
                return None
        return None

    def source_row(self, paths: Sequence[Path], files: list[Path]) -> ImportSource:
        payers = sorted(
            {str(r.data.get("name")).strip() for r in self.of("Organization")
             if "payer" in self.org_types(r) and r.data.get("name")}
        )  # fmt: skip
        if self.newest:
            as_of, note = self.newest, "newest meta.lastUpdated"
        else:
            stamp = max((f.stat().st_mtime for f in files), default=0.0)
            as_of, note = date.fromtimestamp(stamp).isoformat(), "newest file modified date"
        return ImportSource(
            key=self.source, title=TITLE,
            publisher="; ".join(payers) or "Health plan (Plan-Net)",
            origin=", ".join(p.name for p in paths), as_of=as_of, as_of_note=note,
            licence="Public payer directory data",
        )  # fmt: skip


def _network_refs(data: Json) -> Json:
    exts = fx.extensions(data, fx.NETWORK_REFERENCE)
    return {"net": [e.get("valueReference") for e in exts]}


def read_plannet(
    paths: Sequence[Path], pcp_codes: Mapping[str, str], state: str = "CA",
    source_key: str = "plannet",
) -> Imported:  # fmt: skip
    """Read Plan-Net files and folders; keep ``state``'s primary care roles.

    Raises ImportProblem for a file that cannot be read (not UTF-8, not JSON, truncated,
    not FHIR), for an element that should be a Reference and is not, and for an input
    without any Plan-Net resource. Rejected NPIs, dangling references and skipped roles
    and plans are listed in ``Imported.report``."""
    reader = _Reader(pcp_codes, state, source_key)
    files = [f for p in paths for f in input_files(p)]
    for file in files:
        for data, line, full_url in resources(file):
            reader.add(data, file, line, full_url)
    if not reader.by_key:
        where = paths[0] if paths else Path("<no input>")
        raise ImportProblem(where, 0, None, "no Plan-Net resources")
    out = reader.run()
    out.sources.append(reader.source_row(paths, files))
    out.report = [
        f"resources read: {dict(sorted(reader.read.items()))}",
        f"resources of other types ignored: {dict(sorted(reader.ignored.items()))}",
        *(f"{k}: {v}" for k, v in reader.count.items()),
        *reader.notes,
    ]
    return out
