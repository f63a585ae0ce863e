"""Start-up timing for benchmarks: with ``HMO_DESKTOP_BENCH_T0`` (a ``time.time()`` taken
by the parent just before it started this process) the app prints how long it took to
its first paint, as JSON, and quits. Shared by the app and the bare comparison window."""

from __future__ import annotations

import json
import os
import time
from typing import Any


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux), 0 where /proc is not there."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def report_first_paint(app: Any, window: Any) -> None:
    started = os.environ.get("HMO_DESKTOP_BENCH_T0")
    if not started:
        return
    t0 = float(started)
    from PySide6.QtCore import QTimer

    from hmo_desktop.firstpaint import on_first_paint

    def painted() -> None:
        ms = (time.time() - t0) * 1000
        print(json.dumps({"first_paint_ms": ms, "rss_mb": rss_mb()}), flush=True)
        QTimer.singleShot(0, app.quit)

    on_first_paint(window, painted)
