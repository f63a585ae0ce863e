"""The three header layouts of the CMS "Doctors and Clinicians" file, and which one a
header row is: 2017 readable names; 2018-2022 short lower-case names written with a space
after each comma; 2023+ with ``Facility Name`` and ``Telehlth``."""

from __future__ import annotations

from pathlib import Path

from hmo_desktop.datapack.importers.textfile import ImportProblem

LAYOUT_2017 = "2017"
LAYOUT_2018 = "2018-2022"
LAYOUT_2023 = "2023+"

# One line per value read, in this order: its column in the 2017, 2018-2022 and 2023+
# layouts ("" where that layout has none).
# fmt: off
_TABLE = [
    ("NPI", "NPI", "NPI"),
    ("Last Name", "lst_nm", "Provider Last Name"),
    ("First Name", "frst_nm", "Provider First Name"),
    ("Middle Name", "mid_nm", "Provider Middle Name"),
    ("Credential", "Cred", "Cred"),
    ("Gender", "gndr", "gndr"),
    ("Primary specialty", "pri_spec", "pri_spec"),
    ("Group Practice PAC ID", "org_pac_id", "org_pac_id"),
    ("Organization legal name", "org_nm", "Facility Name"),
    ("Line 1 Street Address", "adr_ln_1", "adr_ln_1"),
    ("Line 2 Street Address", "adr_ln_2", "adr_ln_2"),
    ("City", "cty", "City/Town"),
    ("State", "st", "State"),
    ("Zip Code", "zip", "ZIP Code"),
    ("Phone Number", "phn_numbr", "Telephone Number"),
    ("", "", "Telehlth"),
]
# fmt: on
COLUMNS = {
    layout: tuple(names[i] for names in _TABLE)
    for i, layout in enumerate((LAYOUT_2017, LAYOUT_2018, LAYOUT_2023))
}
# the columns that tell the layouts apart
_MARKERS = {
    LAYOUT_2023: ("Facility Name", "Telehlth"),
    LAYOUT_2017: ("Last Name", "Primary specialty"),
    LAYOUT_2018: ("lst_nm", "pri_spec"),
}


def norm(column: str) -> str:
    return " ".join(column.replace("\ufeff", "").split()).casefold()


def detect_layout(header: list[str], file: Path = Path("<header>")) -> str:
    """Which of the three layouts a header row is; ImportProblem for any other."""
    names = {norm(c) for c in header}
    for layout, markers in _MARKERS.items():
        if all(norm(m) in names for m in markers):
            missing = [c for c in COLUMNS[layout] if c and norm(c) not in names]
            if missing:
                raise ImportProblem(
                    file, 1, missing[0], f"{layout} layout header lacks {', '.join(missing)}"
                )
            return layout
    expected = "; ".join(f"{k}: {' + '.join(v)}" for k, v in _MARKERS.items())
    raise ImportProblem(
        file, 1, "header", f"not a CMS Doctors and Clinicians header (expected {expected})"
    )
