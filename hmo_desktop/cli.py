"""Command line entry: ``hmo-desktop`` and ``python -m hmo_desktop``."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from hmo_desktop import __version__, exitcodes


def about_directory(path: Path, bundled: bool = True, today: date | None = None) -> int:
    """Print what the directory holds and where its data comes from: every source with its
    date and rows, and a warning when its data on plans and doctors is more than a year
    old (``hmo_desktop.directory.newest_data``; ``today``: for tests). ``bundled``: as
    for ``hmo_desktop.app.start``."""
    from hmo_desktop.directory import (
        DirectoryUnavailable,
        doctor_mix,
        newest_data,
        open_directory,
        source_summary,
    )

    try:
        db = open_directory(path)
    except DirectoryUnavailable as exc:
        from hmo_desktop.app import unavailable_text

        print(unavailable_text(exc, bundled), file=sys.stderr)
        return exitcodes.DIRECTORY_UNAVAILABLE
    with db:
        summary = db.summary()
        sources = source_summary(db)
        mix = doctor_mix(db)
    labels = {  # the directory's counts, keyed by SUMMARY_COUNTS, in words
        "plans": "Plans",
        "real_groups": "Medical groups (real, dated)",
        "sample_groups": "Medical groups (sample)",
        "hospitals": "Hospitals",
        # Every doctor: all of them samples until a public file gives real ones.
        "sample_doctors": "Sample doctors (fictional)" if mix.real == 0 else "Doctors",
        "roles": "Doctor roles (doctor x office x network)",
        "zip_codes": "ZIP codes",
    }
    shown = os.fsencode(path).decode("utf-8", "replace")  # any path prints
    print(f"HMO Desktop {__version__}: directory {shown}")
    print(f"  schema version {summary.schema_version}, SHA-256 {summary.sha256[:16]}...")
    for key, n in summary.counts:
        print(f"  {labels.get(key, key):40} {n:>9,}")
    print("Sources:")
    for s in sources:
        when = "made by this app" if s.as_of == "build" else f"as of {s.as_of}"
        what = "fictional samples, made up by this app" if s.kind == "generated" else s.kind
        print(f"  - {s.title} ({s.publisher}); {when}; {what}; {s.licence}")
        rows = ", ".join(f"{table} {n:,}" for table, n in s.rows)
        print(f"      rows: {s.total:,} ({rows})" if s.rows else "      rows: none")
    print("Doctors:")
    print(f"  {'Doctors from public files':40} {mix.real:>9,}")
    print(f"  {'Sample doctors (fictional)':40} {mix.sample:>9,}")
    age = newest_data(sources)
    if age is not None and age.is_stale(today or date.today()):
        print(
            f"Warning: this directory's newest data on plans and doctors is from {age.as_of}, "
            "more than a year ago. Plans and doctors may have changed: check with the plan "
            "before enrolling."
        )
    return exitcodes.OK


def qt_cannot_start() -> bool:
    """Say so (on stderr) when a setting in the environment would crash Qt."""
    from hmo_desktop.qtenv import qt_environment_problem

    problem = qt_environment_problem(os.environ)
    if problem is not None:
        print(problem, file=sys.stderr)
    return problem is not None


def main(argv: list[str] | None = None) -> int:
    from hmo_desktop.paths import default_directory_path

    args_given = sys.argv[1:] if argv is None else argv
    if not args_given:  # the everyday case: straight to the window, no argparse import
        if qt_cannot_start():
            return exitcodes.ENVIRONMENT
        from hmo_desktop.app import is_bundled, run

        path = default_directory_path()
        return run(path, bundled=is_bundled(path))
    import argparse

    parser = argparse.ArgumentParser(
        prog="hmo-desktop", description="Choose a California HMO primary care doctor."
    )
    parser.add_argument("--version", action="version", version=f"HMO Desktop {__version__}")
    parser.add_argument(
        "--directory",
        type=Path,
        default=None,
        help="the directory database to open (default: the bundled one)",
    )
    parser.add_argument(
        "--about-directory",
        action="store_true",
        help="print what the directory holds and its sources, then exit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="walk the window through every step and report; exit 0 if all showed real results",
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        default=None,
        help="with --self-test: write a PNG of each step into this folder",
    )
    args = parser.parse_args(argv)
    path = args.directory or default_directory_path()
    from hmo_desktop.app import is_bundled

    bundled = is_bundled(path)
    if args.about_directory:
        return about_directory(path, bundled)
    if args.self_test:
        from hmo_desktop.selftest import main_self_test

        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: draw offscreen
        if qt_cannot_start():
            return exitcodes.ENVIRONMENT
        return main_self_test(path, args.screenshots, bundled)
    if qt_cannot_start():
        return exitcodes.ENVIRONMENT
    from hmo_desktop.app import run

    return run(path, bundled)
