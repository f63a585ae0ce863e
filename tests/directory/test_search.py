"""Name search: accents, prefixes, several words, CJK, and any input at all."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hmo_desktop.directory import Directory, search_names
from hmo_desktop.paths import manifest_path_for
from hmo_desktop.textfold import fold


@pytest.fixture(scope="module")
def writable(
    hmo_small_directory: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Directory]:
    """A private copy of the small directory over an ordinary read-write connection, so
    that input reaching SQL as text (not as a parameter) would change it and be caught."""
    path = tmp_path_factory.mktemp("writable") / "directory.sqlite"
    shutil.copyfile(hmo_small_directory, path)
    manifest = json.loads(manifest_path_for(hmo_small_directory).read_text(encoding="utf-8"))
    d = Directory(path, sqlite3.connect(path), manifest)
    yield d
    d.close()


def snapshot(db: Directory) -> dict[str, object]:
    """Every table's row count and the schema."""
    tables = [r[0] for r in db.con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    counts: dict[str, object] = {
        t: db.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
    }
    counts["schema"] = db.con.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()
    return counts


@pytest.fixture(scope="module")
def before(writable: Directory) -> dict[str, object]:
    return snapshot(writable)


def test_the_writable_copy_could_be_changed(writable: Directory) -> None:
    """The hostile-input tests below can fail: this connection can write."""
    changes = writable.con.total_changes
    writable.con.execute("DELETE FROM plan WHERE id = (SELECT min(id) FROM plan)")
    assert writable.con.total_changes == changes + 1
    writable.con.rollback()
    assert writable.con.in_transaction is False


def a_doctor(db: Directory, where: str) -> tuple[int, str, str]:
    row = db.con.execute(
        f"SELECT id, first_name, last_name FROM practitioner WHERE {where} ORDER BY id LIMIT 1"
    ).fetchone()
    assert row is not None, where
    return int(row[0]), str(row[1]), str(row[2])


def test_fold() -> None:
    assert fold("José Núñez") == "jose nunez"
    assert fold("Nguyễn Đặng") == "nguyen dang"
    assert fold("O'Brien") == fold("O’Brien") == "obrien"
    assert fold("Smith-Jones") == "smith jones"
    assert fold("a\x00b") == "a b"


def test_accent_insensitive_and_prefix(db: Directory) -> None:
    pid, first, last = a_doctor(db, "first_name = 'José' OR last_name LIKE '%ñ%'")
    hits = search_names(db, fold(last)[:3], ("doctor",), limit=500)
    assert pid in {h.id for h in hits}
    hits = search_names(db, f"{fold(first)} {fold(last)}", ("doctor",), limit=500)
    assert pid in {h.id for h in hits}
    assert all(fold(first) in fold(h.name) for h in hits)


def test_vietnamese_names(db: Directory) -> None:
    pid, _first, last = a_doctor(db, "last_name IN ('Nguyễn', 'Trần', 'Phạm', 'Đặng', 'Đỗ')")
    assert pid in {h.id for h in search_names(db, fold(last), ("doctor",), limit=500)}


def test_apostrophes_and_hyphens(db: Directory) -> None:
    for where, typed in (
        ("last_name = 'O''Brien'", ["o'brien", "obrien", "O’Brien", "o'bri"]),
        ("last_name = 'Smith-Jones'", ["smith-jones", "smith jones", "Smith-Jo"]),
    ):
        pid, _f, _l = a_doctor(db, where)
        for q in typed:
            assert pid in {h.id for h in search_names(db, q, ("doctor",), limit=500)}, q


def test_chinese_and_korean_names(db: Directory) -> None:
    pid, native = db.con.execute(
        "SELECT practitioner_id, name FROM name_native ORDER BY practitioner_id LIMIT 1"
    ).fetchone()
    for q in (native, native[0], native[-1]):  # full name, surname, one given character
        assert pid in {h.id for h in search_names(db, q, ("doctor",), limit=500)}, q
    korean = db.con.execute(
        "SELECT practitioner_id, name FROM name_native WHERE "
        "unicode(name) BETWEEN 44032 AND 55203 LIMIT 1"
    ).fetchone()
    if korean:
        assert korean[0] in {h.id for h in search_names(db, korean[1][0], ("doctor",), limit=500)}


def test_groups_found_by_any_spelling(db: Directory) -> None:
    gid, variants = db.con.execute(
        "SELECT id, name_variants FROM medical_group WHERE name_variants LIKE '% | %' LIMIT 1"
    ).fetchone()
    for spelling in variants.split(" | "):
        assert gid in {h.id for h in search_names(db, spelling, ("group",), limit=50)}


HOSTILE = [
    '"',
    "'",
    '"unterminated',
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "a NEAR b",
    "-",
    "*",
    "**",
    ":",
    "name:x",
    "(",
    ")",
    "()",
    "^",
    "a OR b AND c",
    "\x00",
    "\x00jose",
    "'; DROP TABLE practitioner; --",
    "1=1",
    "%",
    "_",
    "\\",
    "😀",
    " ",
    "",
    "x" * 1_000_000,
    "é" * 10_000,
]


@pytest.mark.parametrize("q", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_safe(writable: Directory, before: dict[str, object], q: str) -> None:
    changes = writable.con.total_changes
    for kinds in (("doctor", "group"), ("doctor",), ("group",)):
        search_names(writable, q, kinds)
    assert writable.con.total_changes == changes
    assert not writable.con.in_transaction
    assert snapshot(writable) == before


@settings(
    max_examples=int(os.environ.get("HMO_FUZZ_EXAMPLES", "2000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.text(max_size=60))
def test_search_never_raises_and_results_match_every_word(db: Directory, q: str) -> None:
    hits = search_names(db, q, ("doctor",), limit=10)
    latin = [w for w in fold(q).split() if w.isascii()][:6]
    for h in hits:
        if h.kind == "doctor" and latin and len(latin) == len(fold(q).split()):
            text = fold(h.name)
            assert all(any(t.startswith(w) for t in text.split()) for w in latin), (q, h)


INJECTIONS = [
    "' OR 1=1 --",
    "'); DELETE FROM plan; --",
    '" OR ""="',
    "robert'); DROP TABLE name_search;--",
    "x' UNION SELECT sql FROM sqlite_master --",
    '"; DROP TABLE practitioner; --',
    'a" OR kind MATCH "group',
]


@settings(max_examples=2000, deadline=None)
@given(st.sampled_from(INJECTIONS), st.text(max_size=10))
def test_injection_strings_change_nothing(
    writable: Directory, before: dict[str, object], attack: str, noise: str
) -> None:
    changes = writable.con.total_changes
    search_names(writable, attack + noise)
    search_names(writable, noise + attack)
    assert writable.con.total_changes == changes
    assert not writable.con.in_transaction


def test_no_table_lost_after_every_injection(
    writable: Directory, before: dict[str, object]
) -> None:
    for attack in INJECTIONS:
        search_names(writable, attack)
    assert snapshot(writable) == before
