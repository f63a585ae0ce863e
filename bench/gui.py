"""GUI benchmarks against a bare PySide6 window started by this same script.

    python -m bench.gui [--scale 1|10] [--runs N]

- start to first paint: our main window vs a bare QMainWindow with a small table, each in
  a fresh process, alternating runs; ratio of medians;
- start to plans listed for a ZIP (our window) vs the bare window's first paint;
- a filter change or keystroke -> new results painted, driving the real widgets, p95;
- resident memory after walking the whole path vs the bare window's.
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The app's side: its real start-up path (what hmo_desktop.app.run does before the event
# loop), then the whole path for memory. The bare side is tools/bare_window.py, which the
# bundle benchmark freezes too.
CHILD = r"""
import json, sys, time
t0 = float(sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from hmo_desktop.app import install_excepthook, start
from hmo_desktop.benchhook import rss_mb
app, w, problem = start(Path(sys.argv[2]), defer_directory=True)
install_excepthook()  # as hmo_desktop.app.run does, before the event loop starts

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, after_paint)
        return False

def after_paint():
    out = {"first_paint_ms": (time.time() - t0) * 1000}
    while not w.attached():  # the directory opens on the next turn of the event loop
        app.processEvents()
    w.set_zip("94110")
    w.repaint()
    out["plans_ms"] = (time.time() - t0) * 1000
    w.plans.choose_plan(w.plans.plans()[-1].name)
    w.groups.skip.click()
    w.pcps.age.setValue(40)
    w.pcps.open_profile.click()
    w.repaint()
    out["rss_mb"] = rss_mb()
    print(json.dumps(out))
    app.quit()

f = FirstPaint()
w.installEventFilter(f)
app.exec()
"""


def child(mode: str, directory: Path) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    t0 = time.time()
    if mode == "bare":
        env["HMO_DESKTOP_BENCH_T0"] = repr(t0)
        cmd = [sys.executable, str(ROOT / "tools" / "bare_window.py")]
    else:
        cmd = [sys.executable, "-c", CHILD, repr(t0), str(directory)]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def interaction_times(directory: Path) -> dict[str, list[float]]:
    """Drive the real widgets in this process; time from the change until the event loop
    has run the re-query and painted what changed (offscreen raster painting)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hmo_desktop.directory import open_directory
    from hmo_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_directory(directory)
    w = MainWindow(db)
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    w.set_zip("90012")  # Los Angeles: the densest area
    big = max(
        w.plans.plans(),
        key=lambda p: db.con.execute(
            "SELECT count(*) FROM pcp_search WHERE plan_id = ?", (p.id,)
        ).fetchone()[0],
    )
    w.plans.choose_plan(big.name)
    w.groups.skip.click()
    w.pcps.age.setValue(40)
    app.processEvents()
    pc = w.pcps
    changes = []
    for combo, values in (
        (pc.doctor_language, ["es", "vi", None, "ko", "tl", None]),
        (pc.staff_language, ["es", None, "cmn", None]),
        (pc.gender, ["F", "M", None]),
        (pc.distance, [5, 10, 25, None, 2, None]),
        (pc.accepting, [None, "accepting", "existing_only", "accepting"]),
        (pc.sort, ["name", "distance"]),
    ):
        for v in values:
            changes.append(lambda c=combo, v=v: c.setCurrentIndex(c.findData(v)))
    for box in [*pc.specialty.values(), pc.telehealth, pc.evening, pc.wheelchair]:
        changes += [lambda b=box: b.setChecked(not b.isChecked())] * 2
    for age in (5, 30, 70, 40):
        changes.append(lambda a=age: pc.age.setValue(a))
    filt = []
    for _ in range(3):
        for change in changes:
            t = time.perf_counter()
            change()
            app.processEvents()  # runs the re-query's paint, as the event loop would
            filt.append((time.perf_counter() - t) * 1000)
    # Type-ahead in the group browser and the find-doctor box, a keystroke at a time.
    w.go_to_step(1)
    typing: list[float] = []
    group_typing: list[float] = []
    names = [
        r[0] for r in db.con.execute("SELECT last_name FROM practitioner ORDER BY id LIMIT 30")
    ]
    w.open_find_doctor()
    dlg = w.dialog
    for name in names:
        for i in range(1, len(name) + 1):
            t = time.perf_counter()
            dlg.search.setText(name[:i])  # type: ignore[union-attr]
            app.processEvents()
            typing.append((time.perf_counter() - t) * 1000)
    dlg.close()  # type: ignore[union-attr]
    for g in w.groups.model.rows()[:20]:
        for i in range(1, min(len(g.name), 10) + 1):
            t = time.perf_counter()
            w.groups.search.setText(g.name[:i])
            app.processEvents()
            group_typing.append((time.perf_counter() - t) * 1000)
    w.close()
    db.close()
    return {
        "filter change -> painted": filt,
        "name search keystroke -> painted": typing,
        "group type-ahead keystroke -> painted": group_typing,
    }


def main(argv: list[str] | None = None) -> int:
    from bench.queries import directory_for

    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=1, choices=[1, 10])
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args(argv)
    directory = directory_for(args.scale)
    # An installed app has its bytecode compiled (pip and PyInstaller both do it);
    # a checkout may not (PYTHONDONTWRITEBYTECODE), so compile it once first.
    import compileall

    import hmo_desktop

    compileall.compile_dir(Path(hmo_desktop.__file__).parent, quiet=1)
    child("bare", directory)  # warm the file cache and Python's bytecode
    child("app", directory)
    bare: list[dict[str, float]] = []
    app: list[dict[str, float]] = []
    for _ in range(args.runs):
        bare.append(child("bare", directory))
        app.append(child("app", directory))

    def med(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    results: dict[str, float] = {
        "bare first paint ms": med(bare, "first_paint_ms"),
        "app first paint ms": med(app, "first_paint_ms"),
        "app plans for a ZIP painted ms": med(app, "plans_ms"),
        "bare RSS MB": med(bare, "rss_mb"),
        "app RSS after whole path MB": med(app, "rss_mb"),
    }
    results["first paint ratio"] = results["app first paint ms"] / results["bare first paint ms"]
    results["plans listed ratio"] = (
        results["app plans for a ZIP painted ms"] / results["bare first paint ms"]
    )
    results["memory ratio"] = results["app RSS after whole path MB"] / results["bare RSS MB"]
    for name, xs in interaction_times(directory).items():
        results[f"{name} p50 ms"] = statistics.median(xs)
        results[f"{name} p95 ms"] = p95(xs)
    print(f"scale {args.scale}, {args.runs} alternating runs per side")
    for k, v in results.items():
        print(f"{k:40} {v:10.2f}")
    print(json.dumps({k: round(v, 3) for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
