"""Opening the bundled directory safely: read-only, immutable, verified before use.

Opening never creates, changes or leaves a file: the header is read with plain file
I/O, the whole file is hashed against the manifest, and SQLite is opened with
``mode=ro&immutable=1`` (no journal, no -wal/-shm, no locks).
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from hmo_desktop.directory_format import (
    APPLICATION_ID,
    REQUIRED_COLUMNS,
    REQUIRED_TABLES,
    SCHEMA_VERSION,
)
from hmo_desktop.filehash import HashJob, sha256_of
from hmo_desktop.paths import manifest_path_for

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: A manifest is a few kilobytes; one larger than this is not a manifest.
MANIFEST_MAX_BYTES = 1 << 20
_HEX = "0123456789abcdef"

#: Every ``DirectoryUnavailable.code``, so the app can give each one a headline.
UNAVAILABLE_CODES = (
    "missing",
    "unreadable",
    "folder",
    "empty",
    "not_sqlite",
    "foreign",
    "too_new",
    "too_old",
    "wal",
    "no_manifest",
    "bad_manifest",
    "truncated",
    "damaged",
    "incomplete",
    "manifest_unreadable",
)


class DirectoryUnavailable(Exception):
    """The directory cannot be used. ``code`` (one of ``UNAVAILABLE_CODES``) says which
    problem it is; the app words it, and what to do next, in the member's language.
    ``reason`` is the technical detail in English (paths, versions, SQLite's message), for
    the log and the dialog's details."""

    def __init__(self, code: str, reason: str) -> None:
        if code not in UNAVAILABLE_CODES:
            raise ValueError(f"unknown directory problem {code!r}")
        super().__init__(reason)
        self.code = code
        self.reason = reason


class SourceSummary(NamedTuple):
    title: str
    publisher: str
    as_of: str
    kind: str
    licence: str
    attribution: str


class DirectorySummary(NamedTuple):
    schema_version: int
    sha256: str
    counts: tuple[tuple[str, int], ...]  # (key from SUMMARY_COUNTS, how many), in that order
    sources: tuple[SourceSummary, ...]


#: What ``Directory.summary`` counts, keyed for the caller to word: key -> SQL.
_SUMMARY_SQL = {
    "plans": "SELECT count(*) FROM plan",
    "real_groups": "SELECT count(*) FROM medical_group WHERE is_sample=0",
    "sample_groups": "SELECT count(*) FROM medical_group WHERE is_sample=1",
    "hospitals": "SELECT count(*) FROM hospital",
    "sample_doctors": "SELECT count(*) FROM practitioner",
    "roles": "SELECT count(*) FROM pcp_role",  # doctor x office x network
    "zip_codes": "SELECT count(*) FROM zip_code",
}
SUMMARY_COUNTS = tuple(_SUMMARY_SQL)
_SOURCES_SQL = f"SELECT {', '.join(SourceSummary._fields)} FROM data_source ORDER BY id"


class Directory:
    """An open, verified directory. Query functions in ``hmo_desktop.directory`` take it."""

    def __init__(self, path: Path, con: sqlite3.Connection, manifest: dict[str, object]) -> None:
        self.path = path
        # The file and its manifest as they were opened and verified: ``check_unchanged``
        # compares them with what is there now, before every query batch.
        self._watched = (str(path.resolve()), str(manifest_path_for(path).resolve()))
        self._opened = (self._identity(self._watched[0]), self._identity(self._watched[1]))
        self._lost: str | None = None  # why it cannot be read any more, once noticed
        self.con = con
        self.manifest = manifest
        self.sha256 = str(manifest["sha256"])
        self.schema_version = int(str(manifest["schema_version"]))
        self.language_bits: dict[str, int] = dict(con.execute("SELECT code, bit FROM language"))

    def close(self) -> None:
        self.con.close()

    def opened_identity(self) -> tuple[int, int, int, int] | None:
        """The file's size, mtime, inode and device when it was opened."""
        return self._opened[0]

    @staticmethod
    def _identity(path: str) -> tuple[int, int, int, int] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None  # gone (or its folder cannot be read any more)
        return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)

    def check_unchanged(self) -> None:
        """Raise ``DirectoryChanged`` (a ``DirectoryUnavailable``, code "changed") if the
        file or its manifest is not the one opened and verified any more: rewritten or
        truncated in place, replaced, or gone. Two ``os.stat`` calls (~3 µs, no hashing):
        every reading function calls it first. Once it has said so, it always does."""
        file, manifest = self._watched
        if self._lost is None:
            now = (self._identity(file), self._identity(manifest))
            if now == self._opened:
                return
            from hmo_desktop.directory.identity import describe

            changed = 0 if now[0] != self._opened[0] else 1
            names = ("The directory file", "The directory's manifest")
            self._lost = describe(names[changed], self._opened[changed], now[changed])
        raise self._changed()

    def read_failed(self, exc: sqlite3.DatabaseError) -> DirectoryUnavailable | None:
        """What an error from a query means: the directory changed or cannot be read any
        more (``DirectoryChanged``) when the file changed, or when SQLite says the file is
        at fault ("database disk image is malformed", "disk I/O error"); None when the
        query itself is wrong (a bug, to be raised as it is)."""
        from hmo_desktop.directory.identity import is_file_fault

        try:
            self.check_unchanged()
        except DirectoryUnavailable as changed:
            return changed
        if not is_file_fault(exc):
            return None
        self._lost = f"The directory file could not be read any more ({exc})."
        return self._changed()

    def _changed(self) -> DirectoryUnavailable:
        from hmo_desktop.directory.identity import DirectoryChanged

        return DirectoryChanged(self._lost or "")

    def __enter__(self) -> Directory:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def summary(self) -> DirectorySummary:
        """What the directory holds (counts keyed by ``SUMMARY_COUNTS``) and its sources."""
        self.check_unchanged()
        q = self.con.execute
        try:
            counts = tuple((key, int(q(sql).fetchone()[0])) for key, sql in _SUMMARY_SQL.items())
            sources = tuple(SourceSummary._make(r) for r in q(_SOURCES_SQL))
        except sqlite3.DatabaseError as exc:
            problem = self.read_failed(exc)
            if problem is None:
                raise
            raise problem from exc
        return DirectorySummary(self.schema_version, self.sha256, counts, sources)


def _shown(path: Path) -> str:
    """The path as text that can be printed and shown in any encoding: a byte that is not
    UTF-8 (a path from another system) becomes U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


#: stat() errors that mean no file can be at that path (as opposed to one we may not read).
_NO_SUCH_PATH = (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP)


def _path_problem(path: Path, exc: OSError | ValueError) -> DirectoryUnavailable:
    if isinstance(exc, ValueError) or exc.errno in _NO_SUCH_PATH:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else "no such file"
        return DirectoryUnavailable(
            "missing", f"The directory file is missing ({why}: {_shown(path)})."
        )
    return DirectoryUnavailable(
        "unreadable", f"The directory file cannot be read ({exc.strerror}: {_shown(path)})."
    )


def _read_header(path: Path) -> bytes:
    try:
        st = path.stat()
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        raise _path_problem(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise DirectoryUnavailable(
            "folder", f"A folder is where the directory file should be ({_shown(path)})."
        )
    if st.st_size == 0:
        raise DirectoryUnavailable("empty", "The directory file is empty.")
    try:
        with path.open("rb") as fh:
            header = fh.read(HEADER_SIZE)
    except OSError as exc:
        raise _path_problem(path, exc) from None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise DirectoryUnavailable(
            "not_sqlite", "This file is not an HMO Desktop directory (it is not a database)."
        )
    return header


def _check_header(header: bytes) -> None:
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise DirectoryUnavailable(
            "foreign",
            f"This database is not an HMO Desktop directory (its application id is {app_id:#x}).",
        )
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise DirectoryUnavailable(
            "too_new",
            "This directory needs a newer version of HMO Desktop "
            f"(directory version {version}, this app reads up to {SCHEMA_VERSION}).",
        )
    if version < SCHEMA_VERSION:
        raise DirectoryUnavailable(
            "too_old",
            f"This directory was built for an older version of HMO Desktop "
            f"(directory version {version}, this app needs {SCHEMA_VERSION}).",
        )
    if header[18] == 2 or header[19] == 2:
        raise DirectoryUnavailable(
            "wal", "This directory was changed after it was built (it is in WAL mode)."
        )


def _read_manifest(path: Path, file_version: int) -> dict[str, object]:
    """The manifest beside ``path``, checked for every field the reader uses.
    ``file_version``: the schema version in the file's own header."""
    mpath = manifest_path_for(path)
    name = _shown(Path(mpath.name))

    def damaged(why: str) -> DirectoryUnavailable:
        return DirectoryUnavailable(
            "bad_manifest", f"The directory's manifest is damaged ({name}: {why})."
        )

    try:
        with mpath.open("rb") as fh:
            data = fh.read(MANIFEST_MAX_BYTES + 1)
    except FileNotFoundError:
        raise DirectoryUnavailable(
            "no_manifest", f"The directory's manifest is missing ({name})."
        ) from None
    except OSError as exc:
        raise DirectoryUnavailable(
            "manifest_unreadable",
            f"The directory's manifest cannot be read ({name}: {exc.strerror}).",
        ) from None
    if len(data) > MANIFEST_MAX_BYTES:
        raise damaged(f"larger than {MANIFEST_MAX_BYTES} bytes")
    try:
        manifest = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise damaged("not UTF-8 text") from None
    except ValueError:  # JSONDecodeError, or a number too long to read
        raise damaged("not JSON") from None
    except RecursionError:
        raise damaged("nested too deeply") from None
    if not isinstance(manifest, dict):
        raise damaged("not a JSON object")
    digest = manifest.get("sha256")
    if not (isinstance(digest, str) and len(digest) == 64 and set(digest) <= set(_HEX)):
        raise damaged("sha256 is not a SHA-256 digest")
    size = manifest.get("size_bytes")
    if type(size) is not int or size < 0:  # bool is an int too: not a size
        raise damaged("size_bytes is not a number of bytes")
    version = manifest.get("schema_version")
    if type(version) is not int:
        raise damaged("schema_version is not a whole number")
    if version != file_version:
        raise damaged(f"it describes schema version {version}, the file is {file_version}")
    return manifest


def _check_hash(path: Path, manifest: dict[str, object], job: HashJob | None) -> None:
    try:
        actual = path.stat().st_size
    except OSError as exc:
        raise _path_problem(path, exc) from None
    if actual != manifest["size_bytes"]:
        raise DirectoryUnavailable(
            "truncated", "The directory file is incomplete or damaged (its size is wrong)."
        )
    digest = job.result() if job is not None else None
    if digest is None:
        digest = sha256_of(path)
    if digest != manifest["sha256"]:
        raise DirectoryUnavailable(
            "damaged", "The directory file is damaged (its checksum does not match)."
        )


def _table_problem(con: sqlite3.Connection) -> DirectoryUnavailable | None:
    """A required table missing, or a column the reader reads (``REQUIRED_COLUMNS``)."""
    columns: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
        "WHERE m.type IN ('table', 'view')"
    ):
        columns.setdefault(table, set()).add(column)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    missing = [t for t in REQUIRED_TABLES if t not in names]
    if missing:
        return DirectoryUnavailable(
            "incomplete", f"The directory is missing tables: {', '.join(missing)}."
        )
    lacking = [
        f"{table}.{column}"
        for table, wanted in REQUIRED_COLUMNS.items()
        for column in wanted
        if column not in columns.get(table, ())
    ]
    if lacking:
        return DirectoryUnavailable(
            "incomplete", f"The directory's tables are missing columns: {', '.join(lacking)}."
        )
    return None


def connect_readonly(path: Path) -> sqlite3.Connection:
    """An immutable, read-only connection; safe for paths with spaces, #, ? or accents."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    con = sqlite3.connect(uri, uri=True, check_same_thread=False)
    con.execute("PRAGMA query_only=1")
    return con


def open_directory(
    path: Path | str, verify_hash: bool = True, hash_job: HashJob | None = None
) -> Directory:
    """Open and verify a directory file, or raise ``DirectoryUnavailable`` saying why.

    ``hash_job``: a ``HashJob`` started earlier on the same file, to reuse its digest.
    """
    path = Path(path)
    # The file as it is before it is checked: if it changes while the hash is computed,
    # what was verified is not what would be read.
    before = Directory._identity(str(path.resolve()))
    header = _read_header(path)
    _check_header(header)
    manifest = _read_manifest(path, int.from_bytes(header[60:64], "big"))
    if verify_hash:
        _check_hash(path, manifest, hash_job)
    if not os.access(path, os.R_OK):
        raise DirectoryUnavailable("unreadable", "The directory file cannot be read.")
    try:
        con = connect_readonly(path)
        problem = _table_problem(con)
    except sqlite3.DatabaseError as exc:
        raise DirectoryUnavailable("damaged", f"The directory file is damaged ({exc}).") from None
    if problem is not None:
        con.close()
        raise problem
    directory = Directory(path, con, manifest)
    if directory.opened_identity() != before:
        directory.close()
        raise DirectoryUnavailable(
            "damaged", "The directory file changed while it was being checked."
        )
    return directory
