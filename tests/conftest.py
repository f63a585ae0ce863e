"""Shared test setup. Qt runs headless; the hmo_* fixtures come from the package's plugin."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# CI runs the same examples every time (a red run must mean a change broke something);
# local runs explore new examples each time.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
