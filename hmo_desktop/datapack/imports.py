"""Reading every import option of the build into one ``Imported``.

The CMS Doctors and Clinicians file (with its facility affiliations), Plan-Net files and
the NPPES file are read in that order; a doctor found in several keeps the first file's
record, with facts it lacks filled in from the others. NPPES then cross-checks every NPI.
A file that cannot be read raises ``ImportProblem`` (file, line or resource, field).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hmo_desktop.datapack.importers.model import Imported, ImportSource
from hmo_desktop.datapack.importers.textfile import ImportProblem

__all__ = [
    "ImportOptions",
    "ImportProblem",
    "RateMeter",
    "RowProgress",
    "file_date",
    "merge",
    "read_imports",
]

#: Told (file, rows read, kept, rejected) as a long file is read.
RowProgress = Callable[[str, int, int, int], None]


@dataclass(frozen=True)
class ImportOptions:
    cms_clinicians: Path | None = None
    cms_affiliations: Path | None = None
    plan_net: tuple[Path, ...] = ()
    nppes: Path | None = None

    @property
    def any(self) -> bool:
        """Any import option given (--cms-affiliations alone too: it is then refused)."""
        return bool(self.cms_clinicians or self.cms_affiliations or self.plan_net or self.nppes)

    def files(self) -> list[Path]:
        """Every file or folder named, in reading order."""
        named = [self.cms_clinicians, self.cms_affiliations, *self.plan_net, self.nppes]
        return [p for p in named if p is not None]


def file_date(path: Path) -> str:
    """A file's modification date (UTC), YYYY-MM-DD."""
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime("%Y-%m-%d")


def read_imports(
    opts: ImportOptions, map_csv: Path, row_progress: RowProgress | None = None
) -> Imported:
    """Everything the import options name, merged and cross-checked."""
    from hmo_desktop.datapack.importers import cms_clinicians, cms_facilities, nppes, plannet

    if opts.cms_affiliations and not opts.cms_clinicians:
        raise ValueError("--cms-affiliations needs --cms-clinicians (the clinicians file)")
    if opts.nppes and not (opts.cms_clinicians or opts.plan_net):
        raise ValueError(
            "--nppes cross-checks imported doctors: give --cms-clinicians or --plan-net"
        )
    for named in opts.files():  # refused like any unreadable input: file named, exit 2
        if not named.exists():
            raise cms_clinicians.ImportProblem(named, 0, None, f"no such file: {named}")
    if opts.nppes and opts.nppes.is_dir():
        raise cms_clinicians.ImportProblem(
            opts.nppes, 0, None, f"a folder, not a file: {opts.nppes}"
        )
    parts: list[Imported] = []
    if opts.cms_clinicians:
        path = opts.cms_clinicians
        labels = cms_clinicians.load_pcp_labels(map_csv)

        def cms_progress(read: int, kept: int, rejected: int) -> None:
            if row_progress:
                row_progress(path.name, read, kept, rejected)

        found = cms_clinicians.read_clinicians(path, labels, progress=cms_progress)
        source = ImportSource(
            "cms_dac",
            "CMS Doctors and Clinicians national downloadable file",
            "Centers for Medicare & Medicaid Services (CMS)",
            path.name,
            file_date(path),
            "the file's modification date; the file states none",
            "Public domain (U.S. government data)",
        )
        part = cms_clinicians.to_imported(found, source)
        if opts.cms_affiliations:
            hospitals, lines = cms_facilities.read_facility_affiliations(
                opts.cms_affiliations, set(part.doctors)
            )
            part.hospitals.update(hospitals)
            part.report += [f"{opts.cms_affiliations.name}: {line}" for line in lines]
        parts.append(part)
    if opts.plan_net:
        codes = plannet.load_pcp_codes(map_csv)
        parts.append(plannet.read_plannet(list(opts.plan_net), codes))
    merged = merge(parts)
    if opts.nppes:
        records, lines = nppes.read_nppes(opts.nppes, set(merged.doctors))
        merged.report += [f"{opts.nppes.name}: {line}" for line in lines]
        merged.report += nppes.cross_check(merged, records, plannet.load_pcp_codes(map_csv))
        merged.sources.append(
            ImportSource(
                "nppes",
                "NPPES NPI Registry (names, practice addresses, deactivations)",
                "Centers for Medicare & Medicaid Services (CMS), NPPES",
                opts.nppes.name,
                file_date(opts.nppes),
                "the file's modification date",
                "Public domain (U.S. government data)",
            )
        )
    return merged


def merge(parts: Sequence[Imported]) -> Imported:
    """One ``Imported`` from several: the first record of a doctor wins, and its unknown
    facts (None) are filled from later ones."""
    out = Imported()
    for part in parts:
        for npi, doctor in part.doctors.items():
            have = out.doctors.get(npi)
            if have is None:
                out.doctors[npi] = doctor
                continue
            fills = {
                f.name: getattr(doctor, f.name)
                for f in dataclasses.fields(doctor)
                if getattr(have, f.name) is None and getattr(doctor, f.name) is not None
            }
            out.doctors[npi] = dataclasses.replace(have, **fills)
        out.groups.update({k: v for k, v in part.groups.items() if k not in out.groups})
        out.offices.update({k: v for k, v in part.offices.items() if k not in out.offices})
        out.networks.update(part.networks)
        out.plans.update(part.plans)
        out.roles += part.roles
        out.sources += part.sources
        out.report += part.report
        for npi, ccns in part.hospitals.items():
            out.hospitals[npi] = tuple(dict.fromkeys(out.hospitals.get(npi, ()) + ccns))
    return out


class RateMeter:
    """Progress lines for a long file: rows read, kept, rejected and the rate."""

    def __init__(self, say: Callable[[str], None]) -> None:
        self.say = say
        self.started = time.perf_counter()

    def __call__(self, name: str, read: int, kept: int, rejected: int) -> None:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        self.say(
            f"{name}: {read:,} rows read, {kept:,} kept, {rejected:,} rejected "
            f"({read / seconds:,.0f} rows/s)"
        )
