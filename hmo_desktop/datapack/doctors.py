"""Sample doctors and their PCP roles: one role per office and network their group
serves there. Every doctor is fictional; every draw comes from the build's one
``random.Random``, in a fixed order.
"""

from __future__ import annotations

import random
from collections import defaultdict

from hmo_desktop.datapack import generate as gen
from hmo_desktop.datapack.rows import Ids, Progress, Rows
from hmo_desktop.directory_format import ACCEPTING, GENERATED, INFERRED, SPECIALTIES


class _Roles:
    """Adds pcp_role rows and keeps what the final checks need."""

    def __init__(
        self, rows: Rows, ids: Ids, plan_by_network: dict[int, int], rng: random.Random
    ) -> None:
        self.rows = rows
        self.ids = ids
        self.plan_by_network = plan_by_network
        self.rng = rng
        self.roles_in_network: dict[int, int] = defaultdict(int)  # numbers the PCP ids
        self.specialties_offered: dict[tuple[int, int], set[str]] = defaultdict(set)
        self.specialties_accepting: dict[int, set[str]] = defaultdict(set)  # by network

    def add(
        self,
        doctor: gen.Doctor,
        group: gen.GroupToStaff,
        office: gen.Office,
        network_id: int,
        usual_status: str,
        telehealth: bool,
    ) -> None:
        """One role; most keep the doctor's usual accepting status, some differ by plan."""
        rng = self.rng
        status = usual_status if rng.random() < 0.8 else gen.weighted(rng, gen.ACCEPTING_WEIGHTS)
        age_min, age_max = max(doctor.ages[0], group.min_age), doctor.ages[1]
        self.roles_in_network[network_id] += 1
        self.rows.add(
            "pcp_role",
            "generated",
            GENERATED,
            id=self.ids.next("pcp_role"),
            practitioner_id=doctor.id,
            group_id=group.id,
            location_id=office.id,
            network_id=network_id,
            plan_id=self.plan_by_network[network_id],
            specialty=doctor.specialty,
            specialty_code=doctor.code,
            accepting=status,
            age_min=age_min,
            age_max=age_max,
            pcp_id=f"{gen.pcp_id_prefix(network_id)}{self.roles_in_network[network_id]:06d}",
            telehealth=telehealth,
            lat=office.lat,
            lon=office.lon,
        )
        self.specialties_offered[(group.id, network_id)].add(doctor.specialty)
        if status == ACCEPTING:
            self.specialties_accepting[network_id].add(doctor.specialty)

    def staff(self, doctor: gen.Doctor, group: gen.GroupToStaff, offices: list[gen.Office]) -> None:
        """Roles at ``offices`` in every network the group serves in their counties."""
        usual_status = gen.weighted(self.rng, gen.ACCEPTING_WEIGHTS)
        telehealth = self.rng.random() < 0.62
        for office in offices:
            for network_id in group.networks_by_county.get(office.county_id, []):
                self.add(doctor, group, office, network_id, usual_status, telehealth)


def add_doctors(
    rows: Rows,
    ids: Ids,
    groups: list[gen.GroupToStaff],
    plan_by_network: dict[int, int],
    rng: random.Random,
    progress: Progress,
    rare: random.Random,
) -> None:
    """``group.size`` doctors per group, their languages, hospitals and roles."""
    roles = _Roles(rows, ids, plan_by_network, rng)
    seen_identifiers: set[str] = set()
    group_doctors: dict[int, list[gen.Doctor]] = defaultdict(list)
    total = sum(g.size for g in groups)
    for group in groups:
        for i in range(group.size):
            doctor_id = ids.next("practitioner")
            if doctor_id % 2000 == 0:
                progress(
                    f"Sample doctors: {doctor_id:,} of about {total:,}",
                    0.25 + 0.4 * doctor_id / max(total, 1),
                )
            # The first doctors of a group cover its specialties (all four, but PACE).
            if i < len(group.specialties):
                specialty = group.specialties[i]
            else:
                weights = gen.SPECIALTY_WEIGHTS.items()
                specialty = gen.weighted(
                    rng, tuple((s, w) for s, w in weights if s in group.specialties)
                )
            code = gen.weighted(rng, gen.SPECIALTY_CODES[specialty])
            heritage = gen.choose_heritage(rng)
            female = rng.random() < gen.FEMALE_SHARE[specialty]
            first, last, native = gen.make_name(heritage, female, rng)
            identifier = gen.sample_identifier(rng)
            while identifier in seen_identifiers:
                identifier = gen.sample_identifier(rng)
            seen_identifiers.add(identifier)
            board = rng.random() < 0.87
            rows.add(
                "practitioner",
                "generated",
                GENERATED,
                id=doctor_id,
                sample_id=identifier,
                npi=None,
                first_name=first,
                last_name=last,
                native_name=native,
                credential="DO" if rng.random() < 0.1 else "MD",
                gender="F" if female else "M",
                board_certified=board,
                board_name=gen.BOARDS[specialty] if board else None,
                medical_school=None,
            )
            for language in gen.doctor_languages(heritage, rng, rare):
                rows.add(
                    "practitioner_language",
                    "generated",
                    GENERATED,
                    practitioner_id=doctor_id,
                    language_code=language,
                )
            if group.hospitals and rng.random() < 0.75:
                count = rng.randint(1, min(2, len(group.hospitals)))
                for hospital_id in sorted(rng.sample(group.hospitals, count)):
                    rows.add(
                        "practitioner_hospital",
                        "inferred_hospitals",
                        INFERRED,
                        practitioner_id=doctor_id,
                        hospital_id=hospital_id,
                    )
            doctor = gen.Doctor(doctor_id, specialty, code, gen.ages_seen(specialty, code, rng))
            offices = [rng.choice(group.offices)]
            if len(group.offices) > 1 and rng.random() < 0.15:
                second = rng.choice(group.offices)
                if second is not offices[0]:
                    offices.append(second)
            group_doctors[group.id].append(doctor)
            roles.staff(doctor, group, offices)

    _second_groups(roles, groups, group_doctors)
    _fill_gaps(roles, groups, group_doctors)


def _second_groups(
    roles: _Roles, groups: list[gen.GroupToStaff], group_doctors: dict[int, list[gen.Doctor]]
) -> None:
    """Some doctors of independent groups (IPAs) also belong to a second such group with
    an office in the same county. Permanente doctors work only for their plan, and a PACE
    care team only at its center."""
    rng = roles.rng
    independent = [g for g in groups if g.kind in (gen.LISTED, gen.SAMPLE_GROUP)]
    groups_by_county: dict[int, list[gen.GroupToStaff]] = defaultdict(list)
    for group in independent:
        for county_id in group.county_ids:
            groups_by_county[county_id].append(group)
    for group in independent:
        for doctor in group_doctors[group.id]:
            if rng.random() >= 0.08:
                continue
            county_id = rng.choice(group.county_ids)
            others = [
                o
                for o in groups_by_county[county_id]
                if o.id != group.id and doctor.specialty in o.specialties
            ]
            if not others:
                continue
            other = rng.choice(others)
            office = rng.choice([o for o in other.offices if o.county_id == county_id])
            roles.staff(doctor, other, [office])


def _fill_gaps(
    roles: _Roles, groups: list[gen.GroupToStaff], group_doctors: dict[int, list[gen.Doctor]]
) -> None:
    """Every group/network pair offers all four specialties; every network has each
    specialty accepting new patients somewhere."""
    for group in groups:
        # The group's first doctor of each specialty.
        first_of = {d.specialty: d for d in reversed(group_doctors[group.id])}
        for county_id, network_ids in sorted(group.networks_by_county.items()):
            office = next(o for o in group.offices if o.county_id == county_id)
            for network_id in network_ids:
                for specialty in group.specialties:
                    if specialty not in roles.specialties_offered[(group.id, network_id)]:
                        roles.add(first_of[specialty], group, office, network_id, ACCEPTING, True)
    for network_id in sorted(roles.plan_by_network):
        for specialty in SPECIALTIES:
            if specialty in roles.specialties_accepting[network_id]:
                continue
            for role in roles.rows.tables["pcp_role"]:
                # (a sample role only: an imported doctor's status is never changed)
                if (
                    role["is_sample"]
                    and role.get("network_id") == network_id
                    and role["specialty"] == specialty
                ):
                    role["accepting"] = ACCEPTING
                    roles.specialties_accepting[network_id].add(specialty)
                    break
