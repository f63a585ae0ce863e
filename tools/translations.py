"""The app's translations, with Qt Linguist's tools (pyside6-lupdate, pyside6-lrelease).

    python tools/translations.py update     # the .ts files follow the code's strings
    python tools/translations.py compile    # .ts -> .qm (what the app loads)
    python tools/translations.py stats      # finished / unfinished / obsolete per language

One ``.ts`` source per language in ``resources/translations/hmo_desktop_<code>.ts``. The
``.qm`` files beside them are build output (not kept in git): ``compile`` makes them, and
the bundle build and CI run it. A translator opens the ``.ts`` file in Qt Linguist (or any
text editor), fills in each translation, and marks it finished.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
#: The app's language codes (its own; README "Languages") and the language Qt's tools
#: know each by (which sets the plural forms a translation has).
LANGUAGES = {
    "es": "es",
    "zh_Hant": "zh_TW",
    "zh_Hans": "zh_CN",
    "vi": "vi",
    "ko": "ko",
    "tl": "fil",
    "hy": "hy",
    "ru": "ru",
    "fa": "fa",
    "ar": "ar",
    "km": "km",
    "hmn": "hmn",
    "uk": "uk",
}
#: Code the app's user-visible strings live in (not the builder, not the test plugin).
SOURCES = [
    p
    for p in sorted((ROOT / "hmo_desktop").rglob("*.py"))
    if not {"datapack", "testing", "directory_format"} & set(p.relative_to(ROOT).parts)
]


def ts_path(code: str) -> Path:
    return FOLDER / f"hmo_desktop_{code}.ts"


def qm_path(code: str) -> Path:
    return FOLDER / f"hmo_desktop_{code}.qm"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        import PySide6

        candidate = Path(PySide6.__file__).parent / name.removeprefix("pyside6-")
        if not candidate.exists():
            sys.exit(f"{name} not found: install PySide6-Essentials")
        found = str(candidate)
    return found


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in SOURCES]
    for code, qt_code in LANGUAGES.items():
        path = ts_path(code)
        # lupdate will not touch a translated file in a language Qt does not know (Hmong):
        # it works on it as a language with the same single plural form, then the file
        # gets its own language back.
        stand_in = UNKNOWN_TO_QT.get(qt_code)
        if stand_in is not None and path.exists():
            _set_language(path, qt_code, stand_in)
        known = finished_translations(path) if path.exists() else {}
        argv = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none"]
        argv += ["-target-language", stand_in or qt_code, "-ts", str(path.relative_to(ROOT))]
        try:
            run = subprocess.run(argv, cwd=ROOT, check=True, capture_output=True, text=True)
        finally:
            if stand_in is not None:
                _set_language(path, stand_in, qt_code)
        if "won't be updated" in run.stdout + run.stderr:
            sys.exit(f"{path.name} was not updated: {run.stdout}{run.stderr}")
        drop_code_comments(path)
        carried = carry_translations(path, known)
        print(f"{code}: {path.name}" + (f" ({carried} carried to a new place)" if carried else ""))


#: Languages Qt's tools do not know, and one with the same plural forms they do.
UNKNOWN_TO_QT = {"hmn": "vi"}


def _set_language(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            f'<TS version="2.1" language="{old}">', f'<TS version="2.1" language="{new}">', 1
        ),
        encoding="utf-8",
    )


#: One message of a .ts file as lupdate writes it: numerus, source, comment, the
#: translation's type attribute and its inside.
_MESSAGE = re.compile(
    r'<message( numerus="yes")?>\s*<source>([^<]*)</source>\s*(?:<comment>([^<]*)</comment>\s*)?'
    r'<translation( type="unfinished")?>(.*?)</translation>\s*</message>',
    re.S,
)


def finished_translations(path: Path) -> dict[tuple[str, str, bool], str]:
    """Each finished message's translation (its inside, as written), by source, comment
    and whether it has plural forms, whatever its context."""
    found = {}
    for m in _MESSAGE.finditer(path.read_text(encoding="utf-8")):
        numerus, source, comment, unfinished, inside = m.groups()
        if not unfinished:
            found[(source, comment or "", bool(numerus))] = inside
    return found


def carry_translations(path: Path, known: dict[tuple[str, str, bool], str]) -> int:
    """A string that moved (code moved to another class or module: a new context) keeps
    its translation: each unfinished message takes the finished translation the file
    had for the same source and comment before lupdate ran. How many were carried."""
    carried = 0

    def carry(m: re.Match[str]) -> str:
        nonlocal carried
        numerus, source, comment, unfinished = m.groups()[:4]
        old = known.get((source, comment or "", bool(numerus)))
        if not unfinished or old is None:
            return m.group(0)
        carried += 1
        whole, base = m.group(0), m.start(0)
        head = whole[: m.start(5) - base].replace(' type="unfinished"', "", 1)
        return head + old + whole[m.end(5) - base :]

    text = path.read_text(encoding="utf-8")
    kept = _MESSAGE.sub(carry, text)
    if carried:
        path.write_text(kept, encoding="utf-8")
    return carried


def drop_code_comments(path: Path) -> None:
    """lupdate takes every ``#:`` comment before a string as a note for translators; in
    this code they document the constants above them, so they would mislead. Notes for
    translators go in ``tr``'s disambiguation instead (a ``<comment>``)."""
    text = path.read_text(encoding="utf-8")
    kept = re.sub(r"\n\s*<extracomment>.*?</extracomment>", "", text, flags=re.S)
    if kept != text:
        path.write_text(kept, encoding="utf-8")


def compile_all() -> None:
    for code in LANGUAGES:
        if ts_path(code).exists():
            argv = [tool("pyside6-lrelease"), str(ts_path(code)), "-qm", str(qm_path(code))]
            subprocess.run(argv, check=True, capture_output=True)


def counts(path: Path) -> dict[str, int]:
    """Messages in a .ts file: finished, unfinished, obsolete (vanished or obsolete)."""
    out = {"finished": 0, "unfinished": 0, "obsolete": 0}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            out["obsolete"] += 1
        elif kind == "unfinished" or translation is None or not _filled(translation):
            out["unfinished"] += 1
        else:
            out["finished"] += 1
    return out


def _filled(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(t is not None and t.strip() for t in texts)


def stats() -> int:
    bad = 0
    for code in LANGUAGES:
        path = ts_path(code)
        if not path.exists():
            print(f"{code}: no {path.name}")
            bad += 1
            continue
        c = counts(path)
        print(f"{code}: {c['finished']} finished, {c['unfinished']} unfinished, "
              f"{c['obsolete']} obsolete")  # fmt: skip
        bad += c["unfinished"] + c["obsolete"]
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", choices=("update", "compile", "stats"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    else:
        return 1 if stats() else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
