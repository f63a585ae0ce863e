"""Building the bundled directory database (no Qt).

``python -m hmo_desktop.datapack build`` writes ``db/directory.sqlite`` from ``db/sources/``.
The file format it writes is ``hmo_desktop.directory_format``.
"""
