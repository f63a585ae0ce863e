"""The enrollment summary in the member's language, with an English copy for the
doctor's office and the plan; right to left for Arabic and Farsi; the screens stay in
the app's language while it is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from hmo_desktop.directory import Directory, open_directory
from hmo_desktop.ui import i18n
from hmo_desktop.ui.common import tr
from hmo_desktop.ui.summary import summary_document, write_pdf
from hmo_desktop.ui.summary_text import summary_html
from tests.ui.language_check import messages
from tests.ui.test_summary import family


@pytest.fixture
def db(hmo_small_directory: Path) -> Iterator[Directory]:
    opened = open_directory(hmo_small_directory)
    yield opened
    opened.close()


def translated(code: str, source: str) -> str:
    return next(m.translation for m in messages(code) if m.source == source)


class Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        return False


def test_in_the_members_language_then_an_english_copy(
    db: Directory, languages: i18n.Languages, tmp_path: Path
) -> None:
    h = family(db)
    title = "Before you enroll"
    html = summary_html(db, h, language="es")
    spanish = translated("es", title)
    assert spanish != title
    assert html.index(spanish) < html.index("English copy, for the doctor")
    assert html.index("English copy") < html.index(title)  # the copy follows
    assert html.count(title) == 1  # in English only in the copy
    for m in h.members:
        assert html.count(f"{m.name}, ") >= 2  # each member in both parts
    # The PDF carries both, as text.
    pdf = tmp_path / "summary.pdf"
    write_pdf(pdf, html, "x")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "English copy" in " ".join(text.split())
    assert tr("Answer:") == "Answer:"  # the app's own language came back


def test_english_alone_has_no_copy(db: Directory, languages: i18n.Languages) -> None:
    assert "English copy" not in summary_html(db, family(db), language="en")
    assert "English copy" not in summary_html(db, family(db))  # the app's language: English


def test_the_app_language_is_the_default_and_an_unknown_one_falls_back(
    db: Directory, languages: i18n.Languages
) -> None:
    assert languages.switch("vi")
    html = summary_html(db, family(db))
    assert translated("vi", "Before you enroll") in html
    assert "English copy" in html
    assert translated("vi", "Before you enroll") in summary_html(db, family(db), language="xx")


def test_right_to_left_for_arabic(db: Directory, languages: i18n.Languages) -> None:
    doc = summary_document(summary_html(db, family(db), language="ar"))
    directions = set()
    block = doc.begin()
    while block.isValid():
        if block.text().strip():
            directions.add((block.text()[:1].isascii(), block.blockFormat().layoutDirection()))
        block = block.next()
    assert any(d == Qt.LayoutDirection.RightToLeft for _, d in directions)
    assert any(d != Qt.LayoutDirection.RightToLeft for _, d in directions)  # the copy


def test_the_screens_are_not_told_while_it_is_written(
    db: Directory, languages: i18n.Languages, qapp: QApplication
) -> None:
    counter = Counter()
    qapp.installEventFilter(counter)
    try:
        summary_html(db, family(db), language="ko")
        QCoreApplication.processEvents()
    finally:
        qapp.removeEventFilter(counter)
    assert counter.changes == 0
    assert languages.code == "en"


def test_the_household_writes_in_its_first_members_language(
    compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    assert i18n.household_language([None, "yue", "es"]) == "zh_Hant"
    assert i18n.household_language(["cmn"]) == "zh_Hans"
    assert i18n.household_language(["en", "es"]) == "en"
    assert i18n.household_language(["ja", None]) is None  # not one of the app's languages
    assert i18n.household_language([]) is None


def test_lists_and_clocks_follow_the_language_written_in(languages: i18n.Languages) -> None:
    """Inside ``words_in`` (a summary in the member's language) a list, the days and the
    clock are that language's, then the app's again."""
    from hmo_desktop.ui.i18n import spoken_list
    from hmo_desktop.ui.wording import hours_text

    hours = '{"Mon": "8:00-17:00"}'
    assert spoken_list(["en", "es"], {}) == "English and Español"
    with languages.words_in("es") as written:
        assert written
        assert spoken_list(["en", "es"], {}) == "English y Español"
        spanish = hours_text(hours)
        assert spanish is not None
        assert spanish.startswith("Lunes: ")
        assert "PM" not in spanish
    assert hours_text(hours) == "Monday: 8:00\u00a0AM – 5:00\u00a0PM"
