"""Ways to damage a copy of a directory, beyond tests/directory/test_open.py's one per
code: each returns the path to open. Shared with tests/test_fault_matrix.py."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hmo_desktop.directory_format import SCHEMA_VERSION
from hmo_desktop.filehash import sha256_of
from hmo_desktop.paths import manifest_path_for


def manifest_not_a_file(copy: Path) -> Path:
    """A manifest that cannot be read, even by root: a folder where it should be."""
    manifest = manifest_path_for(copy)
    manifest.unlink()
    manifest.mkdir()
    return copy


def rewrite(copy: Path, *statements: str) -> Path:
    """Change the file's tables, with a manifest that matches the result."""
    con = sqlite3.connect(copy)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()
    manifest = manifest_path_for(copy)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["sha256"] = sha256_of(copy)
    data["size_bytes"] = copy.stat().st_size
    manifest.write_text(json.dumps(data), encoding="utf-8")
    return copy


def replace_manifest(copy: Path, make: Callable[[dict[str, object]], object]) -> Path:
    """The manifest replaced by ``make(its JSON)``."""
    manifest = manifest_path_for(copy)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps(make(data)), encoding="utf-8")
    return copy


def edit_manifest(copy: Path, **fields: object) -> Path:
    """The manifest with ``fields`` set; a field set to ``...`` is removed."""

    def edit(data: dict[str, object]) -> dict[str, object]:
        data.update(fields)
        return {k: v for k, v in data.items() if v is not ...}

    return replace_manifest(copy, edit)


def nested_manifest(copy: Path) -> Path:
    """Valid JSON nested 100,000 levels deep: Python's decoder gives up (RecursionError)."""
    manifest_path_for(copy).write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return copy


#: More ways to damage a directory, each found as the code it names (on a fresh copy).
MORE_FAULTS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "manifest without schema_version": (
        "bad_manifest",
        lambda copy: edit_manifest(copy, schema_version=...),
    ),
    "manifest schema_version 'two'": (
        "bad_manifest",
        lambda copy: edit_manifest(copy, schema_version="two"),
    ),
    "manifest schema_version of another file": (
        "bad_manifest",
        lambda copy: edit_manifest(copy, schema_version=SCHEMA_VERSION - 1),
    ),
    "manifest without size_bytes": (
        "bad_manifest",
        lambda copy: edit_manifest(copy, size_bytes=...),
    ),
    "manifest size_bytes true": ("bad_manifest", lambda copy: edit_manifest(copy, size_bytes=True)),
    "manifest sha256 a number": ("bad_manifest", lambda copy: edit_manifest(copy, sha256=12345)),
    "manifest a list": ("bad_manifest", lambda copy: replace_manifest(copy, lambda m: [m])),
    "manifest nested 100,000 deep": ("bad_manifest", nested_manifest),
    "pcp_search without a column": (
        "incomplete",
        lambda copy: rewrite(copy, "ALTER TABLE pcp_search DROP COLUMN sort_name"),
    ),
    "plan without care_model": (
        "incomplete",
        lambda copy: rewrite(copy, "ALTER TABLE plan DROP COLUMN care_model"),
    ),
    "a file name of 300 characters": ("missing", lambda copy: copy.parent / ("d" * 300)),
    "a name that is not UTF-8": (
        "missing",
        lambda copy: copy.parent / os.fsdecode(b"caf\xe9 directory.sqlite"),
    ),
}


def unsearchable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What a folder that may not be searched does to the files in it (root searches
    every folder, so the error is simulated)."""
    real_stat = Path.stat

    def stat(self: Path, **kw: Any) -> os.stat_result:
        if self.parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, **kw)

    monkeypatch.setattr(Path, "stat", stat)
