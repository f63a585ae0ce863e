"""The name-search tables, filled from the written rows.

``name_search`` is an FTS5 table over folded names (see ``hmo_desktop.textfold``) with
prefix indexes, so each keystroke is one indexed MATCH. ``name_native`` holds names in
their own script (Chinese, Korean): FTS5's tokenizers do not split those, so readers
search them by substring, and the table is small enough to scan.
"""

from __future__ import annotations

import sqlite3

from hmo_desktop.datapack.stamp import ACCEPTING_NUM, ACCESSIBILITY_KEYS, SPECIALTY_NUM, grid_cell
from hmo_desktop.textfold import fold


def create_search_index(con: sqlite3.Connection) -> dict[str, int]:
    con.execute(
        "CREATE VIRTUAL TABLE name_search USING fts5("
        "name, kind UNINDEXED, ref_id UNINDEXED, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
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
    con.execute(
        "CREATE TABLE name_native (practitioner_id INTEGER PRIMARY KEY "
        "REFERENCES practitioner(id), name TEXT NOT NULL)"
    )
    con.execute(
        "INSERT INTO name_native SELECT id, native_name FROM practitioner "
        "WHERE native_name IS NOT NULL ORDER BY id"
    )
    native = con.execute("SELECT count(*) FROM name_native").fetchone()[0]
    return {"name_search": len(rows), "name_native": int(native)}


def create_pcp_search(con: sqlite3.Connection) -> dict[str, int]:
    """One narrow row per PCP role, clustered by plan, specialty and accepting status.

    Every chooser filter is a column test on this table (languages, hours and
    accessibility as bitmasks), so a filter change is one range scan of one plan instead
    of joins and subqueries over the whole directory. Measured in docs/PERFORMANCE.md.
    """
    con.execute(
        "CREATE TABLE pcp_search ("
        "plan_id INTEGER NOT NULL, specialty INTEGER NOT NULL, accepting INTEGER NOT NULL, "
        "role_id INTEGER NOT NULL, practitioner_id INTEGER NOT NULL, "
        "group_id INTEGER NOT NULL, age_min INTEGER NOT NULL, age_max INTEGER NOT NULL, "
        "telehealth INTEGER NOT NULL, female INTEGER NOT NULL, doc_langs INTEGER NOT NULL, "
        "staff_langs INTEGER NOT NULL, hours INTEGER NOT NULL, access INTEGER NOT NULL, "
        "lat REAL NOT NULL, lon REAL NOT NULL, cell INTEGER NOT NULL, "
        "sort_name TEXT NOT NULL, "
        "PRIMARY KEY (plan_id, specialty, accepting, role_id)) WITHOUT ROWID"
    )
    bits = dict(con.execute("SELECT code, bit FROM language"))
    doc: dict[int, int] = {}
    for pid, code in con.execute(
        "SELECT practitioner_id, language_code FROM practitioner_language"
    ):
        doc[pid] = doc.get(pid, 0) | (1 << bits[code])
    staff: dict[int, int] = {}
    for lid, code in con.execute("SELECT location_id, language_code FROM location_language"):
        staff[lid] = staff.get(lid, 0) | (1 << bits[code])
    loc: dict[int, tuple[int, int]] = {}
    for r in con.execute(
        f"SELECT id, evening_hours, saturday_hours, {', '.join(ACCESSIBILITY_KEYS)} FROM location"
    ):
        access = sum(1 << i for i, v in enumerate(r[3:]) if v)
        loc[r[0]] = (int(r[1]) | (int(r[2]) << 1), access)
    people = {
        pid: (g == "F", fold(f"{last} {first}"))
        for pid, g, first, last in con.execute(
            "SELECT id, gender, first_name, last_name FROM practitioner"
        )
    }
    rows = []
    for rid, pid, gid, lid, plan, spec, acc, lo, hi, tele, lat, lon in con.execute(
        "SELECT id, practitioner_id, group_id, location_id, plan_id, specialty, "
        "accepting, age_min, age_max, telehealth, lat, lon FROM pcp_role"
    ):
        female, sort_name = people[pid]
        hours, access = loc[lid]
        rows.append(
            (
                plan,
                SPECIALTY_NUM[spec],
                ACCEPTING_NUM[acc],
                rid,
                pid,
                gid,
                lo,
                hi,
                int(tele),
                int(female),
                doc.get(pid, 0),
                staff.get(lid, 0),
                hours,
                access,
                lat,
                lon,
                grid_cell(lat, lon),
                sort_name,
            )
        )
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    con.executemany(f"INSERT INTO pcp_search VALUES ({','.join('?' * 18)})", rows)
    con.execute("CREATE INDEX ix_search_group ON pcp_search(group_id, plan_id)")
    # Nearest-first pages read the grid squares around the member first.
    con.execute("CREATE INDEX ix_search_cell ON pcp_search(plan_id, cell)")
    return {"pcp_search": len(rows)}
