"""One household saved at home, in a small SQLite file in the user's data folder.

Saving is opt-in (on a shared machine nothing a member typed outlives the member); the
UI asks, then calls ``save``. Every write is whole or not at all: a new file is built
under a temporary name in the same folder, fsynced, and ``os.replace``-d over
``household.sqlite``, and the folder is fsynced; ``save`` returns only then. A copy of
each saved file is kept as a backup (the last ``KEEP_BACKUPS``), and one is made before
a migration. ``load`` moves a damaged file aside and restores the newest good backup;
``forget`` leaves nothing behind.

Files in the folder (all named ``household.*``)::

    household.sqlite                        the household
    household.backup-<version>-<n>.sqlite   the last good copies (n counts up)
    household.damaged-<timestamp>.sqlite    a damaged file, moved aside
    household.tmp-<pid>-<token>.sqlite      a write in progress (removed if left over)
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from hmo_desktop.household import store_schema
from hmo_desktop.household.members import Choice, Household, Member
from hmo_desktop.household.store_schema import APPLICATION_ID, SCHEMA_VERSION

FILE_NAME = "household.sqlite"
PREFIX = "household."
KEEP_BACKUPS = 3

#: ``LoadResult.problem`` codes (the UI words them in plain language).
DAMAGED_RESTORED = "damaged_restored"  # the file was damaged; the last good copy is back
DAMAGED_NO_BACKUP = "damaged_no_backup"  # the file was damaged and there was no good copy
NEWER_VERSION = "newer_version"  # saved by a newer app; left as it is
MIGRATION_FAILED = "migration_failed"  # could not bring an older file up to date; left as is
PROBLEMS = (DAMAGED_RESTORED, DAMAGED_NO_BACKUP, NEWER_VERSION, MIGRATION_FAILED)

_BACKUP = re.compile(r"household\.backup-(\d+)-(\d+)\.sqlite")
_SQLITE_MAGIC = b"SQLite format 3\x00"

#: For the kill test only: the process exits (as if killed) at this step boundary of a
#: write. None in the app.
exit_at_step: int | None = None
_steps = 0


def _step() -> None:
    global _steps
    _steps += 1
    if exit_at_step is not None and _steps >= exit_at_step:
        os._exit(137)


def steps_taken() -> int:
    """Step boundaries passed so far in this process (the kill test counts them)."""
    return _steps


def default_folder() -> Path:
    """The user's data folder (platformdirs), never beside the bundled directory."""
    from hmo_desktop.paths import user_data_dir

    return user_data_dir()


class StoreError(Exception):
    """A save that cannot be done; ``code`` says why (``NEWER_VERSION``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class _Damaged(Exception):
    pass


class _Newer(Exception):
    pass


@dataclass
class LoadResult:
    household: Household | None  # None: nothing saved, or nothing that could be read
    problem: str | None = None  # PROBLEMS
    #: Choices no longer listed in the directory (kept in the household all the same).
    missing: list[tuple[Member, Choice]] = field(default_factory=list)


class HouseholdStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / FILE_NAME

    # ------------------------------------------------------------ save

    def save(self, h: Household) -> None:
        """Writes the whole household; returns once it is on disk (confirmed as saved).
        Refuses (``StoreError(NEWER_VERSION)``) to overwrite a newer app's file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.path.exists() and _header(self.path)[1] > SCHEMA_VERSION:
            raise StoreError(NEWER_VERSION)
        _step()
        tmp = self._tmp()
        try:
            con = _connect(tmp)
            try:
                con.execute("PRAGMA journal_mode = OFF")
                store_schema.create_v1(con)
                store_schema.migrate(con)
                _step()
                store_schema.write_household(con, h)
            finally:
                con.close()
            _step()
            self._commit(tmp, self.path)
        finally:
            tmp.unlink(missing_ok=True)
        self._backup(self.path, SCHEMA_VERSION)

    # ------------------------------------------------------------ load

    def load(self, still_listed: Callable[[Choice], bool] | None = None) -> LoadResult:
        """The saved household, if any. A damaged file is moved aside and the newest good
        backup restored; an older file is migrated (after a backup); a newer app's file
        is left alone. ``missing``: the choices ``still_listed`` says are gone."""
        self._remove_leftovers()
        if not self.path.exists():
            return LoadResult(None)
        problem: str | None = None
        h: Household | None
        try:
            h = self._read(self.path)
        except _Newer:
            return LoadResult(None, NEWER_VERSION)
        except sqlite3.Error:  # a migration that failed: the file is as it was
            return LoadResult(None, MIGRATION_FAILED)
        except _Damaged:
            self._move_aside()
            h, problem = self._restore()
        if h is None:
            return LoadResult(None, problem)
        missing = [
            (m, c)
            for m in h.members
            for c in h.choices.get(m.id, [])
            if still_listed is not None and not still_listed(c)
        ]
        h.unlisted = [c for _, c in missing]
        return LoadResult(h, problem, missing)

    def _read(self, path: Path) -> Household:
        """Checks, migrates and reads ``path``; raises ``_Damaged``, ``_Newer`` or (a
        migration failed, the file left as it was) ``sqlite3.Error``."""
        version = _check(path)
        if version < SCHEMA_VERSION:
            self._migrate(path, version)
        try:
            with _closing(_connect(path, readonly=True)) as con:
                return store_schema.read_household(con)
        except (sqlite3.DatabaseError, TypeError, ValueError) as e:  # not rows we wrote
            raise _Damaged from e

    def _migrate(self, path: Path, version: int) -> None:
        """A backup of the old file, then the migrated copy replaces it (all or none)."""
        self._backup(path, version)
        tmp = self._tmp()
        try:
            _copy(path, tmp)
            with _closing(_connect(tmp)) as con:
                store_schema.migrate(con)
            _step()
            self._commit(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)

    def _move_aside(self) -> None:
        """A copy of the damaged file under another name; the file itself stays until a
        backup replaces it (or, with none, is removed), so it is never simply gone."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        tmp = self._tmp()
        try:
            _copy(self.path, tmp)
            self._commit(tmp, self.folder / f"{PREFIX}damaged-{stamp}.sqlite")
        finally:
            tmp.unlink(missing_ok=True)

    def _restore(self) -> tuple[Household | None, str]:
        """The newest backup that reads, copied back as the household file."""
        for backup in reversed(self.backups()):
            tmp = self._tmp()
            try:
                _copy(backup, tmp)
                _check(tmp)
                self._commit(tmp, self.path)
                return self._read(self.path), DAMAGED_RESTORED
            except (_Damaged, _Newer, sqlite3.Error):
                continue
            finally:
                tmp.unlink(missing_ok=True)
        self.path.unlink(missing_ok=True)
        _fsync_dir(self.folder)
        return None, DAMAGED_NO_BACKUP

    # ------------------------------------------------------------ forget

    def forget(self) -> None:
        """Deletes the household, its backups and any temporary or damaged file. The
        household file goes last, so a forget cut short leaves it (and can be redone)."""
        if not self.folder.is_dir():
            return
        ours = [p for p in self.folder.iterdir() if p.name.startswith(PREFIX)]
        for p in sorted(ours, key=lambda p: p == self.path):
            p.unlink(missing_ok=True)
        _fsync_dir(self.folder)

    # ------------------------------------------------------------ files

    def backups(self) -> list[Path]:
        """The backups, oldest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if _BACKUP.fullmatch(p.name)]
        return sorted(found, key=_backup_number)

    def _backup(self, source: Path, version: int) -> None:
        """A copy of ``source`` (whole or none), then the oldest beyond the last few go."""
        backups = self.backups()
        n = 1 + max((_backup_number(p) for p in backups), default=0)
        tmp = self._tmp()
        try:
            _copy(source, tmp)
            _step()
            self._commit(tmp, self.folder / f"{PREFIX}backup-{version}-{n}.sqlite")
        finally:
            tmp.unlink(missing_ok=True)
        for old in self.backups()[:-KEEP_BACKUPS]:
            old.unlink(missing_ok=True)
            _step()
        _fsync_dir(self.folder)
        _step()

    def _commit(self, tmp: Path, target: Path) -> None:
        """``tmp`` (complete) to disk, then in place of ``target``, then the folder."""
        _fsync_file(tmp)
        _step()
        os.replace(tmp, target)
        _step()
        _fsync_dir(self.folder)
        _step()

    def _tmp(self) -> Path:
        return self.folder / f"{PREFIX}tmp-{os.getpid()}-{secrets.token_hex(4)}.sqlite"

    def _remove_leftovers(self) -> None:
        """Temporary files of a write cut short (and any journal beside them)."""
        if self.folder.is_dir():
            for p in self.folder.iterdir():
                if p.name.startswith(f"{PREFIX}tmp-"):
                    p.unlink(missing_ok=True)


def _backup_number(path: Path) -> int:
    m = _BACKUP.fullmatch(path.name)
    return int(m.group(2)) if m else 0


def _check(path: Path) -> int:
    """The schema version of a file that is ours, whole and not newer than this app;
    raises ``_Damaged`` or ``_Newer``."""
    magic, version, app_id = _header(path)
    if magic != _SQLITE_MAGIC or app_id != APPLICATION_ID or version < 1:
        raise _Damaged
    if version > SCHEMA_VERSION:
        raise _Newer
    try:
        with _closing(_connect(path, readonly=True)) as con:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise _Damaged
    except sqlite3.DatabaseError as e:
        raise _Damaged from e
    return version


def _header(path: Path) -> tuple[bytes, int, int]:
    """(magic, user_version, application_id) from the file's 100-byte header."""
    with open(path, "rb") as f:
        head = f.read(100)
    if len(head) < 100:
        return b"", 0, 0
    return head[:16], int.from_bytes(head[60:64], "big"), int.from_bytes(head[68:72], "big")


def _connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, isolation_level=None)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))  # the member's own data
    return sqlite3.connect(path, isolation_level=None)


class _closing:
    """``contextlib.closing`` for a connection (typed)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def __enter__(self) -> sqlite3.Connection:
        return self.con

    def __exit__(self, *exc: object) -> None:
        self.con.close()


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    if os.name == "posix":
        os.chmod(target, 0o600)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """The folder's entries to disk (a rename is durable only then); not on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
