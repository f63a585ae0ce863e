"""``python -m hmo_desktop.datapack build [--cms-clinicians FILE] [--cms-affiliations FILE]
[--plan-net PATH ...] [--nppes FILE] [--out PATH] [--scale N --seed S]``.

With no import option it builds the sample directory from ``db/sources/``; with import
options, the real doctors of those files replace samples for what they cover (see
``hmo_desktop.datapack.imported_rows``) and an import report is written beside the
directory.

The old directory and its manifest are replaced only by a complete, checked new pair; on
failure they stay as they were (``hmo_desktop.datapack.build``) and one line on stderr
says what happened and what to do. Exit codes:

- 0: built.
- 1: any other failure; the message says whether the previous directory is unchanged.
- 2: bad options or sources (an unknown county, an unreadable source file, an import
  file that cannot be read: the message names the file, line or resource, and field).
- 3: no room: the disk is full, or the file size limit (``ulimit -f``) was hit.
- 4: no permission to write in the output's folder.
- 5: the new file failed its check (a bug in the builder).
- 130: interrupted (Ctrl-C, SIGINT or SIGTERM).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from hmo_desktop.paths import default_directory_path, manifest_path_for, sources_dir

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_NO_ROOM = 3
EXIT_NO_PERMISSION = 4
EXIT_CHECK_FAILED = 5
EXIT_INTERRUPTED = 130

#: ``OutputError.kind`` -> exit code.
EXIT_CODES = {
    "disk_full": EXIT_NO_ROOM,
    "file_too_large": EXIT_NO_ROOM,
    "no_permission": EXIT_NO_PERMISSION,
    "check_failed": EXIT_CHECK_FAILED,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m hmo_desktop.datapack",
        description="Build the HMO Desktop directory database.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="write the directory database from db/sources/")
    build.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="sample doctors relative to California's size (10 = national size)",
    )
    build.add_argument("--out", type=Path, default=None, help="where to write the .sqlite file")
    build.add_argument("--seed", type=int, default=2025, help="seed for the sample generator")
    build.add_argument("--sources", type=Path, default=None, help="folder of source files")
    build.add_argument(
        "--county",
        action="append",
        default=[],
        help="limit the build to a county (repeatable); default: all of California",
    )
    build.add_argument("--quiet", action="store_true", help="no progress output")
    imports = build.add_argument_group("real doctors from public files")
    imports.add_argument(
        "--cms-clinicians",
        type=Path,
        metavar="FILE",
        help="CMS Doctors and Clinicians national downloadable file (any of its three layouts)",
    )
    imports.add_argument(
        "--cms-affiliations",
        type=Path,
        metavar="FILE",
        help="its Facility_Affiliation.csv (2023 and later): doctors' hospitals",
    )
    imports.add_argument(
        "--plan-net",
        type=Path,
        metavar="PATH",
        nargs="+",
        action="extend",
        default=[],
        help="Plan-Net FHIR files: a Bundle (JSON), NDJSON, or a folder of resources",
    )
    imports.add_argument(
        "--nppes", type=Path, metavar="FILE", help="NPPES file (bulk CSV or API JSON)"
    )
    imports.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="where to write the import report (default: beside --out)",
    )
    args = parser.parse_args(argv)

    from hmo_desktop.datapack.build import BuildOptions, OutputError, build_directory

    # (loaded with build: nothing more is read from disk here, even as another user)
    from hmo_desktop.datapack.imports import ImportOptions, ImportProblem, RateMeter

    if args.scale <= 0 or args.scale > 100:
        parser.error("--scale must be greater than 0 and at most 100")
    out = args.out or default_directory_path()
    started = time.perf_counter()

    def progress(message: str, fraction: float) -> None:
        if not args.quiet:
            elapsed = time.perf_counter() - started
            print(
                f"[{fraction * 100:5.1f}% {elapsed:6.1f}s] {message}", file=sys.stderr, flush=True
            )

    def say(line: str) -> None:
        if not args.quiet:
            print(f"  {line}", file=sys.stderr, flush=True)

    import_options = ImportOptions(
        cms_clinicians=args.cms_clinicians,
        cms_affiliations=args.cms_affiliations,
        plan_net=tuple(args.plan_net),
        nppes=args.nppes,
    )
    before = _identity(out)
    unchanged = "the previous directory is unchanged" if before[0] else "nothing was written"
    try:
        with _sigterm_interrupts():
            result = build_directory(
                BuildOptions(
                    out=out,
                    sources=args.sources or sources_dir(),
                    scale=args.scale,
                    seed=args.seed,
                    counties=tuple(args.county),
                    imports=import_options,
                    report=args.report,
                ),
                progress,
                RateMeter(say),
            )
    except OutputError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CODES.get(exc.kind, EXIT_FAILED)
    except ImportProblem as exc:
        print(f"Could not import {exc}. {unchanged.capitalize()}.", file=sys.stderr)
        print(
            "Check that the file is the one named and complete, then build again.", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    except (OSError, ValueError) as exc:
        print(f"Could not build the directory: {exc}. {unchanged.capitalize()}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        if _identity(out) == before:
            print(f"The build was interrupted; {unchanged}.", file=sys.stderr)
        else:
            print(
                "The build was interrupted as it finished: the new directory is in place.",
                file=sys.stderr,
            )
        return EXIT_INTERRUPTED
    except Exception as exc:
        kept = unchanged if _identity(out) == before else "build again"
        print(f"The build failed ({type(exc).__name__}: {exc}); {kept}.", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"Wrote {result.path} ({result.path.stat().st_size / 1e6:.1f} MB) in {result.seconds:.1f} s"
    )
    print(f"SHA-256 {result.sha256}")
    for table, n in result.counts.items():
        print(f"  {table:24} {n:>10,}")
    if result.report_path is not None:
        for line in result.import_summary:
            print(f"  {line}")
        print(f"Import report: {result.report_path}")
    return 0


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops the build like Ctrl-C, so its temporary files are removed."""

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    before = signal.getsignal(signal.SIGTERM)
    if before is None or threading.current_thread() is not threading.main_thread():
        yield  # a handler set outside Python, or not the main thread: left alone
        return
    signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def _identity(out: Path) -> tuple[tuple[int, int, int, int] | None, ...]:
    """Which directory file and manifest are there (to tell whether a build replaced them)."""
    found: list[tuple[int, int, int, int] | None] = []
    for path in (out, manifest_path_for(out)):
        try:
            st = os.stat(path)
        except OSError:
            found.append(None)
        else:
            found.append((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(found)


if __name__ == "__main__":
    sys.exit(main())
