"""What looking for a staff kiosk configuration costs every start-up.

    python -m bench.kiosk_check [--runs N]

``hmo-desktop`` with no arguments asks whether a ``kiosk.toml`` turns kiosk mode on
(``cli._kiosk_enabled``) before it opens the window. Each run is a fresh process, timed
inside from just before the first import of the app's code: the baseline imports the
command line (the ``hmo-desktop`` entry point) and finds the directory file, as every
start does; the other also looks for the kiosk file (the everyday case: there is none).
Alternating runs; medians, their difference and ratio. Prints a table, then one JSON
line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

BASE = r"""
import time
t = time.perf_counter()
from hmo_desktop import cli
from hmo_desktop.paths import default_directory_path
default_directory_path()
print((time.perf_counter() - t) * 1000)
"""

CHECK = r"""
import time
t = time.perf_counter()
from hmo_desktop import cli
from hmo_desktop.paths import default_directory_path
default_directory_path()
assert cli._kiosk_enabled() is None
print((time.perf_counter() - t) * 1000)
"""


def once(code: str, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as home:
        # A configuration folder of its own, with no kiosk.toml: the everyday case.
        env = dict(os.environ, XDG_CONFIG_HOME=home, HOME=home)
        env.pop("HMO_DESKTOP_KIOSK_CONFIG", None)
        once(CHECK, env)  # warm the file cache
        base, check = [], []
        for _ in range(runs):
            base.append(once(BASE, env))
            check.append(once(CHECK, env))
    b, c = statistics.median(base), statistics.median(check)
    result = {
        "runs per side": runs,
        "find the directory ms": round(b, 2),
        "and look for kiosk.toml ms": round(c, 2),
        "kiosk check costs ms": round(c - b, 2),
        "ratio": round(c / b, 2),
    }
    for key, value in result.items():
        print(f"{key:<32}{value:>10}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
