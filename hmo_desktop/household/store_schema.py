"""The saved household's SQLite schema, its migrations, and the rows of a household.

``PRAGMA user_version`` is the schema version and ``PRAGMA application_id`` marks the
file as ours. A file is created at version 1 and brought up to ``SCHEMA_VERSION`` by the
``MIGRATIONS``, so a new file and a migrated old one have the same schema (a test checks
it). Plain ``sqlite3`` only: no Qt, nothing from ``directory``.
"""

from __future__ import annotations

import sqlite3

from hmo_desktop.household.members import Choice, Household, Member

#: SQLite ``PRAGMA application_id``: ASCII "HMOH" (the directory file is "HMOD").
APPLICATION_ID = 0x484D4F48

#: SQLite ``PRAGMA user_version`` this app writes and reads.
#: 1: the household, its members (name, age, sex, language, own plan) and their choices.
#: 2: a member's access needs and whether they want an OB/GYN as PCP.
SCHEMA_VERSION = 2

#: Version 1, as the first release created it.
V1_SQL = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER)",
    """CREATE TABLE member (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        age INTEGER NOT NULL,
        sex TEXT,
        language TEXT,
        plan_id INTEGER
    )""",
    """CREATE TABLE choice (
        member_id INTEGER NOT NULL,
        rank INTEGER NOT NULL,
        practitioner_id INTEGER NOT NULL,
        location_id INTEGER NOT NULL,
        group_id INTEGER NOT NULL,
        plan_id INTEGER NOT NULL,
        doctor TEXT NOT NULL,
        specialty TEXT NOT NULL,
        accepting TEXT NOT NULL,
        age_min INTEGER,
        age_max INTEGER,
        PRIMARY KEY (member_id, rank)
    )""",
)

#: ``MIGRATIONS[v]``: the statements that take a file from version ``v - 1`` to ``v``.
#: Each runs in one transaction with the new ``user_version`` (all of it or none).
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: (
        "ALTER TABLE member ADD COLUMN needs TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE member ADD COLUMN wants_obgyn INTEGER NOT NULL DEFAULT 0",
    )
}


def create_v1(con: sqlite3.Connection) -> None:
    """An empty version-1 file (``con`` in autocommit mode: ``isolation_level=None``)."""
    con.execute("BEGIN")
    for sql in V1_SQL:
        con.execute(sql)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.execute("COMMIT")


def migrate(con: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Brings the file up to ``target``, one transaction per version; a migration that
    fails is rolled back whole and raised (the versions before it stay applied)."""
    version = user_version(con)
    for to in range(version + 1, target + 1):
        con.execute("BEGIN IMMEDIATE")
        try:
            for sql in MIGRATIONS[to]:
                con.execute(sql)
            con.execute(f"PRAGMA user_version = {to}")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


def user_version(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def application_id(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA application_id").fetchone()[0])


def write_household(con: sqlite3.Connection, h: Household) -> None:
    """The rows of ``h`` in a file at ``SCHEMA_VERSION`` (one transaction)."""
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("plan_id", h.plan_id), ("next_id", h._next_id)],
    )
    con.executemany(
        "INSERT INTO member (id, position, name, age, sex, language, plan_id, needs,"
        " wants_obgyn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                m.id,
                i,
                m.name,
                m.age,
                m.sex,
                m.language,
                h.member_plans.get(m.id),
                ",".join(sorted(m.needs)),
                int(m.wants_obgyn),
            )
            for i, m in enumerate(h.members)
        ],
    )
    con.executemany(
        "INSERT INTO choice VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                member_id,
                rank,
                c.practitioner_id,
                c.location_id,
                c.group_id,
                c.plan_id,
                c.doctor,
                c.specialty,
                c.accepting,
                c.age_min,
                c.age_max,
            )
            for member_id, listed in h.choices.items()
            for rank, c in enumerate(listed)
        ],
    )
    con.execute("COMMIT")


def read_household(con: sqlite3.Connection) -> Household:
    """The household in a file at ``SCHEMA_VERSION``, as it was saved (members are not
    validated again: they were when added)."""
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    h = Household(plan_id=meta.get("plan_id"), _next_id=int(meta.get("next_id", 1)))
    rows = con.execute(
        "SELECT id, name, age, sex, language, plan_id, needs, wants_obgyn FROM member"
        " ORDER BY position"
    ).fetchall()
    for mid, name, age, sex, language, plan_id, needs, obgyn in rows:
        wanted = frozenset(n for n in str(needs).split(",") if n)
        h.members.append(Member(mid, name, age, sex, language, wanted, bool(obgyn)))
        if plan_id is not None:
            h.member_plans[mid] = plan_id
    for row in con.execute("SELECT * FROM choice ORDER BY member_id, rank").fetchall():
        h.choices.setdefault(row[0], []).append(Choice(*row[2:]))
    return h
