"""Query benchmarks at California (scale 1) or national (scale 10) size.

    python -m bench.queries [--scale 1|10] [--seed S]

Builds the directory first if it is missing. Each query runs over a realistic mix of
parameters (big and small plans, common and rare languages, near and far radii, every
prefix of real names). Prints median and p95 per query, each also as a ratio to a
baseline run in the same process (a primary-key lookup), then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from hmo_desktop.datapack.build import BuildOptions, build_directory
from hmo_desktop.directory import (
    Directory,
    Page,
    PcpFilters,
    doctor_profile,
    find_place,
    groups_in_plan,
    open_directory,
    plans_for_area,
    search_names,
    search_pcps,
)
from hmo_desktop.directory_format import ACCEPTING, SCHEMA_VERSION, SPECIALTIES
from hmo_desktop.paths import db_dir, manifest_path_for, sources_dir

CACHE = Path(__file__).resolve().parent / ".cache"


def directory_for(scale: int) -> Path:
    path = db_dir() / "directory.sqlite" if scale == 1 else CACHE / f"directory-scale{scale}.sqlite"
    if not path.exists() or not manifest_path_for(path).exists() or _stale(path):
        print(f"building the scale-{scale} directory at {path} ...", flush=True)
        build_directory(BuildOptions(out=path, sources=sources_dir(), scale=scale))
    return path


def _stale(path: Path) -> bool:
    """Built by older code (another schema version): build it again."""
    manifest = json.loads(manifest_path_for(path).read_text(encoding="utf-8"))
    return bool(manifest.get("schema_version") != SCHEMA_VERSION)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def workloads(db: Directory, rng: random.Random) -> dict[str, list[Callable[[], object]]]:
    con = db.con
    zips = [
        r[0]
        for r in con.execute(
            "SELECT zip FROM zip_code WHERE zip IN (SELECT zip FROM location) ORDER BY zip"
        )
    ]
    sizes = con.execute(
        "SELECT plan_id, count(*) FROM pcp_role GROUP BY plan_id ORDER BY 2 DESC"
    ).fetchall()
    big = [p for p, _ in sizes[:5]]
    small = [p for p, _ in sizes[-10:]]
    plan_mix = big + small
    places = [find_place(db, z) for z in rng.sample(zips, 30)]

    def place_in(plan: int) -> object:
        row = con.execute(
            "SELECT l.zip FROM pcp_role r JOIN location l ON l.id = r.location_id "
            "WHERE r.plan_id = ? LIMIT 1",
            (plan,),
        ).fetchone()
        return find_place(db, row[0])

    plan_places = {p: place_in(p) for p in plan_mix}
    groups = {
        p: [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT group_id FROM group_plan_stats WHERE plan_id = ?", (p,)
            )
        ]
        for p in plan_mix
    }
    hospitals = [r[0] for r in con.execute("SELECT DISTINCT hospital_id FROM group_hospital")]
    langs = ["es", "es", "cmn", "vi", "ko", "tl", "hy", "fa", "km", "hmn"]
    specs = list(SPECIALTIES)
    people = con.execute(
        "SELECT id, first_name, last_name FROM practitioner ORDER BY id"
    ).fetchall()
    doctors = [r[0] for r in rng.sample(people, 200)]
    names = [(r[1], r[2]) for r in rng.sample(people, 40)]
    group_names = rng.sample(
        [
            r[0]
            for r in con.execute("SELECT name FROM medical_group WHERE is_sample = 0 ORDER BY id")
        ],
        20,
    )

    def pcp_filter() -> PcpFilters:
        plan = rng.choice(plan_mix)
        place = plan_places[plan]
        kw: dict[str, object] = {
            "near": place,
            "sort": rng.choice(["distance", "distance", "name"]),
        }
        r = rng.random()
        if r < 0.3:
            kw["max_miles"] = rng.choice([2, 5, 10, 25, 50, 100])
        if rng.random() < 0.5:
            kw["specialties"] = frozenset(rng.sample(specs, rng.randint(1, 3)))
        if rng.random() < 0.5:
            kw["accepting"] = frozenset({ACCEPTING})
        if rng.random() < 0.3:
            kw["doctor_language"] = rng.choice(langs)
        if rng.random() < 0.15:
            kw["staff_language"] = rng.choice(langs)
        if rng.random() < 0.2:
            kw["gender"] = rng.choice("FM")
        if rng.random() < 0.2:
            kw["member_age"] = rng.choice([1, 8, 15, 30, 70])
        if rng.random() < 0.15:
            kw["telehealth"] = True
        if rng.random() < 0.1:
            kw["evening"] = True
        if rng.random() < 0.1:
            kw["accessibility"] = frozenset({"acc_exam_table"})
        if rng.random() < 0.1:
            kw["hospital_id"] = rng.choice(hospitals)
        if rng.random() < 0.25 and groups[plan]:
            kw["group_id"] = rng.choice(groups[plan])
        if rng.random() < 0.8:  # the app keeps to the member's county when it knows it
            kw["county_id"] = place.county_id  # type: ignore[attr-defined]
        return plan, PcpFilters(**kw)  # type: ignore[arg-type,return-value]

    pcp_jobs = []
    for _ in range(300):
        plan, f = pcp_filter()  # type: ignore[misc]
        pcp_jobs.append(lambda plan=plan, f=f: search_pcps(db, plan, f, Page(0, 50)))
    prefixes = []
    for first, last in names:
        text = f"{first} {last}"
        prefixes += [text[:i] for i in range(1, len(text) + 1)]
    for g in group_names:
        prefixes += [g[:i] for i in range(1, min(len(g), 14) + 1)]
    pk = [rng.randrange(1, 1000) for _ in range(200)]
    return {
        "baseline: primary-key lookup": [
            lambda i=i: con.execute("SELECT * FROM practitioner WHERE id = ?", (i,)).fetchone()
            for i in pk
        ],
        "zip lookup": [lambda p=p: find_place(db, p.zip) for p in places],
        "plans for a county": [lambda p=p: plans_for_area(db, p.county_id) for p in places],
        "groups in a plan near a ZIP": [
            lambda p=p, pl=pl, c=c: groups_in_plan(db, p, pl, "distance", c)
            for p, pl in plan_places.items()
            for c in (None, pl.county_id, pl.county_id, pl.county_id)  # type: ignore[attr-defined]
        ],
        "PCP page (filter change)": pcp_jobs,
        "doctor profile": [lambda d=d: doctor_profile(db, d) for d in doctors],
        "name search (keystroke)": [lambda q=q: search_names(db, q) for q in prefixes],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=1, choices=[1, 10])
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    path = directory_for(args.scale)
    rng = random.Random(args.seed)

    results: dict[str, dict[str, float]] = {}
    # Opening: warm (file in the page cache), with and without the SHA-256 check.
    open_directory(path).close()
    full = timed(lambda: open_directory(path).close(), 15)
    nohash = timed(lambda: open_directory(path, verify_hash=False).close(), 15)
    results["open + verify (SHA-256)"] = {"p50_ms": statistics.median(full), "p95_ms": p95(full)}
    results["open without hash check"] = {
        "p50_ms": statistics.median(nohash),
        "p95_ms": p95(nohash),
    }
    db = open_directory(path)
    size_mb = path.stat().st_size / 1e6
    roles = db.con.execute("SELECT count(*) FROM pcp_role").fetchone()[0]
    for name, jobs in workloads(db, rng).items():
        for job in jobs[:10]:  # warm the page cache and statement cache
            job()
        times = []
        for job in jobs:
            times += timed(job, 1)
        results[name] = {"p50_ms": statistics.median(times), "p95_ms": p95(times)}
    db.close()
    base = results["baseline: primary-key lookup"]["p50_ms"]
    print(f"scale {args.scale}: {path.name}, {size_mb:.1f} MB, {roles:,} pcp_role rows")
    print(f"{'query':34} {'p50 ms':>9} {'p95 ms':>9} {'p50/baseline':>13}")
    for name, r in results.items():
        print(f"{name:34} {r['p50_ms']:9.3f} {r['p95_ms']:9.3f} {r['p50_ms'] / base:13.1f}")
    print(json.dumps({k: {m: round(v, 3) for m, v in r.items()} for k, r in results.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
