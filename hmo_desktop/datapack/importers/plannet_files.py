"""Plan-Net input files read as FHIR resources: a folder's ``.json`` and ``.ndjson`` files,
an NDJSON file line by line, any other file whole; a Bundle's entries unpacked, each with
its fullUrl. A file that is not UTF-8, not JSON, truncated or not FHIR raises
``ImportProblem`` naming the file and the line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from hmo_desktop.datapack.importers import plannet_ext as fx
from hmo_desktop.datapack.importers.plannet_ext import Json
from hmo_desktop.datapack.importers.textfile import ImportProblem


def input_files(path: Path) -> list[Path]:
    if path.is_dir():
        found = (p for p in path.rglob("*") if p.is_file())
        return sorted(p for p in found if p.suffix.lower() in (".json", ".ndjson"))
    return [path]


def decode(raw: bytes, file: Path, line: int) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = line + raw.count(b"\n", 0, exc.start)
        bad = raw[exc.start]
        raise ImportProblem(file, at, None, f"not UTF-8 (byte 0x{bad:02x})") from None


def loads(text: str, file: Path, line: int) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = line + exc.lineno - 1
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise ImportProblem(file, at, None, f"truncated JSON ({exc.msg})") from None
        raise ImportProblem(file, at, None, f"not JSON: {exc.msg}, column {exc.colno}") from None


def unpack(data: object, file: Path, line: int, where: str) -> Iterator[tuple[Json, str]]:
    """The resources in one parsed JSON value (a Bundle's entries), with their fullUrl."""
    if not isinstance(data, dict) or not isinstance(data.get("resourceType"), str):
        what = "no resourceType" if isinstance(data, dict) else fx.json_kind(data)
        raise ImportProblem(file, line, where, f"JSON but not a FHIR resource ({what})")
    if data["resourceType"] != "Bundle":
        yield data, ""
        return
    for i, entry in enumerate(data.get("entry") or []):
        if isinstance(entry, dict) and entry.get("resource") is not None:
            for res, _ in unpack(entry["resource"], file, line, f"entry[{i}].resource"):
                full = entry.get("fullUrl")
                yield res, full if isinstance(full, str) else ""


def resources(file: Path) -> Iterator[tuple[Json, int, str]]:
    """(resource, line or 0, fullUrl) for every resource in one file."""
    if file.suffix.lower() == ".ndjson":
        with file.open("rb") as fh:
            for number, raw in enumerate(fh, start=1):
                text = decode(raw, file, number)
                if text.strip():
                    data = loads(text.rstrip("\r\n"), file, number)
                    for res, full in unpack(data, file, number, "resourceType"):
                        yield res, number, full
        return
    text = decode(file.read_bytes(), file, 1)
    if not text.strip():
        raise ImportProblem(file, 1, None, "empty file (expected FHIR JSON)")
    for res, full in unpack(loads(text, file, 1), file, 1, "resourceType"):
        yield res, 0, full


class Resource:
    def __init__(self, data: Json, file: Path, line: int) -> None:
        self.data, self.file, self.line = data, file, line
        self.key = f"{data['resourceType']}/{data.get('id')}"

    def where(self) -> str:
        return f"{self.file.name}, line {self.line}" if self.line else self.file.name

    def ref(self, value: object, field: str, full_urls: dict[str, str]) -> str | None:
        try:
            return fx.reference(value, full_urls)
        except fx.BadReference as exc:
            raise ImportProblem(self.file, self.line, field, f"{self.key}: {exc}") from None
