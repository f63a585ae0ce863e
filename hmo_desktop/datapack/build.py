"""Build the directory database from ``db/sources/``: real rows first, then samples.

One call, deterministic: the same sources and seed give a byte-identical file. The file is
stamped (application_id, user_version, DELETE journal), analysed, vacuumed, and described
by a manifest beside it (SHA-256, row counts, sources).

The steps: ``public`` and ``plans`` turn the public files into rows, ``samples`` and
``doctors`` add the sample rows, ``write`` writes the file. They share one ``Rows``, one
id allocator (``Ids``) and one ``random.Random``, used in a fixed order.

Rebuilding never destroys the working directory (``output``): the new file and its
manifest are written under temporary names beside the old ones, checked (opened
read-only: stamps, tables, ``integrity_check``) and flushed to disk, then renamed over
them. On any failure (an error, a full disk, a file-size limit, no permission, a failed
check, Ctrl-C or SIGTERM in the CLI) the temporary files are removed, the old file and
manifest stay byte for byte as they were, and ``build_directory`` raises: an
``OutputError`` saying what happened and what to do when writing the output failed,
otherwise the original exception. A build killed outright (SIGKILL) leaves its temporary
file (``.<stem>-<8 hex>.building``) beside the intact old files; the next build removes
it. The CLI's exit codes are listed in ``hmo_desktop.datapack.__main__``.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hmo_desktop.datapack import generate as gen
from hmo_desktop.datapack import public, samples, sources
from hmo_desktop.datapack.doctors import add_doctors
from hmo_desktop.datapack.import_report import write_report
from hmo_desktop.datapack.imported_rows import Outcome, add_imported
from hmo_desktop.datapack.importers.model import Imported
from hmo_desktop.datapack.imports import ImportOptions, RowProgress, read_imports
from hmo_desktop.datapack.output import OutputError, check_database, staged_output
from hmo_desktop.datapack.plans import add_plans
from hmo_desktop.datapack.rows import Ids, Progress, Rows
from hmo_desktop.datapack.write import write_database
from hmo_desktop.directory_format import APPLICATION_ID, MANIFEST_FORMAT, SCHEMA_VERSION
from hmo_desktop.filehash import sha256_of

__all__ = ["BuildOptions", "BuildResult", "OutputError", "Progress", "build_directory"]


def _quiet(_msg: str, _fraction: float) -> None:
    pass


@dataclass
class BuildOptions:
    out: Path
    sources: Path
    scale: float = 1.0
    seed: int = 2025
    counties: tuple[str, ...] = ()  # empty: the whole state
    imports: ImportOptions = field(default_factory=ImportOptions)
    # Where the import report goes (default: beside ``out``, "<stem>.import-report.txt").
    report: Path | None = None


@dataclass
class BuildResult:
    path: Path
    manifest_path: Path
    sha256: str
    counts: dict[str, int]
    seconds: float
    report_path: Path | None = None
    import_summary: tuple[str, ...] = ()


PCP_MAP = "pcp_specialty_map.csv"


def build_directory(
    opts: BuildOptions, progress: Progress = _quiet, row_progress: RowProgress | None = None
) -> BuildResult:
    """Builds ``opts.out`` and its manifest, replacing the old ones only when both are
    complete; on failure they stay as they were (see the module's docstring)."""
    started = time.perf_counter()
    # Created first, so a folder the build may not write in fails before the work.
    imported = None
    if opts.imports.any:
        progress("Reading the import files", 0.01)
        imported = read_imports(opts.imports, opts.sources / PCP_MAP, row_progress)
    with staged_output(opts.out) as staged:
        rows, outcome = _rows(opts, progress, imported)
        progress("Writing the database", 0.70)
        with staged.writing():
            counts = write_database(staged.database, rows, progress)
            progress("Checking the new file", 0.95)
            check_database(staged.database)
            digest = sha256_of(staged.database)
            size = staged.database.stat().st_size
            progress("Writing the manifest", 0.98)
            manifest = _manifest(opts, digest, size, counts, rows.tables["data_source"])
            staged.commit(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    report_path = None
    summary: tuple[str, ...] = ()
    if imported is not None and outcome is not None:
        report_path = opts.report or opts.out.with_name(f"{opts.out.stem}.import-report.txt")
        summary = tuple(outcome.summary)
        write_report(report_path, imported, outcome, digest)
    progress("Done", 1.0)
    seconds = time.perf_counter() - started
    return BuildResult(staged.out, staged.manifest, digest, counts, seconds, report_path, summary)


def _rows(
    opts: BuildOptions, progress: Progress, imported: Imported | None = None
) -> tuple[Rows, Outcome | None]:
    """Every row of the new directory, real and sample, in memory."""
    rng = random.Random(opts.seed)
    rare = gen.rare_stream(opts.seed)  # rare languages: offices first, then doctors
    rows = Rows()
    ids = Ids()
    src = opts.sources

    progress("Reading public sources", 0.02)
    zips = sources.read_zips(src)
    counties = public.add_counties(rows, ids, zips, sources.read_county_fips(src))
    wanted = set(opts.counties) if opts.counties else set(counties)
    unknown = wanted - set(counties)
    if unknown:
        raise ValueError(f"unknown county: {', '.join(sorted(unknown))}")
    public.add_data_sources(rows, src)
    zips_by_county = public.add_zip_codes(rows, zips, counties)
    public.add_taxonomy(rows, src)
    samples.add_languages(rows)

    progress("Hospitals", 0.06)
    hospitals = public.add_hospitals(rows, ids, src, counties, zips)

    progress("Plans and networks", 0.10)
    hmo_groups = sources.read_hmo_groups(src)
    networks = add_plans(rows, ids, src, hmo_groups, counties, wanted)

    progress("Medical groups", 0.14)
    groups = public.add_real_groups(rows, ids, hmo_groups, counties, wanted, networks)
    outcome = None
    if imported is not None:
        progress("Imported doctors", 0.16)
        languages = [r["code"] for r in rows.tables["language"]]
        outcome = add_imported(rows, ids, imported, zips, counties, wanted, languages)
        # Real doctors replace the samples of the listed groups they cover.
        groups = [g for g in groups if g.id not in outcome.covered]
    groups += samples.add_care_team_groups(rows, ids, counties, networks)
    groups += samples.add_sample_groups(rows, ids, counties, wanted, zips_by_county, networks, rng)

    progress("Offices", 0.20)
    samples.size_groups(groups, opts.scale)
    samples.add_offices(rows, ids, groups, zips_by_county, rng, rare)
    samples.add_group_hospitals(rows, groups, hospitals)

    progress("Sample doctors", 0.25)
    add_doctors(rows, ids, groups, networks.plan_by_network, rng, progress, rare)
    return rows, outcome


_MANIFEST_SOURCE_KEYS = (
    "key",
    "title",
    "publisher",
    "licence",
    "attribution",
    "as_of",
    "kind",
    "file",
)


def _manifest(
    opts: BuildOptions,
    digest: str,
    size: int,
    counts: dict[str, int],
    data_sources: list[dict[str, Any]],
) -> dict[str, Any]:
    """What ``<name>.manifest.json`` says about the file: format, hash, build, sources."""
    return {
        "format": MANIFEST_FORMAT,
        "application_id": APPLICATION_ID,
        "schema_version": SCHEMA_VERSION,
        "sha256": digest,
        "size_bytes": size,
        "build": {
            "scale": opts.scale,
            "seed": opts.seed,
            "counties": sorted(opts.counties),
            "sqlite_version": sqlite3.sqlite_version,
            "imports": [str(p.name) for p in opts.imports.files()],
        },
        "row_counts": counts,
        "sources": [{k: source[k] for k in _MANIFEST_SOURCE_KEYS} for source in data_sources],
    }
