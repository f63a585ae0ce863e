"""Name search as the person types: accent-insensitive, prefix, several words, any input.

Latin-script names go through the FTS5 ``name_search`` table; each word the person typed
becomes a quoted prefix term, so nothing they type is read as FTS syntax. Chinese and
Korean names are matched by substring in the small ``name_native`` table, because FTS5's
tokenizers do not split them into words.
"""

from __future__ import annotations

from typing import NamedTuple

from hmo_desktop.directory.store import Directory
from hmo_desktop.textfold import has_cjk, words

MAX_QUERY_CHARS = 200  # longer input is cut: no name is longer
MAX_WORDS = 6


class NameHit(NamedTuple):
    kind: str  # 'doctor' or 'group'
    id: int
    name: str
    detail: str  # specialty or 'Medical group'
    is_sample: bool


def _fts_query(text: str) -> str | None:
    terms = [w for w in words(text) if not has_cjk(w)][:MAX_WORDS]
    if not terms:
        return None
    return " ".join(f'"{t}"*' for t in terms)


def search_names(
    db: Directory, text: str, kinds: tuple[str, ...] = ("doctor", "group"), limit: int = 20
) -> list[NameHit]:
    """Doctors and groups whose names start with each typed word, best matches first."""
    text = text[:MAX_QUERY_CHARS]  # NUL and other controls become word breaks in fold()
    hits: list[NameHit] = []
    seen: set[tuple[str, int]] = set()
    con = db.con
    if has_cjk(text) and "doctor" in kinds:
        needle = "".join(ch for ch in text if has_cjk(ch))
        for pid, name, native, sample in con.execute(
            "SELECT p.id, p.first_name || ' ' || p.last_name, n.name, p.is_sample "
            "FROM name_native n JOIN practitioner p ON p.id = n.practitioner_id "
            "WHERE instr(n.name, ?) > 0 ORDER BY length(n.name), n.name, p.id LIMIT ?",
            (needle, limit),
        ):
            hits.append(NameHit("doctor", pid, f"{name} ({native})", "", bool(sample)))
            seen.add(("doctor", pid))
    query = _fts_query(text)
    if query is not None and len(hits) < limit:
        kind_marks = ",".join("?" * len(kinds))
        # Ranking needs a score for every match: for one- or two-letter prefixes that is
        # most of the directory (~50 ms at national size), and the order means little.
        ranked = max(len(t) for t in query.split()) > 5  # '"ab"*' is 5 characters
        rows = con.execute(
            f"SELECT kind, ref_id FROM name_search WHERE name_search MATCH ? "
            f"AND kind IN ({kind_marks}) {'ORDER BY rank' if ranked else ''} LIMIT ?",
            (query, *kinds, limit * 2),
        ).fetchall()
        for kind, ref in rows:
            if (kind, ref) in seen:
                continue
            seen.add((kind, ref))
            if kind == "doctor":
                r = con.execute(
                    "SELECT p.first_name || ' ' || p.last_name, p.credential, p.is_sample, "
                    "(SELECT specialty FROM pcp_role WHERE practitioner_id = p.id LIMIT 1) "
                    "FROM practitioner p WHERE p.id = ?",
                    (ref,),
                ).fetchone()
                hits.append(NameHit("doctor", ref, f"{r[0]}, {r[1]}", r[3] or "", bool(r[2])))
            else:
                r = con.execute(
                    "SELECT name, is_sample FROM medical_group WHERE id = ?", (ref,)
                ).fetchone()
                hits.append(NameHit("group", ref, r[0], "group", bool(r[1])))
            if len(hits) >= limit:
                break
    return hits
