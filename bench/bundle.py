"""Frozen-bundle benchmarks: size and start-up against a bare PySide6 window frozen by the
same spec with the same options, in the same run.

    python -m bench.bundle [--runs N]

Builds both bundles (pyinstaller build.spec; HMO_BUNDLE_TARGET=bare for the bare one),
then measures size on disk, gzip-compressed size, and start to first paint, warm and cold
(page cache dropped before each cold run where this machine allows it). Prints a table,
then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "bench-dist"


def build(target: str) -> Path:
    env = {
        **os.environ,
        "HMO_BUNDLE_TARGET": target,
        "SOURCE_DATE_EPOCH": "1764115200",
        "PYTHONHASHSEED": "0",
    }
    subprocess.run(
        [
            "pyinstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / f"bench-work-{target}"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    return DIST / ("bare-window" if target == "bare" else "hmo-desktop")


def disk_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def gz_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "b.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
        return out.stat().st_size


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def first_paint(exe: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HMO_DESKTOP_BENCH_T0": ""}
    env["HMO_DESKTOP_BENCH_T0"] = repr(time.time())
    out = subprocess.run(
        [str(exe)], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    line = [x for x in out.stdout.splitlines() if x.startswith("{")][-1]
    return float(json.loads(line)["first_paint_ms"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args(argv)
    app_dir, bare_dir = build("app"), build("bare")
    app_exe, bare_exe = app_dir / "hmo-desktop", bare_dir / "bare-window"
    directory = app_dir / "_internal" / "db" / "directory.sqlite"
    r: dict[str, float] = {
        "app bundle MB": disk_size(app_dir) / 1e6,
        "bare bundle MB": disk_size(bare_dir) / 1e6,
        "directory file MB": directory.stat().st_size / 1e6,
        "app bundle gzip MB": gz_size(app_dir) / 1e6,
        "bare bundle gzip MB": gz_size(bare_dir) / 1e6,
    }
    r["size ratio (app / (bare + directory))"] = r["app bundle MB"] / (
        r["bare bundle MB"] + r["directory file MB"]
    )
    first_paint(app_exe), first_paint(bare_exe)  # warm up
    warm_app, warm_bare = [], []
    for _ in range(args.runs):
        warm_bare.append(first_paint(bare_exe))
        warm_app.append(first_paint(app_exe))
    r["warm first paint bare ms"] = statistics.median(warm_bare)
    r["warm first paint app ms"] = statistics.median(warm_app)
    r["warm ratio"] = r["warm first paint app ms"] / r["warm first paint bare ms"]
    cold_app, cold_bare = [], []
    cold = drop_caches()
    if cold:
        for _ in range(max(3, args.runs // 3)):
            drop_caches()
            cold_bare.append(first_paint(bare_exe))
            drop_caches()
            cold_app.append(first_paint(app_exe))
        r["cold first paint bare ms"] = statistics.median(cold_bare)
        r["cold first paint app ms"] = statistics.median(cold_app)
        r["cold ratio"] = r["cold first paint app ms"] / r["cold first paint bare ms"]
    print(
        f"{args.runs} warm runs per side; cold runs: "
        f"{'page cache dropped before each' if cold else 'not allowed here'}"
    )
    for k, v in r.items():
        print(f"{k:42} {v:10.2f}")
    print(json.dumps({k: round(v, 3) for k, v in r.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
