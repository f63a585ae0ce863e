"""Command line entry: ``hmo-desktop`` and ``python -m hmo_desktop``."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hmo_desktop import __version__, exitcodes

if TYPE_CHECKING:
    from hmo_desktop.kiosk.config import KioskConfig


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


def kiosk_config(path: Path | None = None) -> KioskConfig:
    """The staff configuration (``hmo_desktop.kiosk.config``) at ``path`` or where it
    lives, with the testing overrides of the environment; a problem is said on stderr."""
    from hmo_desktop.kiosk.config import load_config, override_times
    from hmo_desktop.paths import kiosk_config_path

    config = override_times(load_config(path or kiosk_config_path()), os.environ)
    if config.problem:
        print(f"Kiosk configuration not used: {config.problem}", file=sys.stderr)
    return config


def set_kiosk_pin(path: Path | None = None) -> int:
    """Ask for a new staff PIN twice, without echo, and write its salted hash into the
    staff configuration file (``--set-kiosk-pin``)."""
    import getpass

    from hmo_desktop.kiosk.config import KioskConfigProblem, set_pin_hash
    from hmo_desktop.kiosk.pin import MAX_DIGITS, MIN_DIGITS, hash_pin, valid_pin
    from hmo_desktop.paths import kiosk_config_path

    target = path or kiosk_config_path()
    try:
        pin = getpass.getpass(f"New staff PIN ({MIN_DIGITS} to {MAX_DIGITS} digits): ")
        again = getpass.getpass("The same PIN again: ")
    except (EOFError, KeyboardInterrupt):
        print("\nNo PIN was set.", file=sys.stderr)
        return exitcodes.USAGE
    if not valid_pin(pin):
        print(
            f"A staff PIN is {MIN_DIGITS} to {MAX_DIGITS} digits; no PIN was set.", file=sys.stderr
        )
        return exitcodes.USAGE
    if pin != again:
        print("The two PINs differ; no PIN was set.", file=sys.stderr)
        return exitcodes.USAGE
    try:
        set_pin_hash(target, hash_pin(pin))
    except (OSError, KioskConfigProblem) as exc:
        print(f"The PIN could not be written to {target}: {exc}", file=sys.stderr)
        return exitcodes.UNEXPECTED
    print(f"The staff PIN is set (as a salted hash) in {target}. Start the kiosk again to use it.")
    return exitcodes.OK


def _kiosk_enabled() -> KioskConfig | None:
    """The configuration when a staff configuration file asks for kiosk mode."""
    from hmo_desktop.paths import kiosk_config_path

    if not kiosk_config_path().is_file():
        return None  # the everyday case: no file, nothing more to read
    config = kiosk_config()
    return config if config.enabled else None


def main(argv: list[str] | None = None) -> int:
    from hmo_desktop.paths import default_directory_path

    args_given = sys.argv[1:] if argv is None else argv
    if not args_given:  # the everyday case: straight to the window, no argparse import
        if qt_cannot_start():
            return exitcodes.ENVIRONMENT
        from hmo_desktop.app import is_bundled, run, run_kiosk

        path = default_directory_path()
        kiosk = _kiosk_enabled()
        if kiosk is not None:
            return run_kiosk(path, kiosk, bundled=is_bundled(path))
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
        help="with --self-test: write a PNG of each step and enrollment-summary.pdf here",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="a shared machine: full screen, one member after another, nothing kept "
        "(see README, 'Kiosk mode')",
    )
    parser.add_argument(
        "--kiosk-config",
        type=Path,
        default=None,
        metavar="FILE",
        help="the kiosk's staff configuration file (default: kiosk.toml in the user's "
        "configuration folder, or HMO_DESKTOP_KIOSK_CONFIG)",
    )
    parser.add_argument(
        "--set-kiosk-pin",
        action="store_true",
        help="ask for a new staff PIN (not shown as typed) and write its hash into the "
        "kiosk's staff configuration file, then exit",
    )
    parser.add_argument(
        "--lang",
        default=None,
        metavar="CODE",
        help="the app's language: en, es, zh_Hant, zh_Hans, vi, ko, tl, hy, ru, fa, ar, km, "
        "hmn or uk (default: the system's, when the app has it; see README, 'Languages')",
    )
    args = parser.parse_args(argv)
    if args.lang is not None:
        from hmo_desktop.ui import i18n

        try:
            i18n.starting_language(args.lang)
        except ValueError as e:
            parser.error(str(e))  # exit code 2, with the languages there are
        i18n.requested = args.lang
    if args.set_kiosk_pin:
        return set_kiosk_pin(args.kiosk_config)
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
    if args.kiosk or args.kiosk_config:
        config = kiosk_config(args.kiosk_config)
        if args.kiosk or config.enabled:
            from hmo_desktop.app import run_kiosk

            return run_kiosk(path, config, bundled)
    elif (config_enabled := _kiosk_enabled()) is not None:
        from hmo_desktop.app import run_kiosk

        return run_kiosk(path, config_enabled, bundled)
    from hmo_desktop.app import run

    return run(path, bundled)
