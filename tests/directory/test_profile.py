"""A doctor's profile: every plan, group and office, and where each fact comes from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hmo_desktop.directory import (
    ACCESSIBILITY_KEYS,
    Directory,
    DoctorProfile,
    Fact,
    NotFound,
    OfficeInfo,
    RoleInfo,
    doctor_profile,
    open_directory,
)
from tests.directory.unpublished import without_unpublished_details


def busiest_doctor(db: Directory) -> int:
    return int(
        db.con.execute(
            "SELECT practitioner_id FROM pcp_role GROUP BY practitioner_id "
            "ORDER BY count(DISTINCT plan_id) DESC, practitioner_id LIMIT 1"
        ).fetchone()[0]
    )


def test_doctor_profile_lists_every_plan_and_group(hmo_directory: Directory) -> None:
    db = hmo_directory
    pid = busiest_doctor(db)
    prof = doctor_profile(db, pid)
    assert isinstance(prof, DoctorProfile)
    plans = {
        r[0]
        for r in db.con.execute(
            "SELECT DISTINCT plan_id FROM pcp_role WHERE practitioner_id = ?", (pid,)
        )
    }
    assert {r.plan_id for r in prof.roles} == plans
    assert len(plans) >= 2
    assert prof.is_sample is True
    assert prof.fact.kind == "generated"
    assert prof.languages[0] == "en"  # codes: the screens name them
    assert all(r.plan_fact and r.plan_fact.as_of and r.group_fact.source for r in prof.roles)
    assert {o.id for o in prof.offices} == {r.location_id for r in prof.roles}
    assert all(o.staff_languages for o in prof.offices)
    with pytest.raises(NotFound):
        doctor_profile(db, 10**9)


def test_profile_rows_match_their_tables(hmo_directory: Directory) -> None:
    db = hmo_directory
    pid = busiest_doctor(db)
    prof = doctor_profile(db, pid)
    first, last, board, npi, sample_id = db.con.execute(
        "SELECT first_name, last_name, board_certified, npi, sample_id FROM practitioner "
        "WHERE id = ?",
        (pid,),
    ).fetchone()
    assert prof.name == f"{first} {last}"
    assert prof.board_certified is bool(board)
    assert prof.identifier == (npi or sample_id)
    roles = db.con.execute(
        "SELECT r.id, r.accepting, r.telehealth, s.display_name FROM pcp_role r "
        "JOIN specialty s ON s.code = r.specialty_code WHERE r.practitioner_id = ?",
        (pid,),
    ).fetchall()
    got = {(r.role_id, r.accepting, r.telehealth, r.specialty_label) for r in prof.roles}
    assert got == {(i, acc, bool(tele), label) for i, acc, tele, label in roles}
    assert all(isinstance(r, RoleInfo) and isinstance(r.plan_fact, Fact) for r in prof.roles)
    order = [(r.product_type, r.plan_name, r.group_name, r.role_id) for r in prof.roles]
    assert order == sorted(order)
    for office in prof.offices:
        assert isinstance(office, OfficeInfo)
        row = db.con.execute(
            f"SELECT evening_hours, saturday_hours, {', '.join(ACCESSIBILITY_KEYS)} "
            "FROM location WHERE id = ?",
            (office.id,),
        ).fetchone()
        assert (office.evening_hours, office.saturday_hours) == (bool(row[0]), bool(row[1]))
        assert office.accessibility == {
            k: bool(v) for k, v in zip(ACCESSIBILITY_KEYS, row[2:], strict=True)
        }
    hospitals = db.con.execute(
        "SELECT hospital_id FROM practitioner_hospital WHERE practitioner_id = ?", (pid,)
    ).fetchall()
    assert {h.id for h in prof.hospitals} == {h[0] for h in hospitals}
    assert (prof.hospital_fact is None) == (not hospitals)


def test_every_field_comes_from_its_own_column(hmo_directory: Directory) -> None:
    """Doctors with and without hospitals, offices and roles: nothing read for one part of
    the profile leaks into another (a name, a source)."""
    db = hmo_directory
    with_hospitals = db.con.execute(
        "SELECT practitioner_id FROM practitioner_hospital ORDER BY practitioner_id LIMIT 5"
    ).fetchall()
    without = db.con.execute(
        "SELECT id FROM practitioner WHERE id NOT IN (SELECT practitioner_id FROM "
        "practitioner_hospital) ORDER BY id LIMIT 5"
    ).fetchall()
    assert len(with_hospitals) == len(without) == 5
    for (pid,) in with_hospitals + without:
        prof = doctor_profile(db, pid)
        first, last, native, credential, gender, source = db.con.execute(
            "SELECT first_name, last_name, native_name, credential, gender, d.title "
            "FROM practitioner p JOIN data_source d ON d.id = p.source_id WHERE p.id = ?",
            (pid,),
        ).fetchone()
        assert (prof.id, prof.name, prof.native_name, prof.credential, prof.gender) == (
            pid,
            f"{first} {last}",
            native,
            credential,
            gender,
        )
        assert prof.fact.source == source
        assert (prof.hospital_fact is not None) == bool(prof.hospitals)


def test_sample_and_inferred_values_say_so(hmo_directory: Directory) -> None:
    db = hmo_directory
    pid = busiest_doctor(db)
    prof = doctor_profile(db, pid)
    for office in prof.offices:
        sample, provenance = db.con.execute(
            "SELECT is_sample, provenance FROM location WHERE id = ?", (office.id,)
        ).fetchone()
        assert office.is_sample is (bool(sample) or provenance == "generated")
        assert office.fact.kind == provenance
    for role in prof.roles:
        sample, group_sample, details = db.con.execute(
            "SELECT r.is_sample, g.is_sample, g.details_provenance FROM pcp_role r "
            "JOIN medical_group g ON g.id = r.group_id WHERE r.id = ?",
            (role.role_id,),
        ).fetchone()
        assert (role.is_sample, role.group_is_sample) == (bool(sample), bool(group_sample))
        assert role.group_details_generated is (bool(group_sample) or details == "generated")
    relations = dict(
        db.con.execute(
            "SELECT hospital_id, provenance FROM practitioner_hospital WHERE practitioner_id = ?",
            (pid,),
        ).fetchall()
    )
    assert {h.id: h.relation for h in prof.hospitals} == relations


def test_group_codes_are_only_the_published_ones(hmo_directory: Directory) -> None:
    db = hmo_directory
    rows = db.con.execute(
        "SELECT r.practitioner_id, r.id, gn.group_code, gn.provenance FROM pcp_role r "
        "JOIN group_in_network gn ON gn.group_id = r.group_id AND gn.network_id = r.network_id "
        "WHERE gn.group_code IS NOT NULL ORDER BY gn.provenance, r.id"
    ).fetchall()
    published = next(r for r in rows if r[3] in ("real", "dated"))
    role = next(r for r in doctor_profile(db, published[0]).roles if r.role_id == published[1])
    assert published[2] in role.group_codes
    for pid, role_id, code, provenance in rows:
        if provenance not in ("real", "dated"):  # a generated code is never shown as a fact
            role = next(r for r in doctor_profile(db, pid).roles if r.role_id == role_id)
            assert code not in role.group_codes
            break


@pytest.fixture(scope="module")
def unpublished(
    hmo_small_directory: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Directory]:
    path = without_unpublished_details(hmo_small_directory, tmp_path_factory.mktemp("nulls"))
    db = open_directory(path, verify_hash=False)
    yield db
    db.close()


def test_a_real_groups_unknown_details_are_none(unpublished: Directory) -> None:
    db = unpublished
    pid, real_group, sample_group = db.con.execute(
        "SELECT r.practitioner_id, g.id, s.id FROM pcp_role r "
        "JOIN medical_group g ON g.id = r.group_id AND g.provenance IN ('real', 'dated') "
        "JOIN medical_group s ON s.provenance = 'generated' ORDER BY r.id LIMIT 1"
    ).fetchone()
    prof = doctor_profile(db, pid)
    role = next(r for r in prof.roles if r.group_id == real_group)
    assert (role.group_phone, role.group_after_hours_phone, role.group_referral_rules) == (
        None,
        None,
        None,
    )
    assert not role.group_is_sample
    sample_pid = db.con.execute(
        "SELECT practitioner_id FROM pcp_role WHERE group_id = ? LIMIT 1", (sample_group,)
    ).fetchone()
    if sample_pid is not None:  # sample groups keep their (generated) details
        sample_role = next(
            r for r in doctor_profile(db, sample_pid[0]).roles if r.group_id == sample_group
        )
        assert sample_role.group_is_sample
        assert sample_role.group_details_generated
        assert sample_role.group_phone
