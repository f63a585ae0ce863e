"""No boxes for missing letters: every character of every translation is drawn by a font
the app will use (the app's own font, or one Qt falls back to for that script), on a
machine with Debian's fonts-noto-core and fonts-noto-cjk (what .ci/run installs and the
README asks for). A character no font has is caught (the negative control)."""

from __future__ import annotations

import os
import unicodedata
from functools import cache

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from hmo_desktop.ui.i18n import BY_CODE, font_covers
from tests.ui.language_check import messages
from tools.translations import LANGUAGES


@cache
def fonts_for(writing: QFontDatabase.WritingSystem) -> tuple[QRawFont, ...]:
    """The app font, then the installed families of the script (regular style)."""
    families = [QApplication.font().family(), *QFontDatabase.families(writing)[:12]]
    out = []
    for family in families:
        raw = QRawFont.fromFont(QFont(family, 12), writing)
        if raw.isValid():
            out.append(raw)
    return tuple(out)


def missing(text: str, writing: QFontDatabase.WritingSystem) -> set[str]:
    fonts = fonts_for(writing) + fonts_for(QFontDatabase.WritingSystem.Latin)
    return {
        ch
        for ch in set(text)
        if unicodedata.category(ch)[0] not in ("C", "Z")  # controls, marks of spacing
        and not any(f.supportsCharacter(ord(ch)) for f in fonts)
    }


def noto_installed() -> bool:
    return any("Noto" in f for f in QFontDatabase.families())


@pytest.fixture(autouse=True)
def _fonts(qapp: QApplication) -> None:
    if not noto_installed():
        if os.environ.get("CI"):
            pytest.fail("fonts-noto-core and fonts-noto-cjk are missing: .ci/run installs them")
        pytest.skip("the Noto fonts (fonts-noto-core, fonts-noto-cjk) are not installed")


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_character_of_every_translation_has_a_font(code: str) -> None:
    lang = BY_CODE[code]
    text = "".join(m.translation for m in messages(code)) + lang.native
    assert len(set(text)) > 30
    assert missing(text, lang.writing) == set()
    assert font_covers(lang)


def test_a_character_no_font_has_is_caught() -> None:
    tangut = "\U00017000"  # a script none of these fonts draws
    assert missing("ok" + tangut, QFontDatabase.WritingSystem.Latin) == {tangut}
