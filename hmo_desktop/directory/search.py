"""Name search as the person types: accent-insensitive, prefix, several words, any input.

Latin-script names go through the FTS5 ``name_search`` table; each word the person typed
becomes a quoted prefix term, so nothing they type is read as FTS syntax. Titles and
credentials ("Dr.", "M.D.") do not stop a match: the words as typed are searched first,
then the words without them (``textfold.name_query_passes``). Chinese and Korean names
are matched by substring in the small ``name_native`` table, because FTS5's tokenizers do
not split them into words; the typed name is folded as the builder folded those names,
with the directory's own ``han_fold`` rows, so Traditional and Simplified characters
find the same people.

Each doctor found says where they practise (one office, its city and medical group, and
how many more there are) and, when a plan is given, whether the plan includes them.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from typing import NamedTuple

from hmo_desktop.directory.identity import reads
from hmo_desktop.directory.store import Directory
from hmo_desktop.textfold import fold_native, has_cjk, name_query_passes, strip_native_titles

MAX_QUERY_CHARS = 200  # longer input is cut: no name is longer
MAX_WORDS = 6


class NameHit(NamedTuple):
    """A name found. For a doctor, ``office``, ``address``, ``city`` and ``group`` are one
    of their offices (in the searched county first, then in the given plan), and
    ``more_offices`` / ``more_groups`` count the others; all empty when the directory
    lists no office for them. ``in_plan`` is None when no plan was given."""

    kind: str  # 'doctor' or 'group'
    id: int
    name: str
    detail: str  # specialty or 'Medical group'
    is_sample: bool
    office: str = ""
    address: str = ""
    city: str = ""
    group: str = ""
    more_offices: int = 0
    more_groups: int = 0
    in_plan: bool | None = None
    in_any_plan: bool = True  # False: no network of this directory lists the doctor


# A doctor with an office in the county (bound as the one parameter).
_DOCTOR_IN_COUNTY = (
    "EXISTS (SELECT 1 FROM pcp_role r JOIN location l ON l.id = r.location_id "
    "WHERE r.practitioner_id = {ref} AND l.county_id = ?)"
)
_GROUP_IN_COUNTY = (
    "EXISTS (SELECT 1 FROM group_county gc WHERE gc.group_id = {ref} AND gc.county_id = ?)"
)
_DOCTOR_SQL = (
    "SELECT first_name || ' ' || last_name, credential, native_name, is_sample "
    "FROM practitioner WHERE id = ?"
)
_ROLES_SQL = (
    "SELECT r.location_id, l.name, l.address, l.city, l.county_id, r.group_id, g.name, "
    "r.plan_id, r.specialty FROM pcp_role r JOIN location l ON l.id = r.location_id "
    "JOIN medical_group g ON g.id = r.group_id WHERE r.practitioner_id = ? ORDER BY r.id"
)


def _fts_query(terms: list[str], whole_words: bool = False) -> str:
    """Every term quoted (no input is read as FTS syntax); as word prefixes, or whole."""
    return " ".join(f'"{t}"' if whole_words else f'"{t}"*' for t in terms)


def _han_rows(con: sqlite3.Connection, text: str) -> dict[str, str]:
    """The ``han_fold`` rows for the characters of ``text``."""
    chars = sorted({ch for ch in unicodedata.normalize("NFKC", text) if has_cjk(ch)})
    if not chars:
        return {}
    marks = ",".join("?" * len(chars))
    return dict(
        con.execute(f"SELECT variant, canonical FROM han_fold WHERE variant IN ({marks})", chars)
    )


def _doctor_hit(
    con: sqlite3.Connection, pid: int, county_id: int | None, plan_id: int | None
) -> NameHit:
    name, credential, native, sample = con.execute(_DOCTOR_SQL, (pid,)).fetchone()
    roles = con.execute(_ROLES_SQL, (pid,)).fetchall()
    # The office shown first: in the member's county, then in their plan (a stable sort).
    roles.sort(key=lambda r: (r[4] != county_id, r[7] != plan_id))
    shown = (f"{name}, {credential}" if credential else name) + (f" ({native})" if native else "")
    in_plan = None if plan_id is None else any(r[7] == plan_id for r in roles)
    in_any_plan = any(r[7] is not None for r in roles)
    if not roles:
        return NameHit("doctor", pid, shown, "", bool(sample), in_plan=in_plan)
    _loc, office, address, city, _county, _gid, group, _plan, specialty = roles[0]
    return NameHit(
        "doctor",
        pid,
        shown,
        specialty,
        bool(sample),
        office=office,
        address=address,
        city=city,
        group=group,
        more_offices=len({r[0] for r in roles}) - 1,
        more_groups=len({r[5] for r in roles}) - 1,
        in_plan=in_plan,
        in_any_plan=in_any_plan,
    )


@reads
def search_names(
    db: Directory,
    text: str,
    kinds: tuple[str, ...] = ("doctor", "group"),
    limit: int = 20,
    *,
    county_id: int | None = None,
    only_in_county: bool = False,
    plan_id: int | None = None,
) -> list[NameHit]:
    """Doctors and groups whose names start with each typed word, best matches first.

    ``county_id``: the member's county (a doctor's office there is the one shown);
    with ``only_in_county``, only doctors with an office there and groups serving it.
    ``plan_id``: each doctor's ``in_plan`` says whether that plan includes them."""
    text = text[:MAX_QUERY_CHARS]  # NUL and other controls become word breaks in fold()
    within = county_id if only_in_county else None
    hits: list[NameHit] = []
    found: list[tuple[str, int]] = []
    con = db.con
    if has_cjk(text) and "doctor" in kinds:
        native = strip_native_titles(text)
        needle = fold_native(native, _han_rows(con, native))
        args: list[object] = [needle]
        where = ""
        if within is not None:
            where = f" AND {_DOCTOR_IN_COUNTY.format(ref='n.practitioner_id')}"
            args.append(within)
        if needle:  # (an empty needle would match every name)
            found += [
                ("doctor", pid)
                for (pid,) in con.execute(
                    f"SELECT n.practitioner_id FROM name_native n WHERE instr(n.name, ?) > 0"
                    f"{where} ORDER BY length(n.name), n.name, n.practitioner_id LIMIT ?",
                    (*args, limit),
                )
            ]
    kind_marks = ",".join("?" * len(kinds))
    restrict, restrict_args = "", []
    if within is not None:
        doctor = _DOCTOR_IN_COUNTY.format(ref="name_search.ref_id")
        group = _GROUP_IN_COUNTY.format(ref="name_search.ref_id")
        restrict = (
            f" AND CASE kind WHEN 'doctor' THEN {doctor} WHEN 'group' THEN {group} ELSE 0 END"
        )
        restrict_args = [within, within]
    for terms in name_query_passes(text, MAX_WORDS):
        if len(found) >= limit:
            break
        # Ranking needs a score for every match: for one- or two-letter prefixes that is
        # most of the directory (~50 ms at national size), and the order means little.
        ranked = max(len(t) for t in terms) > 2
        # Names with the typed words whole ("Chen") before those they only begin ("Chenda").
        for whole in (True, False) if ranked else (False,):
            rows = con.execute(
                f"SELECT kind, ref_id FROM name_search WHERE name_search MATCH ? AND kind IN "
                f"({kind_marks}){restrict} {'ORDER BY rank' if ranked else ''} LIMIT ?",
                (_fts_query(terms, whole), *kinds, *restrict_args, limit * 2),
            ).fetchall()
            found += [(kind, ref) for kind, ref in rows]
    for kind, ref in dict.fromkeys(found):  # first-found order, each name once
        if len(hits) >= limit:
            break
        if kind == "doctor":
            hits.append(_doctor_hit(con, ref, county_id, plan_id))
        else:
            r = con.execute("SELECT name, is_sample FROM medical_group WHERE id = ?", (ref,))
            name, sample = r.fetchone()
            hits.append(NameHit("group", ref, name, "group", bool(sample)))
    return hits
