"""The same doctor for the whole family: doctors of a plan who can see every member of
a household, by the ages each doctor sees, in one medical group."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from hmo_desktop.directory.identity import reads
from hmo_desktop.directory.store import Directory
from hmo_desktop.directory_format import ACCEPTING_NUM, UNKNOWN_AGES


class FamilyDoctor(NamedTuple):
    practitioner_id: int
    group_id: int
    name: str
    group_name: str
    is_sample: bool
    accepting: bool  # taking new patients at one of these offices at least
    ages_assumed: bool  # the directory does not give the doctor's ages: the usual range


@reads
def doctors_for_everyone(
    db: Directory, plan_id: int, ages: Sequence[int], county_id: int | None = None, limit: int = 100
) -> list[FamilyDoctor]:
    """Doctors of ``plan_id`` (offices in ``county_id`` when given) who see every age in
    ``ages`` at one or more of their listings in one medical group, by name. A doctor
    whose ages are not in the directory counts with their specialty's usual range and
    ``ages_assumed`` (call to confirm)."""
    if not ages:
        return []
    where = ["s.plan_id = ?"]
    args: list[object] = [plan_id]
    if county_id is not None:
        where.append("s.county_id = ?")
        args.append(county_id)
    having = " AND ".join("max(s.age_min <= ? AND s.age_max >= ?) = 1" for _ in ages)
    for age in ages:
        args += [age, age]
    rows = db.con.execute(
        "SELECT s.practitioner_id, s.group_id, min(s.sort_name), "
        f"max(s.accepting = {ACCEPTING_NUM['accepting']}), max(s.unknown & {UNKNOWN_AGES}) "
        f"FROM pcp_search s WHERE {' AND '.join(where)} "
        f"GROUP BY s.practitioner_id, s.group_id HAVING {having} "
        "ORDER BY min(s.sort_name), s.practitioner_id, s.group_id LIMIT ?",
        [*args, limit],
    ).fetchall()
    out = []
    for pid, gid, _sort, accepting, assumed in rows:
        name, is_sample = db.con.execute(
            "SELECT first_name || ' ' || last_name, is_sample FROM practitioner WHERE id = ?",
            (pid,),
        ).fetchone()
        group = db.con.execute("SELECT name FROM medical_group WHERE id = ?", (gid,)).fetchone()
        out.append(
            FamilyDoctor(pid, gid, name, group[0], bool(is_sample), bool(accepting), bool(assumed))
        )
    return out


@reads
def still_listed(
    db: Directory, practitioner_id: int, location_id: int, group_id: int, plan_id: int
) -> bool:
    """Whether the directory still lists this doctor at this office, in this medical
    group, for this plan (a saved choice, checked against a newer directory)."""
    row = db.con.execute(
        "SELECT 1 FROM pcp_role WHERE practitioner_id = ? AND location_id = ? "
        "AND group_id = ? AND plan_id = ? LIMIT 1",
        (practitioner_id, location_id, group_id, plan_id),
    ).fetchone()
    return row is not None
