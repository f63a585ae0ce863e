"""One member's session: where they are, what they chose, how far they got.

A plain object with no Qt. The window and the screens read it; only the window changes
it (through the methods below), so a screen never keeps its own copy of what another
screen chose. ``reset()`` starts a new member without touching the open directory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # only types: the window imports this before the directory is open
    from hmo_desktop.directory import GroupRow, Place, PlanRow

#: The steps of the path, in order.
STEP_PLAN, STEP_GROUP, STEP_DOCTOR, STEP_PROFILE = range(4)


class Area(NamedTuple):
    """The county being searched; ``place`` is set when the member gave a ZIP."""

    county_id: int
    county: str
    place: Place | None = None


class DoctorShown(NamedTuple):
    """The doctor whose profile the member opened (at this office first, when given)."""

    practitioner_id: int
    location_id: int | None = None


class Session:
    """(A plain class, not a dataclass: the window builds one before its first paint, and
    importing ``dataclasses`` costs that paint about 3 ms.)"""

    __slots__ = ("area", "doctor", "group", "plan", "reached")

    def __init__(self) -> None:
        self.area: Area | None = None  # None: all of California
        self.plan: PlanRow | None = None
        self.group: GroupRow | None = None  # None: the whole plan (the group was skipped)
        self.reached = STEP_PLAN  # the furthest step the member may go to
        self.doctor: DoctorShown | None = None  # the profile opened last, if any

    @property
    def place(self) -> Place | None:
        return self.area.place if self.area is not None else None

    @property
    def county_id(self) -> int | None:
        return self.area.county_id if self.area is not None else None

    @property
    def county(self) -> str | None:
        """The county's name, with or without a ZIP; None for all of California."""
        return self.area.county if self.area is not None else None

    def can_show(self, step: int) -> bool:
        """Whether a step has what it needs: the group step a plan, the doctor step a plan
        and a group chosen (or skipped), the profile a doctor."""
        if step == STEP_PLAN:
            return True
        if step == STEP_PROFILE:
            return self.doctor is not None
        return self.plan is not None and self.reached >= step

    def set_area(self, area: Area | None) -> None:
        self.area = area

    def choose_plan(self, plan: PlanRow) -> None:
        """A new plan: the group and the later steps no longer apply."""
        self.plan = plan
        self.group = None
        self.reached = STEP_GROUP

    def drop_plan(self) -> None:
        """The plan does not serve the new area: start again from the plan."""
        self.plan = None
        self.group = None
        self.reached = STEP_PLAN

    def choose_group(self, group: GroupRow | None) -> None:
        if self.plan is None:
            raise ValueError("choose a plan before a group")
        self.group = group
        self.reached = STEP_DOCTOR

    def drop_group(self) -> None:
        """The group is not listed in the new area: choose a group again."""
        self.group = None
        self.reached = min(self.reached, STEP_GROUP)

    def show_doctor(self, practitioner_id: int, location_id: int | None = None) -> None:
        """The member opened a doctor's profile; it is on the path once the doctor step
        was reached (a doctor found by name before then leaves the steps between unreached)."""
        self.doctor = DoctorShown(practitioner_id, location_id)
        if self.reached >= STEP_DOCTOR:
            self.reached = STEP_PROFILE

    def reach(self, step: int) -> None:
        self.reached = max(self.reached, step)

    def reset(self) -> None:
        """Forget everything about the member (a new member starts)."""
        self.area = None
        self.plan = None
        self.group = None
        self.reached = STEP_PLAN
        self.doctor = None
