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

from hmo_desktop.directory import Directory, NameHit, search_names
from hmo_desktop.paths import manifest_path_for
from hmo_desktop.textfold import fold, fold_native, name_query_passes, strip_native_titles


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
    passes = [p for p in name_query_passes(q) if all(w.isascii() for w in p)]
    if not passes or any(not w.isascii() for w in fold(q).split()):
        return  # a doctor may be found by the name in their own script
    for h in hits:
        words = fold(h.name).split()
        # Every word of the query as typed, or of the query without titles and credentials.
        assert any(all(any(t.startswith(w) for t in words) for w in p) for p in passes), (q, h)


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


# ---------------------------------------------------------------- titles and credentials


def test_name_query_passes() -> None:
    assert name_query_passes("Dr. Yan Chen, M.D.") == [
        ["dr", "yan", "chen", "m", "d"],
        ["yan", "chen"],
    ]
    for q in (
        "Dr. Chen",
        "Dr Chen",
        "Chen, MD",
        "Chen DO",
        "chen m.d",
        "DOCTOR Chen",
        "Chen FAAFP",
    ):
        assert name_query_passes(q)[-1] == ["chen"], q
    assert name_query_passes("Chen, P.A.C.")[-1] == ["chen"]
    assert name_query_passes("Yan Chen MD")[-1] == ["yan", "chen"]
    # Real names that start like a title or credential stay whole.
    for name in ("Dorothy", "Mdivani", "Drake", "Doan", "Paz"):
        assert name_query_passes(name) == [[fold(name)]]
    # A credential that is the only name left may be a name: Đỗ is "do".
    assert name_query_passes("Dr Do") == [["dr", "do"], ["do"]]
    assert name_query_passes("Do") == [["do"]]
    assert name_query_passes("Dr.") == [["dr"]]
    assert name_query_passes("Dr. 陳") == []  # the Chinese name is searched on its own
    assert name_query_passes("") == []


def a_doctor_with_a_unique_name(db: Directory) -> tuple[int, str, str]:
    row = db.con.execute(
        "SELECT min(id), first_name, last_name FROM practitioner "
        "WHERE first_name NOT LIKE '%-%' AND last_name NOT LIKE '%-%' "
        "GROUP BY first_name, last_name HAVING count(*) = 1 ORDER BY min(id) LIMIT 1"
    ).fetchone()
    assert row is not None
    return int(row[0]), str(row[1]), str(row[2])


def test_titles_and_credentials_do_not_stop_a_match(db: Directory) -> None:
    pid, first, last = a_doctor_with_a_unique_name(db)
    for q in (
        f"Dr. {last}",
        f"Dr {last}",
        f"{last}, MD",
        f"{first} {last} MD",
        f"{last} DO",
        f"Dr. {first} {last}, M.D.",
        f"doctor {first} {last}, d.o., faafp",
        f"{last}, {first} FACP",
    ):
        assert pid in {h.id for h in search_names(db, q, ("doctor",), limit=500)}, q
    hits = search_names(db, f"Dr. {first} {last}, M.D.", ("doctor",))
    assert hits[0].id == pid


def test_a_name_that_looks_like_a_credential_is_still_a_name(db: Directory) -> None:
    pid, first, _last = a_doctor(db, "last_name = 'Đỗ'")
    for q in ("Do", "Dr. Do", "do,"):
        assert pid in {h.id for h in search_names(db, q, ("doctor",), limit=500)}, q
    # "Anh Do": the doctors named so come before everyone else named Anh.
    hits = search_names(db, f"{first} do", ("doctor",), limit=500)
    # The name without its credential (", DO" is not a name that starts with "do").
    named = [
        any(w.startswith("do") for w in fold(h.name.rsplit(",", 1)[0]).split()[1:]) for h in hits
    ]
    assert named[0]
    assert named == sorted(named, reverse=True)
    assert pid in {h.id for h in hits}


# ---------------------------------------------------------------- Chinese scripts


def han_variants(db: Directory) -> dict[str, str]:
    """Simplified character -> one Traditional form, from the directory's own table."""
    return {c: v for v, c in db.con.execute("SELECT variant, canonical FROM han_fold")}


def test_traditional_and_simplified_find_the_same_people(db: Directory) -> None:
    to_traditional = han_variants(db)
    checked = 0
    for pid, native in db.con.execute(
        "SELECT id, native_name FROM practitioner WHERE native_name IS NOT NULL ORDER BY id"
    ).fetchall():
        traditional = "".join(to_traditional.get(ch, ch) for ch in native)
        if traditional == native:
            continue  # a Korean name, or no character with another form
        for q in (native, traditional, traditional[0], traditional[1:]):
            assert pid in {h.id for h in search_names(db, q, ("doctor",), limit=500)}, q
        checked += 1
    assert checked >= 10
    # 陳 and 陈, 黃 and 黄: the same doctors, shown with the name as written.
    for traditional, simplified in (("陳", "陈"), ("黃", "黄")):
        found = search_names(db, traditional, ("doctor",), limit=500)
        assert found, traditional
        assert found == search_names(db, simplified, ("doctor",), limit=500)
        for h in found:
            native = db.con.execute(
                "SELECT native_name FROM practitioner WHERE id = ?", (h.id,)
            ).fetchone()[0]
            assert f"({native})" in h.name


def test_the_reader_folds_a_query_as_the_writer_folded_the_names(db: Directory) -> None:
    table = dict(db.con.execute("SELECT variant, canonical FROM han_fold"))
    for pid, native, stored in db.con.execute(
        "SELECT p.id, p.native_name, n.name FROM practitioner p "
        "JOIN name_native n ON n.practitioner_id = p.id"
    ):
        assert stored == fold_native(native, table), pid
    assert fold_native("陳 黃", table) == "陈黄"
    assert fold_native("陈黄", table) == "陈黄"
    # A compatibility ideograph (U+F900) is the unified one (U+8C48, Traditional 豈).
    assert fold_native("\uf900", table) == fold_native("\u8c48", table) == "岂"
    assert fold_native("Chen 陳!", table) == "陈"


# ---------------------------------------------------------------- where each doctor works


def offices_of(db: Directory, pid: int) -> list[tuple[int, str, str, int, int, str, int]]:
    return db.con.execute(
        "SELECT r.location_id, l.name, l.city, l.county_id, r.group_id, g.name, r.plan_id "
        "FROM pcp_role r JOIN location l ON l.id = r.location_id "
        "JOIN medical_group g ON g.id = r.group_id WHERE r.practitioner_id = ?",
        (pid,),
    ).fetchall()


def hit_for(
    db: Directory, pid: int, county_id: int | None = None, plan_id: int | None = None
) -> NameHit:
    first, last = db.con.execute(
        "SELECT first_name, last_name FROM practitioner WHERE id = ?", (pid,)
    ).fetchone()
    hits = search_names(
        db, f"{first} {last}", ("doctor",), limit=500, county_id=county_id, plan_id=plan_id
    )
    return next(h for h in hits if h.id == pid)


def test_each_doctor_found_says_where_they_work(db: Directory) -> None:
    for n in (1, 2, 3):
        row = db.con.execute(
            "SELECT practitioner_id FROM pcp_role GROUP BY practitioner_id "
            "HAVING count(DISTINCT location_id) = ? ORDER BY practitioner_id LIMIT 1",
            (n,),
        ).fetchone()
        assert row is not None, n
        pid = int(row[0])
        offices = offices_of(db, pid)
        h = hit_for(db, pid)
        assert h.more_offices == n - 1
        assert h.more_groups == len({o[4] for o in offices}) - 1
        assert (h.office, h.city, h.group) in {(o[1], o[2], o[5]) for o in offices}
        assert h.address
        assert h.in_plan is None  # no plan asked about
    # A doctor the directory lists at no office.
    row = db.con.execute(
        "SELECT id FROM practitioner WHERE id NOT IN (SELECT practitioner_id FROM pcp_role) LIMIT 1"
    ).fetchone()
    if row is not None:
        h = hit_for(db, int(row[0]), plan_id=1)
        assert (h.office, h.city, h.group, h.more_offices, h.in_plan) == ("", "", "", 0, False)


def test_the_office_in_the_members_county_is_shown_first(db: Directory) -> None:
    for pid, county_ids in db.con.execute(
        "SELECT r.practitioner_id, group_concat(DISTINCT l.county_id) FROM pcp_role r "
        "JOIN location l ON l.id = r.location_id GROUP BY r.practitioner_id "
        "HAVING count(DISTINCT l.county_id) > 1 LIMIT 5"
    ).fetchall():
        offices = offices_of(db, pid)
        for county in map(int, county_ids.split(",")):
            h = hit_for(db, pid, county_id=county)
            assert h.city in {o[2] for o in offices if o[3] == county}, (pid, county)


def test_in_plan_says_whether_the_plan_includes_the_doctor(db: Directory, big_plan: int) -> None:
    hits = search_names(db, "a", ("doctor",), limit=200, plan_id=big_plan)
    assert {h.in_plan for h in hits} == {True, False}
    for h in hits:
        expected = db.con.execute(
            "SELECT EXISTS (SELECT 1 FROM pcp_role WHERE practitioner_id = ? AND plan_id = ?)",
            (h.id, big_plan),
        ).fetchone()[0]
        assert h.in_plan == bool(expected), h


def test_the_search_can_be_kept_to_the_members_county(db: Directory) -> None:
    county = int(db.con.execute("SELECT id FROM county WHERE name = 'San Francisco'").fetchone()[0])

    def has_office_there(pid: int) -> bool:
        return any(o[3] == county for o in offices_of(db, pid))

    for q in ("a", "m", "陈", "黄", "김"):
        everyone = search_names(db, q, ("doctor",), limit=1000)
        near = search_names(db, q, ("doctor",), limit=1000, county_id=county, only_in_county=True)
        assert near, q
        assert all(has_office_there(h.id) for h in near), q
        assert {h.id for h in near} == {h.id for h in everyone if has_office_there(h.id)}, q
        if q == "a":
            assert len(near) < len(everyone)
    # The county alone (without only_in_county) orders offices, it does not filter.
    assert len(search_names(db, "a", ("doctor",), limit=1000, county_id=county)) == len(
        search_names(db, "a", ("doctor",), limit=1000)
    )
    # Groups are kept to the groups serving the county.
    groups = search_names(db, "medical", ("group",), 500, county_id=county, only_in_county=True)
    for h in groups:
        assert db.con.execute(
            "SELECT 1 FROM group_county WHERE group_id = ? AND county_id = ?", (h.id, county)
        ).fetchone(), h


def test_a_chinese_or_korean_title_after_the_name_does_not_stop_a_match(db: Directory) -> None:
    """ "陳醫生" is "Dr. Chen": the title after the name is not part of it."""
    assert strip_native_titles("陳醫生") == "陳"
    assert strip_native_titles("陈医生") == "陈"
    assert strip_native_titles("김 선생님") == "김"
    assert strip_native_titles("醫生") == "醫生"  # a title alone stays what was typed
    pid, native = db.con.execute(
        "SELECT id, native_name FROM practitioner WHERE native_name IS NOT NULL "
        "AND native_name NOT GLOB '*[가-힣]*' ORDER BY id LIMIT 1"
    ).fetchone()
    for title in ("醫生", "医生", "醫師"):
        hits = search_names(db, native + title, ("doctor",), limit=500)
        assert pid in {h.id for h in hits}, title


def test_whole_words_come_before_names_they_only_begin(db: Directory) -> None:
    """ "Dr. Chen": every Chen before a Chenda or a Cheng."""
    row = db.con.execute(
        "SELECT a.last_name FROM practitioner a WHERE length(a.last_name) >= 3 AND EXISTS "
        "(SELECT 1 FROM practitioner b WHERE b.last_name GLOB a.last_name || '[a-z]*') "
        "ORDER BY a.id LIMIT 1"
    ).fetchone()
    assert row is not None  # a surname that begins another one (Chen, Cheng)
    last = row[0]
    hits = search_names(db, f"Dr. {last}", ("doctor",), limit=500)
    whole = [fold(last) in fold(h.name.rsplit(",", 1)[0]).split() for h in hits]
    assert whole[0]
    assert not whole[-1]  # the longer names are there too, after
    assert whole == sorted(whole, reverse=True)
