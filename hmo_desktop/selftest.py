"""``hmo-desktop --self-test``: walk the real window through every step and check each
one showed real results. Used by CI on the frozen bundle, and by anyone who wants to know
an installed copy works. Exit code 0 only if every step passed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

EXIT_FAILED = 1

# A San Francisco ZIP first (plans with published group lists), then any ZIP with plans.
PREFERRED_ZIPS = ("94110", "93701", "90012")


def self_test(
    path: Path, screenshots: Path | None = None, say: Callable[[str], None] = print
) -> int:
    from hmo_desktop.app import start

    app, window, problem = start(path)
    if problem is not None or window is None:
        say(f"FAIL open directory: {problem.reason if problem else 'no window'}")
        return EXIT_FAILED
    failures = 0

    def step(name: str, ok: bool, detail: str) -> None:
        nonlocal failures
        app.processEvents()
        say(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
        failures += 0 if ok else 1
        if screenshots is not None:
            screenshots.mkdir(parents=True, exist_ok=True)
            target = window.dialog if name == "confirm" and window.dialog else window
            target.grab().save(
                str(screenshots / f"{len(list(screenshots.glob('*.png'))) + 1}-{name}.png")
            )

    from PySide6.QtWidgets import QPushButton

    from hmo_desktop.directory import (
        InvalidZip,
        counties,
        find_place,
        groups_in_plan,
        plans_for_area,
    )

    db = window.db
    assert db is not None  # start() returns a window only with its directory open
    try:
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
        step("plan", bool(plans), f"{len(plans)} plans for {where}")
        if not plans:
            return EXIT_FAILED

        # The plan with the most groups that have doctors here, so every step has data.
        def staffed_groups(plan_id: int) -> int:
            return sum(1 for g in groups_in_plan(db, plan_id) if g.total_pcps)

        counts = {p.id: staffed_groups(p.id) for p in plans}
        plan = max(plans, key=lambda p: (p.network_list == "published", counts[p.id]))
        window.plans.choose_plan(plan.name)
        groups = window.groups.model.rows()
        step("group", bool(groups), f"{len(groups)} medical groups in {plan.name}")
        if not groups:
            return EXIT_FAILED
        window.groups.choose_group(groups[0].name)
        window.pcps.age.setValue(40)  # who the doctor is for: an adult
        total = window.pcps.model.total
        if total == 0:
            window.pcps.clear_filters()
            total = window.pcps.model.total
        step("doctor", total > 0, f"{total} doctors in {groups[0].name}")
        if total == 0:
            return EXIT_FAILED
        window.pcps.open_profile.click()
        profile = window.profile.profile()
        roles = len(profile.roles) if profile else 0
        step("profile", roles > 0, f"{profile.name if profile else '?'}: {roles} plan roles")
        window.profile.choose.click()
        dialog = window.dialog
        if dialog is not None and dialog.objectName() == "acknowledgeDialog":
            # Not taking new patients: say so, as a member must, to reach the summary.
            ack = dialog.findChild(QPushButton, "acknowledgeChooseButton")
            if ack is not None:
                ack.click()
            dialog = window.dialog
        text = dialog.text.toPlainText() if dialog is not None and hasattr(dialog, "text") else ""
        step(
            "confirm",
            "PCP ID" in text and plan.name in text,
            "confirmation shows plan, group, doctor and PCP ID",
        )
        if dialog is not None:
            dialog.close()
    finally:
        window.close()
        db.close()
    say("self-test passed" if failures == 0 else f"self-test failed: {failures} step(s)")
    return 0 if failures == 0 else EXIT_FAILED


def main_self_test(path: Path, screenshots: Path | None) -> int:
    try:
        return self_test(path, screenshots)
    except Exception as exc:  # a self-test reports, it does not crash
        print(f"FAIL unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
