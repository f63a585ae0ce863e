"""Putting a newly built directory in place of the old one, so a failed build never
destroys the working directory.

A build writes into temporary files beside the output: ``.<stem>-<8 hex>.building`` for
the database (SQLite adds ``...building-journal`` while it vacuums) and
``.<stem>-<8 hex>.manifest.building`` for its manifest. Each is locked (``flock``) for as
long as its build runs. Only when the database passed its check and both files are
complete and flushed to disk (``fsync``) are they renamed over the old ones, the database
first and its manifest right after, and the folder is flushed.

- Any failure before that (an error, a full disk, a file-size limit, no permission, a
  failed check, Ctrl-C): the temporary files are removed and the old database and
  manifest are left exactly as they were. ``OutputError`` says what happened.
- A process killed outright (SIGKILL, power loss) cannot clean up: the old files are
  still intact, and the temporary files stay until the next build into that folder
  removes them (only files named as above and locked by no running build, plus the
  ``<name>.building`` file older builders left).
- Between the two renames the new database sits beside the old manifest. SIGINT and
  SIGTERM are held for those two system calls (and acted on right after), so only a
  crash at that exact moment leaves the pair mismatched: the app then reports the
  directory as damaged (its checksum does not match) until the next build.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import re
import secrets
import shutil
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from hmo_desktop.directory_format import APPLICATION_ID, REQUIRED_TABLES, SCHEMA_VERSION
from hmo_desktop.paths import manifest_path_for

if sys.platform != "win32":
    import fcntl

__all__ = [
    "OutputError",
    "Staged",
    "check_database",
    "remove_stale",
    "staged_output",
    "temp_pattern",
]

TEMP_SUFFIX = ".building"
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}


class OutputError(Exception):
    """The new directory could not be written or put in place; ``str()`` says what to do.

    ``kind``: ``disk_full``, ``file_too_large``, ``no_permission``, ``check_failed``,
    ``failed``, or ``half_replaced`` (the new database is in place but its manifest is not:
    the only kind where the old files did not stay as they were).
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class CheckFailed(Exception):
    """The new database is not what the app will accept."""


class _WriteFailure(Exception):
    """An OSError or SQLite error while writing, described once the temporaries are gone."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


def temp_pattern(out: Path) -> re.Pattern[str]:
    """Names of the temporary files of builds of ``out`` (and nothing else)."""
    stem = re.escape(out.stem)
    legacy = re.escape(out.name + TEMP_SUFFIX)
    return re.compile(rf"(\.{stem}-[0-9a-f]{{8}}(\.manifest)?\.building|{legacy})(-journal)?")


def _locked_elsewhere(fd: int) -> bool:
    if sys.platform == "win32":
        return False  # Windows refuses to delete a file another process has open
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    return False


def remove_stale(out: Path) -> list[Path]:
    """Removes temporary files that earlier builds of ``out`` left behind (killed, or a
    power cut); files of a build still running are locked and stay. Returns the removed."""
    pattern = temp_pattern(out)
    try:
        with os.scandir(out.parent) as found:
            names = sorted(e.name for e in found if pattern.fullmatch(e.name) and e.is_file())
    except FileNotFoundError:
        return []
    removed = []
    for name in (n for n in names if not n.endswith("-journal")):
        path = out.parent / name
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            # Unlinked while locked, so a build that locks its new file after this
            # finds it gone (see Staged.create) instead of losing it later.
            if not _locked_elsewhere(fd):
                path.unlink()
                removed.append(path)
        except OSError:
            pass
        finally:
            os.close(fd)
    for name in (n for n in names if n.endswith("-journal")):
        if not (out.parent / name.removesuffix("-journal")).exists():
            with contextlib.suppress(OSError):
                (out.parent / name).unlink()
                removed.append(out.parent / name)
    return removed


class Staged:
    """One build's temporary files beside ``out``: created, locked, and either put in
    place (``commit``) or removed (``discard``)."""

    def __init__(self, out: Path, token: str, db_fd: int) -> None:
        self.out = out
        self.manifest = manifest_path_for(out)
        self.database = out.with_name(f".{out.stem}-{token}{TEMP_SUFFIX}")
        self.manifest_temp = out.with_name(f".{out.stem}-{token}.manifest{TEMP_SUFFIX}")
        self.replaced = False  # the database is in place (its manifest follows at once)
        self.committed = False
        self._db_fd: int | None = db_fd
        self._manifest_fd: int | None = None

    @classmethod
    def create(cls, out: Path) -> Staged:
        """Creates and locks the database's temporary file (SQLite writes into it)."""
        while True:
            token = secrets.token_hex(4)
            path = out.with_name(f".{out.stem}-{token}{TEMP_SUFFIX}")
            try:
                # 0o644 less the umask: the mode SQLite gives a file it creates.
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue
            if sys.platform != "win32":
                with contextlib.suppress(OSError):  # no locks (some network folders): go on
                    fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                ours = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                ours = False  # removed as stale before we locked it
            if ours:
                return cls(out, token, fd)
            os.close(fd)

    def temp_bytes(self) -> int:
        """How far the new database got, for a full-disk message."""
        try:
            return self.database.stat().st_size
        except OSError:
            return 0

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Marks the steps that write the output: their OSError or SQLite error is
        reported as an ``OutputError`` (by ``staged_output``)."""
        try:
            yield
        except (OSError, sqlite3.Error) as exc:
            raise _WriteFailure(exc) from exc

    def commit(self, manifest_text: str) -> None:
        """Flushes both files, then renames the database and its manifest into place."""
        assert self._db_fd is not None
        os.fsync(self._db_fd)
        fd = os.open(self.manifest_temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        self._manifest_fd = fd
        data = memoryview(manifest_text.encode("utf-8"))
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)
        for target in (self.out, self.manifest):
            if target.is_dir():
                raise IsADirectoryError(errno.EISDIR, "a folder is in the way", str(target))
        if sys.platform == "win32":
            self._close()  # Windows cannot rename a file that is open
        with _signals_held():
            os.replace(self.database, self.out)
            self.replaced = True
            os.replace(self.manifest_temp, self.manifest)
            self.committed = True
        _fsync_folder(self.out.parent)
        self._close()

    def discard(self) -> None:
        """Removes what is left of this build's temporary files."""
        self._close()
        if self.committed:
            return
        for path in (self.database, Path(f"{self.database}-journal"), self.manifest_temp):
            with contextlib.suppress(OSError):
                path.unlink()

    def _close(self) -> None:
        for fd in (self._db_fd, self._manifest_fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._db_fd = self._manifest_fd = None


@contextlib.contextmanager
def staged_output(out: Path) -> Iterator[Staged]:
    """Temporary files for a new ``out``; on any exception in the block they are removed
    and the old files stay (OSError and SQLite errors inside ``writing()`` become an
    ``OutputError``, as does a failed ``check_database``)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(out)
        staged = Staged.create(out)
    except OSError as exc:
        raise _describe(exc, out, 0) from exc
    try:
        yield staged
    except BaseException as exc:
        reached = staged.temp_bytes()
        staged.discard()
        if isinstance(exc, _WriteFailure):
            if staged.replaced:
                raise OutputError(
                    "half_replaced",
                    f"The new directory is in place but its manifest could not be written "
                    f"({exc.cause}): build again; until then the app reports the directory "
                    f"as damaged.",
                ) from exc.cause
            raise _describe(exc.cause, out, reached) from exc.cause
        if isinstance(exc, CheckFailed):
            raise OutputError(
                "check_failed",
                f"The new directory failed its check ({exc}); the previous directory is "
                f"unchanged. This is a bug in the builder: please report it.",
            ) from exc
        raise


def check_database(path: Path) -> None:
    """Opens the new file read-only, as the app will: stamped, whole, every table there."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if (app_id, version) != (APPLICATION_ID, SCHEMA_VERSION):
            raise CheckFailed(f"application_id {app_id:#x}, user_version {version}")
        if con.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            raise CheckFailed("in WAL mode")
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        missing = [t for t in REQUIRED_TABLES if t not in names]
        if missing:
            raise CheckFailed(f"missing tables: {', '.join(missing)}")
        result = con.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if result != "ok":
            raise CheckFailed(f"integrity_check: {result}")
    finally:
        con.close()


def _describe(exc: Exception, out: Path, reached: int) -> OutputError:
    """A one-line message for an error writing ``out`` (the new database got to ``reached``
    bytes; the temporary files are gone by now): what happened, what to do."""
    folder = out.parent.absolute()
    try:
        old_size = out.stat().st_size
        unchanged = "the previous directory is unchanged."
    except OSError:
        old_size = 0
        unchanged = "nothing was written."
    code = exc.sqlite_errorcode if isinstance(exc, sqlite3.Error) else None
    no_room = code is not None and code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)
    limit = _file_size_limit()
    if (isinstance(exc, OSError) and exc.errno == errno.EFBIG) or (no_room and limit):
        size = f"{limit / 1e6:.1f} MB" if limit else "its size"
        return OutputError(
            "file_too_large",
            f"The new directory hit the file size limit ({size}, see `ulimit -f`): raise the "
            f"limit and build again; {unchanged}",
        )
    if (isinstance(exc, OSError) and exc.errno in _NO_ROOM) or (
        code is not None and code & 0xFF == sqlite3.SQLITE_FULL
    ):
        # About twice the file: the file and SQLite's journal while it vacuums.
        needed = 2 * max(old_size, reached) - shutil.disk_usage(folder).free
        if needed > 0:
            where = f"free at least {math.ceil(needed / 1e6)} MB in {folder}"
        else:
            where = f"free space in {folder} or in the folder for temporary files"
        return OutputError("disk_full", f"The disk is full: {where} and build again; {unchanged}")
    if (isinstance(exc, OSError) and exc.errno in _NO_PERMISSION) or code in (
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_PERM,
    ):
        return OutputError(
            "no_permission",
            f"No permission to write in {folder}: build as a user who may, or choose another "
            f"--out; {unchanged}",
        )
    return OutputError("failed", f"Could not write the new directory ({exc}); {unchanged}")


def _file_size_limit() -> int | None:
    """This process's file size limit (``ulimit -f``) in bytes, or None when unlimited."""
    if sys.platform == "win32":
        return None
    import resource

    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if soft == resource.RLIM_INFINITY else soft


def _fsync_folder(folder: Path) -> None:
    """Makes the renames durable; best effort (some systems cannot flush a folder), since
    the files are in place by now."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block is done, then take effect as usual."""
    if threading.current_thread() is not threading.main_thread():
        yield  # Python runs signal handlers on the main thread only
        return
    held: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        held.append(signum)

    previous: dict[signal.Signals, Callable[[int, FrameType | None], Any] | int | None] = {}
    try:
        for sig in (signal.SIGINT, signal.SIGTERM):
            before = signal.getsignal(sig)
            if before is not None:  # None: set outside Python, cannot be put back
                previous[sig] = signal.signal(sig, hold)
        yield
    finally:
        for sig, before in previous.items():
            signal.signal(sig, before)
        if held:
            signal.raise_signal(held[0])
