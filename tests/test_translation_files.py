"""The translators' files: every .ts file complete (no unfinished or obsolete entries,
as `tools/translations.py stats` counts them), compiling without a warning, and the key
terms of the glossary used the same way in each language."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.language_check import messages
from tools.translations import LANGUAGES, counts, tool, ts_path

GLOSSARY = Path(__file__).resolve().parents[1] / "resources" / "translations" / "glossary.json"
#: Glossary terms, and the messages that are exactly that term in English.
TERM_MESSAGES = {
    "medical_group": ["Medical group"],
    "network": ["Network"],
    "accepting_new_patients": ["Accepting new patients"],
    "specialist": ["Specialist"],
    "pcp": ["Primary care physician (PCP)"],
}


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_file_is_complete_and_compiles(code: str, tmp_path: Path) -> None:
    c = counts(ts_path(code))
    assert (c["unfinished"], c["obsolete"]) == (0, 0), c
    assert c["finished"] > 700
    run = subprocess.run(
        [tool("pyside6-lrelease"), str(ts_path(code)), "-qm", str(tmp_path / "x.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "warning" not in (run.stdout + run.stderr).lower()


def core(term: str) -> str:
    """A glossary term without its explanation in brackets."""
    return term.split(" (")[0].split("（")[0].split("(")[0].strip().casefold()


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_glossary_terms_are_the_ones_used(code: str) -> None:
    terms = json.loads(GLOSSARY.read_text(encoding="utf-8"))["terms"]
    assert set(terms) >= set(TERM_MESSAGES)
    assert all(code in t and t[code].strip() for t in terms.values())
    translated = {m.source: m.translation for m in messages(code)}
    checked = 0
    for key, sources in TERM_MESSAGES.items():
        for source in sources:
            if source in translated:
                assert core(terms[key][code]) in translated[source].casefold(), (key, source)
                checked += 1
    assert checked >= 3


def test_the_check_catches_a_term_not_used() -> None:
    assert core("grupo médico (IPA)") not in "Grupo de médicos".casefold()


#: Words left in English on purpose in every language: the app's name, programs and
#: plans, codes and abbreviations the member meets on their papers as they are.
SAME_IN_EVERY_LANGUAGE = {
    "HMO Desktop", "Medi-Cal", "Covered California", "Covered California HMO",
    "Covered California HMO (%1)", "Medicare Advantage", "Medicare Advantage HMO", "California",
    "HMO", "PCP", "PCP ID", "PCP ID:", "%1 (%2). PCP ID: %3.", "NPI", "NPI:", "TTY:", "ZIP:",
    "ZIP %1 (%2)", "OK",
}  # fmt: skip
#: Words a language writes as English does, each for a reason.
# fmt: off
SAME_IN = {
    # Spanish words spelled as in English; "mi" is also the Spanish abbreviation of millas.
    "es": {"Plan", "Plan:", "1  Plan", "Hospital", "Hospital:", "No", "%1 mi"},
    # Filipino materials of Covered California and the counties keep these in English:
    # the metal tiers and Minimum Coverage are program names, "County" part of a county's
    # name, "ZIP code", "network" and "file" the words in use.
    "tl": {
        "%1 County",
        "%1, %2 County",
        "Minimum Coverage",
        "Bronze",
        "Silver",
        "Gold",
        "Platinum",
        "Network",
        "Network:",
        "ZIP code",
        "File: %1\n%2",
    },
    # A metal tier's name, as Covered California's materials give it.
    "hmn": {"Platinum"},
}
# fmt: on


def copied_english(path: Path, allowed: set[str]) -> list[str]:
    """The sources (with words in them) a .ts file translates as themselves, but those
    ``allowed``."""
    copied = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None
        forms = [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
        words = re.search(r"[A-Za-z]{2,}", re.sub(r"%L?(n|\d+)", "", source))
        if words and source in forms and source not in allowed:
            copied.append(source)
    return copied


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_no_translation_copies_its_english_but_names_and_codes(code: str) -> None:
    """A translation the same as its English source is a name or a code, or a word the
    language writes the same way, listed above with its reason; anything else is English
    left untranslated."""
    allowed = SAME_IN_EVERY_LANGUAGE | SAME_IN.get(code, set())
    assert copied_english(ts_path(code), allowed) == []


def test_the_check_sees_a_copied_english_string(tmp_path: Path) -> None:
    """The negative control: a .ts entry left as its English source is found."""
    tree = ET.parse(ts_path("es"))
    message = next(m for m in tree.getroot().iter("message") if m.findtext("source") == "Back")
    node = message.find("translation")
    assert node is not None
    node.text = "Back"
    copy = tmp_path / "hmo_desktop_es.ts"
    tree.write(copy, encoding="utf-8")
    assert copied_english(copy, SAME_IN_EVERY_LANGUAGE | SAME_IN["es"]) == ["Back"]
