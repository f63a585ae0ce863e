"""What the build steps share: the rows they fill, the ids those rows get, progress."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hmo_desktop.datapack.provenance import SOURCE_IDS
from hmo_desktop.directory_format import GENERATED

#: Told what the build is doing and how far along it is (0 to 1).
Progress = Callable[[str, float], None]


@dataclass
class Rows:
    """Rows per table, as dicts; written in bulk through the SQLModel table definitions."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    # ``provenance.SOURCES`` keys, then any imported file's (``register_source``).
    source_ids: dict[str, int] = field(default_factory=lambda: dict(SOURCE_IDS))

    def register_source(self, key: str) -> int:
        """A new ``data_source`` id for an imported file's ``key``."""
        if key in self.source_ids:
            raise ValueError(f"two sources named {key!r}")
        self.source_ids[key] = max(self.source_ids.values(), default=0) + 1
        return self.source_ids[key]

    def add(self, table: str, source: str, provenance: str, **values: Any) -> None:
        """A row from ``source`` (a ``provenance.SOURCES`` key), marked as that source's."""
        values["source_id"] = self.source_ids[source]
        values["provenance"] = provenance
        values["is_sample"] = provenance == GENERATED
        self.tables[table].append(values)


class Ids:
    """Row ids per table: 1, 2, 3... in the order the build asks for them.

    One allocator serves the whole build, so a table filled by several steps (real groups
    and then sample groups, with their network links) numbers on from where the last step
    stopped. The build asks in a fixed order, so the same sources give the same ids.
    """

    def __init__(self) -> None:
        self._last: dict[str, int] = defaultdict(int)

    def next(self, table: str) -> int:
        """The next id for a row of ``table``."""
        self._last[table] += 1
        return self._last[table]
