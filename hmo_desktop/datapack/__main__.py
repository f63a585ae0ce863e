"""``python -m hmo_desktop.datapack build [--scale N] [--out PATH] [--seed S]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hmo_desktop.paths import default_directory_path, sources_dir


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
    args = parser.parse_args(argv)

    from hmo_desktop.datapack.build import BuildOptions, build_directory

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

    try:
        result = build_directory(
            BuildOptions(
                out=out,
                sources=args.sources or sources_dir(),
                scale=args.scale,
                seed=args.seed,
                counties=tuple(args.county),
            ),
            progress,
        )
    except (OSError, ValueError) as exc:
        print(f"Could not build the directory: {exc}", file=sys.stderr)
        return 2
    print(
        f"Wrote {result.path} ({result.path.stat().st_size / 1e6:.1f} MB) in {result.seconds:.1f} s"
    )
    print(f"SHA-256 {result.sha256}")
    for table, n in result.counts.items():
        print(f"  {table:24} {n:>10,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
