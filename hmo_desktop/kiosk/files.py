"""The kiosk's files: the staff PDF folder, emptied at every reset (the only place a
kiosk writes anything about a member)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["empty_folder"]


def empty_folder(folder: Path) -> int:
    """Delete every file in ``folder`` (its subfolders' files too, then the subfolders),
    never the folder itself; returns how many files were deleted. A file that cannot be
    deleted is left, and the rest are still deleted."""
    deleted = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                deleted += empty_folder(Path(entry.path))
                os.rmdir(entry.path)
            else:
                os.unlink(entry.path)
                deleted += 1
        except OSError:
            continue
    return deleted
