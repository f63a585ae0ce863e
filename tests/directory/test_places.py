"""ZIPs and counties: what was typed, checked and looked up, and the county list."""

from __future__ import annotations

import pickle
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hmo_desktop.directory import (
    INVALID_ZIP_CODES,
    Directory,
    InvalidZip,
    counties,
    find_place,
    parse_zip,
    zip_is_complete,
)
from tests.directory.oracle import SF_ZIP


def zip_problem(db: Directory, text: str) -> InvalidZip:
    with pytest.raises(InvalidZip) as info:
        find_place(db, text)
    assert info.value.code in INVALID_ZIP_CODES
    return info.value


def test_the_invalid_zip_codes() -> None:
    assert INVALID_ZIP_CODES == (
        "empty",
        "not_ascii_digits",
        "bad_format",
        "not_california",
        "unknown_zip",
    )
    problem = InvalidZip("not_california", "10001")
    assert isinstance(problem, ValueError)
    assert (problem.code, problem.zip_code) == ("not_california", "10001")
    assert InvalidZip("empty").zip_code is None
    again = pickle.loads(pickle.dumps(problem))
    assert (again.code, again.zip_code) == ("not_california", "10001")


def test_zip_input_accepts_only_ascii_digits() -> None:
    assert parse_zip(" 94110 ") == "94110"
    assert parse_zip("94110-1234") == "94110"
    assert parse_zip("941101234") == "94110"
    # What a member's keyboard gives: Arabic-Indic, Persian and fullwidth digits.
    assert parse_zip("٩٤١١٠") == parse_zip("۹۴۱۱۰") == parse_zip("９４１１０") == "94110"
    assert parse_zip("94１10") == "94110"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\t\n", "empty"),
        ("⁹⁴¹¹⁰", "not_ascii_digits"),  # superscripts: digits, not decimal ones
        ("94¹10", "not_ascii_digits"),
        ("9411", "bad_format"),
        ("941100", "bad_format"),
        ("94 110", "bad_format"),
        ("abcde", "bad_format"),
        ("94110-12", "bad_format"),
        ("94110-", "bad_format"),
        ("-", "bad_format"),
    ],
)
def test_each_unusable_zip_has_its_code(hmo_directory: Directory, typed: str, code: str) -> None:
    with pytest.raises(InvalidZip) as info:
        parse_zip(typed)
    assert (info.value.code, info.value.zip_code) == (code, None)
    problem = zip_problem(hmo_directory, typed)
    assert (problem.code, problem.zip_code) == (code, None)


def test_zips_outside_california_or_not_in_the_list(hmo_directory: Directory) -> None:
    for typed, zip_code in (("10001", "10001"), ("89999-1234", "89999"), ("96200", "96200")):
        problem = zip_problem(hmo_directory, typed)
        assert (problem.code, problem.zip_code) == ("not_california", zip_code)
    known = {r[0] for r in hmo_directory.con.execute("SELECT zip FROM zip_code")}
    for zip_code in ("90000", "96199", "95999"):
        assert zip_code not in known
        problem = zip_problem(hmo_directory, zip_code)
        assert (problem.code, problem.zip_code) == ("unknown_zip", zip_code)


def test_find_place(hmo_directory: Directory) -> None:
    place = find_place(hmo_directory, SF_ZIP)
    assert (place.zip, place.city, place.county) == (SF_ZIP, "San Francisco", "San Francisco")
    assert find_place(hmo_directory, f" {SF_ZIP}-0001 ") == place
    county_id, lat, lon = hmo_directory.con.execute(
        "SELECT county_id, lat, lon FROM zip_code WHERE zip = ?", (SF_ZIP,)
    ).fetchone()
    assert (place.county_id, place.lat, place.lon) == (county_id, lat, lon)


@pytest.mark.parametrize(
    ("typed", "complete"),
    [
        ("", False),
        ("   ", False),
        ("9", False),
        ("9411", False),
        (" 94110 ", True),
        ("941101", False),  # on the way to ZIP+4
        ("94110-", False),
        ("94110-123", False),
        ("941101234", False),
        ("94110-1234", True),
        ("94110-12345", True),  # too long: say so
        ("94a", True),  # can never become a ZIP: say so at once
        ("９", False),  # fullwidth and Arabic-Indic digits: a ZIP on its way
        ("٩٤", False),
        ("۹۴۱۱۰", True),
        ("⁹", True),  # a superscript never becomes a ZIP
        ("94 1", True),
        ("-", True),
        ("--", True),
    ],
)
def test_zip_is_complete(typed: str, complete: bool) -> None:
    assert zip_is_complete(typed) is complete


@given(st.text(alphabet=st.sampled_from("0123456789-９ a\u0660"), max_size=12) | st.text())
def test_zip_is_incomplete_only_while_a_zip_is_being_typed(text: str) -> None:
    t = text.strip()
    # Decimal digits of any script count as 0-9 (a member's keyboard may give them).
    t = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in t)
    being_typed = (
        set(t) <= set("0123456789-")
        and any(c in "0123456789" for c in t)
        and len(t) != 5
        and len(t) < 10
    )
    assert zip_is_complete(text) is not (t == "" or being_typed)


def test_counties_by_name(hmo_directory: Directory) -> None:
    rows = counties(hmo_directory)
    assert [c.name for c in rows] == sorted(c.name for c in rows)
    assert {"San Francisco", "Fresno"} <= {c.name for c in rows}
    expected = set(hmo_directory.con.execute("SELECT id, name, lat, lon FROM county"))
    assert {tuple(c) for c in rows} == expected
