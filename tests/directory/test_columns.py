"""REQUIRED_COLUMNS, which ``open_directory`` checks, is what the reader really reads: an
SQLite authorizer records every column the reader's own queries read while they answer
every kind of question, and the writer makes every column listed."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import hmo_desktop.directory as directory
from hmo_desktop.directory import Directory, Page, PcpFilters, open_directory, pcps, store
from hmo_desktop.directory.store import connect_readonly
from hmo_desktop.directory_format import ACCESSIBILITY_KEYS, REQUIRED_COLUMNS, REQUIRED_TABLES

READER = str(Path(directory.__file__).parent)


@pytest.fixture
def recorded(
    hmo_small_directory: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Directory, set[tuple[str, str]]]]:
    """The small directory, and the (table, column) pairs the reader's queries read."""
    seen: set[tuple[str, str]] = set()

    def authorize(action: int, table: str | None, column: str | None, *_rest: object) -> int:
        reader = sys._getframe(1).f_code.co_filename.startswith(READER)  # not a test's query
        if action == sqlite3.SQLITE_READ and table and column and reader:
            seen.add((table, column))
        return sqlite3.SQLITE_OK

    def connect(path: Path) -> sqlite3.Connection:
        con = connect_readonly(path)
        con.set_authorizer(authorize)
        return con

    monkeypatch.setattr(store, "connect_readonly", connect)  # from the open on
    # Nearest-first pages read grid squares only with many matches; the small directory
    # has few, so read them always.
    monkeypatch.setattr(pcps, "RING_MIN_TOTAL", 0)
    db = open_directory(hmo_small_directory)
    yield db, seen
    db.close()


def ask_everything(db: Directory) -> None:
    """Every question the screens ask, with every filter, sort and name script."""
    place = directory.find_place(db, "94110")
    directory.counties(db)
    directory.languages(db)
    db.summary()
    plans = directory.plans_for_area(db, place.county_id)
    directory.plans_for_area(db)
    plan = max(plans, key=lambda p: len(directory.groups_in_plan(db, p.id)))
    for sort in directory.GROUP_SORTS:
        directory.groups_in_plan(db, plan.id, place, sort, place.county_id)
    hospitals = directory.hospitals_for_plan(db, plan.id)
    everything = PcpFilters(
        county_id=place.county_id,
        accepting=frozenset({"accepting"}),
        doctor_language="es",
        staff_language="es",
        gender="F",
        member_age=40,
        near=place,
        max_miles=50,
        telehealth=True,
        evening=True,
        saturday=True,
        accessibility=frozenset(ACCESSIBILITY_KEYS),
        hospital_id=hospitals[0].id if hospitals else None,
    )
    directory.left_out_unknown(db, plan.id, everything)
    directory.source_summary(db)
    groups = directory.groups_in_plan(db, plan.id)
    by_group = PcpFilters(group_id=groups[0].id, near=place)
    for filters in (PcpFilters(), PcpFilters(near=place), by_group, everything):
        for sort in ("distance", "name"):
            page = directory.search_pcps(db, plan.id, filters._replace(sort=sort), Page(0, 60))
            directory.count_pcps(db, plan.id, filters)
            directory.suggest_relaxation(db, plan.id, filters)
            for row in page.rows[:3]:
                directory.doctor_profile(db, row.practitioner_id)
    for text in ("Chen", "dr. chen", "Medical", "陈", "김"):
        directory.search_names(db, text, county_id=place.county_id, plan_id=plan.id)
        directory.search_names(db, text, county_id=place.county_id, only_in_county=True)


def test_required_columns_cover_what_the_reader_reads(
    recorded: tuple[Directory, set[tuple[str, str]]],
) -> None:
    db, seen = recorded
    ask_everything(db)
    read = {(t, c) for t, c in seen if t in REQUIRED_TABLES and c.lower() != "rowid"}
    name_search = {c for t, c in seen if t == "name_search"}
    assert name_search  # the FTS table was asked (its hidden columns are not listed)
    listed = {(t, c) for t, columns in REQUIRED_COLUMNS.items() for c in columns}
    hidden = {("name_search", "name_search"), ("name_search", "rank")}
    assert read - hidden <= listed, sorted(read - hidden - listed)
    # ...and the list names no column nobody reads (pcp_specialty: only the writer uses it).
    assert listed - read <= {("name_search", "name")}, sorted(listed - read)


def test_every_required_table_has_its_columns_listed() -> None:
    assert set(REQUIRED_COLUMNS) == set(REQUIRED_TABLES)
    for columns in REQUIRED_COLUMNS.values():
        assert len(columns) == len(set(columns))


def test_the_writer_makes_every_required_column(hmo_directory: Directory) -> None:
    for table, columns in REQUIRED_COLUMNS.items():
        made = {r[1] for r in hmo_directory.con.execute(f'PRAGMA table_info("{table}")')}
        assert set(columns) <= made, (table, set(columns) - made)
