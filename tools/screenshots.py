"""Render every step of the app to PNG files.

    python tools/screenshots.py OUT_DIR [DIRECTORY_FILE]

Offscreen; uses the app's style sheet. Large shots at 1280x800, small ones at 1024x640,
``1024x600-*`` and ``800x600-*`` at those sizes, ``text200-*`` at 200% text.
San Francisco (94110) with a carrier-listed plan, step by step; Fresno (93701) with a
Medi-Cal county plan for a child; a Kaiser Permanente member in San Francisco; real
doctors imported from a small CMS file (``real-*``); the steps in the dark and the
high-contrast themes (``dark-*``, ``high-contrast-*``); the steps in Spanish, Traditional
Chinese, Vietnamese and Arabic (``es-*``, ``zh_Hant-*``, ``vi-*``, ``ar-*``).
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

PLAN = "UnitedHealthcare Signature HMO"  # San Francisco: groups from the carrier's list
FRESNO_PLAN = "CalViva Health"  # Fresno: a Medi-Cal county plan, sample groups
KAISER = "Kaiser Permanente"  # an integrated plan: one Permanente group per region


def walk(app: QApplication, db: object, size: tuple[int, int], out: Path, prefix: str) -> None:
    """San Francisco, step by step: plan, group, doctor, profile, confirmation, and the
    dialogs and empty state."""
    w = MainWindow(db)  # type: ignore[arg-type]
    w.resize(*size)
    w.show()
    app.processEvents()

    def shot(name: str) -> None:
        app.processEvents()
        w.grab().save(str(out / f"{prefix}{name}.png"))

    w.set_zip("94110")
    app.processEvents()
    w.plans.tree.setFocus()
    shot("1-plan")
    w.plans.choose_plan(PLAN)
    shot("2-group")
    w.groups.choose_group(w.groups.model.rows()[0].name)
    shot("3-who-is-it-for")
    w.pcps.age.setValue(40)
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
    w.dialog.search.setText("Dr. Wu")  # type: ignore[union-attr]
    app.processEvents()
    w.dialog.grab().save(str(out / "6-find-doctor.png"))  # type: ignore[union-attr]
    w.dialog.close()  # type: ignore[union-attr]
    w.go_to_step(2)
    w.pcps.doctor_language.setCurrentIndex(w.pcps.doctor_language.findData("km"))
    w.pcps.staff_language.setCurrentIndex(w.pcps.staff_language.findData("hmn"))
    shot("7-empty-state")
    w.close()


def walk_plan(
    app: QApplication, db: object, out: Path, name: str, zip_code: str, plan: str, age: int
) -> None:
    """Another member's path: the group step, then the doctors for a patient of ``age``."""
    w = MainWindow(db)  # type: ignore[arg-type]
    w.resize(1280, 800)
    w.show()
    w.set_zip(zip_code)
    app.processEvents()
    w.plans.choose_plan(plan)
    app.processEvents()
    w.grab().save(str(out / f"{name}-2-group.png"))
    w.groups.choose.click()
    w.pcps.age.setValue(age)
    app.processEvents()
    w.grab().save(str(out / f"{name}-3-doctor.png"))
    w.pcps.open_profile.click()
    app.processEvents()
    w.grab().save(str(out / f"{name}-4-profile.png"))
    w.close()


def about_and_open(app: QApplication, db: object, out: Path) -> None:
    """The status line and the About box as they read once the data is more than a year
    old, and File > Open directory: its file dialog, and a file that is not a directory."""
    import tempfile
    from datetime import date

    from hmo_desktop.ui.dialogs import about_box
    from hmo_desktop.ui.open_directory import open_directory_file

    w = MainWindow(db)  # type: ignore[arg-type]
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    w.data_note.show_directory(db, today=date(2027, 6, 1))  # type: ignore[arg-type]
    app.processEvents()
    w.grab().save(str(out / "old-data-status.png"))
    box = about_box(db, "0.1.0", w, today=date(2027, 6, 1))  # type: ignore[arg-type]
    w.show_dialog(box)
    app.processEvents()
    box.grab().save(str(out / "about.png"))
    box.close()
    from hmo_desktop.ui.open_directory import choose_directory_file

    picker = choose_directory_file(w)
    picker.resize(800, 480)
    app.processEvents()
    picker.grab().save(str(out / "open-directory.png"))
    picker.close()
    with tempfile.TemporaryDirectory() as folder:
        bad = Path(folder) / "not-a-directory.sqlite"
        bad.write_bytes(b"these are not the bytes of a database" * 10)
        open_directory_file(w, bad)
        app.processEvents()
        w.dialog.grab().save(str(out / "open-directory-failed.png"))  # type: ignore[union-attr]
        w.dialog.close()  # type: ignore[union-attr]
    w.close()


def walk_real(app: QApplication, out: Path) -> None:
    """Real doctors imported from a CMS file (the small test file of tests/datapack): a
    real doctor in the list ("Call to ask"), the note on doctors a filter leaves out,
    and a real doctor's profile."""
    import tempfile

    from hmo_desktop.directory import open_directory

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests package
    from tests.datapack.real_files import build_real

    with tempfile.TemporaryDirectory() as tmp:
        db = open_directory(build_real(Path(tmp)).path)
        w = MainWindow(db)
        w.resize(1280, 800)
        w.show()
        w.set_zip("94117")
        w.plans.choose_plan(PLAN)
        w.groups.choose_group("Asian American Medical Group")
        w.groups.choose.click()
        w.pcps.age.setValue(40)
        app.processEvents()
        w.grab().save(str(out / "real-3-doctor.png"))
        w.pcps.accepting.setCurrentIndex(w.pcps.accepting.findData("accepting"))
        app.processEvents()
        w.grab().save(str(out / "real-3-left-out.png"))
        w.pcps.accepting.setCurrentIndex(w.pcps.accepting.findData("accepting_or_ask"))
        app.processEvents()
        row = w.pcps.current_pcp()
        if row is not None:
            w.show_doctor(row.practitioner_id, row.location_id)
            app.processEvents()
            w.grab().save(str(out / "real-4-profile.png"))
        w.close()
        db.close()


def walk_themes(app: QApplication, db: object, out: Path) -> None:
    """The steps, the find-doctor dialog and the confirmation in the dark and the
    high-contrast themes (``dark-*``, ``high-contrast-*``), then the default theme again."""
    from hmo_desktop.ui.theme import apply_look

    for scheme, prefix in (("dark", "dark-"), ("high_contrast", "high-contrast-")):
        apply_look(app, scheme=scheme)
        walk(app, db, (1280, 800), out, prefix)
        w = MainWindow(db)  # type: ignore[arg-type]
        w.resize(1280, 800)
        w.show()
        w.open_find_doctor()
        w.dialog.search.setText("Wu")  # type: ignore[union-attr]
        app.processEvents()
        w.dialog.grab().save(str(out / f"{prefix}6-find-doctor.png"))  # type: ignore[union-attr]
        w.dialog.close()  # type: ignore[union-attr]
        w.close()
    apply_look(app, scheme=None)


def walk_languages(app: QApplication, db: object, out: Path) -> None:
    """The steps in Spanish, Traditional Chinese, Vietnamese and Arabic (right to left):
    ``es-*``, ``zh_Hant-*``, ``vi-*``, ``ar-*``; the translations compiled first."""
    import subprocess

    from hmo_desktop.ui import i18n

    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, str(root / "tools" / "translations.py"), "compile"], check=True)
    for code in ("es", "zh_Hant", "vi", "ar"):
        if not i18n.in_use.switch(code):
            raise SystemExit(f"the {code} translation could not be loaded")
        walk(app, db, (1280, 800), out, f"{code}-")
    i18n.in_use.switch("en")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else default_directory_path()
    app, first, problem = start(path)  # the app's own start-up: font, style sheet, icon
    if problem is not None or first is None:
        raise SystemExit(f"{problem.reason if problem else 'no window'}")
    first.close()
    db = first.db
    # The first frame, before the directory is open (what start-up paints first).
    bare = MainWindow(None)
    bare.resize(1280, 800)
    bare.show()
    app.processEvents()
    bare.grab().save(str(out / "0-first-frame.png"))
    bare.close()
    walk(app, db, (1280, 800), out, "")
    walk(app, db, (1024, 640), out, "small-")
    walk(app, db, (1024, 600), out, "1024x600-")
    walk(app, db, (800, 600), out, "800x600-")
    from hmo_desktop.ui.theme import apply_look

    apply_look(app, text_scale=2.0)  # the largest text size (View > Text size > 200%)
    walk(app, db, (1280, 800), out, "text200-")
    apply_look(app, text_scale=1.0)
    walk_plan(app, db, out, "fresno", "93701", FRESNO_PLAN, 6)
    walk_plan(app, db, out, "kaiser", "94110", KAISER, 67)
    about_and_open(app, db, out)
    walk_real(app, out)
    walk_themes(app, db, out)
    walk_languages(app, db, out)


if __name__ == "__main__":
    main()
