"""The name-search tables, filled from the written rows.

``name_search`` is an FTS5 table over folded names (see ``hmo_desktop.textfold``) with
prefix indexes, so each keystroke is one indexed MATCH. ``name_native`` holds names in
their own script (Chinese, Korean): FTS5's tokenizers do not split those, so readers
search them by substring, and the table is small enough to scan.
"""

from __future__ import annotations

import sqlite3

from hmo_desktop.textfold import fold


def create_search_index(con: sqlite3.Connection) -> dict[str, int]:
    con.execute(
        "CREATE VIRTUAL TABLE name_search USING fts5("
        "name, kind UNINDEXED, ref_id UNINDEXED, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    rows: list[tuple[str, str, int]] = []
    for pid, first, last in con.execute(
            "SELECT id, first_name, last_name FROM practitioner ORDER BY id"):
        rows.append((fold(f"{first} {last}"), "doctor", pid))
    for gid, name, variants in con.execute(
            "SELECT id, name, name_variants FROM medical_group ORDER BY id"):
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
