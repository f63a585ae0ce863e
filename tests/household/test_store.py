"""A household saved at home: round trip, backups, damage, migrations, forgetting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hmo_desktop.household import store_schema
from hmo_desktop.household.members import EVENING, UNLISTED, VIDEO, Choice, Household
from hmo_desktop.household.store import (
    DAMAGED_NO_BACKUP,
    DAMAGED_RESTORED,
    KEEP_BACKUPS,
    MIGRATION_FAILED,
    NEWER_VERSION,
    HouseholdStore,
    StoreError,
    default_folder,
)
from hmo_desktop.household.store_schema import APPLICATION_ID, SCHEMA_VERSION
from hmo_desktop.paths import bundle_root


def choice(pid: int, plan: int = 1, age_max: int | None = 120) -> Choice:
    return Choice(pid, pid * 10, 7, plan, f"Doctor {pid}", "family", "accepting", 0, age_max)


def family() -> Household:
    h = Household(plan_id=1)
    mia = h.add_member("Mia", 6, sex="F", language="es", needs={VIDEO})
    ana = h.add_member("Ana", 34, sex="F", wants_obgyn=True, needs={EVENING, VIDEO})
    luis = h.add_member("Luis", 36)
    h.set_member_plan(luis.id, 2)
    h.choose(mia.id, choice(1, age_max=None))
    h.add_backup(mia.id, choice(2))
    h.add_backup(mia.id, choice(3))
    h.choose(ana.id, choice(4))
    h.remove_member(h.add_member("Gone", 9).id)
    return h


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_household_comes_back_as_it_was_saved(tmp_path: Path) -> None:
    store = HouseholdStore(tmp_path / "data")
    assert store.load().household is None  # nothing saved yet
    h = family()
    store.save(h)
    loaded = store.load()
    assert loaded.household == h
    assert (loaded.problem, loaded.missing) == (None, [])
    assert names(store.folder) == ["household.backup-2-1.sqlite", "household.sqlite"]
    assert (store.folder / "household.sqlite").stat().st_mode & 0o077 == 0
    # the next member added gets a new id, as before saving
    assert loaded.household.add_member("Eva", 3).id == h.add_member("Eva", 3).id


def test_each_save_replaces_the_whole_household_and_keeps_the_last_backups(tmp_path: Path) -> None:
    store = HouseholdStore(tmp_path)
    h = family()
    for age in range(1, 6):
        h.update_member(h.members[0].__class__(**{**vars(h.members[0]), "age": age}))
        store.save(h)
        assert store.load().household == h
    assert [p.name for p in store.backups()] == [
        f"household.backup-{SCHEMA_VERSION}-{n}.sqlite" for n in (3, 4, 5)
    ]
    assert len(store.backups()) == KEEP_BACKUPS
    store.save(Household())
    assert store.load().household == Household()


def test_the_default_folder_is_the_users_data_folder_not_the_bundle() -> None:
    folder = default_folder()
    assert folder.is_absolute()
    assert bundle_root() not in folder.parents
    assert folder != bundle_root()


def test_forget_leaves_nothing_behind(tmp_path: Path) -> None:
    store = HouseholdStore(tmp_path)
    for _ in range(4):
        store.save(family())
    (tmp_path / "household.tmp-1-abcd.sqlite").write_bytes(b"half")
    (tmp_path / "household.sqlite").write_bytes(b"damaged")
    assert store.load().problem == DAMAGED_RESTORED  # a damaged copy is now aside too
    assert any("damaged" in n for n in names(tmp_path))
    store.forget()
    assert names(tmp_path) == []
    assert store.load().household is None
    store.forget()  # again, harmless


def test_choices_no_longer_listed_are_flagged_and_kept(tmp_path: Path) -> None:
    store = HouseholdStore(tmp_path)
    h = family()
    store.save(h)
    loaded = store.load(still_listed=lambda c: c.practitioner_id not in (2, 4))
    assert loaded.household is not None
    assert loaded.household.choices == h.choices  # nothing dropped
    assert loaded.household.members == h.members
    assert [(m.name, c.practitioner_id) for m, c in loaded.missing] == [("Mia", 2), ("Ana", 4)]
    # ... and flagged: the overview names each one, first for its member.
    assert [c.practitioner_id for c in loaded.household.unlisted] == [2, 4]
    flagged = [(i.member_id, i.rank) for i in loaded.household.overview() if i.kind == UNLISTED]
    assert [(loaded.household.member(m).name, r) for m, r in flagged] == [("Mia", 1), ("Ana", 0)]
    assert store.load(still_listed=lambda c: True).missing == []


def corrupt_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = bytes(b ^ 0x5A for b in data[page:])  # every page but the header's
    path.write_bytes(bytes(data))


def wrong_application_id(path: Path) -> None:
    with sqlite3.connect(path, isolation_level=None) as con:
        con.execute("PRAGMA application_id = 1")
    con.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"not a database at all"),
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[:1000]),
        corrupt_pages,
        wrong_application_id,
    ],
    ids=["not_sqlite", "empty", "truncated", "pages", "application_id"],
)
def test_a_damaged_file_is_moved_aside_and_the_last_good_copy_restored(
    tmp_path: Path, damage: object
) -> None:
    store = HouseholdStore(tmp_path)
    first, second = family(), family()
    second.add_member("Eva", 1)
    store.save(first)
    store.save(second)
    damaged = tmp_path / "household.sqlite"
    damage(damaged)  # type: ignore[operator]
    bad = damaged.read_bytes()
    loaded = store.load()
    assert (loaded.household, loaded.problem) == (second, DAMAGED_RESTORED)
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("household.damaged-")]
    assert [p.read_bytes() for p in aside] == [bad]
    again = store.load()
    assert (again.household, again.problem) == (second, None)


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(tmp_path: Path) -> None:
    store = HouseholdStore(tmp_path)
    first, second = family(), Household()
    store.save(first)
    store.save(second)
    store.backups()[-1].write_bytes(b"junk")
    (tmp_path / "household.sqlite").write_bytes(b"junk")
    assert (store.load().household, store.load().problem) == (first, None)


def test_a_damaged_file_with_no_backup_is_said_so(tmp_path: Path) -> None:
    store = HouseholdStore(tmp_path)
    store.save(family())
    for p in store.backups():
        p.unlink()
    (tmp_path / "household.sqlite").write_bytes(b"junk" * 100)
    loaded = store.load()
    assert (loaded.household, loaded.problem) == (None, DAMAGED_NO_BACKUP)
    assert [n.startswith("household.damaged-") for n in names(tmp_path)] == [True]
    store.save(family())  # a fresh start works
    assert store.load().household == family()


# ---------------------------------------------------------------- migrations


def write_v1(path: Path) -> None:
    """A file as the first release saved it: Mia (6) with a doctor, Luis on plan 2."""
    con = sqlite3.connect(path, isolation_level=None)
    store_schema.create_v1(con)
    con.executescript(
        """BEGIN;
        INSERT INTO meta VALUES ('plan_id', 1), ('next_id', 3);
        INSERT INTO member VALUES (1, 0, 'Mia', 6, 'F', 'es', NULL);
        INSERT INTO member VALUES (2, 1, 'Luis', 36, NULL, NULL, 2);
        INSERT INTO choice VALUES (1, 0, 1, 10, 7, 1, 'Doctor 1', 'family', 'accepting', 0, NULL);
        INSERT INTO choice VALUES (1, 1, 2, 20, 7, 1, 'Doctor 2', 'family', 'accepting', 0, 120);
        COMMIT;"""
    )
    con.close()


def v1_household() -> Household:
    h = Household(plan_id=1)
    h.add_member("Mia", 6, sex="F", language="es")
    h.set_member_plan(h.add_member("Luis", 36).id, 2)
    h.choose(1, choice(1, age_max=None))
    h.add_backup(1, choice(2))
    return h


def schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    con.close()
    return rows


def test_a_version_1_file_is_migrated_with_its_data_and_a_backup(tmp_path: Path) -> None:
    store = HouseholdStore(tmp_path)
    write_v1(store.path)
    v1 = store.path.read_bytes()
    loaded = store.load()
    assert (loaded.household, loaded.problem) == (v1_household(), None)
    assert names(tmp_path) == ["household.backup-1-1.sqlite", "household.sqlite"]
    assert (tmp_path / "household.backup-1-1.sqlite").read_bytes() == v1
    fresh = tmp_path / "fresh" / "household.sqlite"
    HouseholdStore(fresh.parent).save(Household())
    assert schema(store.path) == schema(fresh)  # migrated == created new
    with sqlite3.connect(store.path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()
    assert store.load().household == v1_household()  # once only
    assert len(store.backups()) == 1


def test_a_migration_that_fails_midway_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = HouseholdStore(tmp_path)
    write_v1(store.path)
    v1 = store.path.read_bytes()
    failing = (*store_schema.MIGRATIONS[2][:1], "UPDATE no_such_table SET x = 1")
    monkeypatch.setitem(store_schema.MIGRATIONS, 2, failing)
    loaded = store.load()
    assert (loaded.household, loaded.problem) == (None, MIGRATION_FAILED)
    assert store.path.read_bytes() == v1
    assert [n for n in names(tmp_path) if "tmp" in n or "damaged" in n] == []
    monkeypatch.undo()
    assert store.load().household == v1_household()


def test_a_newer_apps_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    store = HouseholdStore(tmp_path)
    store.save(family())
    with sqlite3.connect(store.path, isolation_level=None) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()
    before = {n: (tmp_path / n).read_bytes() for n in names(tmp_path)}
    loaded = store.load()
    assert (loaded.household, loaded.problem) == (None, NEWER_VERSION)
    with pytest.raises(StoreError) as refused:
        store.save(Household())
    assert refused.value.code == NEWER_VERSION
    assert {n: (tmp_path / n).read_bytes() for n in names(tmp_path)} == before
