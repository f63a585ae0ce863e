"""Building the bundled directory database (no Qt).

``python -m hmo_desktop.datapack build`` writes ``db/directory.sqlite`` from ``db/sources/``.
"""

from hmo_desktop.datapack.stamp import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION"]
