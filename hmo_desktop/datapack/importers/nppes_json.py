"""NPI Registry API v2.1 JSON: a response ``{"result_count": n, "results": [...]}``, a list
of results, or one result object."""

from __future__ import annotations

import json
from collections.abc import Container
from pathlib import Path
from typing import Any

from hmo_desktop.datapack.generate import passes_npi_check
from hmo_desktop.datapack.importers.cleanup import normal_case
from hmo_desktop.datapack.importers.nppes_record import (
    ORGANIZATION,
    PERSON,
    NppesRecord,
    Tally,
    gender_code,
    optional_text,
    record_address,
    record_phone,
)
from hmo_desktop.datapack.importers.textfile import ImportProblem

_ENUMERATION_TYPES = {"NPI-1": PERSON, "NPI-2": ORGANIZATION}


def _results(document: Any, path: Path) -> list[tuple[str, Any]]:
    """(where, result) for each result of an API response, a list, or one result."""
    if isinstance(document, dict) and "results" in document:
        results = document["results"]
        if not isinstance(results, list):
            raise ImportProblem(path, 1, "results", "expected a list of results")
        return [(f"results[{i}]", r) for i, r in enumerate(results)]
    if isinstance(document, dict) and "number" in document:
        return [("result", document)]
    if isinstance(document, list):
        return [(f"[{i}]", r) for i, r in enumerate(document)]
    if isinstance(document, dict) and "Errors" in document:
        raise ImportProblem(path, 1, "Errors", f"the API answered an error: {document['Errors']}")
    raise ImportProblem(path, 1, None, 'not an NPPES API response (no "results" list, no "number")')


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _json_record(result: Any, path: Path, where: str) -> NppesRecord:
    if not isinstance(result, dict):
        raise ImportProblem(path, 1, where, "expected an object")
    kind = result.get("enumeration_type")
    if kind not in _ENUMERATION_TYPES:
        raise ImportProblem(
            path, 1, f"{where}.enumeration_type", f"expected NPI-1 or NPI-2, found {kind!r}"
        )
    basic = result.get("basic")
    if not isinstance(basic, dict):
        raise ImportProblem(path, 1, f"{where}.basic", "missing or not an object")
    status = _text(basic.get("status"))
    taxonomies = []
    for j, t in enumerate(result.get("taxonomies") or []):
        if not isinstance(t, dict) or not _text(t.get("code")):
            raise ImportProblem(path, 1, f"{where}.taxonomies[{j}].code", "missing")
        taxonomies.append((_text(t["code"]), t.get("primary") is True))
    location = next(
        (
            a
            for a in result.get("addresses") or []
            if isinstance(a, dict) and _text(a.get("address_purpose")).upper() == "LOCATION"
        ),
        None,
    )
    address = None
    phone = None
    if location is not None:
        a = record_address(
            _text(location.get("address_1")),
            _text(location.get("address_2")),
            _text(location.get("city")),
            _text(location.get("state")),
            _text(location.get("postal_code")),
        )
        address = (a[0], a[1], a[2], a[3], a[4])
        phone = record_phone(_text(location.get("telephone_number")))
    deactivated = _text(basic.get("deactivation_date")) or None
    active = status == "A"
    return NppesRecord(
        npi=_text(result.get("number")),
        entity=_ENUMERATION_TYPES[kind],
        active=active,
        deactivated_on=None if active else deactivated,
        first_name=normal_case(_text(basic.get("first_name"))),
        last_name=normal_case(_text(basic.get("last_name")), surname=True),
        middle_name=normal_case(_text(basic.get("middle_name"))),
        credential=optional_text(basic.get("credential")),
        # "sex" in current responses, "gender" in older ones
        gender=gender_code(basic.get("sex") or basic.get("gender")),
        organization_name=optional_text(basic.get("organization_name")),
        taxonomies=tuple(taxonomies),
        practice_address=address,
        practice_phone=phone,
        line=f"{path.name}, {where}",
    )


def read_api_json(
    path: Path, raw: bytes, npis: Container[str] | None
) -> tuple[dict[str, NppesRecord], list[str]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportProblem(path, line, None, f"not UTF-8 (byte 0x{raw[exc.start]:02x})") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem(path, exc.lineno, None, f"not valid JSON: {exc.msg}") from None
    tally = Tally(path)
    out: dict[str, NppesRecord] = {}
    for where, result in _results(document, path):
        tally.read += 1
        npi = _text(result.get("number")) if isinstance(result, dict) else ""
        if not passes_npi_check(npi):
            if not isinstance(result, dict) or "number" not in result:
                raise ImportProblem(path, 1, f"{where}.number", "missing")
            tally.bad_npis.append((f"{path.name}, {where}", npi))
            continue
        if tally.skips(npi, npis, out):
            continue
        record = _json_record(result, path, where)
        tally.deactivated += not record.active
        tally.kept += 1
        out[npi] = record
    return out, tally.lines("results")
