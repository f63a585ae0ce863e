"""Running ``hmo-desktop`` as a real process, many at once (each start costs Python and
Qt's start-up; side by side they share the wait)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

#: The checkout the tests run from: the child imports this code, not another install.
ROOT = Path(__file__).resolve().parent.parent


class Finished(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


def app_env(extra: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """The test environment for a child (offscreen Qt), with ``extra`` set (None: unset)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("HMO_DESKTOP_BENCH_T0", None)
    for name, value in (extra or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def hmo_desktop(*args: str) -> list[str]:
    """The command line of ``hmo-desktop ARGS`` from this checkout."""
    return [sys.executable, "-m", "hmo_desktop", *args]


def run_all(
    commands: Mapping[str, tuple[Sequence[str], Mapping[str, str]]], timeout: float = 60
) -> dict[str, Finished]:
    """Run every (argv, env) at once; their outcomes by the same keys. Output is decoded
    with 'replace', so a stray byte cannot hide what was printed. One still running after
    ``timeout`` seconds (all told) is killed, and says so on its stderr."""
    started = {
        key: subprocess.Popen(
            list(argv),
            env=dict(env),
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for key, (argv, env) in commands.items()
    }
    finished = {}
    deadline = time.monotonic() + timeout
    try:
        for key, proc in started.items():
            late = ""
            try:
                out, err = proc.communicate(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:  # still running: that is the test's failure
                proc.kill()
                out, err = proc.communicate()
                late = f"\n(still running after {timeout:g} s: killed)"
            finished[key] = Finished(
                proc.returncode,
                out.decode("utf-8", "replace"),
                err.decode("utf-8", "replace") + late,
            )
    finally:
        for proc in started.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return finished
