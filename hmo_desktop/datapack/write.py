"""Writing the rows to a new SQLite file: tables, indexes, derived tables, then stamped,
analysed and vacuumed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hmo_desktop.datapack.rows import Progress, Rows
from hmo_desktop.datapack.search_index import (
    create_group_plan_stats,
    create_pcp_search,
    create_search_index,
    create_source_rows,
)
from hmo_desktop.directory_format import APPLICATION_ID, SCHEMA_VERSION


def write_database(path: Path, rows: Rows, progress: Progress) -> dict[str, int]:
    """Writes ``path`` (new or empty: the build's temporary file, see ``output``); returns
    the row count of every table."""
    # SQLModel describes the tables; the DDL is compiled from it so there is one schema.
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.schema import CreateTable
    from sqlmodel import SQLModel

    from hmo_desktop.directory_format import tables

    dialect = sqlite_dialect.dialect()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA page_size=4096")
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
        con.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        counts: dict[str, int] = {}
        with con:
            for table in SQLModel.metadata.sorted_tables:
                con.execute(str(CreateTable(table).compile(dialect=dialect)))
                columns = [c.name for c in table.columns]
                # A value a row leaves out takes the column's default from tables.py.
                defaults = {
                    c.name: getattr(c.default, "arg", None) if c.default is not None else None
                    for c in table.columns
                }
                data = rows.tables.get(table.name, [])
                sql = (
                    f"INSERT INTO {table.name} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                )
                con.executemany(sql, (tuple(r.get(c, defaults[c]) for c in columns) for r in data))
                counts[table.name] = len(data)
            progress("Indexes and name search", 0.85)
            for stmt in tables.INDEXES:
                con.execute(stmt)
            counts.update(create_search_index(con))
            counts.update(create_pcp_search(con))
            counts.update(create_group_plan_stats(con))
            counts.update(create_source_rows(con))
        progress("ANALYZE and VACUUM", 0.92)
        con.execute("ANALYZE")
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("VACUUM")
    finally:
        con.close()
    return dict(sorted(counts.items()))
