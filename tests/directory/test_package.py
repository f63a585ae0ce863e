"""The package's face: every name the screens use comes from ``hmo_desktop.directory``,
which loads no Qt, no SQLModel/SQLAlchemy and nothing of the builder or the screens."""

from __future__ import annotations

import json
import subprocess
import sys

import hmo_desktop.directory as directory


def test_every_exported_name_is_there() -> None:
    for name in directory.__all__:
        assert getattr(directory, name) is not None, name
    for name in (
        "RoleInfo",
        "Fact",
        "OfficeInfo",
        "DirectorySummary",
        "SUMMARY_COUNTS",
        "INVALID_ZIP_CODES",
        "zip_is_complete",
        "Relaxation",
        "RELAXABLE_FILTERS",
        "suggest_relaxation",
    ):
        assert name in directory.__all__, name


def test_importing_the_directory_loads_nothing_heavy() -> None:
    code = "import sys, json, hmo_desktop.directory; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = json.loads(out)
    forbidden = (
        "PySide6",
        "shiboken6",
        "sqlmodel",
        "sqlalchemy",
        "hmo_desktop.directory_format.tables",
        "hmo_desktop.datapack",
        "hmo_desktop.household",
        "hmo_desktop.ui",
    )
    assert [m for m in loaded if m.startswith(forbidden)] == []
