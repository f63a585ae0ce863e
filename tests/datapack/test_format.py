"""The file-format contract names exactly the tables the writer defines."""

from __future__ import annotations

from sqlalchemy import Table
from sqlmodel import SQLModel

from hmo_desktop.directory_format import REQUIRED_TABLES
from hmo_desktop.directory_format import tables as table_definitions


def model_tables() -> set[str]:
    """The tables of the SQLModel classes (``table=True``) in ``directory_format.tables``."""
    names = set()
    for value in vars(table_definitions).values():
        if isinstance(value, type) and issubclass(value, SQLModel):
            table = value.__dict__.get("__table__")
            if isinstance(table, Table):
                names.add(table.name)
    return names


def test_required_tables_are_the_model_tables_and_the_derived_tables() -> None:
    models = model_tables()
    derived = set(table_definitions.DERIVED_TABLES)
    assert {"plan", "network", "pcp_role"} <= models  # the classes are found at all
    assert not models & derived
    assert len(REQUIRED_TABLES) == len(set(REQUIRED_TABLES))
    assert set(REQUIRED_TABLES) == models | derived


def test_the_writer_creates_the_model_tables() -> None:
    # The writer creates what SQLModel's metadata holds: the same tables as the classes.
    assert set(SQLModel.metadata.tables) == model_tables()
