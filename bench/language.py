"""Switching language on the doctor step, against a filter change in the same window.

    python -m bench.language [--runs N]

The window is on the doctor step with at least 60 doctors listed (ZIP 90012, the first
plan with that many, the whole plan, age 40). Each round switches the whole app to a
language and back to English (every screen sets its words again; the list's cells are
drawn again), and, as the baseline, turns a filter on and off (a query, the list
refilled), each followed by a repaint; rounds alternate so the noisy machine slows both
alike. Prints the medians, the p95 and the ratio, then one JSON line. The target: a
switch under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("es", "zh_Hant", "vi", "ar", "ru")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--directory", type=Path, default=ROOT / "db" / "directory.sqlite")
    args = parser.parse_args(argv)

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from hmo_desktop.directory import open_directory
    from hmo_desktop.ui import i18n
    from hmo_desktop.ui.main_window import MainWindow
    from hmo_desktop.ui.theme import apply_look
    from tests.ui.language_check import compile_all

    folder = compile_all(Path(tempfile.mkdtemp(prefix="hmo-qm-")))
    i18n.translations_dir = lambda: folder
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_look(app)
    db = open_directory(args.directory)
    w = MainWindow(db)
    w.resize(1280, 800)
    w.show()
    w.set_zip("90012")  # Los Angeles: plans with hundreds of doctors
    model = w.pcps.model
    for plan in sorted(w.plans.plans(), key=lambda p: p.name):  # the first with 60 doctors
        w.go_to_step(0)
        w.plans.choose_plan(plan.name)
        if w.groups.skip.isVisible():
            w.groups.skip.click()
        w.pcps.age.setValue(40)
        app.processEvents()
        if model.total >= 60:
            break
    while model.canFetchMore() and model.rowCount() < 60:
        model.fetchMore()
    rows = model.rowCount()
    assert rows >= 60, f"only {rows} doctors listed"

    def timed(action: object) -> float:
        t0 = time.perf_counter()
        action()  # type: ignore[operator]
        app.processEvents()
        w.repaint()
        return (time.perf_counter() - t0) * 1000

    switch_ms: list[float] = []
    filter_ms: list[float] = []
    for r in range(args.runs):
        code = LANGUAGES[r % len(LANGUAGES)]
        switch_ms.append(timed(lambda code=code: i18n.in_use.switch(code)))
        switch_ms.append(timed(lambda: i18n.in_use.switch("en")))
        filter_ms.append(timed(lambda: w.pcps.evening.setChecked(True)))
        filter_ms.append(timed(lambda: w.pcps.evening.setChecked(False)))

    def p95(xs: list[float]) -> float:
        return sorted(xs)[max(0, round(0.95 * len(xs)) - 1)]

    out = {
        "rows": rows,
        "switch_median_ms": round(statistics.median(switch_ms), 1),
        "switch_p95_ms": round(p95(switch_ms), 1),
        "filter_median_ms": round(statistics.median(filter_ms), 1),
        "ratio_switch_to_filter": round(
            statistics.median(switch_ms) / statistics.median(filter_ms), 2
        ),
    }
    print(f"doctor step, {rows} doctors listed, {len(switch_ms)} switches")
    print(f"  language switch: median {out['switch_median_ms']} ms, p95 {out['switch_p95_ms']} ms")
    print(f"  filter change (baseline): median {out['filter_median_ms']} ms")
    print(f"  ratio switch / filter change: {out['ratio_switch_to_filter']}")
    print(json.dumps(out))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
