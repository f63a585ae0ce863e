"""Render every step of the app to PNG files.

    python tools/screenshots.py OUT_DIR [DIRECTORY_FILE]

Offscreen; uses the app's style sheet. Large shots at 1280x800, small ones at 1024x640.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from hmo_desktop.app import start
from hmo_desktop.paths import default_directory_path
from hmo_desktop.ui.main_window import MainWindow

PLAN = "UnitedHealthcare Signature HMO"


def walk(app: QApplication, db: object, size: tuple[int, int], out: Path, prefix: str) -> None:
    w = MainWindow(db)  # type: ignore[arg-type]
    w.resize(*size)
    w.show()
    app.processEvents()

    def shot(name: str) -> None:
        app.processEvents()
        w.grab().save(str(out / f"{prefix}{name}.png"))

    w.set_zip("94110")
    shot("1-plan")
    w.plans.choose_plan(PLAN)
    shot("2-group")
    w.groups.choose_group(w.groups.model.rows()[0].name)
    w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("es"))
    shot("3-doctor")
    w.pcps.open_profile.click()
    shot("4-profile")
    if prefix:
        w.close()
        return
    w.profile.choose.click()
    app.processEvents()
    w.dialog.grab().save(str(out / "5-confirm.png"))  # type: ignore[union-attr]
    w.dialog.close()  # type: ignore[union-attr]
    w.open_find_doctor()
    w.dialog.search.setText("nguyen")  # type: ignore[union-attr]
    app.processEvents()
    w.dialog.grab().save(str(out / "6-find-doctor.png"))  # type: ignore[union-attr]
    w.dialog.close()  # type: ignore[union-attr]
    w.go_to_step(2)
    w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("km"))
    w.pcps.staff_language.setCurrentIndex(w.pcps.staff_language.findData("hmn"))
    shot("7-empty-state")
    w.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else default_directory_path()
    app, first, problem = start(path)  # the app's own start-up: font, style sheet, icon
    if problem is not None or first is None:
        raise SystemExit(f"{problem.reason if problem else 'no window'}")
    first.close()
    db = first.db
    walk(app, db, (1280, 800), out, "")
    walk(app, db, (1024, 640), out, "small-")


if __name__ == "__main__":
    main()
