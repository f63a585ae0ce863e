"""``hmo-desktop --self-test``: walk the real window through every step and check each
one showed real results. Used by CI on the frozen bundle, and by anyone who wants to know
an installed copy works. Exit code 0 only if every step passed (``exitcodes``).

A step passes only if its check held and nothing went wrong inside it: an exception in
the step, or one raised inside the window while it ran (a Qt slot), fails that step by
name. The first step checks the fonts: with none, every letter is drawn as a box. After
the confirmation, a household of two (an adult and a child) gets a doctor each and their
enrollment summary is written as a PDF and read back (``selftest_household``); with
``--screenshots DIR`` it stays as ``DIR/enrollment-summary.pdf``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from hmo_desktop import exitcodes
from hmo_desktop.selftest_household import HouseholdWalk

if TYPE_CHECKING:
    from hmo_desktop.directory import Directory, PlanRow
    from hmo_desktop.ui.main_window import MainWindow

# A San Francisco ZIP first (plans with published group lists), then any ZIP with plans.
PREFERRED_ZIPS = ("94110", "93701", "90012")

#: What a step reports: did it hold, and what it saw.
Outcome = tuple[bool, str]
#: Steps whose screenshot is of the dialog they leave open, not the window.
DIALOG_STEPS = ("confirm", "household")
#: Steps with no screenshot (the summary's picture is its PDF).
NO_SHOT_STEPS = ("summary",)


def fonts_problem() -> str | None:
    """Why text would not be readable, or None: Qt must know a font family, and the
    application's font must have real glyphs (a letter "A")."""
    from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
    from PySide6.QtWidgets import QApplication

    if not QFontDatabase.families():
        return "no fonts at all: every letter would be a box; install one (fonts-dejavu-core)"
    font = QApplication.font()
    if not QFontMetrics(font).inFontUcs4(ord("A")):
        family = QFontInfo(font).family() or "none"
        return (
            f"the default font ({family}) has no letters: every letter would be a box; "
            "install a font (fonts-dejavu-core)"
        )
    return None


def check_fonts() -> Outcome:
    problem = fonts_problem()
    if problem is not None:
        return False, problem
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    return True, f"text is drawn in {QFontInfo(QApplication.font()).family()}"


class _Walk:
    """The member's path, one method per step; each returns the step's outcome."""

    def __init__(self, window: MainWindow, db: Directory) -> None:
        self.window = window
        self.db = db
        self.plan: PlanRow | None = None
        self.group_name = ""

    def steps(self) -> list[tuple[str, Callable[[], Outcome]]]:
        return [
            ("plan", self.choose_area),
            ("group", self.choose_plan),
            ("doctor", self.choose_group),
            ("profile", self.open_profile),
            ("confirm", self.confirm),
        ]

    def choose_area(self) -> Outcome:
        from hmo_desktop.directory import InvalidZip, counties, find_place, plans_for_area

        window, db = self.window, self.db
        # A preferred ZIP whose county has plans; else the first county that has any.
        zip_code = None
        for z in PREFERRED_ZIPS:
            try:
                place = find_place(db, z)
            except InvalidZip:
                continue
            if plans_for_area(db, place.county_id):
                zip_code = place.zip
                break
        if zip_code is not None:
            window.set_zip(zip_code)
            where = f"ZIP {zip_code}"
        else:
            county = next((c for c in counties(db) if plans_for_area(db, c.id)), None)
            if county is not None:
                window.county.setCurrentIndex(window.county.findText(county.name))
            where = county.name if county else "any county"
        plans = window.plans.plans()
        if plans:
            from hmo_desktop.directory import groups_in_plan

            # The plan with the most groups that have doctors here, so every step has data.
            def staffed_groups(plan_id: int) -> int:
                return sum(1 for g in groups_in_plan(db, plan_id) if g.total_pcps)

            counts = {p.id: staffed_groups(p.id) for p in plans}
            self.plan = max(plans, key=lambda p: (p.network_list == "published", counts[p.id]))
        return bool(plans), f"{len(plans)} plans for {where}"

    def choose_plan(self) -> Outcome:
        assert self.plan is not None
        self.window.plans.choose_plan(self.plan.name)
        groups = self.window.groups.model.rows()
        if groups:
            self.group_name = groups[0].name
        return bool(groups), f"{len(groups)} medical groups in {self.plan.name}"

    def choose_group(self) -> Outcome:
        pcps = self.window.pcps
        self.window.groups.choose_group(self.group_name)
        pcps.age.setValue(40)  # who the doctor is for: an adult
        total = pcps.model.total
        if total == 0:
            pcps.clear_filters()
            total = pcps.model.total
        return total > 0, f"{total} doctors in {self.group_name}"

    def open_profile(self) -> Outcome:
        self.window.pcps.open_profile.click()
        profile = self.window.profile.profile()
        roles = len(profile.roles) if profile else 0
        return roles > 0, f"{profile.name if profile else '?'}: {roles} plan roles"

    def confirm(self) -> Outcome:
        from PySide6.QtWidgets import QPushButton

        assert self.plan is not None
        window = self.window
        window.profile.choose.click()
        dialog = window.dialog
        if dialog is not None and dialog.objectName() == "acknowledgeDialog":
            # Not taking new patients: say so, as a member must, to reach the summary.
            ack = dialog.findChild(QPushButton, "acknowledgeChooseButton")
            if ack is not None:
                ack.click()
            dialog = window.dialog
        text = dialog.text.toPlainText() if dialog is not None and hasattr(dialog, "text") else ""
        from PySide6.QtCore import QCoreApplication

        pcp_id = QCoreApplication.translate("ConfirmDialog", "PCP ID")  # in the app's language
        ok = pcp_id in text and self.plan.name in text
        return ok, "confirmation shows plan, group, doctor and PCP ID"


def self_test(
    path: Path,
    screenshots: Path | None = None,
    say: Callable[[str], None] = print,
    bundled: bool = True,
) -> int:
    """Walk every step; the exit code. ``bundled``: as for ``hmo_desktop.app.start``."""
    from hmo_desktop.app import start, unavailable_text

    app, window, problem = start(path, bundled=bundled)
    if problem is not None:
        say(f"FAIL open directory: {problem.reason}")
        print(unavailable_text(problem, bundled), file=sys.stderr)
        return exitcodes.DIRECTORY_UNAVAILABLE
    assert window is not None  # start() returns a window only with its directory open
    db = window.db
    assert db is not None
    failures = 0
    raised: list[str] = []  # exceptions inside the window (Qt slots) during a step

    def record(kind: type[BaseException], exc: BaseException, _tb: TracebackType | None) -> None:
        raised.append(f"{kind.__name__}: {exc}")

    def step(name: str, check: Callable[[], Outcome], shot: bool = True) -> bool:
        nonlocal failures
        raised.clear()
        try:
            ok, detail = check()
            app.processEvents()
            if shot and screenshots is not None:
                screenshots.mkdir(parents=True, exist_ok=True)
                target = window.dialog if name in DIALOG_STEPS and window.dialog else window
                n = len(list(screenshots.glob("*.png"))) + 1
                if not target.grab().save(str(screenshots / f"{n}-{name}.png")):
                    raise OSError(f"could not write a screenshot into {screenshots}")
        except Exception as exc:  # the step fails by name; the report goes on
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        if raised:
            ok, detail = False, f"{raised[0]} (inside the window)"
        say(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
        failures += 0 if ok else 1
        return ok

    previous_hook = sys.excepthook
    sys.excepthook = record
    try:
        step("fonts", check_fonts, shot=False)
        walk = [*_Walk(window, db).steps(), *HouseholdWalk(window, screenshots).steps()]
        for name, check in walk:
            if not step(name, check, shot=name not in NO_SHOT_STEPS):
                break  # each step needs the one before
    finally:
        sys.excepthook = previous_hook
        window.close()
        db.close()
    say("self-test passed" if failures == 0 else f"self-test failed: {failures} step(s)")
    return exitcodes.OK if failures == 0 else exitcodes.SELF_TEST_FAILED


def main_self_test(path: Path, screenshots: Path | None, bundled: bool = True) -> int:
    try:
        return self_test(path, screenshots, bundled=bundled)
    except Exception as exc:  # a self-test reports, it does not crash
        print(f"FAIL unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return exitcodes.SELF_TEST_FAILED
