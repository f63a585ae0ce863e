"""Hashing the directory file off the main thread.

Kept free of other project imports so the app can start hashing before anything else
loads (see ``hmo_desktop.app.start``).
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

CHUNK = 8 << 20


def sha256_of(path: Path) -> str:
    """SHA-256 in large chunks: both the read and the hash release the GIL for each chunk,
    so few chunks means the worker rarely waits for the main thread."""
    h = hashlib.sha256()
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with path.open("rb", buffering=0) as fh:
        while n := fh.readinto(buf):
            h.update(view[:n])
    return h.hexdigest()


class HashJob:
    """The file's SHA-256, computed on a worker thread.

    hashlib releases the GIL while it hashes, so the app starts this before importing Qt
    and building the window; ``open_directory`` then waits for it. Verification still
    happens before any screen reads the file; it just overlaps work that does not.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._digest: str | None = None
        self._thread = threading.Thread(target=self._run, name="directory-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._digest = sha256_of(self._path)
        except OSError:
            self._digest = None  # open_directory reports the problem itself

    def result(self) -> str | None:
        self._thread.join()
        return self._digest
