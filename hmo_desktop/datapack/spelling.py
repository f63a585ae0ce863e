"""How names in the public files are spelled, and made comparable.

The carriers' group lists spell one group many ways ("MED GRP", "Medical Group, Inc.");
``group_key`` folds the spellings together. The files are in capitals; ``title_case``
gives names back a readable case and keeps known acronyms ("IPA", "UCLA") upper case.
"""

from __future__ import annotations

import re
import unicodedata

_ABBREV = [
    (r"\bMED GRP\b", "MEDICAL GROUP"),
    (r"\bMED GROUP\b", "MEDICAL GROUP"),
    (r"\bMG\b", "MEDICAL GROUP"),
    (r"\bGRP\b", "GROUP"),
    (r"\bMED\b", "MEDICAL"),
    (r"\bASSOC\b", "ASSOCIATES"),
    (r"\bASSOCIATION\b", "ASSOCIATES"),
    (r"\bPHYS\b", "PHYSICIANS"),
    (r"\bPHYSICIAN\b", "PHYSICIANS"),
    (r"\bCHILDRENS\b", "CHILDREN S"),
    (r"\bCTY\b", "COUNTY"),
    (r"\bCO\b", "COMPANY"),
    (r"\bSACRA\b", "SACRAMENTO"),
    (r"\bMF\b", "MEDICAL FOUNDATION"),
    (r"\bHEALTHPARTNERS\b", "HEALTH PARTNERS"),
    (r"\bNORTHHOLLYWOOD\b", "NORTH HOLLYWOOD"),
]
_ABBREV_WORDS = re.compile(r"\b(MED|GRP|MG|ASSOC|PHYS|CO|SACRA|MF|CTY)\b")
_TRAILING = re.compile(r"(\s+(INC|CORPORATION|CORP|A MEDICAL GROUP|MEDICAL))+$")


def group_key(name: str) -> str:
    """A spelling-insensitive key: merges 'FACEY MEDICAL FOUNDATION/SIMI VALLEY' and
    'FACEY MEDICAL FOUNDATION - SIMI VALLEY', keeps genuinely different regions apart."""
    key = unicodedata.normalize("NFKD", name.upper())
    key = "".join(c for c in key if not unicodedata.combining(c))
    key = re.sub(r"['\"’`]", " ", key)
    key = key.replace("&", " AND ")  # 'BROWN & TOLAND' is 'BROWN AND TOLAND'
    key = re.sub(r"[^A-Z0-9]+", " ", key).strip()
    key = re.sub(r"\bST\b", "SAINT", key)
    for pat, rep in _ABBREV:
        key = re.sub(pat, rep, key)
    key = re.sub(r"\s+", " ", key).strip()
    key = _TRAILING.sub("", key)
    key = re.sub(r"\b(IPA )?MEDICAL GROUP IPA$", "MEDICAL GROUP IPA", key)
    return key


# Acronyms in group and hospital names; kept one compact block (fmt: off) so the list
# reads at a glance instead of one word per line.
# fmt: off
_KEEP_UPPER = {
    "IPA", "HCP", "UC", "UCLA", "UCSD", "UCI", "PIH", "GNP", "DCN", "RHC", "AMVI", "ADOC",
    "BMG", "CSMG", "MDR", "PCAMG", "MPMG", "SCMG", "SLO", "LLUSM", "LA", "OC", "NWOC", "APSI",
    "PCP", "PCPS", "SEBMF", "DCHS", "MPCMG", "AMA", "II", "CHA", "MC", "SPN", "NEMS", "VVIPA",
}
# fmt: on
_SMALL = {"OF", "THE", "AND", "AT", "IN", "A"}


def abbreviation_count(name: str) -> int:
    """How many abbreviated words ("MED", "GRP") a spelling uses."""
    return len(_ABBREV_WORDS.findall(name.upper()))


def title_case(name: str) -> str:
    """A name in capitals, in readable case: acronyms stay upper, small words lower."""
    words = re.split(r"(\s+|/|-|–|\()", name.strip())
    out = []
    for i, word in enumerate(words):
        bare = word.strip("().,")
        if bare.upper() in _KEEP_UPPER:
            out.append(word.upper())
        elif bare.upper() in _SMALL and i > 0:
            out.append(word.lower())
        elif "'" in word or '"' in word:
            out.append(word.replace('"', "'").capitalize())
        else:
            out.append(word.capitalize())
    return "".join(out)
