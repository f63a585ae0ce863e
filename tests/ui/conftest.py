"""Fixtures of the screen tests: the app's translations, compiled once for the run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hmo_desktop.ui import i18n
from tests.ui.language_check import compile_all


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every .ts file compiled (as the build does) into a folder of the run's own."""
    return compile_all(tmp_path_factory.mktemp("translations"))


@pytest.fixture
def languages(
    compiled: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[i18n.Languages]:
    """The app's languages over ``compiled``; English again afterwards."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    yield i18n.in_use
    i18n.in_use.switch("en")
    QApplication.processEvents()
