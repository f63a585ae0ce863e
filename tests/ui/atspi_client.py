"""A screen reader's view of HMO Desktop: an AT-SPI client for ``tests/ui/test_atspi.py``.

Run by Debian's own Python (``/usr/bin/python3``, which has pyatspi's GObject bindings:
packages ``python3-pyatspi`` and ``gir1.2-atspi-2.0``) inside a private D-Bus session
(``dbus-run-session``) with ``DISPLAY`` set to an X server (Xvfb). It starts the app with
Qt's AT-SPI bridge on, then walks the member's path the way an assistive technology does,
through AT-SPI alone (no test hook in the app): it types a ZIP through the ZIP field's
EditableText interface, selects a plan row through the plan list's Table interface and
presses buttons through their Action interface, sets the patient's age through the spin
box's Value interface. On each step it writes what a screen reader finds: every
accessible object with its ``objectName`` (the last part of Qt's AccessibleId), name,
role and states, as JSON. ``test_atspi.py`` judges it; this script only reads and drives.

    dbus-run-session -- /usr/bin/python3 tests/ui/atspi_client.py \\
        --python PYTHON --directory FILE --out FILE.json
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import gi  # type: ignore[import-not-found]

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]  # noqa: E402

#: The plan and ZIP the walk takes (the small test directory has both).
ZIP = "94110"
COUNTY = "San Francisco"
PLAN = "UnitedHealthcare Signature HMO"
AGE = 40
MEMBER = "Ana"
#: Roles whose children are items (rows, cells, entries): not walked, only counted.
ITEM_CONTAINERS = frozenset({"table", "tree table", "tree", "list", "list box", "combo box"})
WAIT_S = 15.0
#: The pause after each press (HMO_ATSPI_SETTLE_S=0 reproduces the crash it avoids).
SETTLE_S = float(os.environ.get("HMO_ATSPI_SETTLE_S", "0.5"))


class Stuck(Exception):
    """The app did not get where the walk expected it to."""


def node(acc: Any) -> dict[str, Any]:
    ident = acc.get_accessible_id() or ""
    parent = acc.get_parent()
    return {
        "object_name": ident.rsplit(".", 1)[-1],
        "id": ident,
        "name": acc.get_name() or "",
        "role": acc.get_role_name() or "",
        "states": sorted(Atspi.StateType(s).value_nick for s in acc.get_state_set().get_states()),
        "children": acc.get_child_count(),
        "parent_name": (parent.get_name() or "") if parent is not None else "",
        "labelled_by": labelled_by(acc),
    }


def labelled_by(acc: Any) -> list[str]:
    """The names of the labels that name this object (a label's buddy, say)."""
    names = []
    for relation in acc.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for i in range(relation.get_n_targets()):
                target = relation.get_target(i)
                names.append((target.get_name() or "") if target is not None else "")
    return names


def children(acc: Any) -> Iterator[Any]:
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None:
            yield child


def walk(acc: Any) -> Iterator[Any]:
    yield acc
    if acc.get_role_name() in ITEM_CONTAINERS:
        return
    for child in children(acc):
        yield from walk(child)


def snapshot(app: Any) -> list[dict[str, Any]]:
    """Every object a screen reader can reach in the app (its windows and dialogs)."""
    return [node(a) for a in walk(app)]


def find(app: Any, object_name: str) -> Any | None:
    for acc in walk(app):
        ident = acc.get_accessible_id() or ""
        if ident.rsplit(".", 1)[-1] == object_name:
            return acc
    return None


#: The app's process, once started: a wait ends as soon as it is gone.
APP: list[subprocess.Popen[bytes]] = []


def wait_for(what: str, probe: Callable[[], Any], seconds: float = WAIT_S) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for process in APP:
            if process.poll() is not None:
                raise Stuck(f"the app ended (exit code {process.returncode}) before {what}")
        try:
            got = probe()
        except GLib.Error:  # an object gone while it was read: read again
            got = None
        if got:
            return got
        time.sleep(0.05)
    raise Stuck(f"waited {seconds:g} s for {what}")


def has_state(acc: Any, state: Any) -> bool:
    return bool(acc.get_state_set().contains(state))


def press(app: Any, object_name: str) -> None:
    """The button's first action ("Press"), once it is enabled, as a screen reader does."""
    button = wait_for(
        f"{object_name} enabled",
        lambda: (b := find(app, object_name)) and has_state(b, Atspi.StateType.ENABLED) and b,
    )
    if not Atspi.Action.do_action(button, 0):
        raise Stuck(f"{object_name}: the Press action failed")
    # Let the app finish what the press started before reading it again: reading the
    # tree without a pause while a step gives way to the next one crashes Qt 6.11's
    # AT-SPI bridge now and then (see docs/TESTING.md, "Screen readers").
    time.sleep(SETTLE_S)


def table_rows(app: Any, object_name: str) -> int:
    table = find(app, object_name)
    return int(Atspi.Table.get_n_rows(table)) if table is not None else 0


def select_row(app: Any, object_name: str, name: str | None = None) -> tuple[Any, int]:
    """Select the row whose first cell reads ``name`` (or the first row)."""
    table = wait_for(
        f"rows in {object_name}", lambda: table_rows(app, object_name) and find(app, object_name)
    )
    for row in range(Atspi.Table.get_n_rows(table)):
        cell = Atspi.Table.get_accessible_at(table, row, 0)
        if name is None or (cell is not None and cell.get_name() == name):
            if not Atspi.Table.add_row_selection(table, row):
                raise Stuck(f"{object_name}: row {row} could not be selected")
            return table, row
    raise Stuck(f"{object_name}: no row {name!r}")


def choose_row(app: Any, table: str, name: str | None, button: str, page: str) -> None:
    """Select a row, press the button that goes on with it, and wait for the next page.
    A list still refilling (a filter just changed) may drop the selection before the
    press: then the same is done again, as a person would."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        view, row = select_row(app, table, name)
        if Atspi.Table.is_row_selected(view, row):
            press(app, button)
            try:
                wait_for(f"the page with {page}", lambda: find(app, page), 2.0)
                return
            except Stuck as again:
                print(f"again: {again}", file=sys.stderr)
        time.sleep(0.1)
    raise Stuck(f"{button} did not lead to the page with {page}")


def set_until(app: Any, object_name: str, value: int, done: Callable[[], Any]) -> None:
    """Set a spin box's value (its Value interface) until ``done``: a page just shown
    may still be settling, and set its own value after ours."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        box = on_page(app, object_name)
        if not Atspi.Value.set_current_value(box, float(value)):
            raise Stuck(f"{object_name}: the value could not be set")
        try:
            wait_for(f"what {object_name} = {value} shows", done, 2.0)
            return
        except Stuck as again:
            print(f"again: {again}", file=sys.stderr)
    box = find(app, object_name)
    now = Atspi.Value.get_current_value(box) if box is not None else None
    raise Stuck(f"{object_name} = {value} did not lead to what was expected (it is {now})")


def on_page(app: Any, object_name: str) -> Any:
    """Wait until the step's page (one of its widgets) is in the tree."""
    return wait_for(f"the page with {object_name}", lambda: find(app, object_name))


def the_app(process: subprocess.Popen[bytes]) -> Any:
    APP.append(process)

    def probe() -> Any:
        desktop = Atspi.get_desktop(0)
        for acc in children(desktop):
            if acc.get_process_id() == process.pid and acc.get_child_count() > 0:
                return acc
        return None

    app = wait_for("the app on the AT-SPI bus", probe)
    app.set_cache_mask(Atspi.Cache.NONE)  # read what the app says now, never a cache
    return app


def tour(app: Any) -> dict[str, list[dict[str, Any]]]:
    """The member's path through AT-SPI alone; what is found on each step."""
    seen: dict[str, list[dict[str, Any]]] = {}
    # Step 1: a ZIP typed into the field, then the plan list for it.
    zip_edit = on_page(app, "zipEdit")
    if not Atspi.EditableText.set_text_contents(zip_edit, ZIP):
        raise Stuck("zipEdit: the text could not be set")
    # The ZIP chose its county (a combo box's name is the item it shows).
    wait_for(
        f"{COUNTY} chosen by the ZIP",
        lambda: (c := find(app, "countyCombo")) and c.get_name() == COUNTY,
    )
    on_page(app, "planList")
    seen["plan"] = snapshot(app)
    choose_row(app, "planList", PLAN, "choosePlanButton", "groupTable")
    # Step 2: the plan's medical groups; skip them.
    wait_for("rows in groupTable", lambda: table_rows(app, "groupTable"))
    seen["group"] = snapshot(app)
    press(app, "skipGroupButton")
    # Step 3: the patient's age, then a doctor.
    set_until(app, "memberAgeFilter", AGE, lambda: table_rows(app, "pcpTable"))
    seen["doctor"] = snapshot(app)
    choose_row(app, "pcpTable", None, "openProfileButton", "doctorProfileText")
    # Step 4: that doctor's profile.
    seen["profile"] = snapshot(app)
    # The find-doctor dialog, opened and closed with its buttons.
    press(app, "findDoctorButton")
    on_page(app, "findDoctorEdit")
    seen["find_doctor"] = snapshot(app)
    press(app, "findDoctorCancelButton")
    wait_for("the dialog closed", lambda: find(app, "findDoctorDialog") is None)
    # The household: a member added by name, given the profile's doctor.
    press(app, "addToHouseholdButton")
    name = on_page(app, "householdNameEdit")
    if not Atspi.EditableText.set_text_contents(name, MEMBER):
        raise Stuck("householdNameEdit: the text could not be set")
    press(app, "householdAddButton")
    wait_for("the member listed", lambda: table_rows(app, "householdMembersTable"))
    press(app, "householdUseDoctorButton")
    wait_for("the member's doctor", lambda: table_rows(app, "householdChoicesTable"))
    seen["household"] = snapshot(app)
    press(app, "householdCloseButton")
    wait_for("the household closed", lambda: find(app, "householdDialog") is None)
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--python", required=True, help="the Python that runs the app")
    parser.add_argument("--directory", required=True, help="the directory file to open")
    parser.add_argument("--out", required=True, help="where to write what was found (JSON)")
    args = parser.parse_args(argv)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
    }
    started = time.monotonic()
    # The AT-SPI bus and its registry up first (D-Bus starts both on this first call),
    # so that the app finds them when its bridge starts.
    Atspi.get_desktop(0).get_child_count()
    app_process = subprocess.Popen(
        [args.python, "-m", "hmo_desktop", "--directory", args.directory], env=env
    )
    result: dict[str, Any] = {"steps": {}, "error": None}
    app = None
    try:
        app = the_app(app_process)
        result["steps"] = tour(app)
    except Stuck as exc:
        result["error"] = str(exc)
        if app_process.poll() is not None:
            app = None  # nothing left to read
        with contextlib.suppress(GLib.Error):  # where it got stuck: what is on screen
            shown = [n for n in snapshot(app) if "showing" in n["states"]] if app else []
            if shown:
                result["error"] += "; on screen: " + ", ".join(
                    f"{n['object_name']} ({n['role']} {n['name'][:40]!r})" for n in shown
                )
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
            app_process.wait()
    result["seconds"] = round(time.monotonic() - started, 2)
    Path(args.out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0 if result["error"] is None else 1


if __name__ == "__main__":
    sys.exit(main())
