"""Joining an imported group practice (a CMS ``org_nm``) to a medical group that a
carrier's HMO list names, by normalized name, within one county.

Names are normalized with ``spelling.group_key`` (abbreviations, punctuation, "&") and
stripped of legal suffixes ("INC", "A PROFESSIONAL CORPORATION", "LLP"...), then compared
with rapidfuzz's ``token_sort_ratio`` (0-100).

The threshold and the tie rule come from the carriers' own list (db/sources): among the
593 distinct groups listed per county, a group's most similar *other* group scores 78 at
the median, 89.7 at the 90th percentile and up to 97.3 ("Primary Care Associates" and
"Primary Care Associated Medical Group"; regional branches such as "Sutter Gould Medical
Foundation Tracy" and "... Turlock" score 92). So a score alone cannot tell one group
from its near-namesakes: a link needs a score of at least ``THRESHOLD`` (90) *and* a lead
of at least ``MARGIN`` (3 points) over the next candidate; otherwise the group is
reported as ambiguous and left unlinked, never guessed. Equal normalized names link as
'exact' (score 100) unless two candidates share that name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz import fuzz

from hmo_desktop.datapack.spelling import group_key

THRESHOLD = 90.0
MARGIN = 3.0

_LEGAL = re.compile(
    r"(\s+(A\s+)?(PROFESSIONAL\s+|MEDICAL\s+)?(CORPORATION|CORP|INC|INCORPORATED|LLC|LLP|"
    r"PLLC|LP|LTD|PC|APC|APMC|PA|COMPANY))+$"
)
_DBA = re.compile(r"\b(DBA|D B A)\b")


def link_key(name: str, county: str = "") -> str:
    """``group_key`` without legal suffixes; for "X DBA Y", the name it does business as.
    With ``county``, a region suffix naming that county ("HILL PHYSICIANS MEDICAL
    GROUP/SAN FRANCISCO" in San Francisco) is dropped too: within the county it says
    nothing, and the practice's own name never carries it."""
    key = group_key(name)
    region = group_key(county)
    if region and key.endswith(" " + region) and len(key) > len(region) + 1:
        key = key[: -len(region) - 1].strip()
    parts = _DBA.split(key)
    if len(parts) > 2 and parts[-1].strip():
        key = parts[-1].strip()
    for _ in range(3):
        stripped = _LEGAL.sub("", key).strip()
        if stripped == key or not stripped:
            break
        key = stripped
    return key


class Candidate(NamedTuple):
    group_id: int
    name: str
    key: str  # link_key(name)


class Link(NamedTuple):
    status: str  # 'exact', 'fuzzy', 'ambiguous' or 'unmatched'
    group_id: int | None
    score: float
    best: str  # the closest candidate's name ('' when there is none)
    runner_up: str  # the next candidate's name, for ambiguous links
    runner_up_score: float


def candidates(groups: Sequence[tuple[int, str]], county: str = "") -> list[Candidate]:
    """The carrier-listed groups of one county, keyed for ``link_group``."""
    return [Candidate(gid, name, link_key(name, county)) for gid, name in groups]


def link_group(name: str, among: Sequence[Candidate]) -> Link:
    """The candidate ``name`` is, by the rule in the module's docstring."""
    key = link_key(name)
    if not among or not key:
        return Link("unmatched", None, 0.0, "", "", 0.0)
    exact = [c for c in among if c.key == key]
    if len({c.group_id for c in exact}) == 1:
        return Link("exact", exact[0].group_id, 100.0, exact[0].name, "", 0.0)
    scored = sorted(
        ((fuzz.token_sort_ratio(key, c.key), c) for c in among),
        key=lambda sc: (-sc[0], sc[1].group_id),
    )
    best_score, best = scored[0]
    second = next(((s, c) for s, c in scored[1:] if c.group_id != best.group_id), None)
    second_score, second_name = (second[0], second[1].name) if second else (0.0, "")
    if len(exact) > 1:
        return Link("ambiguous", None, 100.0, exact[0].name, exact[1].name, 100.0)
    if best_score < THRESHOLD:
        return Link("unmatched", None, best_score, best.name, "", 0.0)
    if best_score - second_score < MARGIN:
        return Link("ambiguous", None, best_score, best.name, second_name, second_score)
    return Link("fuzzy", best.group_id, best_score, best.name, second_name, second_score)
