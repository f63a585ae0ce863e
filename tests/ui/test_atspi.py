"""Screen readers: the app's accessibility tree as a real AT-SPI client reads it.

Under Xvfb, in a private D-Bus session with the AT-SPI bus, ``atspi_client.py`` (Debian's
own Python with pyatspi's GObject bindings) starts the app, walks it to each step through
AT-SPI actions alone (see that file), and writes every accessible object it finds. On
each step every control docs/TESTING.md documents there must be found with its
accessible name and the role its documented type has (a screen reader says both).

Needs the Debian packages ``xvfb``, ``dbus-daemon`` (with ``dbus-run-session``),
``at-spi2-core`` and ``python3-pyatspi`` (with ``gir1.2-atspi-2.0`` and ``python3-gi``),
and the X libraries Qt's xcb plugin loads; without them the test is skipped, but not on
CI (``CI`` set), whose script (.ci/run) installs them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "TESTING.md"
CLIENT = Path(__file__).resolve().parent / "atspi_client.py"
#: The Python with pyatspi: Debian's own (the project's Python may be another one).
SYSTEM_PYTHON = "/usr/bin/python3"
#: What the test needs from the system, by Debian package.
PACKAGES = ("xvfb", "dbus-daemon", "at-spi2-core", "python3-pyatspi")
#: The whole check (Xvfb, the buses, the app and the walk) must take less than this.
BUDGET_S = 60.0

#: The steps the client walks, in order, and the TESTING.md sections checked on each.
MAIN = "Main window (always visible)"
STEPS: dict[str, tuple[str, ...]] = {
    "plan": (MAIN, "Step 1: plan picker"),
    "group": (MAIN, "Step 2: medical group browser"),
    "doctor": (MAIN, "Step 3: PCP chooser"),
    "profile": (MAIN, "Step 4: doctor profile"),
    "find_doctor": (MAIN, "Dialogs/findDoctor"),  # the dialog's rows of "Dialogs"
    "household": ("Household and compare/household",),  # the household dialog's own rows
}

#: The AT-SPI role a documented Qt type has (what a screen reader says it is). Qt gives a
#: checkable button the role of a check box, and a read-only text browser that of a label.
ROLES = {
    "QMainWindow": "frame",
    "QDialog": "dialog",
    "QMenuBar": "menu bar",
    "QMenu": "popup menu",
    "QAction": "menu item",
    "QPushButton": "push button",
    "QPushButton (checkable)": "check box",
    "QCheckBox": "check box",
    "QLineEdit": "text",
    "QComboBox": "combo box",
    "QSpinBox": "spin button",
    "QLabel": "label",
    "QTextBrowser": "label",
    "QTableView": "table",
    "QTreeView": "tree",
    "QListView": "list",
    "QScrollArea": "filler",
    "QTabWidget": "filler",
    "QTabBar": "page tab list",
}


@dataclass(frozen=True)
class ItsText:
    """Named by the text it shows (which changes); not empty while it is on screen."""


@dataclass(frozen=True)
class OpenedBy:
    """Unnamed itself, as popup menus are: a screen reader names it by the menu item
    that opens it, its parent in the tree."""

    item: str


@dataclass(frozen=True)
class LabelledBy:
    """A combo box: Qt on Linux names it by the item it shows, and the label beside it
    (its buddy: AT-SPI's LABELLED_BY relation) says what it is; a screen reader reads both."""

    label: str


Name = str | ItsText | OpenedBy | LabelledBy

#: The name a screen reader reads for each documented control.
NAMES: dict[str, Name] = {
    # Main window
    "mainWindow": "HMO Desktop",
    "zipEdit": "Your ZIP code",
    "zipMessage": "ZIP code message",
    "countyCombo": LabelledBy("or county:"),
    "findDoctorButton": "Find my current doctor",
    "helpButton": "Help and glossary",
    "aboutButton": "About HMO Desktop and its data",
    "startOverButton": "Start over with a new member (also Ctrl+N)",
    "stepPlan": "Plan",
    "stepGroup": "Medical group",
    "stepDoctor": "Doctor",
    "stepProfile": "Doctor's profile",
    "backButton": "Back",
    "menuBar": "Menu bar",
    "fileMenu": OpenedBy("File"),
    "openDirectoryAction": "Open directory…",
    "viewMenu": OpenedBy("View"),
    "textSizeMenu": OpenedBy("Text size"),
    "windowScroll": "HMO Desktop",
    "dataNote": ItsText(),
    "directoryAgeWarning": ItsText(),  # shown only for old data
    # Step 1
    "planList": "Health plans in your area",
    "planDetail": "About the selected plan",
    "planEmptyState": "No plans message",
    "whatIsHmoButton": "What is an HMO?",
    "planNotListedButton": "My plan is not listed: what to do",
    "choosePlanButton": "Continue with this plan",
    # Step 2
    "groupScopeLabel": ItsText(),
    "groupSearchEdit": "Search groups by name",
    "groupSortCombo": LabelledBy("Sort:"),
    "groupTable": "Medical groups",
    "groupDetail": "What choosing this group means",
    "groupEmptyState": "No groups message",
    "skipGroupButton": "Skip choosing a group",
    "chooseGroupButton": ItsText(),  # "Choose this group", or for one care team "Continue"
    # Step 3
    "pcpScopeLabel": "Where you are searching",
    "memberAgeFilter": "Patient's age",
    "patientSexCombo": LabelledBy("Sex (optional):"),
    "specialty_family": "Family medicine",
    "specialty_internal": "Internal medicine",
    "specialty_pediatrics": "Pediatrics",
    "specialty_obgyn": "OB/GYN",
    "acceptingFilter": LabelledBy("New patients:"),
    "doctorLanguageFilter": LabelledBy("Doctor speaks:"),
    "staffLanguageFilter": LabelledBy("Staff speak:"),
    "genderFilter": LabelledBy("Doctor's gender:"),
    "distanceFilter": LabelledBy("Distance:"),
    "hospitalFilter": LabelledBy("Hospital:"),
    "pcpSortCombo": LabelledBy("Sort:"),
    "telehealthFilter": "Offers video visits",
    "eveningFilter": "Evening hours",
    "saturdayFilter": "Saturday hours",
    "accessibilityFilter": "Wheelchair accessible office",
    "accessibilityFilterHint": ItsText(),
    "clearFiltersButton": "Clear filters",
    "pcpCountLabel": "Number of doctors found",
    "pcpEmptyState": "No doctors message",
    "pcpUnknownNote": "Doctors left out for facts not in this directory",
    "pcpTable": "Doctors",
    "openProfileButton": "See doctor's profile",
    "filtersToggleButton": "Filters",
    "pcpRowDetail": "About the selected doctor",
    # Step 4
    "doctorProfileText": "Doctor's profile",
    "choosePcpButton": "Choose as my PCP",
    "chooseNote": ItsText(),
    "addToHouseholdButton": "Add this doctor to a member of the household",
    # The find-doctor dialog
    "findDoctorDialog": "Find my current doctor",
    "findDoctorEdit": "Doctor's name",
    "findDoctorAreaOnly": "Only doctors with an office in my county",
    "findDoctorHint": "Search hint",
    "findDoctorResults": "Doctors found",
    "findDoctorOpenButton": "Open the doctor's profile",
    "findDoctorCancelButton": "Cancel",
    # The household dialog (one member, with the profile's doctor)
    "householdDialog": "Household",
    "householdAction": "Household…",
    "householdNameEdit": "First name or nickname",
    "householdAgeSpin": "Age",
    "householdSexCombo": LabelledBy("Sex (optional):"),
    "householdLanguageCombo": LabelledBy("Language (optional):"),
    "householdWheelchairCheck": "Wheelchair access",
    "householdEveningCheck": "Evening hours",
    "householdSaturdayCheck": "Saturday hours",
    "householdVideoCheck": "Video visits",
    "householdObgynCheck": "Wants an OB/GYN as PCP",
    "householdAddButton": "Add this member",
    "householdMemberProblem": ItsText(),  # shown only when a member cannot be added
    "householdSameDoctorButton": "Doctors who can see every member",
    "householdSameDoctorNote": ItsText(),
    "householdSameDoctorTable": "Doctors for the whole family",
    "householdScroll": "Household",
    "householdTabs": "Members, or compare",
    "householdTabBar": ItsText(),  # Qt names a tab bar by its current tab
    "householdMembersTable": "Members of the household",
    "householdUseDoctorButton": "Use the current doctor as this member's first choice",
    "householdBackupButton": "Add the current doctor as this member's backup",
    "householdEditButton": "Change this member",
    "householdRemoveButton": "Remove this member",
    "householdChoicesTitle": ItsText(),
    "householdMemberPlanCombo": LabelledBy("Plan for this member:"),
    "householdChoicesTable": "The selected member's doctors",
    "householdMakeFirstButton": "Make this doctor the member's first choice",
    "householdRemoveChoiceButton": "Remove this doctor from the member's choices",
    "householdOverview": ItsText(),
    "householdLargePrint": "Large print summary",
    "householdSavePdfButton": "Save the enrollment summary as a PDF file",
    "householdPrintButton": "Print the enrollment summary",
    "householdKeepButton": "Keep this household on this computer",
    "householdForgetButton": "Forget this household",
    "householdHomeNote": ItsText(),  # shown only when there is something to say
    "householdCloseButton": "Close the household",
}
#: Documented controls that are not in the tree on this walk, and why.
NOT_IN_TREE = {
    "qt_menubar_ext_button": "Qt adds it only when the menus do not fit",
    "householdSaveDialog": "open only while the summary is being saved",
    "householdCancelEditButton": "shown only while a member is being changed",
    "householdAction": "a menu item: the walk opens the dialog from the profile",
}


@dataclass(frozen=True)
class Control:
    object_name: str
    role: str
    name: Name


def documented(section: str, doc: str) -> list[tuple[str, str]]:
    """(objectName, type) of each row of a TESTING.md widget table: the section "### X"
    whose title starts with ``section``; "Title/prefix" keeps the names with that prefix."""
    title, _, prefix = section.partition("/")
    match = re.search(rf"^### {re.escape(title)}.*?\n(.*?)(?=^#)", doc, flags=re.M | re.S)
    assert match, f"docs/TESTING.md has no section {title!r}"
    rows = []
    for line in match.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].startswith("`"):
            continue
        for name in re.findall(r"`([^`]+)`", cells[0]):
            if name.startswith(prefix):
                rows.append((name, cells[1]))
    return rows


def controls(step: str, doc: str) -> list[Control]:
    """What a screen reader must find on this step: every control TESTING.md documents."""
    out = []
    for section in STEPS[step]:
        for object_name, kind in documented(section, doc):
            if object_name not in NOT_IN_TREE:
                out.append(Control(object_name, ROLES[kind], NAMES[object_name]))
    return out


def name_fits(expected: Name, node: Mapping[str, Any]) -> bool:
    if isinstance(expected, ItsText):
        return bool(node["name"]) or "showing" not in node["states"]
    if isinstance(expected, LabelledBy):
        return bool(node["name"]) and expected.label in node["labelled_by"]
    if isinstance(expected, OpenedBy):
        return bool(node["name"] == "" and node["parent_name"] == expected.item)
    return bool(node["name"] == expected)


def problems(nodes: Sequence[Mapping[str, Any]], wanted: Sequence[Control]) -> list[str]:
    """What a screen reader would not find: each control looked up by its role and name
    among everything the client read, then by its objectName (Qt's AccessibleId)."""
    out = []
    for control in wanted:
        found = [
            n
            for n in nodes
            if n["role"] == control.role
            and name_fits(control.name, n)
            and n["object_name"] == control.object_name
        ]
        if found:
            continue
        same = [(n["role"], n["name"]) for n in nodes if n["object_name"] == control.object_name]
        out.append(
            f"{control.object_name}: expected a {control.role!r} named {control.name!r}; "
            + (f"found {same}" if same else "not in the tree")
        )
    return out


# ---------------------------------------------------------------------- the contract


def test_every_documented_control_of_every_step_has_a_name_and_role() -> None:
    """The list above follows docs/TESTING.md: a new control documented there needs its
    name here (or the AT-SPI check could not ask for it) and its type a role."""
    doc = DOCS.read_text(encoding="utf-8")
    rows = {r for step in STEPS for s in STEPS[step] for r in documented(s, doc)}
    rows = {(name, kind) for name, kind in rows if name not in NOT_IN_TREE}
    assert {kind for _, kind in rows} - set(ROLES) == set(), "a type with no role in ROLES"
    assert {name for name, _ in rows} - set(NAMES) == set(), "documented, but not in NAMES"
    assert len(controls("doctor", doc)) > 40


def test_every_name_is_the_widgets_own(hmo_window: Any, qtbot: Any) -> None:
    """The names listed are the accessible names the app gives its widgets (checked
    in-process, everywhere; the AT-SPI check proves a screen reader gets them)."""
    from PySide6.QtWidgets import QLabel, QWidget

    from tests.ui.steps import to_doctors

    to_doctors(hmo_window, qtbot)
    hmo_window.profile.show_doctor(1)
    hmo_window.open_find_doctor()
    widgets = hmo_window.findChildren(QWidget) + hmo_window.dialog.findChildren(QWidget)
    widgets.append(hmo_window.dialog)
    hmo_window.dialog.close()
    hmo_window.household_action.trigger()  # the household dialog too
    widgets += [hmo_window.dialog, *hmo_window.dialog.findChildren(QWidget)]
    given = {w.objectName(): w.accessibleName() for w in widgets}
    exact = {k: v for k, v in NAMES.items() if isinstance(v, str) and k in given}
    assert {k: given[k] for k in exact} == exact
    assert len(exact) > 40
    buddies = {
        w.buddy().objectName(): w.text().replace("&", "")
        for w in widgets
        if isinstance(w, QLabel) and w.buddy() is not None
    }
    labelled = {k: v.label for k, v in NAMES.items() if isinstance(v, LabelledBy)}
    assert {k: buddies.get(k) for k in labelled} == labelled


NODES = [
    {"object_name": "okButton", "name": "OK", "role": "push button", "states": ["showing"],
     "parent_name": "", "labelled_by": []},
    {"object_name": "noteLabel", "name": "", "role": "label", "states": [], "parent_name": "",
     "labelled_by": []},
    {"object_name": "aMenu", "name": "", "role": "popup menu", "states": [],
     "parent_name": "File", "labelled_by": []},
    {"object_name": "sortCombo", "name": "By name", "role": "combo box", "states": [],
     "parent_name": "", "labelled_by": ["Sort:"]},
]  # fmt: skip


def test_the_matcher_fails_on_a_missing_name_or_a_wrong_role() -> None:
    assert problems(NODES, [Control("okButton", "push button", "OK")]) == []
    assert problems(NODES, [Control("noteLabel", "label", ItsText())]) == []  # hidden
    assert problems(NODES, [Control("aMenu", "popup menu", OpenedBy("File"))]) == []
    assert problems(NODES, [Control("sortCombo", "combo box", LabelledBy("Sort:"))]) == []
    for wrong in (
        Control("okButton", "push button", "Cancel"),  # a name not there
        Control("okButton", "check box", "OK"),  # the wrong role
        Control("noSuchButton", "push button", "OK"),  # not that control
        Control("aMenu", "popup menu", OpenedBy("Edit")),
        Control("sortCombo", "combo box", LabelledBy("Order:")),  # not the label that names it
    ):
        assert len(problems(NODES, [wrong])) == 1, wrong
    shown_empty = [{**NODES[1], "states": ["showing"]}]
    assert problems(shown_empty, [Control("noteLabel", "label", ItsText())]) != []


# ---------------------------------------------------------------------- the real client


def missing_packages() -> list[str]:
    """The packages of PACKAGES this machine lacks (by what each gives the test)."""
    gives = {
        "xvfb": lambda: shutil.which("Xvfb") is not None,
        "dbus-daemon": lambda: all(shutil.which(p) for p in ("dbus-daemon", "dbus-run-session")),
        "at-spi2-core": lambda: any(
            Path(d, "at-spi-bus-launcher").exists()
            for d in ("/usr/libexec", "/usr/lib/at-spi2-core")
        ),
        "python3-pyatspi": lambda: (
            Path(SYSTEM_PYTHON).exists()
            and subprocess.run(
                [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
                capture_output=True,
                check=False,
            ).returncode
            == 0
        ),
    }
    return [pkg for pkg in PACKAGES if not gives[pkg]()]


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server on a free display (Xvfb picks it); its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read, "rb") as pipe:
            number = pipe.readline().strip().decode()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def read_the_tree(display: str, directory: Path, out: Path) -> dict[str, Any]:
    """Run the client in its own D-Bus session (with the AT-SPI bus it starts) and return
    what it found; every process it started is ended with it."""
    env = {**os.environ, "DISPLAY": display, "PYTHONPATH": str(ROOT)}
    for name in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS"):
        env.pop(name, None)  # the client's own session and X server, nobody else's
    argv = ["dbus-run-session", "--", SYSTEM_PYTHON, str(CLIENT), "--python", sys.executable]
    argv += ["--directory", str(directory), "--out", str(out)]
    run = subprocess.Popen(
        argv,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        log, _ = run.communicate(timeout=BUDGET_S)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        log, _ = run.communicate()
    finally:
        with contextlib.suppress(ProcessLookupError):  # the buses, if any outlived it
            os.killpg(run.pid, signal.SIGTERM)
    text = log.decode("utf-8", "replace")
    assert out.exists(), f"the AT-SPI client wrote nothing (exit {run.returncode}):\n{text}"
    found: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    assert found["error"] is None, f"{found['error']}\n{text}"
    return found


def test_a_screen_reader_finds_every_documented_control_on_every_step(
    hmo_small_directory: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    missing = missing_packages()
    if missing:
        why = f"the AT-SPI check needs the Debian packages {' '.join(missing)}"
        if os.environ.get("CI"):
            pytest.fail(f"{why}: .ci/run installs them")
        pytest.skip(why)
    started = time.monotonic()
    display = request.getfixturevalue("xvfb")
    found = read_the_tree(display, hmo_small_directory, tmp_path / "tree.json")
    doc = DOCS.read_text(encoding="utf-8")
    assert list(found["steps"]) == list(STEPS)
    for step, nodes in found["steps"].items():
        assert problems(nodes, controls(step, doc)) == [], step
    # The check fails where it should, on what the client really read.
    plan = found["steps"]["plan"]
    assert problems(plan, [Control("choosePlanButton", "push button", "No such name")])
    assert problems(plan, [Control("choosePlanButton", "check box", "Continue with this plan")])
    assert problems(found["steps"]["doctor"], [Control("noSuchFilter", "check box", "Pets")])
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET_S, f"the AT-SPI check took {elapsed:.1f} s"
