"""Every string the app looks up for translation is in the translators' files, in the
context it is looked up in: a walk through every screen and dialog records each lookup
(a translator that only listens), and each must be a message of the .ts files. A string
hidden from pyside6-lupdate (a private wrapper, a context that is not the class's, a word
from the data) would stay English in every language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.main_window import MainWindow
from tests.ui.tour import screens

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "hmo_desktop_es.ts"


class Listener(QTranslator):
    """Translates nothing; notes what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context or "", source))
        return ""  # no translation: Qt keeps the source text


@pytest.fixture
def listener(qapp: QApplication) -> Iterator[Listener]:
    ear = Listener()
    QCoreApplication.installTranslator(ear)
    yield ear
    QCoreApplication.removeTranslator(ear)


def messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def ours(context: str) -> bool:
    """Qt's own contexts (QDialogButtonBox, QPlatformTheme, ...) are Qt's to translate."""
    return not (context.startswith("Q") and context[1:2].isupper())


def test_every_string_looked_up_is_in_the_translators_files(
    hmo_window: MainWindow, qtbot: QtBot, listener: Listener
) -> None:
    for _where, _top in screens(hmo_window, qtbot):
        pass
    asked = {(c, s) for c, s in listener.asked if ours(c)}
    assert len(asked) > 150  # the walk really looked strings up
    missing = sorted(asked - messages(TS))
    assert missing == [], "\n".join(f"{c!r}: {s!r}" for c, s in missing)


def test_the_check_sees_a_string_hidden_from_the_tools(listener: Listener) -> None:
    QCoreApplication.translate("NoSuchContext", "A string no file has")
    assert ("NoSuchContext", "A string no file has") in listener.asked
    assert ("NoSuchContext", "A string no file has") not in messages(TS)
