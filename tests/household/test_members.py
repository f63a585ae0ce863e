"""A household's members, their choices and what the overview says."""

from __future__ import annotations

import pytest

from hmo_desktop.household.members import (
    AGING_OUT,
    EVENING,
    NO_PCP,
    NOT_IN_PLAN,
    NOT_TAKING,
    STATUS_UNKNOWN,
    Choice,
    Household,
    InvalidMember,
)


def choice(pid: int, plan: int = 1, accepting: str = "accepting", **kw: object) -> Choice:
    values: dict[str, object] = {
        "practitioner_id": pid,
        "location_id": pid * 10,
        "group_id": 7,
        "plan_id": plan,
        "doctor": f"Doctor {pid}",
        "specialty": "family",
        "accepting": accepting,
        "age_min": 0,
        "age_max": 120,
    }
    values.update(kw)
    return Choice(**values)  # type: ignore[arg-type]


def test_members_get_the_specialties_their_age_allows() -> None:
    h = Household()
    child = h.add_member("Mia", 6)
    mother = h.add_member("  Ana  ", 34, sex="F", wants_obgyn=True)
    father = h.add_member("Luis", 36, sex="M", needs={EVENING})
    teen = h.add_member("Sam", 15, sex="M", wants_obgyn=True)
    assert mother.name == "Ana"  # as typed, without the stray spaces
    assert child.specialties() == ("family", "pediatrics")
    assert mother.specialties() == ("family", "internal", "obgyn")
    assert father.specialties() == ("family", "internal")  # no OB/GYN unless asked
    # A recorded sex never hides a specialty the member asks for.
    assert teen.specialties() == ("family", "pediatrics", "obgyn")
    assert [m.id for m in h.members] == [1, 2, 3, 4]
    assert h.ages() == [6, 34, 36, 15]


@pytest.mark.parametrize(
    ("name", "age", "code"),
    [
        ("", 30, "name_empty"),
        ("   ", 30, "name_empty"),
        ("x" * 41, 30, "name_too_long"),
        ("Ana 1985-03-02", 30, "name_not_a_name"),
        ("ana@example.org", 30, "name_not_a_name"),
        ("Ana", -1, "age_out_of_range"),
        ("Ana", 121, "age_out_of_range"),
    ],
)
def test_a_member_must_be_a_first_name_and_an_age(name: str, age: int, code: str) -> None:
    h = Household()
    with pytest.raises(InvalidMember) as exc:
        h.add_member(name, age)
    assert exc.value.code == code
    assert h.members == []


def test_first_choice_and_two_backups() -> None:
    h = Household(plan_id=1)
    m = h.add_member("Ana", 34)
    assert h.needs_pcp() == [m]
    assert h.add_backup(m.id, choice(1))  # the first doctor is the first choice
    assert h.pcp(m.id) == choice(1)
    assert h.add_backup(m.id, choice(2))
    assert h.add_backup(m.id, choice(3))
    assert not h.add_backup(m.id, choice(4))  # a first choice and two backups at most
    h.choose(m.id, choice(4))  # a new first choice: the others move down, the last drops
    assert [c.practitioner_id for c in h.choices[m.id]] == [4, 1, 2]
    h.choose(m.id, choice(2))  # choosing a backup moves it up, not twice
    assert [c.practitioner_id for c in h.choices[m.id]] == [2, 4, 1]
    h.remove_choice(m.id, 0)
    assert h.pcp(m.id) == choice(4)
    assert h.needs_pcp() == []


def test_the_overview_says_what_to_look_at() -> None:
    h = Household(plan_id=1)
    child = h.add_member("Mia", 18)
    adult = h.add_member("Ana", 34)
    other = h.add_member("Luis", 36)
    h.choose(child.id, choice(1, specialty="pediatrics", age_min=0, age_max=18))
    h.add_backup(child.id, choice(2, plan=9))  # a backup in another plan
    h.choose(adult.id, choice(3, accepting="not_accepting"))
    h.add_backup(adult.id, choice(4, accepting="unknown"))
    kinds = [(i.member_id, i.kind, i.rank) for i in h.overview()]
    assert kinds == [
        (child.id, NOT_IN_PLAN, 1),
        (child.id, AGING_OUT, 0),
        (adult.id, NOT_TAKING, 0),
        (adult.id, STATUS_UNKNOWN, 1),
        (other.id, NO_PCP, 0),
    ]
    # The child really has plan 9: now the first choice is the one outside it.
    h.set_member_plan(child.id, 9)
    child_issues = [(i.kind, i.rank) for i in h.overview() if i.member_id == child.id]
    assert child_issues == [(NOT_IN_PLAN, 0), (AGING_OUT, 0)]
    assert h.plan_of(child.id) == 9
    h.set_member_plan(child.id, None)
    assert h.plan_of(child.id) == 1


def test_a_child_not_yet_aging_out_is_not_flagged() -> None:
    h = Household(plan_id=1)
    m = h.add_member("Sam", 17)
    h.choose(m.id, choice(1, specialty="pediatrics", age_min=0, age_max=18))
    assert AGING_OUT not in {i.kind for i in h.overview()}
    unknown_ages = Household(plan_id=1)
    k = unknown_ages.add_member("Kai", 20)
    unknown_ages.choose(k.id, choice(2, age_min=None, age_max=None))
    assert AGING_OUT not in {i.kind for i in unknown_ages.overview()}


def test_removing_and_clearing_leave_nothing_behind() -> None:
    h = Household(plan_id=1)
    a = h.add_member("Ana", 34)
    b = h.add_member("Mia", 6)
    h.choose(a.id, choice(1))
    h.set_member_plan(b.id, 5)
    h.remove_member(a.id)
    assert a.id not in h.choices
    with pytest.raises(KeyError):
        h.member(a.id)
    h.clear()
    assert (h.members, h.choices, h.member_plans, h.plan_id) == ([], {}, {}, None)
    assert h.add_member("Zoe", 3).id == 1
