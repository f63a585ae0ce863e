"""Guards against a Qt binding that miscounts references (PySide6 6.12.0 did): a long
session of clicks would end in a crash."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QCheckBox


def test_slots_and_models_do_not_leak_references_to_none_or_bools(
    hmo_window: Any, qtbot: Any
) -> None:
    box = QCheckBox()
    qtbot.addWidget(box)
    seen: list[bool] = []
    box.toggled.connect(lambda checked: seen.append(checked))
    w = hmo_window
    w.set_zip("94110")
    w.plans.choose_plan(w.plans.plans()[-1].name)
    w.groups.skip.click()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(300):
        box.setChecked(not box.isChecked())
    for _ in range(20):
        w.pcps.telehealth.setChecked(not w.pcps.telehealth.isChecked())
        w.repaint()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert len(seen) == 300
    # Other code may take a few references; a binding bug drops one per call.
    assert all(a - b > -50 for a, b in zip(after, before, strict=True)), (before, after)
