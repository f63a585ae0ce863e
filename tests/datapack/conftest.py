"""Fixtures for the builder tests: one full-size build per session, open read-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hmo_desktop.datapack.build import BuildOptions, build_directory
from hmo_desktop.paths import sources_dir


@pytest.fixture(scope="session")
def full_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default build (all of California, scale 1, the default seed)."""
    out = tmp_path_factory.mktemp("full") / "directory.sqlite"
    build_directory(BuildOptions(out=out, sources=sources_dir()))
    return out


@pytest.fixture(scope="session")
def full_db(full_build: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(f"{full_build.as_uri()}?mode=ro", uri=True)
    yield con
    con.close()
