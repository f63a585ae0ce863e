"""A copy of a directory in which real medical groups have no contact details, as the
builder writes them when no public file gives them: phone, after-hours line, referral
rules, address and place NULL, and no inferred hospitals."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from hmo_desktop.directory_format import DATED, REAL
from hmo_desktop.paths import manifest_path_for

#: What a real group's row leaves NULL when no public file gives it.
UNPUBLISHED = (
    "phone",
    "after_hours_phone",
    "referral_rules",
    "address",
    "city",
    "zip",
    "lat",
    "lon",
)


def without_unpublished_details(directory: Path, folder: Path) -> Path:
    """A copy of ``directory`` in ``folder`` (open it with ``verify_hash=False``) where
    every real group's unpublished details are NULL."""
    out = folder / directory.name
    shutil.copyfile(directory, out)
    shutil.copyfile(manifest_path_for(directory), manifest_path_for(out))
    con = sqlite3.connect(out)
    try:
        # Older directories declare these columns NOT NULL: copy the table without that.
        con.executescript(
            "CREATE TABLE medical_group_copy AS SELECT * FROM medical_group;"
            "DROP TABLE medical_group;"
            "ALTER TABLE medical_group_copy RENAME TO medical_group;"
        )
        real = f"provenance IN ('{REAL}', '{DATED}')"
        con.execute(
            f"UPDATE medical_group SET {', '.join(f'{c} = NULL' for c in UNPUBLISHED)}, "
            f"obgyn_direct_access = 1 WHERE {real}"
        )
        con.execute(
            f"DELETE FROM group_hospital WHERE group_id IN (SELECT id FROM medical_group "
            f"WHERE {real})"
        )
        con.commit()
    finally:
        con.close()
    return out
