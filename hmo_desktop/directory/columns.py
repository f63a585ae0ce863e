"""Select lists built from a row type's fields, so rows are read by field name.

Each row type (a NamedTuple) is read with a mapping from every one of its fields, in the
row's order, to the SQL expression that gives it. A field computed in Python maps to the
one column it is computed from, or to ``NULL`` when it comes from elsewhere; what such a
field needs besides goes into ``inputs``, selected after the fields. A row is then
``make_row(RowType, values)``, with the computed fields set at ``RowType._fields.index(name)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def select_list(
    fields: Sequence[str], columns: Mapping[str, str], inputs: Sequence[str] = ()
) -> str:
    """The SQL select list: each field's expression in field order, then ``inputs``.

    Raises ``TypeError`` when ``columns`` does not name exactly ``fields``, in order."""
    if tuple(columns) != tuple(fields):
        raise TypeError(f"columns {tuple(columns)} do not match the fields {tuple(fields)}")
    return ", ".join([*columns.values(), *inputs])


#: ``make_row(RowType, values)``: ``RowType._make(values)`` without its Python-level length
#: check, which ``select_list`` has made once, at import. Queries that build dozens of rows
#: per call (a page of doctors, a plan's groups) measurably paid for the check.
make_row = tuple.__new__
