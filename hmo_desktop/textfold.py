"""Folding names for search: the same function prepares the index and every query.

``José`` -> ``jose``, ``Nguyễn`` -> ``nguyen``, ``Đặng`` -> ``dang``, ``O'Brien`` ->
``obrien``; hyphens and other punctuation separate words. Chinese, Korean and Japanese
characters are kept as they are by ``fold``; ``fold_native`` folds names in those scripts,
with a table of Traditional/Simplified Chinese character pairs that the directory carries
(``han_fold``), so that 陳 finds 陈. ``name_query_passes`` is how a typed query becomes
words: "Dr. Yan Chen, M.D." is searched as ``yan chen`` too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

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


def fold_native(text: str, han: Mapping[str, str]) -> str:
    """A name in its own script, as the index holds it and as a query is matched: NFKC
    (compatibility ideographs, half-width forms and Hangul jamo become the usual
    characters), only the Han, Kana and Hangul characters kept, and every Han character
    that ``han`` names (Traditional or variant forms) replaced by its one canonical form.

    The builder folds with the whole table; a reader may pass only the rows for the
    characters in ``text``: the result is the same."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(han.get(ch, ch) for ch in text if has_cjk(ch))


#: Titles written after a name in Chinese and Korean ("陳醫生" is "Dr. Chen"), in both
#: Chinese scripts; longest first.
NATIVE_TITLES = ("선생님", "醫生", "医生", "醫師", "医师", "大夫", "博士", "의사", "박사")


def strip_native_titles(text: str) -> str:
    """``text`` without the Chinese or Korean titles that follow a name, as often as they
    follow it ("陳醫生" -> "陳"); a title alone is left as it is."""
    text = text.strip()
    changed = True
    while changed:
        changed = False
        for title in NATIVE_TITLES:
            if text.endswith(title) and len(text) > len(title):
                text = text[: -len(title)].rstrip()
                changed = True
    return text


#: Words before a name that are not part of it ("Dr.", "Doctor", "Dra.").
TITLES = frozenset({"dr", "dra", "drs", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss"})

#: Degrees, credentials and suffixes after a name ("MD", "D.O.", "FAAFP", "Jr.").
CREDENTIALS = frozenset(
    {
        "md", "do", "mbbs", "phd", "mph", "mba", "ms", "msc", "msn", "np", "fnp", "aprn",
        "pa", "pac", "rn", "dnp", "faafp", "faap", "facp", "facog", "facs", "facc", "facep",
        "fhm", "abfm", "jr", "sr", "ii", "iii",
    }
)  # fmt: skip

# Credentials written with dots ("M.D.", "Ph. D."), which fold() would split into letters;
# longest first, so that "P.A.C." is not read as "P.A." and a "C".
_DOTTED_FORMS = sorted(
    ("m.d", "d.o", "ph.d", "m.p.h", "m.b.a", "m.s", "n.p", "f.n.p", "p.a", "p.a.c", "r.n",
     "d.n.p", "a.p.r.n", "m.b.b.s"),
    key=len,
    reverse=True,
)  # fmt: skip
_DOTTED = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(r"\.\s*".join(form.split(".")) + r"\.?" for form in _DOTTED_FORMS)
    + r")(?![^\W_])",
    re.IGNORECASE,
)


def _undotted(match: re.Match[str]) -> str:
    return " " + re.sub(r"[.\s]", "", match.group(0)) + " "


def name_query_passes(text: str, max_words: int = 6) -> list[list[str]]:
    """The folded words to search a typed name for, best first: the words as typed, then
    (when it differs) without titles and credentials. Each is a list of at most
    ``max_words`` words, none with Han, Kana or Hangul characters.

    "Chen, MD" gives ``[["chen", "md"], ["chen"]]``: a doctor whose name has a word starting
    with "md" comes first, then every Chen. "Dr Do" gives ``[["dr", "do"], ["do"]]``: a
    credential that is the only word left is kept, since it may be a name (Đỗ). Real names
    that merely start like a title stay whole ("Dorothy", "Mdivani"). Input that is
    nothing but a title gives the words as typed only."""
    plain = [w for w in words(text) if not has_cjk(w)]
    joined = [w for w in words(_DOTTED.sub(_undotted, text)) if not has_cjk(w)]
    names = [w for w in joined if w not in TITLES]
    bare = [w for w in names if w not in CREDENTIALS] or names
    passes: list[list[str]] = []
    for p in (plain[:max_words], bare[:max_words]):
        if p and p not in passes:
            passes.append(p)
    if has_cjk(text) and not bare:
        return []  # "Dr. 陳": the title alone is not a name to look for
    return passes
