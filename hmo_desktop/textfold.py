"""Folding names for search: the same function prepares the index and every query.

``José`` -> ``jose``, ``Nguyễn`` -> ``nguyen``, ``Đặng`` -> ``dang``, ``O'Brien`` ->
``obrien``; hyphens and other punctuation separate words. Chinese, Korean and Japanese
characters are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
    }
)
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_WORD = re.compile(r"[^\W_]+")  # underscores separate words, as in FTS5


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophes dropped; other punctuation becomes a space."""
    text = text.replace("\x00", " ").translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text).casefold()
    return " ".join(_WORD.findall(text))


def words(text: str) -> list[str]:
    return fold(text).split()


def has_cjk(text: str) -> bool:
    """True when the text holds Han, Hangul or Kana characters (which FTS5 does not split)."""
    for ch in text:
        o = ord(ch)
        if (
            0x3040 <= o <= 0x30FF
            or 0x3400 <= o <= 0x4DBF
            or 0x4E00 <= o <= 0x9FFF
            or 0xAC00 <= o <= 0xD7AF
            or 0x1100 <= o <= 0x11FF
            or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x2FA1F
        ):
            return True
    return False
