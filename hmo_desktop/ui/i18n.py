"""The app's languages: which exist, which one starts, and switching to another.

English is the source language; each other language is a compiled Qt Linguist file,
``resources/translations/hmo_desktop_<code>.qm`` (``tools/translations.py compile``),
plus Qt's own translation of its standard dialogs where Qt ships one. Switching installs
the language's translators (Qt then sends every widget a ``LanguageChange`` event), sets
the default ``QLocale`` (numbers, dates, distances) and the layout direction (right to
left for Farsi and Arabic).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication

from hmo_desktop.paths import resources_dir
from hmo_desktop.ui.common import tr

#: The source language: no translation file.
ENGLISH = "en"

#: The words Qt itself puts on the standard buttons the app's dialogs and message boxes
#: use, in Qt's own translation context. Qt ships no translation of them for Vietnamese,
#: Tagalog, Armenian, Khmer or Hmong: listed here, they are in every .ts file, and the
#: app's translator gives them where Qt's own has none (Qt's, where it has one, wins).
QT_BUTTON_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
)


@dataclass(frozen=True)
class Language:
    code: str  # the app's code (``--lang``, file names)
    native: str  # its name in its own script, as the language picker shows it
    english: str
    locale: str  # the QLocale that formats its numbers and dates
    qt: str | None  # the suffix of Qt's own qtbase_<qt>.qm, where Qt ships one
    right_to_left: bool
    writing: QFontDatabase.WritingSystem  # a font must cover it


_W = QFontDatabase.WritingSystem
#: English, then the Medi-Cal threshold languages the app is translated into.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "en_US", None, False, _W.Latin),
    Language("es", "Español", "Spanish", "es_US", "es", False, _W.Latin),
    Language("zh_Hant", "中文（繁體）", "Chinese (Traditional)", "zh_TW", "zh_TW", False,
             _W.TraditionalChinese),
    Language("zh_Hans", "中文（简体）", "Chinese (Simplified)", "zh_CN", "zh_CN", False,
             _W.SimplifiedChinese),
    Language("vi", "Tiếng Việt", "Vietnamese", "vi_VN", None, False, _W.Vietnamese),
    Language("ko", "한국어", "Korean", "ko_KR", "ko", False, _W.Korean),
    Language("tl", "Tagalog", "Tagalog", "fil_PH", None, False, _W.Latin),
    Language("hy", "Հայերեն", "Armenian", "hy_AM", None, False, _W.Armenian),
    Language("ru", "Русский", "Russian", "ru_RU", "ru", False, _W.Cyrillic),
    Language("fa", "فارسی", "Farsi", "fa_IR", "fa", True, _W.Arabic),
    Language("ar", "العربية", "Arabic", "ar_EG", "ar", True, _W.Arabic),
    Language("km", "ភាសាខ្មែរ", "Khmer", "km_KH", None, False, _W.Khmer),
    Language("hmn", "Hmoob", "Hmong", "en_US", None, False, _W.Latin),
    Language("uk", "Українська", "Ukrainian", "uk_UA", "uk", False, _W.Cyrillic),
)  # fmt: skip
BY_CODE = {lang.code: lang for lang in LANGUAGES}

#: System locale names that mean one of the app's languages besides their own prefix.
_SYSTEM = {
    "zh_TW": "zh_Hant", "zh_HK": "zh_Hant", "zh_MO": "zh_Hant", "zh_Hant": "zh_Hant",
    "zh_CN": "zh_Hans", "zh_SG": "zh_Hans", "zh_Hans": "zh_Hans", "zh": "zh_Hans",
    "fil": "tl", "tl": "tl",
}  # fmt: skip


#: Languages a doctor or office may speak (the directory's codes), named in their own
#: script, as a speaker looks for them in a list.
AUTONYMS = {
    "en": "English", "es": "Español", "cmn": "中文（普通话）", "yue": "中文（粵語）",
    "zh": "中文", "vi": "Tiếng Việt", "ko": "한국어", "tl": "Tagalog", "hy": "Հայերեն",
    "ru": "Русский", "fa": "فارسی", "ar": "العربية", "hi": "हिन्दी", "pa": "ਪੰਜਾਬੀ",
    "ja": "日本語", "pt": "Português", "fr": "Français", "hmn": "Hmoob", "km": "ភាសាខ្មែរ",
    "lo": "ພາສາລາວ", "ium": "Iu Mien", "uk": "Українська", "th": "ไทย", "de": "Deutsch",
    "it": "Italiano", "pl": "Polski", "he": "עברית", "ur": "اردو", "bn": "বাংলা",
    "gu": "ગુજરાતી", "ta": "தமிழ்", "te": "తెలుగు", "ml": "മലയാളം", "so": "Soomaali",
    "am": "አማርኛ", "ht": "Kreyòl ayisyen", "sm": "Gagana Samoa", "to": "Lea faka-Tonga",
}  # fmt: skip


def language_name(code: str, english: str) -> str:
    """A spoken language as a list shows it: in its own script when known, else the
    directory's English name. American Sign Language has no written name of its own: it
    is named in the app's language."""
    if code == "ase":
        return tr("American Sign Language")
    return AUTONYMS.get(code, english)


def spoken_list(codes: Iterable[str], english: Mapping[str, str]) -> str:
    """Languages in running text ("English, Español and Tiếng Việt"): each named as a
    list shows it (``language_name``), joined as the app's language joins a list."""
    names = [language_name(c, english.get(c, c)) for c in codes]
    return language_locale().createSeparatedList(names)


#: The directory's spoken-language codes that are one of the app's languages.
_SPOKEN = {"cmn": "zh_Hans", "yue": "zh_Hant", "zh": "zh_Hans"}


def household_language(spoken: list[str | None], folder: Path | None = None) -> str | None:
    """The language a household's papers are written in: the first member's preferred
    language (a directory code: "es", "yue") that the app has; None when none has one."""
    have = {lang.code for lang in available(folder)}
    for code in spoken:
        if code is None:
            continue
        app_code = _SPOKEN.get(code, code)
        if app_code in have:
            return app_code
    return None


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_file(code: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"hmo_desktop_{code}.qm"


def available(folder: Path | None = None) -> list[Language]:
    """English, then each language whose compiled translation is present, in
    ``LANGUAGES`` order."""
    return [
        lang for lang in LANGUAGES if lang.code == ENGLISH or qm_file(lang.code, folder).is_file()
    ]


def language_for_locale(name: str) -> str:
    """The app's language for a system locale name ("es_MX" -> "es", "zh_HK" ->
    "zh_Hant"); English when the app has none for it."""
    name = name.replace("-", "_")
    for key in (name, name.split("_")[0]):
        if key in _SYSTEM:
            return _SYSTEM[key]
        if key in BY_CODE:
            return key
    return ENGLISH


def starting_language(asked: str | None, folder: Path | None = None) -> str:
    """``--lang`` when given (it must be a language the app has), else the system's
    language when the app has it, else English. Raises ValueError for an unknown or
    missing ``asked`` language, naming the ones there are."""
    codes = [lang.code for lang in available(folder)]
    if asked is not None:
        if asked not in codes:
            raise ValueError(f"no language {asked!r}; the languages here are: {', '.join(codes)}")
        return asked
    system = language_for_locale(QLocale.system().name())
    return system if system in codes else ENGLISH


def reviewed(folder: Path | None = None) -> set[str]:
    """The languages a fluent speaker has reviewed (``review.json`` beside the
    translations); none when the file is missing or unreadable."""
    import json

    try:
        data = json.loads(((folder or translations_dir()) / "review.json").read_text("utf-8"))
        entries = data["languages"].items()
        return {code for code, entry in entries if isinstance(entry, dict) and entry["reviewed"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return set()


def font_covers(lang: Language) -> bool:
    """Whether some installed font has the language's script (else its letters would be
    drawn as boxes, and the language picker says so)."""
    return bool(QFontDatabase.families(lang.writing))


class _Quiet(QObject):
    """Keeps the app from telling its widgets of a language change (while a text is
    written in another language; the screens stay as they are)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.LanguageChange


def _translators(code: str, folder: Path | None) -> list[QTranslator] | None:
    """The app's and Qt's translators for ``code`` (none for English); None when the
    app's translation cannot be loaded."""
    lang = BY_CODE.get(code)
    if lang is None:
        return None
    if code == ENGLISH:
        return []
    ours = QTranslator()
    if not ours.load(str(qm_file(code, folder))):
        return None
    loaded = [ours]
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang.qt is not None and qt.load(f"qtbase_{lang.qt}", qt_folder):
        loaded.append(qt)
    return loaded


class Languages:
    """The translators installed now; ``switch`` replaces them."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.code = ENGLISH
        #: The language being written in (``words_in``), when not the app's own.
        self.writing: str | None = None
        self._installed: list[QTranslator] = []

    def switch(self, code: str) -> bool:
        """Makes ``code`` the app's language. False (and nothing changed) when its
        translation cannot be loaded."""
        lang = BY_CODE.get(code)
        app = QCoreApplication.instance()
        loaded = _translators(code, self.folder)
        if lang is None or app is None or loaded is None:
            return False
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = loaded
        QLocale.setDefault(QLocale(lang.locale))
        for t in loaded:
            QCoreApplication.installTranslator(t)
        self.code = code
        if isinstance(app, QGuiApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft
                if lang.right_to_left
                else (Qt.LayoutDirection.LeftToRight)
            )
            app.setLayoutDirection(direction)
        return True

    @contextmanager
    def words_in(self, code: str) -> Iterator[bool]:
        """``code``'s words and number formats for what is written inside (a summary in
        a member's language); the screens are not told and stay in the app's language.
        Yields False (and the app's language) when ``code`` cannot be loaded."""
        app = QCoreApplication.instance()
        lang = BY_CODE.get(code)
        loaded = _translators(code, self.folder)
        if app is None or lang is None or loaded is None or code == self.code:
            yield code == self.code
            return
        quiet = _Quiet()
        app.installEventFilter(quiet)
        before = QLocale()
        try:
            for old in self._installed:
                QCoreApplication.removeTranslator(old)
            for t in loaded:
                QCoreApplication.installTranslator(t)
            QLocale.setDefault(QLocale(lang.locale))
            self.writing = code
            yield True
        finally:
            self.writing = None
            for t in loaded:
                QCoreApplication.removeTranslator(t)
            for old in self._installed:
                QCoreApplication.installTranslator(old)
            QLocale.setDefault(before)
            app.removeEventFilter(quiet)


#: The language ``--lang`` asked for (``hmo_desktop.cli`` sets it); None: the system's.
requested: str | None = None
#: The app's translators: ``in_use.code`` is the language now.
in_use = Languages()


def apply_start_language() -> str:
    """Switches to the starting language (``requested``, else the system's when the app
    has it, else English); the language used. An unusable ``requested`` language was
    refused by the command line before the app started."""
    try:
        code = starting_language(requested)
    except ValueError:
        code = ENGLISH
    if code != in_use.code and not in_use.switch(code):
        code = in_use.code  # its file could not be loaded: the language stays
    QLocale.setDefault(language_locale())  # English too: US numbers, whatever the system's
    return code


def language_locale() -> QLocale:
    """The locale of the app's language now (US English for English, whatever the
    system's own locale is), or of the language a summary is being written in: its
    words' conventions, lists, days and clock."""
    return QLocale(BY_CODE[in_use.writing or in_use.code].locale)
