"""Bounded, line-naming reading of a CSV file, shared by the CMS readers.

Every physical line is read with a bounded ``readline`` (``MAX_LINE_BYTES``), and the csv
module's own field limit (128 KiB unless raised) bounds a quoted field that runs over
several lines, so memory does not depend on what a damaged file holds. A file that cannot
be read as it is raises ``ImportProblem`` naming the file, the line and, where there is
one, the field.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

#: The longest physical line read (bytes, line break included); a longer one is refused.
MAX_LINE_BYTES = 1 << 20
_QUOTED = re.compile(rb'"[^"]*(?:"|$)')


class ImportProblem(Exception):
    """A file that cannot be read as it is: which file, which line, which field, and why.
    ``line`` is 0 for a file that cannot be opened at all."""

    def __init__(self, file: Path, line: int, field: str | None, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file.name}, line {self.line}" if self.line else self.file.name
        if self.field:
            where += f", field {self.field!r}"
        return f"{where}: {self.message}"


def _field_at(prefix: bytes, header: Sequence[str]) -> str | None:
    """The header name of the field that ``prefix`` (the start of a row) ends in: the
    commas outside quotes are counted (no csv parsing, so no field size limit, and no copy
    of the bytes unless they hold quotes)."""
    if not header:
        return None
    n = (_QUOTED.sub(b"", prefix) if b'"' in prefix else prefix).count(b",")
    return header[n].strip() if n < len(header) else None


def text_lines(
    fh: BinaryIO, file: Path, header: Sequence[str] = (), limit: int = MAX_LINE_BYTES
) -> Iterator[str]:
    """The file's physical lines as text, each read with a bounded ``readline``: a line
    longer than ``limit`` bytes is refused when ``limit`` bytes of it have been read, so a
    damaged file with a line of gigabytes never sits in memory. Refuses, naming the line
    (and the field, once ``header`` holds the header's names), text that is not UTF-8, a
    UTF-16 file and NUL bytes. A UTF-8 byte order mark is skipped."""
    readline = fh.readline
    raw = readline(limit + 1)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportProblem(file, 1, None, "UTF-16 text (expected UTF-8): save it as UTF-8")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    number = 0
    while raw:
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            where = _field_at(raw, header)
            raise ImportProblem(
                file, number, where, f"line longer than {limit:,} bytes (read no further)"
            )
        if b"\x00" in raw:
            at = raw.index(b"\x00")
            where = _field_at(raw[:at], header)
            hint = " (a UTF-16 file?)" if raw.count(b"\x00") * 3 > len(raw) else ""
            raise ImportProblem(file, number, where, f"NUL byte at byte {at}{hint}")
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            where = _field_at(raw[: exc.start], header)
            raise ImportProblem(
                file, number, where, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start})"
            ) from None
        raw = readline(limit + 1)


def open_input(path: Path) -> BinaryIO:
    """``path`` opened for binary reading; ImportProblem (no line) when that is impossible."""
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ImportProblem(path, 0, None, f"no such file: {path}") from None
    except IsADirectoryError:
        raise ImportProblem(path, 0, None, f"a folder, not a file: {path}") from None
    except PermissionError:
        raise ImportProblem(path, 0, None, f"not allowed to read {path}") from None
    except OSError as exc:
        raise ImportProblem(path, 0, None, f"cannot open: {exc.strerror or exc}") from None


def read_header(reader: Iterator[list[str]], path: Path) -> list[str]:
    """The first row of ``reader``, or ImportProblem for an empty file or header line."""
    try:
        header = next(reader)
    except StopIteration:
        raise ImportProblem(path, 1, None, "empty file (expected a header line)") from None
    except csv.Error as exc:
        raise ImportProblem(path, 1, None, f"unreadable header: {exc}") from None
    if not any(c.strip() for c in header):
        raise ImportProblem(path, 1, None, "empty header line (expected the column names)")
    return header


def count_problem(path: Path, values: list[str], end_line: int, header: list[str]) -> ImportProblem:
    """The problem with a row that has another number of fields than the header."""
    spans = _spans(values)
    line = end_line - spans
    if spans or values[-1].endswith("\n"):
        inside = next(i for i, v in enumerate(values) if "\n" in v)
        name = header[inside].strip() if inside < len(header) else None
        return ImportProblem(
            path,
            line,
            name,
            f"unbalanced quote: the row runs on to line {end_line} "
            f"({len(values)} fields, the header has {len(header)})",
        )
    short = len(values) < len(header)
    return ImportProblem(
        path,
        line,
        header[len(values)].strip() if short else None,
        f"{'truncated' if short else 'overlong'} row: {len(values)} fields, "
        f"the header has {len(header)}",
    )


def _spans(values: list[str]) -> int:
    """How many line breaks a row's fields hold. A quote left open runs to the end of the
    file, and its field then holds the last line's break too (not one between lines)."""
    spans = sum(v.count("\n") for v in values)
    return spans - 1 if spans and values[-1].endswith("\n") else spans


def start_line(values: list[str], end_line: int) -> int:
    """The line a row starts on, from the line it ends on (fields may hold line breaks)."""
    return end_line - _spans(values)
