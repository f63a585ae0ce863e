"""The import report: what each file gave, what was left out and why, and how each
group practice was (or was not) joined to a carrier's HMO medical group list.

Written beside the directory (``<stem>.import-report.txt``) after the new directory is
in place, atomically: a temporary file, flushed, then renamed over the old report.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hmo_desktop.datapack.imported_rows import Outcome
from hmo_desktop.datapack.importers.model import Imported
from hmo_desktop.datapack.linking import MARGIN, THRESHOLD

_HOW_TO_READ = f"""\
How to read the group links: a group practice (the CMS file's org_nm) is compared, by
normalized name, with the medical groups a carrier lists for HMO networks in the county
of each of its offices.
  exact      same name once normalized: linked; its doctors join the group's networks.
  fuzzy      similar name (score {THRESHOLD:.0f} or more, {MARGIN:.0f}+ points ahead of any other
             group): linked.
  ambiguous  two listed groups are about as close: not linked (check by hand).
  unmatched  no listed group is close enough: the practice is its own group, in no
             network; its doctors are findable by name with "no HMO network in this
             directory lists this doctor's group".
"""


def report_text(imported: Imported, outcome: Outcome, digest: str) -> str:
    lines = ["HMO Desktop import report", f"Directory SHA-256: {digest}", "", "Sources:"]
    for s in imported.sources:
        lines.append(f"  {s.title} ({s.origin}), as of {s.as_of} ({s.as_of_note})")
    lines += ["", "What the files gave:"]
    lines += [f"  {line}" for line in imported.report]
    lines += ["", "What the directory got:"]
    lines += [f"  {line}" for line in outcome.summary]
    lines += ["", _HOW_TO_READ, "Group links (status, county, name as the file spells it):"]
    order = {"exact": 0, "fuzzy": 1, "ambiguous": 2, "unmatched": 3}
    lines += [f"  {line}" for line in sorted(outcome.links, key=lambda x: (order[x.split()[0]], x))]
    return "\n".join(lines) + "\n"


def write_report(path: Path, imported: Imported, outcome: Outcome, digest: str) -> None:
    data = report_text(imported, outcome, digest).encode("utf-8")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # readable like the directory beside it
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
