"""The directory changed under an open ``Directory``: every reading function says so
(``DirectoryChanged``, code "changed") instead of answering from other bytes, and an
error SQLite gives about the file becomes the same plain problem."""

from __future__ import annotations

import inspect
import os
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import hmo_desktop.directory as directory
from hmo_desktop.directory import (
    UNAVAILABLE_CODES,
    Directory,
    DirectoryUnavailable,
    PcpFilters,
    count_pcps,
    counties,
    doctor_mix,
    doctor_profile,
    doctors_for_everyone,
    find_place,
    groups_in_plan,
    hospitals_for_plan,
    languages,
    left_out_unknown,
    open_directory,
    plans_for_area,
    search_names,
    search_pcps,
    source_summary,
    still_listed,
    suggest_relaxation,
)
from hmo_desktop.directory.identity import CHANGED, DirectoryChanged, reads
from tests.directory.changes import (
    CHANGES,
    INSTALLED_NS,
    private_copy,
    rewrite_keeping_size_and_time,
    truncate,
)

# ---------------------------------------------------------------- every reading function


def readers(db: Directory) -> dict[str, Callable[[], object]]:
    """One call of every function that reads the directory."""
    plan = 1
    return {
        "groups_in_plan": lambda: groups_in_plan(db, plan),
        "hospitals_for_plan": lambda: hospitals_for_plan(db, plan),
        "search_pcps": lambda: search_pcps(db, plan),
        "count_pcps": lambda: count_pcps(db, plan, PcpFilters()),
        "left_out_unknown": lambda: left_out_unknown(db, plan, PcpFilters(gender="F")),
        "doctors_for_everyone": lambda: doctors_for_everyone(db, plan, [6, 40]),
        "still_listed": lambda: still_listed(db, 1, 1, 1, plan),
        "suggest_relaxation": lambda: suggest_relaxation(db, plan, PcpFilters(gender="X")),
        "languages": lambda: languages(db),
        "find_place": lambda: find_place(db, "94110"),
        "counties": lambda: counties(db),
        "plans_for_area": lambda: plans_for_area(db),
        "doctor_profile": lambda: doctor_profile(db, 1),
        "search_names": lambda: search_names(db, "a"),
        "summary": db.summary,
        "source_summary": lambda: source_summary(db),
        "doctor_mix": lambda: doctor_mix(db),
    }


def reading_functions() -> dict[str, Callable[..., object]]:
    """The package's functions that take a ``Directory`` first."""
    out: dict[str, Callable[..., object]] = {}
    for name in directory.__all__:
        fn = getattr(directory, name)
        if not inspect.isfunction(fn):
            continue
        params = list(inspect.signature(fn).parameters.values())
        if params and params[0].annotation in ("Directory", Directory):
            out[name] = fn
    return out


@pytest.fixture
def copy(hmo_small_directory: Path, tmp_path: Path) -> Path:
    return private_copy(hmo_small_directory, tmp_path / "app")


@pytest.fixture
def db(copy: Path) -> Iterator[Directory]:
    d = open_directory(copy)
    yield d
    d.close()


_READ_CODE = reads(lambda db: None).__code__  # the wrapper every reading function is


def test_every_reading_function_checks_first() -> None:
    """A new reading function without ``@reads`` would answer from a changed file."""
    functions = reading_functions()
    assert len(functions) >= 11
    unchecked = [n for n, fn in functions.items() if fn.__code__ is not _READ_CODE]
    assert unchecked == []


def test_the_readers_here_cover_every_reading_function(db: Directory) -> None:
    assert set(reading_functions()) | {"summary"} == set(readers(db))


def test_an_unchanged_directory_reads_as_before(db: Directory, copy: Path) -> None:
    before = {name: read() for name, read in readers(db).items()}
    os.utime(copy, ns=(time.time_ns(), INSTALLED_NS))  # read (atime) again: not a change
    db.check_unchanged()
    assert {name: read() for name, read in readers(db).items()} == before


@pytest.mark.parametrize("change", CHANGES)
def test_a_changed_directory_is_never_read(db: Directory, copy: Path, change: str) -> None:
    groups = len(groups_in_plan(db, 1))
    assert groups > 0
    CHANGES[change](copy)
    with pytest.raises(DirectoryUnavailable) as info:
        db.check_unchanged()
    assert isinstance(info.value, DirectoryChanged)
    assert info.value.code == CHANGED == "changed"
    assert "after HMO Desktop opened and verified it" in info.value.reason
    for name, read in readers(db).items():
        with pytest.raises(DirectoryChanged):  # never other rows, never sqlite3's error
            read()
        assert name  # (for the failure message)


def test_once_changed_it_stays_changed(db: Directory, copy: Path) -> None:
    """Putting the old file back does not make what was read in between right."""
    saved = copy.read_bytes()
    truncate(copy)
    with pytest.raises(DirectoryChanged):
        plans_for_area(db)
    copy.write_bytes(saved)
    os.utime(copy, ns=(INSTALLED_NS, INSTALLED_NS))
    with pytest.raises(DirectoryChanged, match="opened: "):
        db.check_unchanged()


def test_a_file_that_looks_the_same_but_reads_malformed(db: Directory, copy: Path) -> None:
    """Rewritten in place with its size and modification time put back: os.stat cannot
    tell, SQLite can ("database disk image is malformed"), and that is the same problem."""
    rewrite_keeping_size_and_time(copy)
    db.check_unchanged()  # it looks the same
    db.con.execute("PRAGMA shrink_memory")  # no page of it left in SQLite's cache
    with pytest.raises(DirectoryChanged, match="malformed") as info:
        plans_for_area(db)
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)
    with pytest.raises(DirectoryChanged):  # and it stays so
        db.check_unchanged()


def test_an_error_of_the_query_itself_is_a_bug_not_a_changed_file(db: Directory) -> None:
    @reads
    def wrong_sql(d: Directory) -> object:
        return d.con.execute("SELECT no_such_column FROM plan").fetchall()

    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        wrong_sql(db)
    db.check_unchanged()  # the directory is still fine
    assert plans_for_area(db)


def test_changed_is_not_a_start_up_problem() -> None:
    """Opening never says "changed": the start-up codes (each with its own headline and
    fault case) stay as they are."""
    assert CHANGED not in UNAVAILABLE_CODES
    problem = DirectoryChanged("why")
    assert isinstance(problem, DirectoryUnavailable)
    assert (problem.code, problem.reason, str(problem)) == ("changed", "why", "why")


def test_the_check_is_cheap_and_does_not_hash(db: Directory) -> None:
    """Two os.stat calls (~3 µs here); hashing even this small file takes ~1 ms."""
    times = []
    for _ in range(2000):
        t = time.perf_counter()
        db.check_unchanged()
        times.append(time.perf_counter() - t)
    assert statistics.median(times) < 100e-6


def test_a_file_replaced_while_it_is_checked_is_not_opened(
    hmo_small_directory: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The identity is taken before the hash: a file replaced during the check (after the
    hash, before the connection) is refused, not recorded as the one that was verified."""
    from hmo_desktop.directory import store
    from hmo_desktop.paths import manifest_path_for

    copy = tmp_path / "directory.sqlite"
    shutil.copyfile(hmo_small_directory, copy)
    shutil.copyfile(manifest_path_for(hmo_small_directory), manifest_path_for(copy))
    real_check = store._check_hash

    def check_then_replace(*args: object, **kwargs: object) -> None:
        real_check(*args, **kwargs)  # type: ignore[arg-type]
        other = tmp_path / "other.sqlite"
        shutil.copyfile(copy, other)
        os.replace(other, copy)  # the same bytes, a new file

    monkeypatch.setattr(store, "_check_hash", check_then_replace)
    with pytest.raises(store.DirectoryUnavailable, match="changed while it was being checked"):
        store.open_directory(copy)
