"""Ways the directory file changes under a running app, for the tests of what the
reader and the window then do (tests/directory/test_live_change.py,
tests/ui/test_live_change.py)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from hmo_desktop.paths import manifest_path_for

#: An installed directory's files are older than the app's session: any write is newer.
INSTALLED_NS = 1_600_000_000 * 10**9


def private_copy(source: Path, folder: Path) -> Path:
    """The directory and its manifest copied into ``folder``, dated like installed files."""
    folder.mkdir(parents=True, exist_ok=True)
    dst = folder / "directory.sqlite"
    shutil.copyfile(source, dst)
    shutil.copyfile(manifest_path_for(source), manifest_path_for(dst))
    for p in (dst, manifest_path_for(dst)):
        os.utime(p, ns=(INSTALLED_NS, INSTALLED_NS))
    return dst


# ---------------------------------------------------------------- ways it changes


def overwrite_same_size(path: Path) -> None:
    """Other bytes written over the file in place, its size kept (the header stays)."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(4096)
        fh.write(bytes(range(256)) * ((size - 4096) // 256) + b"\0" * ((size - 4096) % 256))
    assert path.stat().st_size == size


def truncate(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 3)


def replace_by_another_file(path: Path) -> None:
    """The same bytes, but another file (a new inode), as an installer's rename leaves."""
    other = path.with_name("new.sqlite")
    shutil.copyfile(path, other)
    os.replace(other, path)


def delete(path: Path) -> None:
    path.unlink()


def replace_manifest(path: Path) -> None:
    mpath = manifest_path_for(path)
    other = mpath.with_name("new.json")
    shutil.copyfile(mpath, other)
    os.replace(other, mpath)


CHANGES: dict[str, Callable[[Path], None]] = {
    "overwritten in place, same size": overwrite_same_size,
    "truncated": truncate,
    "replaced by os.replace (new inode)": replace_by_another_file,
    "deleted": delete,
    "manifest replaced": replace_manifest,
}


def rewrite_keeping_size_and_time(path: Path) -> None:
    """Zeros written over the file in place, its size and modification time put back:
    os.stat sees nothing; SQLite says "malformed" when it next reads a page from disk."""
    st = path.stat()
    with path.open("r+b") as fh:
        fh.seek(4096)
        fh.write(b"\0" * (st.st_size - 4096))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
