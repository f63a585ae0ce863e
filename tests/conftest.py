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


import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _app_look(qapp: QApplication) -> None:
    """Every test sees the installed app's font and style sheet (as ``hmo_window`` does)."""
    from hmo_desktop.ui.theme import apply_look

    apply_look(qapp)
