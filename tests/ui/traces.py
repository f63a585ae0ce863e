"""What a session leaves behind, for the tests that try to break the app: files beside
the directory, open sockets, resident memory."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def files(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file in ``folder``: (size, modification time)."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def sockets() -> int:
    """Sockets this process has open (Linux: /proc/self/fd)."""
    n = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # closed meanwhile (the listing's own)
            n += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
    return n


def rss_mb() -> float:
    """Resident memory of this process (Linux: /proc/self/statm)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
