"""``hmo-desktop --about-directory``: every source with its date and rows, whose doctors
the directory lists, and a warning when its data is more than a year old."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from hmo_desktop import exitcodes
from hmo_desktop.cli import about_directory, main
from hmo_desktop.directory import doctor_mix, newest_data, open_directory, source_summary
from tests.directory.changes import private_copy
from tests.directory.damage import rewrite


def test_every_source_is_printed_with_its_date_and_rows(
    hmo_small_directory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--about-directory", "--directory", str(hmo_small_directory)]) == exitcodes.OK
    out = capsys.readouterr().out
    with open_directory(hmo_small_directory) as db:
        sources, mix = source_summary(db), doctor_mix(db)
    assert "\nSources:\n" in out
    blocks = out.split("\nSources:\n", 1)[1].split("\nDoctors:\n")[0].split("  - ")[1:]
    assert len(blocks) == len(sources)
    for s, block in zip(sources, blocks, strict=True):
        head, rows = block.split("\n", 1)
        assert head.startswith(f"{s.title} ({s.publisher}); ")
        assert ("made by this app" if s.as_of == "build" else f"as of {s.as_of}") in head
        if s.kind == "generated":
            assert "fictional samples" in head
        if s.total:
            assert rows.strip().startswith(f"rows: {s.total:,} (")
            for table, n in s.rows:
                assert f"{table} {n:,}" in rows
        else:
            assert "rows: none" in rows
    doctors = out.split("\nDoctors:\n", 1)[1].splitlines()
    counted = {line.rsplit(None, 1)[0].strip(): line.split()[-1] for line in doctors[:2]}
    assert counted["Doctors from public files"] == f"{mix.real:,}"
    assert counted["Sample doctors (fictional)"] == f"{mix.sample:,}"
    assert "Warning" not in out  # the small directory's data on plans is recent


def test_old_data_is_warned_about(
    hmo_small_directory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_directory(hmo_small_directory) as db:
        age = newest_data(source_summary(db))
    assert age is not None
    assert about_directory(hmo_small_directory, False, today=age.end) == exitcodes.OK
    assert "Warning" not in capsys.readouterr().out
    later = age.end + timedelta(days=366)
    assert about_directory(hmo_small_directory, False, today=later) == exitcodes.OK
    out = capsys.readouterr().out
    assert f"newest data on plans and doctors is from {age.as_of}, more than a year ago" in out


def test_real_doctors_are_counted_apart_from_samples(
    hmo_small_directory: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = rewrite(
        private_copy(hmo_small_directory, tmp_path),
        "UPDATE practitioner SET is_sample = 0, npi = 1000000000 + id WHERE id <= 10",
    )
    assert about_directory(copy, False) == exitcodes.OK
    lines = capsys.readouterr().out.splitlines()
    real = next(line for line in lines if "Doctors from public files" in line)
    assert real.split()[-1] == "10"
    everyone = next(line for line in lines if line.startswith("  Doctors "))
    assert "Sample doctors (fictional)" not in everyone  # the count of all doctors
