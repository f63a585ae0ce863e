"""The kiosk's files: the languages it can offer, and the staff PDF folder, emptied at
every reset (the only place a kiosk writes anything about a member)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ENGLISH", "NATIVE_NAMES", "available_languages", "empty_folder"]

ENGLISH = "en"

#: Each language's name in that language, as its speakers look for it on the start
#: screen (California's Medi-Cal threshold languages); others take Qt's name for them.
NATIVE_NAMES = {
    "en": "English",
    "es": "Español",
    "zh_TW": "中文（繁體）",
    "zh_CN": "中文（简体）",
    "vi": "Tiếng Việt",
    "ko": "한국어",
    "tl": "Tagalog",
    "ru": "Русский",
    "hy": "Հայերեն",
    "fa": "فارسی",
    "ar": "العربية",
    "km": "ខ្មែរ",
    "hmn": "Hmoob",
    "lo": "ລາວ",
    "pa": "ਪੰਜਾਬੀ",
    "ja": "日本語",
    "th": "ไทย",
    "uk": "Українська",
}


def available_languages(translations: Path) -> list[str]:
    """English, then the language of every ``<code>.qm`` in ``translations`` (``es``,
    ``zh_TW``...), sorted; English alone when the folder is missing."""
    try:
        found = sorted(
            p.stem for p in translations.iterdir() if p.suffix == ".qm" and p.stem != ENGLISH
        )
    except OSError:
        found = []
    return [ENGLISH, *found]


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
