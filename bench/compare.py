"""This checkout against an earlier commit, on the same machine, in one run.

    python -m bench.compare BASE [--rounds N] [--new REF] [--own-directories]

Checks BASE out into a temporary git worktree, then runs child processes of the two trees
in alternation (the order flips every round, so neither side always goes first):

- start to first paint, and to the plans listed for a ZIP (bench.gui's child);
- filter change / keystroke -> painted, median and p95 (bench.gui.interaction_times);
- each query workload of bench.queries, median and p95.

The harness is this checkout's; only ``hmo_desktop`` comes from each tree (but for the
query workloads of a BASE older than ``hmo_desktop.directory_format``, which this
checkout's bench/queries.py imports: BASE's own bench/queries.py then draws them, with
the same seed and, unless it was changed since, the same mix). Both sides read
this checkout's ``db/directory.sqlite``, so BASE must read the same schema version; with
``--own-directories`` (a change of schema) each tree instead reads a scale-1 directory its
own builder writes into the temporary folder. ``--new REF`` measures a commit (checked out
into a second worktree) instead of this checkout, e.g. ``HEAD`` without uncommitted work. A
refactor that should change nothing is expected to show ratios near 1.00; the machine is
shared, so differences of a few percent are noise unless they repeat. Prints a table of
new/base ratios, then one JSON line.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.gui import CHILD

ROOT = Path(__file__).resolve().parent.parent

# Run in a tree's child process: this checkout's harness file, that tree's hmo_desktop.
INTERACTIONS = r"""
import json, runpy, statistics, sys
from pathlib import Path
gui = runpy.run_path(sys.argv[1])
times = gui["interaction_times"](Path(sys.argv[2]))
print(json.dumps({k: [statistics.median(v), gui["p95"](v)] for k, v in times.items()}))
"""
QUERIES = r"""
import json, random, runpy, statistics, sys, time
from pathlib import Path
from hmo_desktop.directory import open_directory
queries = runpy.run_path(sys.argv[1])
db = open_directory(Path(sys.argv[2]), verify_hash=False)
out = {}
for name, jobs in queries["workloads"](db, random.Random(1)).items():
    for job in jobs[:10]:  # warm the page cache and the statement cache
        job()
    times = []
    for job in jobs:
        t = time.perf_counter()
        job()
        times.append((time.perf_counter() - t) * 1000)
    out[name] = [statistics.median(times), queries["p95"](times)]
print(json.dumps(out))
"""


def run(tree: Path, code: str, *args: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree))
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.compare")
    ap.add_argument("base", help="the commit to compare against (e.g. a tag or a hash)")
    ap.add_argument("--rounds", type=int, default=15, help="first-paint rounds per side")
    ap.add_argument(
        "--interaction-rounds", type=int, default=3, help="rounds of interactions and queries"
    )
    ap.add_argument("--new", default=None, help="a commit to measure instead of this checkout")
    ap.add_argument(
        "--own-directories",
        action="store_true",
        help="each tree reads a directory its own builder writes (the schema changed)",
    )
    args = ap.parse_args(argv)
    directory = ROOT / "db" / "directory.sqlite"
    if not args.own_directories and not directory.exists():
        raise SystemExit("build the directory first: python -m hmo_desktop.datapack build")
    gui_file, queries_file = str(ROOT / "bench" / "gui.py"), str(ROOT / "bench" / "queries.py")
    with tempfile.TemporaryDirectory() as tmp:
        worktrees = {"base": (Path(tmp) / "base", args.base)}
        if args.new is not None:
            worktrees["new"] = (Path(tmp) / "new", args.new)
        for path, ref in worktrees.values():
            subprocess.run(
                ["git", "worktree", "add", "--detach", "--quiet", str(path), ref],
                cwd=ROOT,
                check=True,
            )
            rev = subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=path, capture_output=True, text=True
            ).stdout.strip()
            print(f"{ref}: {rev}", flush=True)
        base = worktrees["base"][0]
        try:
            trees = {"base": base, "new": worktrees["new"][0] if args.new else ROOT}
            directories = dict.fromkeys(trees, directory)
            if args.own_directories:
                for side, tree in trees.items():
                    directories[side] = Path(tmp) / f"directory-{side}.sqlite"
                    build = ["-m", "hmo_desktop.datapack", "build", "--quiet", "--out"]
                    subprocess.run(
                        [sys.executable, *build, str(directories[side])],
                        cwd=tree,
                        env={**os.environ, "PYTHONPATH": str(tree)},
                        check=True,
                    )
                    print(f"{side}: its own directory {directories[side]}", flush=True)
            workload_file = {"base": queries_file, "new": queries_file}
            if not (base / "hmo_desktop" / "directory_format").is_dir():
                workload_file["base"] = str(base / "bench" / "queries.py")
                print(f"query workloads of {args.base}: its own bench/queries.py", flush=True)
            for tree in trees.values():  # as installed: bytecode compiled
                compileall.compile_dir(tree / "hmo_desktop", quiet=1)
            samples: dict[str, dict[str, list[float]]] = {side: {} for side in trees}

            def add(side: str, key: str, value: float) -> None:
                samples[side].setdefault(key, []).append(value)

            def rounds(n: int) -> list[list[str]]:
                return [["base", "new"] if i % 2 else ["new", "base"] for i in range(n)]

            for order in rounds(args.rounds):
                for side in order:
                    r = run(trees[side], CHILD, repr(time.time()), str(directories[side]))
                    add(side, "first paint ms", float(r["first_paint_ms"]))
                    add(side, "plans listed ms", float(r["plans_ms"]))
            for order in rounds(args.interaction_rounds):
                for side in order:
                    for script, file in ((INTERACTIONS, gui_file), (QUERIES, workload_file[side])):
                        try:
                            measured = run(trees[side], script, file, str(directories[side]))
                        except subprocess.CalledProcessError:
                            if file != queries_file or side != "base":
                                raise
                            # This checkout's workloads ask what BASE's API cannot (e.g. a
                            # new filter): BASE's own bench/queries.py draws them instead.
                            workload_file["base"] = file = str(base / "bench" / "queries.py")
                            print(f"query workloads of {args.base}: its own", flush=True)
                            measured = run(trees[side], script, file, str(directories[side]))
                        for name, (p50, p95) in measured.items():
                            add(side, f"{name} p50 ms", p50)
                            add(side, f"{name} p95 ms", p95)
        finally:
            for path, _ref in worktrees.values():
                subprocess.run(
                    ["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, check=False
                )
    results = {}
    new_name = args.new or "this checkout"
    print(f"{new_name} against {args.base}: medians over alternated runs")
    print(f"{'measure':48} {'base':>9} {'new':>9} {'new/base':>9}")
    for key in samples["new"]:
        b, n = statistics.median(samples["base"][key]), statistics.median(samples["new"][key])
        results[key] = {"base": round(b, 3), "new": round(n, 3), "ratio": round(n / b, 3)}
        print(f"{key:48} {b:9.3f} {n:9.3f} {n / b:9.2f}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
