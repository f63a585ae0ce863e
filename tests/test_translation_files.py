"""The translators' files: every .ts file complete (no unfinished or obsolete entries,
as `tools/translations.py stats` counts them), compiling without a warning, and the key
terms of the glossary used the same way in each language."""

from __future__ import annotations

import json
import subprocess
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
