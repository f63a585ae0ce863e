"""Noticing that the open directory changed under the running app.

The file is opened ``immutable``: SQLite trusts that nobody changes it, so a file
rewritten or truncated in place gives silently different rows (a plan's groups: 348 -> 0)
or "malformed" errors. A ``Directory`` records the identity of the file and of its
manifest (size, modification time, inode, device) when they were opened and verified;
every reading function (``@reads``) first asks ``Directory.check_unchanged``, two
``os.stat`` calls (~3 µs), and turns SQLite's errors about the file ("malformed", "disk
I/O error") into the same ``DirectoryChanged``, a ``DirectoryUnavailable`` whose code is
``CHANGED``.

``CHANGED`` is not one of ``UNAVAILABLE_CODES``: those are the problems found when the
directory is opened (each with its start-up headline); this one only happens while it is
open, and the window words it (``hmo_desktop.ui.directory_guard``).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from hmo_desktop.directory.store import Directory, DirectoryUnavailable

CHANGED = "changed"

#: SQLite's primary result codes that mean the file, not the query, is at fault: a read
#: failed (IOERR), the pages do not make a database (CORRUPT, "malformed"; NOTADB), the
#: file cannot be opened or read any more (CANTOPEN, PERM, AUTH).
FILE_FAULTS = frozenset(
    {
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_AUTH,
    }
)

FileIdentity = tuple[int, int, int, int]  # st_size, st_mtime_ns, st_ino, st_dev


class DirectoryChanged(DirectoryUnavailable):
    """The directory file (or its manifest) was replaced, changed or removed while it was
    open, or can no longer be read. ``code`` is ``CHANGED``; ``reason`` says what was seen,
    in English, for the log and the dialog's details."""

    def __init__(self, reason: str) -> None:
        # Not DirectoryUnavailable.__init__: its codes are the start-up problems.
        Exception.__init__(self, reason)
        self.code = CHANGED
        self.reason = reason


def describe(name: str, opened: FileIdentity | None, now: FileIdentity | None) -> str:
    """What changed, in English: "... (opened: 123 bytes, inode 4; now: missing)"."""

    def state(ident: FileIdentity | None) -> str:
        if ident is None:
            return "missing"
        size, mtime_ns, ino, _dev = ident
        return f"{size:,} bytes, modified {mtime_ns} ns, inode {ino}"

    return (
        f"{name} was replaced, changed or removed after HMO Desktop opened and verified it "
        f"(opened: {state(opened)}; now: {state(now)})."
    )


def is_file_fault(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite's error is about the file (not about the query: a bug)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in FILE_FAULTS


P = ParamSpec("P")
R = TypeVar("R")


def reads(query: Callable[Concatenate[Directory, P], R]) -> Callable[Concatenate[Directory, P], R]:
    """A function that reads the directory: it first checks that the file is the one
    opened, and an error SQLite gives about the file becomes ``DirectoryChanged``. Each
    call is one query batch (the functions return lists and rows, never open cursors)."""

    @functools.wraps(query)
    def read(db: Directory, /, *args: P.args, **kwargs: P.kwargs) -> R:
        db.check_unchanged()
        try:
            return query(db, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            problem = db.read_failed(exc)
            if problem is None:
                raise
            raise problem from exc

    return read
