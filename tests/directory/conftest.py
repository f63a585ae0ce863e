"""Fixtures for the directory tests: the small directory open once per module, its
largest plan, and that plan's roles as plain rows (see ``oracle``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hmo_desktop.directory import Directory, open_directory
from tests.directory.oracle import Role, all_roles


@pytest.fixture(scope="module")
def db(hmo_small_directory: Path) -> Iterator[Directory]:
    d = open_directory(hmo_small_directory)
    yield d
    d.close()


@pytest.fixture(scope="module")
def big_plan(db: Directory) -> int:
    return int(
        db.con.execute(
            "SELECT plan_id FROM pcp_role GROUP BY plan_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    )


@pytest.fixture(scope="module")
def roles(db: Directory, big_plan: int) -> list[Role]:
    return all_roles(db, big_plan)
