"""The member's session: what a step change does to what comes after it."""

from __future__ import annotations

import pytest

from hmo_desktop.directory import Directory, find_place, groups_in_plan, plans_for_area
from hmo_desktop.household import STEP_DOCTOR, STEP_GROUP, STEP_PLAN, STEP_PROFILE, Area, Session


def test_choices_move_the_reached_step_and_a_new_plan_drops_the_group(
    hmo_directory: Directory,
) -> None:
    place = find_place(hmo_directory, "94110")
    plan, other = plans_for_area(hmo_directory, place.county_id)[:2]
    group = groups_in_plan(hmo_directory, plan.id, place)[0]
    s = Session()
    assert (s.area, s.place, s.county_id, s.reached) == (None, None, None, STEP_PLAN)
    s.set_area(Area(place.county_id, place.county, place))
    assert s.place == place
    assert s.county_id == place.county_id
    with pytest.raises(ValueError, match="plan"):
        s.choose_group(group)  # a group belongs to a plan
    s.choose_plan(plan)
    assert s.reached == STEP_GROUP
    s.choose_group(group)
    assert (s.group, s.reached) == (group, STEP_DOCTOR)
    s.reach(STEP_PROFILE)
    s.reach(STEP_GROUP)  # going back does not forget how far the member got
    assert s.reached == STEP_PROFILE
    s.choose_plan(other)
    assert (s.plan, s.group, s.reached) == (other, None, STEP_GROUP)
    s.drop_plan()
    assert (s.plan, s.group, s.reached) == (None, None, STEP_PLAN)
    assert s.place == place  # the area stays


def test_reset_forgets_everything(hmo_directory: Directory) -> None:
    place = find_place(hmo_directory, "93701")
    plan = plans_for_area(hmo_directory, place.county_id)[0]
    s = Session()
    s.set_area(Area(place.county_id, place.county, place))
    s.choose_plan(plan)
    s.choose_group(None)
    s.reset()
    assert (s.area, s.plan, s.group, s.reached) == (None, None, None, STEP_PLAN)


def test_each_step_needs_what_it_shows(hmo_directory: Directory) -> None:
    place = find_place(hmo_directory, "93701")
    plan = plans_for_area(hmo_directory, place.county_id)[0]
    s = Session()
    assert [s.can_show(step) for step in range(4)] == [True, False, False, False]
    s.show_doctor(7)  # found by name before any plan: the steps between stay unreached
    assert (s.doctor, s.reached) == ((7, None), STEP_PLAN)
    assert [s.can_show(step) for step in range(4)] == [True, False, False, True]
    s.choose_plan(plan)
    assert [s.can_show(step) for step in range(4)] == [True, True, False, True]
    s.choose_group(None)
    s.show_doctor(8, 3)  # from the doctor step: the profile is on the path now
    assert (s.doctor, s.reached) == ((8, 3), STEP_PROFILE)
    assert all(s.can_show(step) for step in range(4))
    s.drop_plan()  # the area changed: no plan, so neither the group nor the doctor step
    assert [s.can_show(step) for step in range(4)] == [True, False, False, True]
    s.reset()
    assert s.doctor is None
    assert [s.can_show(step) for step in range(4)] == [True, False, False, False]


def test_the_county_is_known_with_or_without_a_zip(hmo_directory: Directory) -> None:
    place = find_place(hmo_directory, "93701")
    assert Session().county is None  # all of California
    s = Session()
    s.set_area(Area(place.county_id, place.county))
    assert (s.county, s.place) == ("Fresno", None)
    s.set_area(Area(place.county_id, place.county, place))
    assert (s.county, s.place) == ("Fresno", place)
