"""The derived tables, filled from the rows already written: name search (with
``han_fold``, the Traditional/Simplified Chinese characters), the chooser's ``pcp_search``
and the group browser's ``group_plan_stats``.

Their definitions (and why each is shaped so) are in ``hmo_desktop.directory_format.tables``;
the values they encode are in ``hmo_desktop.directory_format``.
"""

from __future__ import annotations

import sqlite3

from hmo_desktop.datapack.han_fold import create_han_fold
from hmo_desktop.directory_format import (
    ACCEPTING,
    ACCEPTING_NUM,
    ACCESSIBILITY_KEYS,
    ALL_COUNTIES,
    SPECIALTY_NUM,
    UNKNOWN,
    UNKNOWN_ACCEPTING,
    UNKNOWN_ACCESS,
    UNKNOWN_AGES,
    UNKNOWN_DOC_LANGS,
    UNKNOWN_GENDER,
    UNKNOWN_HOURS,
    UNKNOWN_STAFF_LANGS,
    UNKNOWN_TELEHEALTH,
    access_mask,
    grid_cell,
    hours_mask,
    language_mask,
    usual_ages,
)
from hmo_desktop.directory_format.tables import (
    GROUP_PLAN_STATS_DDL,
    NAME_NATIVE_DDL,
    NAME_SEARCH_DDL,
    PCP_SEARCH_COLUMNS,
    PCP_SEARCH_DDL,
    PCP_SEARCH_INDEXES,
    SOURCE_ROWS_DDL,
)
from hmo_desktop.textfold import fold, fold_native


def create_search_index(con: sqlite3.Connection) -> dict[str, int]:
    con.execute(NAME_SEARCH_DDL)
    rows: list[tuple[str, str, int]] = []
    for pid, first, last in con.execute(
        "SELECT id, first_name, last_name FROM practitioner ORDER BY id"
    ):
        rows.append((fold(f"{first} {last}"), "doctor", pid))
    for gid, name, variants in con.execute(
        "SELECT id, name, name_variants FROM medical_group ORDER BY id"
    ):
        # The carriers' other spellings are searchable too ("HCP", "Med Grp").
        text = " ".join(dict.fromkeys(fold(f"{name} {variants}").split()))
        rows.append((text, "group", gid))
    con.executemany("INSERT INTO name_search(name, kind, ref_id) VALUES (?, ?, ?)", rows)
    con.execute("INSERT INTO name_search(name_search) VALUES ('optimize')")
    # Names in their own script, in one script: 陳 and 陈 are the same name (han_fold.py).
    han = create_han_fold(con)
    con.execute(NAME_NATIVE_DDL)
    native = [
        (pid, folded)
        for pid, name in con.execute(
            "SELECT id, native_name FROM practitioner WHERE native_name IS NOT NULL ORDER BY id"
        ).fetchall()
        if (folded := fold_native(name, han))
    ]
    con.executemany("INSERT INTO name_native (practitioner_id, name) VALUES (?, ?)", native)
    return {"name_search": len(rows), "name_native": len(native), "han_fold": len(han)}


def create_pcp_search(con: sqlite3.Connection) -> dict[str, int]:
    """One narrow row per PCP role in a plan: a filter change is one range scan of one plan
    instead of joins and subqueries over the whole directory. Measured in
    docs/PERFORMANCE.md. Facts a record does not have are 0 (ages: the specialty's usual
    range) with their ``unknown`` bit set; roles in no plan are not here."""
    con.execute(PCP_SEARCH_DDL)
    bits = dict(con.execute("SELECT code, bit FROM language"))
    doc_codes: dict[int, list[str]] = {}
    for pid, code in con.execute(
        "SELECT practitioner_id, language_code FROM practitioner_language"
    ):
        doc_codes.setdefault(pid, []).append(code)
    staff_codes: dict[int, list[str]] = {}
    for lid, code in con.execute("SELECT location_id, language_code FROM location_language"):
        staff_codes.setdefault(lid, []).append(code)
    doc = {pid: language_mask(codes, bits) for pid, codes in doc_codes.items()}
    staff = {lid: language_mask(codes, bits) for lid, codes in staff_codes.items()}
    loc: dict[int, tuple[int, int, int, int]] = {}
    for r in con.execute(
        "SELECT id, county_id, evening_hours, saturday_hours, languages_known, "
        f"{', '.join(ACCESSIBILITY_KEYS)} FROM location"
    ):
        unknown = (
            (UNKNOWN_HOURS if r[2] is None or r[3] is None else 0)
            | (UNKNOWN_STAFF_LANGS if not r[4] else 0)
            | (UNKNOWN_ACCESS if any(v is None for v in r[5:]) else 0)
        )
        access = access_mask(k for k, v in zip(ACCESSIBILITY_KEYS, r[5:], strict=True) if v)
        loc[r[0]] = (r[1], hours_mask(bool(r[2]), bool(r[3])), access, unknown)
    people = {
        pid: (
            g == "F",
            fold(f"{last} {first}"),
            (UNKNOWN_GENDER if g is None else 0) | (0 if known else UNKNOWN_DOC_LANGS),
        )
        for pid, g, first, last, known in con.execute(
            "SELECT id, gender, first_name, last_name, languages_known FROM practitioner"
        )
    }
    rows = []
    for rid, pid, gid, lid, plan, spec, acc, lo, hi, tele, lat, lon in con.execute(
        "SELECT id, practitioner_id, group_id, location_id, plan_id, specialty, "
        "accepting, age_min, age_max, telehealth, lat, lon FROM pcp_role "
        "WHERE plan_id IS NOT NULL"
    ):
        female, sort_name, unknown = people[pid]
        county, hours, access, office_unknown = loc[lid]
        unknown |= office_unknown
        if acc == UNKNOWN:
            unknown |= UNKNOWN_ACCEPTING
        if lo is None or hi is None:
            unknown |= UNKNOWN_AGES
            lo, hi = usual_ages(spec)
        if tele is None:
            unknown |= UNKNOWN_TELEHEALTH
        rows.append(
            (plan, SPECIALTY_NUM[spec], ACCEPTING_NUM[acc], rid, pid, gid, county, lo, hi,
             int(bool(tele)), int(female), doc.get(pid, 0), staff.get(lid, 0), hours, access,
             lat, lon, grid_cell(lat, lon), sort_name, unknown)
        )  # fmt: skip
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    names = ", ".join(name for name, _kind in PCP_SEARCH_COLUMNS)
    marks = ",".join("?" * len(PCP_SEARCH_COLUMNS))
    con.executemany(f"INSERT INTO pcp_search ({names}) VALUES ({marks})", rows)
    for stmt in PCP_SEARCH_INDEXES:
        con.execute(stmt)
    return {"pcp_search": len(rows)}


def create_group_plan_stats(con: sqlite3.Connection) -> dict[str, int]:
    con.execute(GROUP_PLAN_STATS_DDL)
    # Distinct doctors: one doctor at two offices counts once, as the doctor list does.
    counts = (
        "count(DISTINCT CASE WHEN r.accepting = ? THEN r.practitioner_id END), "
        "count(DISTINCT r.practitioner_id)"
    )
    roles = "FROM pcp_role r JOIN location l ON l.id = r.location_id WHERE r.plan_id IS NOT NULL"
    con.execute(
        "INSERT INTO group_plan_stats SELECT r.plan_id, l.county_id, r.group_id, r.specialty, "
        f"{counts} {roles} GROUP BY r.plan_id, l.county_id, r.group_id, r.specialty",
        (ACCEPTING,),
    )
    con.execute(
        f"INSERT INTO group_plan_stats SELECT r.plan_id, ?, r.group_id, r.specialty, {counts} "
        f"{roles} GROUP BY r.plan_id, r.group_id, r.specialty",
        (ALL_COUNTIES, ACCEPTING),
    )
    n = con.execute("SELECT count(*) FROM group_plan_stats").fetchone()[0]
    return {"group_plan_stats": int(n)}


def create_source_rows(con: sqlite3.Connection) -> dict[str, int]:
    """Rows per source and table, for every table with a ``source_id`` column."""
    con.execute(SOURCE_ROWS_DDL)
    tables = [
        str(r[0])
        for r in con.execute(
            "SELECT m.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table' AND p.name = 'source_id' AND m.name != 'source_rows' "
            "ORDER BY m.name"
        )
    ]
    for table in tables:
        con.execute(
            f"INSERT INTO source_rows SELECT source_id, ?, count(*) FROM {table} "
            "WHERE source_id IS NOT NULL GROUP BY source_id",
            (table,),
        )
    n = con.execute("SELECT count(*) FROM source_rows").fetchone()[0]
    return {"source_rows": int(n)}
