"""What the directory is made of: sources with their rows, real and sample doctors, and
how new its data on plans and doctors is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hmo_desktop.directory import (
    CHOICE_TABLES,
    DataAge,
    Directory,
    DirectoryUnavailable,
    SourceLine,
    doctor_mix,
    newest_data,
    open_directory,
    source_summary,
)
from tests.directory.changes import private_copy, truncate
from tests.directory.damage import rewrite


def line(kind: str, as_of: str, *tables: str, id_: int = 1) -> SourceLine:
    rows = tuple((t, 10) for t in tables)
    return SourceLine(id_, "A source", "Its publisher", as_of, kind, "Open", "Source: it.", rows)


def test_every_source_is_listed_with_its_rows_per_table(db: Directory) -> None:
    lines = source_summary(db)
    ids = [int(r[0]) for r in db.con.execute("SELECT id FROM data_source ORDER BY id")]
    assert [s.id for s in lines] == ids  # every source, even one with no rows of its own
    tables = [
        str(r[0])
        for r in db.con.execute(
            "SELECT m.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table' AND p.name = 'source_id' AND m.name != 'source_rows'"
        )
    ]
    assert {"practitioner", "pcp_role", "plan", "medical_group", "location"} <= set(tables)
    for t in tables:  # the oracle: one count per table and source, asked directly
        for source_id, n in db.con.execute(f'SELECT source_id, count(*) FROM "{t}" GROUP BY 1'):
            found = next(s for s in lines if s.id == source_id)
            assert (t, n) in found.rows, (t, source_id)
    assert sum(s.total for s in lines) == sum(
        db.con.execute(f'SELECT count(*) FROM "{t}" WHERE source_id IS NOT NULL').fetchone()[0]
        for t in tables
    )
    generated = [s for s in lines if s.kind == "generated"]
    assert generated
    assert all(s.as_of == "build" for s in generated)
    assert any(("practitioner", doctor_mix(db).sample) in s.rows for s in generated)


def test_the_small_directory_lists_only_sample_doctors(db: Directory) -> None:
    mix = doctor_mix(db)
    assert mix.real == 0
    assert mix.sample == db.con.execute("SELECT count(*) FROM practitioner").fetchone()[0] > 0


@pytest.fixture
def real_copy(hmo_small_directory: Path, tmp_path: Path) -> Path:
    """A copy where some doctors are real (not samples), its manifest rewritten."""
    copy = private_copy(hmo_small_directory, tmp_path)
    return rewrite(copy, "UPDATE practitioner SET is_sample = 0 WHERE id % 3 = 0")


def test_real_and_sample_doctors_are_counted_apart(real_copy: Path) -> None:
    with open_directory(real_copy) as db:
        expected = db.con.execute("SELECT count(*) FROM practitioner WHERE id % 3 = 0")
        real = int(expected.fetchone()[0])
        total = int(db.con.execute("SELECT count(*) FROM practitioner").fetchone()[0])
        assert doctor_mix(db) == (real, total - real)
        assert 0 < real < total


def test_the_readers_notice_a_changed_file(hmo_small_directory: Path, tmp_path: Path) -> None:
    copy = private_copy(hmo_small_directory, tmp_path)
    with open_directory(copy) as db:
        truncate(copy)
        for read in (source_summary, doctor_mix):
            with pytest.raises(DirectoryUnavailable) as raised:
                read(db)
            assert raised.value.code == "changed"


# ---------------------------------------------------------------- how new the data is


@pytest.mark.parametrize(
    ("as_of", "start", "end", "precision"),
    [
        ("2025-12", date(2025, 12, 1), date(2025, 12, 31), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2017", date(2017, 1, 1), date(2017, 12, 31), "year"),
        ("2017-2018", date(2018, 1, 1), date(2018, 12, 31), "year"),  # the later year
        ("2024-03-05", date(2024, 3, 5), date(2024, 3, 5), "day"),
        ("circa 2019-07", date(2019, 7, 1), date(2019, 7, 31), "month"),
    ],
)
def test_a_source_date_is_the_end_of_the_period_it_names(
    as_of: str, start: date, end: date, precision: str
) -> None:
    assert newest_data([line("real", as_of, "plan")]) == DataAge(as_of, start, end, precision)


@pytest.mark.parametrize("as_of", ["build", "version 1.4.2", "", "unknown", "2017-13"])
def test_words_without_a_date_give_no_age(as_of: str) -> None:
    age = newest_data([line("real", as_of, "plan")])
    assert age is None or age.precision == "year"  # "2017-13": the year, not month 13


def test_only_public_sources_of_plans_and_doctors_count() -> None:
    doctors = line("real", "2024-03", "practitioner", "pcp_role", id_=1)
    newer = [
        line("generated", "2026-01", "practitioner", id_=2),  # samples: no date of their own
        line("inferred", "2026-01", "group_hospital", id_=3),
        line("real", "2026-01", "zip_code", "county", id_=4),  # not about plans or doctors
        line("real", "2026-01", id_=5),  # no rows at all (used while building)
    ]
    age = newest_data([doctors, *newer])
    assert age is not None
    assert age.as_of == "2024-03"
    for table in CHOICE_TABLES:  # each of them counts
        found = newest_data([doctors, line("dated", "2025-06", table, id_=6)])
        assert found is not None
        assert found.as_of == "2025-06", table


def test_data_is_stale_more_than_a_year_after_its_period_ended() -> None:
    age = newest_data([line("real", "2024-03", "plan")])
    assert age is not None
    assert not age.is_stale(date(2025, 3, 31))  # 365 days after 31 March 2024
    assert age.is_stale(date(2025, 4, 1))
    assert age.days_old(date(2025, 4, 1)) == 366


def test_the_small_directory_is_dated_by_its_newest_plan_source(db: Directory) -> None:
    lines = source_summary(db)
    age = newest_data(lines)
    assert age is not None
    dated = [s for s in lines if s.kind in ("real", "dated") and s.describes_choices()]
    assert age.as_of in {s.as_of for s in dated}
    assert not age.is_stale(age.end)
    assert age.is_stale(date(age.end.year + 2, 1, 1))
