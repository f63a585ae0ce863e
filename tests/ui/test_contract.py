"""The tester contract (docs/TESTING.md) and the two error channels."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabBar,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hmo_desktop.ui.main_window import MainWindow
from tests.ui.steps import to_doctors

DOCS = Path(__file__).resolve().parents[2] / "docs" / "TESTING.md"


def interactive(window: QWidget) -> list[QWidget]:
    """Widgets a person can operate, without Qt's own parts (combo popups, headers, a tab
    bar's scroll arrows, ...)."""
    kinds = (
        QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QSpinBox, QTextBrowser, QTabBar,
    )  # fmt: skip
    out: list[QWidget] = []
    for c in window.findChildren(QWidget):
        if not isinstance(c, kinds) or isinstance(c, QHeaderView):
            continue
        parent, inside_other = c.parentWidget(), False
        while parent is not None and parent is not window:
            if isinstance(parent, (QComboBox, QSpinBox, QAbstractItemView, QLineEdit, QTabBar)):
                inside_other = True
            parent = parent.parentWidget()
        if not inside_other:
            out.append(c)
    return out


def unnamed_or_undocumented(widgets: list[QWidget], doc: str) -> list[tuple[str, ...]]:
    missing: list[tuple[str, ...]] = []
    for c in widgets:
        if not c.objectName() or not c.accessibleName():
            missing.append((type(c).__name__, c.objectName(), c.accessibleName()))
        elif f"`{c.objectName()}`" not in doc:
            missing.append(("undocumented", c.objectName()))
    return missing


def test_every_interactive_widget_is_named_and_documented(
    hmo_window: MainWindow, qtbot: QtBot
) -> None:
    doc = DOCS.read_text(encoding="utf-8")
    to_doctors(hmo_window, qtbot)
    hmo_window.profile.show_doctor(1)
    widgets = interactive(hmo_window)
    for opener in (hmo_window.open_find_doctor, lambda: hmo_window.open_help("")):
        opener()
        assert hmo_window.dialog is not None
        widgets += interactive(hmo_window.dialog)
        hmo_window.dialog.close()
    assert len(widgets) > 30
    assert unnamed_or_undocumented(widgets, doc) == []
    # The check catches what it is for: an unnamed widget, and a name not in the doc.
    stray = QLineEdit(hmo_window)
    assert unnamed_or_undocumented([stray], doc) == [("QLineEdit", "", "")]
    stray.setObjectName("strayEdit")
    stray.setAccessibleName("Stray")
    assert unnamed_or_undocumented([stray], doc) == [("undocumented", "strayEdit")]


def test_every_directory_problem_has_a_translatable_headline(qapp: QApplication) -> None:
    from hmo_desktop.app import unavailable_messages, unavailable_next_steps
    from hmo_desktop.directory import UNAVAILABLE_CODES, DirectoryUnavailable

    assert len(UNAVAILABLE_CODES) >= 12
    assert set(UNAVAILABLE_CODES) == set(unavailable_messages())
    assert set(UNAVAILABLE_CODES) == set(unavailable_next_steps())
    with pytest.raises(ValueError, match="unknown directory problem"):
        DirectoryUnavailable("gremlins", "a code nobody words")


def test_every_zip_problem_is_worded(hmo_window: MainWindow) -> None:
    from hmo_desktop.directory import INVALID_ZIP_CODES, InvalidZip

    texts = {hmo_window.area.zip_problem(InvalidZip(code, "10001")) for code in INVALID_ZIP_CODES}
    assert len(texts) == len(INVALID_ZIP_CODES)  # each its own words
    assert all(texts)


def test_a_bug_shows_one_dialog_and_the_app_keeps_running(
    hmo_window: MainWindow, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    from hmo_desktop.app import install_excepthook

    def error_dialogs() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()
        ]

    def report(message: str) -> None:
        try:
            raise RuntimeError(message)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # what Qt does for an exception in a slot

    previous = sys.excepthook
    try:
        install_excepthook()
        report("boom in a slot")
        report("and again")
        boxes = error_dialogs()
        assert len(boxes) == 1  # one dialog, not one per error
        assert "boom in a slot" in boxes[0].detailedText()
        err = capsys.readouterr().err
        assert "boom in a slot" in err
        assert "and again" in err
        boxes[0].close()
        assert error_dialogs() == []
        report("a later one")  # once the member closed it, the next bug shows one again
        again = error_dialogs()
        assert len(again) == 1
        assert "a later one" in again[0].detailedText()
        again[0].close()
    finally:
        sys.excepthook = previous
    with qtbot.waitSignal(hmo_window.plans.results_shown):  # still working
        hmo_window.set_zip("93701")


def test_every_stored_value_has_words_on_screen(qapp: QApplication) -> None:
    from hmo_desktop.directory_format import (
        ACCEPTING_STATUSES,
        ACCESSIBILITY_KEYS,
        PRODUCT_TYPES,
        SPECIALTIES,
    )
    from hmo_desktop.ui import common

    for labels in (common.specialty_labels(), common.specialty_short_labels(),
                   common.specialty_help()):  # fmt: skip
        assert tuple(labels) == SPECIALTIES
    assert tuple(common.accepting_labels()) == ACCEPTING_STATUSES
    assert tuple(common.accessibility_labels()) == ACCESSIBILITY_KEYS
    assert tuple(common.product_type_labels()) == PRODUCT_TYPES
