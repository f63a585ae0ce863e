"""What a language switch left in English: read every text a person sees or a screen
reader says (before and after the switch), and keep those that did not change although
the translators' file translates them differently.

A shown text counts as the app's words when it is a message of the .ts file, or one
with its %1, %2, %n filled in; a name from the data (a plan, a doctor, a ZIP) is not, and
may stay as it is.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from hmo_desktop.ui.i18n import qm_file
from tests.ui.hover_check import columns
from tools.translations import LANGUAGES, tool, ts_path

ROOT = Path(__file__).resolve().parents[2]


def compile_all(folder: Path) -> Path:
    """Every language's .ts compiled into ``folder`` (as the build does)."""
    for code in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(code)), "-qm", str(qm_file(code, folder))],
            check=True,
            capture_output=True,
        )
    return folder


@dataclass(frozen=True)
class Message:
    source: str
    translation: str
    pattern: re.Pattern[str]  # the source with its placeholders as "anything"


@cache
def messages(code: str) -> list[Message]:
    out = []
    for message in ET.parse(ts_path(code)).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        forms = [f.text or "" for f in node.findall("numerusform")] if node is not None else []
        text = forms[0] if forms else (node.text or "" if node is not None else "")
        parts = re.split(r"%L?(?:\d|n)", source)
        pattern = re.compile("(.+?)".join(re.escape(p) for p in parts) + r"\Z", re.S)
        out.append(Message(source, text, pattern))
    return out


def words_of_the_app(text: str, code: str) -> Message | None:
    """The message ``text`` (English, as shown) comes from, when its translation in
    ``code`` differs from it; None for data, or words the language keeps as they are."""
    plain = text.replace("&", "")
    for m in messages(code):
        if m.translation.replace("&", "") == m.source.replace("&", ""):
            continue
        literal = re.sub(r"%L?(?:\d|n)", "", m.source)
        if m.source.replace("&", "") == plain or (
            "%" in m.source and sum(c.isalpha() for c in literal) >= 3 and m.pattern.match(text)
        ):
            return m
    return None


def shown_texts(top: QWidget) -> dict[str, str]:
    """Every text of ``top``'s visible widgets, keyed by widget and property."""
    out: dict[str, str] = {}
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible() and w is not top:
            continue
        key = f"{type(w).__name__}#{w.objectName() or id(w)}"
        for prop, value in (("name", w.accessibleName()), ("tip", w.toolTip())):
            if value:
                out[f"{key}.{prop}"] = value
        if w.isWindow() and w.windowTitle():
            out[f"{key}.title"] = w.windowTitle()
        rich = isinstance(w, QLabel) and w.textFormat() == Qt.TextFormat.RichText
        if isinstance(w, (QLabel, QAbstractButton)) and w.text() and not rich:
            out[f"{key}.text"] = w.text()
        if isinstance(w, QLineEdit) and w.placeholderText():
            out[f"{key}.placeholder"] = w.placeholderText()
        if isinstance(w, QGroupBox) and w.title():
            out[f"{key}.title"] = w.title()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                out[f"{key}.item{i}"] = w.itemText(i)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                out[f"{key}.tab{i}"] = w.tabText(i)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            n = columns(model)
            for c in range(n):
                title = model.headerData(c, Qt.Orientation.Horizontal)
                if isinstance(title, str) and title:
                    out[f"{key}.header{c}"] = title
            if model.rowCount():
                for c in range(n):
                    cell = model.index(0, c).data()
                    if isinstance(cell, str) and cell:
                        out[f"{key}.cell0_{c}"] = cell
        if isinstance(w, QMenu):
            if w.title():
                out[f"{key}.menu"] = w.title()
            for i, action in enumerate(w.actions()):
                if action.text():
                    out[f"{key}.action{i}"] = action.text()
    return out


def still_english(before: dict[str, str], after: dict[str, str], code: str) -> list[str]:
    """The texts the switch to ``code`` should have changed and did not."""
    out = []
    for key, text in before.items():
        if after.get(key) == text and (m := words_of_the_app(text, code)) is not None:
            out.append(f"{key}: {text!r} (translation: {m.translation!r})")
    return out
