"""A long, hostile session through the real window: thousands of actions, with text no
member should type (markup, ``%1 %2``, right-to-left marks, emoji, NUL, 100,000-character
pastes, SQL and FTS syntax, numbers) typed, pasted and committed by an input method into
every text field, between random combo box and checkbox changes, steps, Start over and
dialogs opened and closed.

It asserts, after every action: no exception (pytest-qt's capture), no Qt warning, the
screen agrees with the session (``test_random_walk.check``); at the end: resident memory
grew less than ``RSS_BOUND_MB`` after a warm-up, the number of widgets did not grow, no
file was changed and no socket opened.

The seed is fixed (``HMO_LONG_SESSION_SEED``); ``HMO_LONG_SESSION_STEPS=20000`` runs a
longer session by hand (``-s`` prints its numbers). A failure prints the seed, the step
and the actions before it.
"""

from __future__ import annotations

import gc
import os
import random
import time
from collections import deque
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, Qt, QtMsgType
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)
from pytestqt.logging import Record
from pytestqt.qtbot import QtBot

from hmo_desktop.directory import Directory
from hmo_desktop.paths import user_data_dir
from hmo_desktop.ui.main_window import MainWindow
from tests.ui.test_random_walk import Walk, check
from tests.ui.traces import files, rss_mb, sockets

SEED = int(os.environ.get("HMO_LONG_SESSION_SEED", "20251127"))
STEPS = int(os.environ.get("HMO_LONG_SESSION_STEPS", "5000"))
WARM_UP = min(400, STEPS // 5)  # caches, lazily built screens and dialogs settle first
RSS_BOUND_MB = 40.0
WIDGET_SLACK = 40  # a dialog open at the end, its list's items, a combo's popup

#: Text nobody should type. Each is typed, pasted or committed whole or in part.
HOSTILE = (
    "<b>bold</b>", "<script>alert(1)</script>", '<img src=x onerror="1">', "&amp;&lt;&#0;",
    "<a href='file:///etc/passwd'>x</a>", "%1 %2", "%L1%n%%", "%1", "\u202eevil\u202c",
    "\u200f\u200e", "\u202bمحمد\u202c", "שלום", "👩\u200d⚕️", "🏥🇺🇸", "👍🏽", "\x00",
    "a\x00b", "\x00\x00\x00", "\t\n\r\n", "\x1b[31m", "\x7f", "\ufeff", "\u3000", "\u00a0",
    '"', '""', '"a" "b', "*", "a*", "NEAR(", "NEAR(a b", "NEAR(a b, 2)", "-", "-a", "a -b",
    "a OR b", "AND", "NOT", "^", "name:", "name:*", "{a b}", "(", ")", "+", ":", "\\",
    "'; DROP TABLE plan; --", "1=1", "% _", "0", "-1", "99999", "94110", "94110-1234",
    "1e308", "NaN", "4294967296", "-0", "٩٤١١٠", "９４１１０", "陳", "김", "Nguyễn",
    "José", "e\u0301", "ﬁ", "ß", "İ", "Dr.", "M.D.", "\ud800", "\U0010ffff", "x" * 300,
)  # fmt: skip
#: A fixed alphabet for random strings: Qt's glyph caches stay bounded by it.
ALPHABET = (
    "abcdeyzABCXYZ0123456789 -'\".,:;*()[]{}<>&%^~\\/\x00\t\n"
    "éñüßøÅçİı\u0301\u0308陳林김이Nguyễnمحمدשלום\u202e\u200f\u200e\ufeff👩\u200d⚕️🏥"
)
PASTE_LENGTH = 100_000
TEXT_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Home, Qt.Key.Key_End,
             Qt.Key.Key_Left, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Up,
             Qt.Key.Key_Down)  # fmt: skip
CTRL = Qt.KeyboardModifier.ControlModifier


class Logged(Protocol):
    """pytest-qt's ``qtlog``: the Qt messages so far."""

    records: list[Record]


def settle() -> None:
    """What the event loop would do between two actions, deleting closed dialogs too."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class HostileWalk(Walk):
    """The random walk's person, who also types, pastes and dictates anything anywhere
    and turns every knob."""

    def __init__(self, w: MainWindow, db: Directory, rng: random.Random) -> None:
        super().__init__(w, db, rng)
        self.note = ""  # what the last action did, in detail
        self.actions += [
            # Into every text field (the age is a spin box: typed into, too).
            ("hostile text: ZIP", lambda: self.hostile_into(w.zip_edit), 1.5, None),
            ("hostile text: group search", lambda: self.hostile_into(w.groups.search), 8, w.groups),
            ("hostile text: age", lambda: self.hostile_into(w.pcps.age), 3, w.pcps),
            ("a combo box", self.any_combo, 3, None),
            ("a checkbox", self.any_checkbox, 2, None),
            ("age", self.any_age, 1, w.pcps),
            ("scroll", self.scroll, 0.5, None),
            ("Find my current doctor", lambda: self.click(w.find_button), 1, None),
            ("About", lambda: self.click(w.about_button), 0.2, None),
            # Forward again, so the later steps get their share of the session.
            ("pick a plan", self.pick_plan, 4, w.plans),
            ("Continue with plan", lambda: self.click(w.plans.choose), 4, w.plans),
            ("Skip group", lambda: self.click(w.groups.skip), 2, w.groups),
            ("Choose group", lambda: self.click(w.groups.choose), 2, w.groups),
            ("See profile", lambda: self.click(w.pcps.open_profile), 1, w.pcps),
        ]

    # ---------------------------------------------------------------- hostile text

    def text(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            return self.rng.choice(HOSTILE)
        if roll < 0.85:
            return "".join(self.rng.choices(ALPHABET, k=self.rng.randint(1, 25)))
        return "".join(self.rng.choices(self.rng.choice(HOSTILE) or "x", k=PASTE_LENGTH))

    def hostile_into(self, field: QWidget) -> None:
        if field.isVisible() and field.isEnabled():
            self.note = self.enter(field, self.text())

    def enter(self, field: QWidget, text: str) -> str:
        """Type, paste or commit ``text`` into ``field``; which way, for the log."""
        field.setFocus()
        if self.rng.random() < 0.3:
            QTest.keyClick(field, Qt.Key.Key_A, CTRL)  # over what is there
        how = self.rng.random()
        if how < 0.35 and len(text) <= 40:
            for ch in text:  # one key per character, as a keyboard sends it
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier(0), ch))
            way = "typed"
        elif how < 0.7:
            clipboard = QGuiApplication.clipboard()
            clipboard.setText(text)
            QTest.keyClick(field, Qt.Key.Key_V, CTRL)
            clipboard.clear()
            way = "pasted"
        else:
            preedit = QInputMethodEvent(text[:10], [])
            QApplication.sendEvent(field, preedit)
            commit = QInputMethodEvent("", [])
            commit.setCommitString(text)
            QApplication.sendEvent(field, commit)
            way = "committed"
        if self.rng.random() < 0.3:
            QTest.keyClick(field, self.rng.choice(TEXT_KEYS))
        if self.rng.random() < 0.1:
            QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # undo
        return f"{way} {text[:12]!r}{'...' if len(text) > 12 else ''} ({len(text)})"

    # ---------------------------------------------------------------- every knob

    def visible(self, kind: type[QWidget]) -> list[QWidget]:
        root: QWidget = self.w.dialog if self.w.dialog is not None else self.w
        return [c for c in root.findChildren(kind) if c.isVisible() and c.isEnabled()]

    def any_combo(self) -> None:
        combos = self.visible(QComboBox)
        if not combos:
            self.note = "no combo box"
            return
        box = self.rng.choice(combos)
        assert isinstance(box, QComboBox)
        if self.rng.random() < 0.5 and box.count():
            box.setCurrentIndex(self.rng.randrange(box.count()))
        else:
            box.setFocus()
            key = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_End,
                   Qt.Key.Key_PageDown)  # fmt: skip
            QTest.keyClick(box, self.rng.choice(key))
        self.note = f"{box.objectName()} -> {box.currentIndex()}"

    def any_checkbox(self) -> None:
        boxes = self.visible(QCheckBox)
        if not boxes:
            self.note = "no checkbox"
            return
        box = self.rng.choice(boxes)
        if self.rng.random() < 0.5:
            box.setFocus()
            QTest.keyClick(box, Qt.Key.Key_Space)
        else:  # on its tick box
            QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        self.note = f"{box.objectName()} toggled"

    def any_age(self) -> None:
        age = self.w.pcps.age
        if age.isVisible() and age.isEnabled():
            age.setValue(self.rng.choice((-1, 0, 1, 12, 17, 18, 21, 40, 65, 99, 120, 10**6)))
        self.note = f"age {age.value()}"

    def scroll(self) -> None:
        views = self.visible(QAbstractScrollArea)
        if not views:
            self.note = "nothing to scroll"
            return
        view = self.rng.choice(views)
        assert isinstance(view, QAbstractScrollArea)
        bar = view.verticalScrollBar()
        bar.setValue(self.rng.choice((bar.maximum(), bar.minimum(), bar.value() + 200)))
        self.note = f"scroll {view.objectName()}"

    # ---------------------------------------------------------------- dialogs

    def in_dialog(self, dlg: QWidget) -> str:
        search = dlg.findChild(QLineEdit, "findDoctorEdit")
        roll = self.rng.random()
        if search is not None and roll < 0.35:
            return "find doctor: " + self.enter(search, self.text())
        if search is not None and roll < 0.45:
            box = dlg.findChild(QCheckBox, "findDoctorAreaOnly")
            if box is not None:
                self.click(box)
            return "find doctor: area only toggled"
        if search is not None and roll < 0.55:
            results = dlg.findChild(QListView, "findDoctorResults")
            model = results.model() if results is not None else None
            if results is not None and model is not None and model.rowCount():
                ix: QModelIndex = model.index(self.rng.randrange(model.rowCount()), 0)
                results.setCurrentIndex(ix)
            opener = dlg.findChild(QPushButton, "findDoctorOpenButton")
            if opener is not None:
                self.click(opener)
            return "find doctor: Open"
        return super().in_dialog(dlg)

    def act(self) -> str:
        """One action; what it was, for a failure's message."""
        self.note = ""
        name = self.step()
        return f"{name}: {self.note}" if self.note else name


def test_a_long_hostile_session_raises_nothing_warns_nothing_and_does_not_grow(
    hmo_window: MainWindow,
    hmo_directory: Directory,
    hmo_directory_path: Path,
    qtbot: QtBot,
    qtlog: Logged,
) -> None:
    w = hmo_window
    walk = HostileWalk(w, hmo_directory, random.Random(SEED))
    folder, data = files(hmo_directory_path.parent), user_data_dir()
    data_existed, open_sockets = data.exists(), sockets()
    recent: deque[str] = deque(maxlen=40)
    warned = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    seen_logs = 0
    rss0 = widgets0 = 0.0
    samples: list[tuple[int, float, int]] = []
    started = time.perf_counter()

    def where(i: int) -> str:
        return f"seed {SEED}, step {i} of {STEPS}, after: " + " > ".join(recent)

    for i in range(1, STEPS + 1):
        with qtbot.captureExceptions() as errors:
            recent.append(walk.act())
            settle()
        assert errors == [], where(i)
        new = [r for r in qtlog.records[seen_logs:] if r.type in warned and not r.ignored]
        assert new == [], f"{[r.message for r in new]}: {where(i)}"
        seen_logs = len(qtlog.records)
        check(w, hmo_directory)
        if i in (WARM_UP, STEPS) or i % 500 == 0:
            gc.collect()
            settle()
            samples.append((i, rss_mb(), len(QApplication.allWidgets())))
            if i == WARM_UP:
                _, rss0, widgets0 = samples[-1]
    seconds = time.perf_counter() - started

    _, rss1, widgets1 = samples[-1]
    print(f"\nlong session: seed {SEED}, {STEPS} actions in {seconds:.1f} s; "
          f"RSS after warm-up {rss0:.1f} MB, at the end {rss1:.1f} MB "
          f"({rss1 - rss0:+.1f} MB); widgets {widgets0:.0f} -> {widgets1}; "
          f"samples (step, RSS MB, widgets): {samples}")  # fmt: skip
    assert rss1 - rss0 < RSS_BOUND_MB, samples
    assert widgets1 <= widgets0 + WIDGET_SLACK, samples
    assert files(hmo_directory_path.parent) == folder  # nothing written beside it
    assert data.exists() == data_existed  # nor in the user's data folder
    assert sockets() == open_sockets  # no connection opened
