"""Languages: which exist, which one starts, and switching (translators, locale, right to
left), over small translation files compiled here with Qt's lrelease."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from hmo_desktop.ui.common import tr
from hmo_desktop.ui.i18n import (
    BY_CODE,
    LANGUAGES,
    Languages,
    available,
    font_covers,
    language_for_locale,
    qm_file,
    starting_language,
)
from tools.translations import LANGUAGES as TOOL_LANGUAGES
from tools.translations import tool

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context><name></name>
<message><source>Start over</source><translation>{text}</translation></message>
</context>
</TS>
"""


def compile_ts(folder: Path, code: str, lang: str, text: str) -> None:
    ts = folder / f"hmo_desktop_{code}.ts"
    ts.write_text(TS.format(lang=lang, text=text), encoding="utf-8")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm_file(code, folder))],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    compile_ts(tmp_path, "es", "es", "Empezar de nuevo")
    compile_ts(tmp_path, "ar", "ar", "ابدأ من جديد")
    return tmp_path


@pytest.fixture
def languages(qapp: QApplication, folder: Path) -> Iterator[Languages]:
    langs = Languages(folder)
    yield langs
    langs.switch("en")  # the next test starts in English, left to right


def test_the_app_and_the_tool_know_the_same_languages() -> None:
    assert [lang.code for lang in LANGUAGES] == ["en", *TOOL_LANGUAGES]
    assert len(LANGUAGES) == 14
    assert BY_CODE["vi"].native == "Tiếng Việt"
    assert BY_CODE["es"].native == "Español"
    assert [lang.code for lang in LANGUAGES if lang.right_to_left] == ["fa", "ar"]


@pytest.mark.parametrize(
    ("system", "code"),
    [
        ("es_MX", "es"),
        ("es", "es"),
        ("zh_TW", "zh_Hant"),
        ("zh_HK", "zh_Hant"),
        ("zh_CN", "zh_Hans"),
        ("fil_PH", "tl"),
        ("vi-VN", "vi"),
        ("hy_AM", "hy"),
        ("fr_FR", "en"),  # not one of the app's languages
        ("C", "en"),
    ],
)
def test_a_system_locale_picks_its_language(system: str, code: str) -> None:
    assert language_for_locale(system) == code


def test_only_compiled_languages_are_offered(folder: Path) -> None:
    assert [lang.code for lang in available(folder)] == ["en", "es", "ar"]
    assert [lang.code for lang in available(folder / "none")] == ["en"]


def test_the_starting_language(folder: Path) -> None:
    assert starting_language("es", folder) == "es"
    with pytest.raises(ValueError, match="no language 'ko'; the languages here are: en, es, ar"):
        starting_language("ko", folder)  # not compiled here
    with pytest.raises(ValueError, match="no language 'xx'"):
        starting_language("xx", folder)
    assert starting_language(None, folder) in ("en", "es", "ar")  # the system's, if here


def test_switching_translates_formats_and_mirrors(languages: Languages, qapp: QApplication) -> None:
    assert tr("Start over") == "Start over"
    assert languages.switch("es")
    assert tr("Start over") == "Empezar de nuevo"
    assert QLocale().name() == "es_US"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert languages.switch("ar")
    assert tr("Start over") == "ابدأ من جديد"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert languages.switch("en")
    assert tr("Start over") == "Start over"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert languages.code == "en"


def test_a_language_that_cannot_load_changes_nothing(languages: Languages) -> None:
    assert languages.switch("es")
    assert not languages.switch("ko")  # no file
    assert not languages.switch("xx")  # no such language
    assert languages.code == "es"
    assert tr("Start over") == "Empezar de nuevo"


def test_latin_text_has_a_font(qapp: QApplication) -> None:
    assert font_covers(BY_CODE["en"])


def test_the_review_file_says_which_languages_are_reviewed(tmp_path: Path) -> None:
    from hmo_desktop.ui.i18n import reviewed

    real = reviewed()  # the project's own file: none reviewed yet
    assert real == set()
    (tmp_path / "review.json").write_text(
        '{"languages": {"es": {"reviewed": true, "reviewer": "x", "date": "2026-11-27"},'
        ' "vi": {"reviewed": false}}}',
        encoding="utf-8",
    )
    assert reviewed(tmp_path) == {"es"}
    (tmp_path / "review.json").write_text("not json", encoding="utf-8")
    assert reviewed(tmp_path) == set()  # a damaged file claims nothing
    assert reviewed(tmp_path / "missing") == set()


def test_the_about_box_names_the_languages_and_their_review(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hmo_desktop.ui.i18n as i18n
    from hmo_desktop.ui.dialogs import languages_text

    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    text = languages_text()
    assert text.startswith("Languages: English, Español, العربية.")
    assert "None of these translations has been reviewed by a fluent speaker yet" in text
    (folder / "review.json").write_text(
        '{"languages": {"ar": {"reviewed": true}}}', encoding="utf-8"
    )
    assert languages_text().endswith("Reviewed by a fluent speaker: العربية.")
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder / "none")
    assert languages_text() == "Languages: English only."


def test_the_command_line_refuses_a_language_it_does_not_have(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import hmo_desktop.ui.i18n as i18n
    from hmo_desktop.cli import main

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # English only here
    with pytest.raises(SystemExit) as leaving:
        main(["--lang", "es", "--about-directory"])
    assert leaving.value.code == 2
    assert "no language 'es'; the languages here are: en" in capsys.readouterr().err


def test_the_starting_language_is_applied_when_the_app_starts(
    languages: Languages, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hmo_desktop.ui.i18n as i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setattr(i18n, "in_use", languages)
    monkeypatch.setattr(i18n, "requested", "es")
    assert i18n.apply_start_language() == "es"
    assert tr("Start over") == "Empezar de nuevo"
    monkeypatch.setattr(i18n, "requested", "ko")  # not here: English, not a crash
    assert i18n.apply_start_language() == "en"
    assert tr("Start over") == "Start over"
