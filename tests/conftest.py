"""Shared test setup. Qt runs headless; the hmo_* fixtures come from the package's plugin."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
