"""Saving survives being killed at any moment: after each kill the saved household is
the last one confirmed or the one being saved, never a mix, never lost.

A child process (``python -c``) saves households one after another and prints
``saved N`` once ``save`` returns. It exits as if killed (``os._exit``) at the Nth step
boundary of the store's writes (after each file written, fsync, replace, unlink), for
every boundary of two saves, for many households and seeds: more than 400 kill points,
the same every run. A few more children are killed with SIGKILL after a random delay
(fixed seed), wherever they happen to be. After each kill, this process loads.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import cast

from hmo_desktop.household import store
from hmo_desktop.household.members import Household
from hmo_desktop.household.store import HouseholdStore

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = 20261127
SAVES = 2  # per child, at step boundaries
SCENARIOS = 20  # (seed, whether a household was saved before) pairs
TIMED_KILLS = 40

#: Shared by this test and the child: the i-th household of a seed.
MAKE = """
import random
from hmo_desktop.household.members import ACCESS_NEEDS, Choice, Household

def make(seed, i):
    rnd = random.Random(f"{seed}-{i}")
    h = Household(plan_id=rnd.choice([None, 1, 2]))
    for _ in range(rnd.randint(0, 5)):
        needs = {n for n in ACCESS_NEEDS if rnd.random() < 0.3}
        name = rnd.choice(["Mia", "Ana", "Luis", "Eva", "José", "Lê", "小明"])
        m = h.add_member(name, rnd.randint(0, 99), rnd.choice([None, "F", "M"]),
                         rnd.choice([None, "es", "vi"]), needs, rnd.random() < 0.2)
        if rnd.random() < 0.3:
            h.set_member_plan(m.id, rnd.randint(3, 9))
        for rank in range(rnd.randint(0, 3)):
            pid = rnd.randint(1, 10**6)
            doctor = "Dr " + "x" * rnd.randint(1, 300)
            c = Choice(pid, pid + 1, rnd.randint(1, 99), rnd.randint(1, 9), doctor, "family",
                       rnd.choice(["accepting", "unknown"]), 0, rnd.choice([None, 18]))
            if rank == 0:
                h.choose(m.id, c)
            else:
                h.add_backup(m.id, c)
    return h
"""

DRIVER = (
    "import sys\n"
    "sys.path.insert(0, sys.argv[1])\n"
    + MAKE
    + """
from pathlib import Path
from hmo_desktop.household import store
folder, seed, first, last, exit_at = sys.argv[2], sys.argv[3], *map(int, sys.argv[4:])
store.exit_at_step = exit_at or None
s = store.HouseholdStore(Path(folder))
for i in range(first, last + 1):
    s.save(make(seed, i))
    print("saved", i, flush=True)
"""
)

_namespace: dict[str, object] = {}
exec(MAKE, _namespace)
make = cast(Callable[[str, int], Household], _namespace["make"])


def argv(folder: Path, seed: str, first: int, last: int, exit_at: int = 0) -> list[str]:
    args = [str(ROOT), str(folder), seed, str(first), str(last), str(exit_at)]
    return [sys.executable, "-I", "-S", "-c", DRIVER, *args]


def confirmed(stdout: str) -> int | None:
    saved = [int(line.split()[1]) for line in stdout.splitlines() if line.startswith("saved ")]
    return saved[-1] if saved else None


def check(folder: Path, seed: str, before: int | None, last_confirmed: int | None) -> str:
    """'' when the folder holds what it should after a kill, else what is wrong."""
    done = before if last_confirmed is None else last_confirmed
    next_one = 1 if done is None else done + 1
    allowed = [make(seed, next_one)] + ([make(seed, done)] if done is not None else [None])
    s = HouseholdStore(folder)
    loaded = s.load()
    if loaded.problem is not None:
        return f"problem {loaded.problem}"
    if loaded.household not in allowed:
        return f"a household neither {done} nor {next_one}"
    leftovers = [p.name for p in folder.iterdir() if "tmp" in p.name or "damaged" in p.name]
    if leftovers:
        return f"left over after load: {leftovers}"
    s.save(make(seed, 999))  # and the store still works
    return "" if s.load().household == make(seed, 999) else "no save after the kill"


def prepare(folder: Path, seed: str, before: int | None) -> None:
    folder.mkdir(parents=True)
    if before is not None:
        HouseholdStore(folder).save(make(seed, before))


def steps_of_a_run(folder: Path, seed: str, before: int | None) -> int:
    """Step boundaries of the child's whole run (counted here, in a scratch folder)."""
    prepare(folder, seed, before)
    start = store.steps_taken()
    first = 1 if before is None else before + 1
    s = HouseholdStore(folder)
    for i in range(first, first + SAVES):
        s.save(make(seed, i))
    return store.steps_taken() - start


def test_a_save_killed_at_any_step_leaves_the_old_or_the_new_household(tmp_path: Path) -> None:
    t0 = time.monotonic()
    rnd = random.Random(SEED)
    jobs: list[tuple[Path, str, int | None, int]] = []
    for n in range(SCENARIOS):
        seed = str(rnd.randrange(10**9))
        before = None if n % 3 == 0 else rnd.randint(0, 5)
        steps = steps_of_a_run(tmp_path / f"count-{n}", seed, before)
        jobs += [(tmp_path / f"s{n}-k{k}", seed, before, k) for k in range(1, steps + 1)]
    assert len(jobs) >= 400

    def one(job: tuple[Path, str, int | None, int]) -> str:
        folder, seed, before, k = job
        prepare(folder, seed, before)
        first = 1 if before is None else before + 1
        run = subprocess.run(
            argv(folder, seed, first, first + SAVES - 1, k),
            capture_output=True,
            text=True,
            timeout=60,
        )
        if run.returncode != 137:
            return f"{folder.name}: exit {run.returncode} {run.stderr[-500:]}"
        wrong = check(folder, seed, before, confirmed(run.stdout))
        return f"{folder.name}: {wrong}" if wrong else ""

    with ThreadPoolExecutor(max_workers=2 * (os.cpu_count() or 1)) as pool:
        failures = [f for f in pool.map(one, jobs) if f]
    assert failures == []
    print(f"{len(jobs)} kill points in {time.monotonic() - t0:.1f} s")


def test_a_save_killed_at_a_random_moment_leaves_the_old_or_the_new_household(
    tmp_path: Path,
) -> None:
    rnd = random.Random(SEED + 1)
    kills = [(n, str(rnd.randrange(10**9)), rnd.uniform(0.0, 0.25)) for n in range(TIMED_KILLS)]

    def one(kill: tuple[int, str, float]) -> str:
        n, seed, delay = kill
        folder = tmp_path / f"timed-{n}"
        prepare(folder, seed, 0)
        proc = subprocess.Popen(
            argv(folder, seed, 1, 10**6), stdout=subprocess.PIPE, text=True, bufsize=1
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # started saving: kill it somewhere after
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        rest, _ = proc.communicate(timeout=60)
        wrong = check(folder, seed, 0, confirmed(first + rest))
        return f"{folder.name}: {wrong}" if wrong else ""

    with ThreadPoolExecutor(max_workers=2 * (os.cpu_count() or 1)) as pool:
        failures = [f for f in pool.map(one, kills) if f]
    assert failures == []
