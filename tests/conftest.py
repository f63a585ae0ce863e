"""Shared test setup. Qt runs headless; the hmo_* fixtures come from the package's plugin."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The member's own folder (a kept household) is a fresh one: tests never read or write
# the real user's files.
os.environ["HMO_DESKTOP_DATA"] = tempfile.mkdtemp(prefix="hmo-user-data-")
atexit.register(shutil.rmtree, os.environ["HMO_DESKTOP_DATA"], ignore_errors=True)

from hypothesis import settings  # noqa: E402

# CI runs the same examples every time (a red run must mean a change broke something);
# local runs explore new examples each time.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _app_look(qapp: QApplication) -> None:
    """Every test sees the installed app's font and style sheet (as ``hmo_window`` does)."""
    from hmo_desktop.ui.theme import apply_look

    apply_look(qapp)


@pytest.fixture(autouse=True)
def _delete_closed_windows(qapp: QApplication) -> Iterator[None]:
    """After each test (and after pytest-qt has closed its widgets), every top-level
    widget left is deleted now: a closed window is otherwise kept until the end, and each
    later change of the app's look (text size, touch, theme) would restyle them all."""
    yield
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
