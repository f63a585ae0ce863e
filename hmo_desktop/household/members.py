"""A household: the people enrolling together, each with their own PCP choice.

Qt-free, like ``Session``. A member is a first name or nickname (nothing more
identifying), an age, and optionally sex, preferred language and access needs. Each
member has one plan (the household's, unless they really have another), a first choice
of doctor and up to two backups. ``overview`` says who has a PCP, who still needs one,
and what to look at again: a saved choice the directory no longer lists, a choice (a
backup, most often) not in the member's plan, a doctor not taking new patients, a child
who ages out of a pediatrician within a year.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from hmo_desktop.directory_format import ACCEPTING, SPECIALTIES, UNKNOWN, specialty_sees_age

#: Longest name or nickname kept (a first name, not a full name with an address).
MAX_NAME = 40
MAX_AGE = 120
#: Backups kept besides the first choice.
MAX_BACKUPS = 2

#: Access needs a member may have; each is a doctor filter of the PCP step.
WHEELCHAIR, EVENING, SATURDAY, VIDEO = "wheelchair", "evening", "saturday", "video"
ACCESS_NEEDS = (WHEELCHAIR, EVENING, SATURDAY, VIDEO)

#: ``Issue.kind`` values, in the order the overview lists them.
NO_PCP = "no_pcp"
UNLISTED = "unlisted"  # a saved choice this directory no longer lists (kept, and flagged)
NOT_IN_PLAN = "not_in_plan"  # a choice (most often a backup) outside the member's plan
NOT_TAKING = "not_taking"
STATUS_UNKNOWN = "status_unknown"
AGING_OUT = "aging_out"
ISSUE_KINDS = (NO_PCP, UNLISTED, NOT_IN_PLAN, NOT_TAKING, STATUS_UNKNOWN, AGING_OUT)


class InvalidMember(ValueError):
    """A member that cannot be added as given; ``code`` says why (the UI words it)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Member:
    id: int
    name: str  # first name or nickname, as typed (shown as plain text)
    age: int
    sex: str | None = None  # "F" / "M"; never hides a specialty the member asks for
    language: str | None = None  # a ``language.code`` of the directory
    needs: frozenset[str] = frozenset()  # ACCESS_NEEDS
    wants_obgyn: bool = False  # an OB/GYN as PCP, when the member asks for one

    def specialties(self) -> tuple[str, ...]:
        """The specialties that can be this member's PCP, by age (each doctor's own ages
        seen then decide); OB/GYN only when the member wants one."""
        return tuple(
            s
            for s in SPECIALTIES
            if specialty_sees_age(s, self.age) and (s != "obgyn" or self.wants_obgyn)
        )


@dataclass(frozen=True)
class Choice:
    """A doctor chosen for a member: the listing (doctor, office, group, plan)."""

    practitioner_id: int
    location_id: int
    group_id: int
    plan_id: int
    doctor: str  # the doctor's name as the directory gives it
    specialty: str
    accepting: str
    age_min: int | None  # None: the directory does not say
    age_max: int | None


@dataclass(frozen=True)
class Issue:
    member_id: int
    kind: str  # ISSUE_KINDS
    rank: int = 0  # which choice: 0 the first, 1-2 a backup


@dataclass
class Household:
    members: list[Member] = field(default_factory=list)
    plan_id: int | None = None  # the household's plan
    member_plans: dict[int, int] = field(default_factory=dict)  # a member's own plan
    choices: dict[int, list[Choice]] = field(default_factory=dict)  # first, then backups
    #: Choices the open directory no longer lists (a saved household, a newer directory):
    #: kept, so the member sees what they chose, and flagged by ``overview``.
    unlisted: list[Choice] = field(default_factory=list)
    _next_id: int = 1

    # ------------------------------------------------------------ members

    def add_member(
        self,
        name: str,
        age: int,
        sex: str | None = None,
        language: str | None = None,
        needs: frozenset[str] | set[str] = frozenset(),
        wants_obgyn: bool = False,
    ) -> Member:
        member = _valid(
            Member(self._next_id, name, age, sex, language, frozenset(needs), wants_obgyn)
        )
        self._next_id += 1
        self.members.append(member)
        return member

    def update_member(self, member: Member) -> Member:
        """Replaces the member of the same id; a choice that no longer fits the new age
        stays, and ``overview`` says so."""
        member = _valid(member)
        i = self._index(member.id)
        self.members[i] = member
        return member

    def remove_member(self, member_id: int) -> None:
        del self.members[self._index(member_id)]
        self.member_plans.pop(member_id, None)
        self.choices.pop(member_id, None)

    def member(self, member_id: int) -> Member:
        return self.members[self._index(member_id)]

    def _index(self, member_id: int) -> int:
        for i, m in enumerate(self.members):
            if m.id == member_id:
                return i
        raise KeyError(member_id)

    # ------------------------------------------------------------ plans and choices

    def plan_of(self, member_id: int) -> int | None:
        return self.member_plans.get(member_id, self.plan_id)

    def set_member_plan(self, member_id: int, plan_id: int | None) -> None:
        """A member's own plan (None: the household's)."""
        self._index(member_id)
        if plan_id is None or plan_id == self.plan_id:
            self.member_plans.pop(member_id, None)
        else:
            self.member_plans[member_id] = plan_id

    def choose(self, member_id: int, choice: Choice) -> None:
        """The member's first choice; the one it replaces becomes the first backup."""
        self._index(member_id)
        listed = [c for c in self.choices.get(member_id, []) if not _same(c, choice)]
        self.choices[member_id] = [choice, *listed][: 1 + MAX_BACKUPS]

    def add_backup(self, member_id: int, choice: Choice) -> bool:
        """A backup after the first choice; False when there are already two, or no
        first choice yet (the first doctor chosen is the first choice)."""
        self._index(member_id)
        listed = self.choices.setdefault(member_id, [])
        if any(_same(c, choice) for c in listed):
            return True
        if not listed:
            listed.append(choice)
            return True
        if len(listed) >= 1 + MAX_BACKUPS:
            return False
        listed.append(choice)
        return True

    def remove_choice(self, member_id: int, rank: int) -> None:
        listed = self.choices.get(member_id, [])
        if 0 <= rank < len(listed):
            del listed[rank]

    def pcp(self, member_id: int) -> Choice | None:
        listed = self.choices.get(member_id, [])
        return listed[0] if listed else None

    # ------------------------------------------------------------ the overview

    def overview(self) -> list[Issue]:
        """What to look at, member by member, in ``ISSUE_KINDS`` order."""
        issues: list[Issue] = []
        for m in self.members:
            listed = self.choices.get(m.id, [])
            plan = self.plan_of(m.id)
            found: list[Issue] = []
            if not listed:
                found.append(Issue(m.id, NO_PCP))
            for rank, c in enumerate(listed):
                if any(_same(c, gone) for gone in self.unlisted):
                    found.append(Issue(m.id, UNLISTED, rank))
                    continue  # what the directory said of it then is no longer its word
                if c.accepting == UNKNOWN:
                    found.append(Issue(m.id, STATUS_UNKNOWN, rank))
                elif c.accepting != ACCEPTING:
                    found.append(Issue(m.id, NOT_TAKING, rank))
                if c.plan_id != plan:
                    found.append(Issue(m.id, NOT_IN_PLAN, rank))
                if _ages_out_within_a_year(m, c):
                    found.append(Issue(m.id, AGING_OUT, rank))
            issues += sorted(found, key=lambda i: (ISSUE_KINDS.index(i.kind), i.rank))
        return issues

    def needs_pcp(self) -> list[Member]:
        return [m for m in self.members if not self.choices.get(m.id)]

    def ages(self) -> list[int]:
        return [m.age for m in self.members]

    def clear(self) -> None:
        """Nothing of this household remains (a new family at a kiosk)."""
        self.members.clear()
        self.member_plans.clear()
        self.choices.clear()
        self.unlisted.clear()
        self.plan_id = None
        self._next_id = 1


def _same(a: Choice, b: Choice) -> bool:
    return (a.practitioner_id, a.location_id, a.plan_id) == (
        b.practitioner_id,
        b.location_id,
        b.plan_id,
    )


def _ages_out_within_a_year(member: Member, choice: Choice) -> bool:
    """A doctor whose ages seen end before the member's next birthday (a child's
    pediatrician, most often)."""
    return choice.age_max is not None and choice.age_max < member.age + 1 <= MAX_AGE


def _valid(member: Member) -> Member:
    name = " ".join(member.name.split())
    if not name:
        raise InvalidMember("name_empty")
    if len(name) > MAX_NAME:
        raise InvalidMember("name_too_long")
    if any(ch.isdigit() or ch in "@/\\" for ch in name):
        raise InvalidMember("name_not_a_name")  # an ID, a date or an address
    if not 0 <= member.age <= MAX_AGE:
        raise InvalidMember("age_out_of_range")
    if member.sex not in (None, "F", "M"):
        raise InvalidMember("sex_unknown")
    if not member.needs <= set(ACCESS_NEEDS):
        raise InvalidMember("need_unknown")
    return replace(member, name=name)
