"""What the PCP chooser's note on facts a record lacks costs (schema 4).

    python -m bench.unknowns DIRECTORY [--samples N] [--mark-share F] [--seed S]
    python -m bench.unknowns --first-check DIRECTORY [DIRECTORY ...]

The first form times, in one process and alternating (the order flips every sample),
``search_pcps`` (one page of 60, as the chooser asks) and ``left_out_unknown`` with the
same filters: Spanish-speaking doctor, evening hours, accepting new patients, near a ZIP
of a random plan and in its county. Prints medians, p95 and the ratio of medians. With
``--mark-share F`` it first copies DIRECTORY into a temporary folder and sets the
``unknown`` bits of the facts a CMS record lacks on that share of ``pcp_search`` rows (a
stand-in for imported doctors in a plan's network, when the build linked none).

The second form times the one-time ``_has_unknowns`` check (a scan for a record lacking
any fact, cached per open directory): the first call after each open, file in the page
cache.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from hmo_desktop.directory import (
    Page,
    PcpFilters,
    find_place,
    left_out_unknown,
    open_directory,
    search_pcps,
)
from hmo_desktop.directory.pcps import _has_unknowns
from hmo_desktop.directory_format import (
    ACCEPTING,
    UNKNOWN_ACCEPTING,
    UNKNOWN_ACCESS,
    UNKNOWN_DOC_LANGS,
    UNKNOWN_HOURS,
    UNKNOWN_STAFF_LANGS,
    UNKNOWN_TELEHEALTH,
)
from hmo_desktop.paths import manifest_path_for

# What a CMS clinicians record does not say (it does give gender).
CMS_LACKS = (
    UNKNOWN_ACCEPTING
    | UNKNOWN_DOC_LANGS
    | UNKNOWN_STAFF_LANGS
    | UNKNOWN_HOURS
    | UNKNOWN_ACCESS
    | UNKNOWN_TELEHEALTH
)


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def mark(src: Path, dst: Path, share: float, seed: int) -> int:
    shutil.copyfile(src, dst)
    shutil.copyfile(manifest_path_for(src), manifest_path_for(dst))
    con = sqlite3.connect(dst)
    rng = random.Random(seed)
    keys = con.execute("SELECT plan_id, specialty, accepting, role_id FROM pcp_search").fetchall()
    chosen = [k for k in keys if rng.random() < share]
    with con:
        con.executemany(
            "UPDATE pcp_search SET unknown = unknown | ? "
            "WHERE plan_id = ? AND specialty = ? AND accepting = ? AND role_id = ?",
            [(CMS_LACKS, *k) for k in chosen],
        )
    con.close()
    return len(chosen)


def compare(path: Path, samples: int, seed: int) -> None:
    db = open_directory(path, verify_hash=False)
    con = db.con
    rng = random.Random(seed)
    rows, unknown = con.execute("SELECT count(*), sum(unknown != 0) FROM pcp_search").fetchone()
    print(f"{path}: {rows:,} pcp_search rows, {unknown:,} lacking some fact")
    plans = [r[0] for r in con.execute("SELECT DISTINCT plan_id FROM pcp_search ORDER BY 1")]
    zips = {
        p: [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT l.zip FROM pcp_role r JOIN location l ON l.id = r.location_id "
                "WHERE r.plan_id = ? ORDER BY 1",
                (p,),
            )
        ]
        for p in plans
    }
    jobs = []
    while len(jobs) < samples:
        plan = rng.choice(plans)
        place = find_place(db, rng.choice(zips[plan])) if zips[plan] else None
        if place is None:
            continue
        f = PcpFilters(
            county_id=place.county_id,
            accepting=frozenset({ACCEPTING}),
            doctor_language="es",
            evening=True,
            near=place,
        )
        jobs.append((plan, f))
    for plan, f in jobs[:10]:  # warm the page cache and the statement cache
        search_pcps(db, plan, f, Page(0, 60))
        left_out_unknown(db, plan, f)
    times: dict[str, list[float]] = {"search_pcps": [], "left_out_unknown": []}
    notes = 0
    for i, (plan, f) in enumerate(jobs):
        order = ["search_pcps", "left_out_unknown"]
        for name in order if i % 2 else order[::-1]:
            t = time.perf_counter()
            if name == "search_pcps":
                search_pcps(db, plan, f, Page(0, 60))
            else:
                notes += bool(left_out_unknown(db, plan, f))
            times[name].append((time.perf_counter() - t) * 1000)
    db.close()
    print(f"{samples} plans and places, {notes} with doctors left out for a fact not given")
    print(f"{'call':20} {'p50 ms':>9} {'p95 ms':>9}")
    for name, xs in times.items():
        print(f"{name:20} {statistics.median(xs):9.3f} {p95(xs):9.3f}")
    s, u = times["search_pcps"], times["left_out_unknown"]
    print(
        f"left_out_unknown/search_pcps: p50 {statistics.median(u) / statistics.median(s):.2f}"
        f", p95 {p95(u) / p95(s):.2f}"
    )


def first_check(paths: list[Path], repeat: int = 15) -> None:
    print(f"{'directory':44} {'rows':>9} {'p50 ms':>9} {'p95 ms':>9}  (first call per open)")
    for path in paths:
        times = []
        for _ in range(repeat + 1):
            db = open_directory(path, verify_hash=False)
            t = time.perf_counter()
            _has_unknowns(db)
            times.append((time.perf_counter() - t) * 1000)
            rows = db.con.execute("SELECT count(*) FROM pcp_search").fetchone()[0]
            db.close()
        times = times[1:]  # the first read the file into the page cache
        print(f"{path!s:44} {rows:9,} {statistics.median(times):9.3f} {p95(times):9.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.unknowns")
    ap.add_argument("directory", type=Path, nargs="+")
    ap.add_argument("--first-check", action="store_true", help="time _has_unknowns only")
    ap.add_argument("--samples", type=int, default=300)
    ap.add_argument("--mark-share", type=float, default=None)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.first_check:
        first_check(args.directory)
        return 0
    path = args.directory[0]
    with tempfile.TemporaryDirectory() as tmp:
        if args.mark_share is not None:
            marked = Path(tmp) / "directory.sqlite"
            n = mark(path, marked, args.mark_share, args.seed)
            print(f"marked {n:,} rows as lacking what a CMS record lacks (a stand-in)")
            path = marked
        compare(path, args.samples, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
