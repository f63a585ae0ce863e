"""The self-test the frozen app runs, and the promise that nothing touches the network."""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import pytest

from hmo_desktop import exitcodes
from hmo_desktop.paths import manifest_path_for
from hmo_desktop.selftest import self_test

ROOT = Path(__file__).resolve().parent.parent

_recording: list[tuple[str, tuple[Any, ...]]] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _recording is not None and event.startswith("socket."):
        _recording.append((event, args))


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records only when asked


STEPS = ["fonts", "plan", "group", "doctor", "profile", "confirm", "household", "summary"]


def pdf_text(path: Path) -> str:
    """The PDF's text as pypdf reads it, white space collapsed, ligatures as letters."""
    pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    return " ".join(unicodedata.normalize("NFKC", "\n".join(pages)).split())


def members_and_doctors(lines: list[str]) -> dict[str, str]:
    """{"Adult, age 40": "Dr. ...", ...} from the household step's report."""
    line = next(line for line in lines if line.startswith("ok   household: "))
    said = line.split(": ", 2)[2]
    found: dict[str, str] = {}
    for name, age, doctor in re.findall(r"(\w+) \((\d+)\): ([^;]+)", said):
        found[f"{name}, age {age}"] = doctor.strip()
    return found


def test_self_test_walks_every_step_and_writes_screenshots(
    hmo_small_directory: Path, tmp_path: Path, qapp: Any
) -> None:
    global _recording
    lines: list[str] = []
    _recording = []
    try:
        code = self_test(hmo_small_directory, tmp_path / "shots", say=lines.append)
        events = list(_recording)
    finally:
        _recording = None
    assert code == 0, lines
    assert [line.split()[1].rstrip(":") for line in lines[:8]] == STEPS
    assert lines[-1] == "self-test passed"
    shots = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert shots == [
        "1-plan.png",
        "2-group.png",
        "3-doctor.png",
        "4-profile.png",
        "5-confirm.png",
        "6-household.png",
    ]
    # The summary, read with a real PDF library: each member, and in their section
    # (up to the next member's) their own doctor, as the household step chose them.
    text = pdf_text(tmp_path / "shots" / "enrollment-summary.pdf")
    chosen = members_and_doctors(lines)
    assert list(chosen) == ["Adult, age 40", "Child, age 7"]
    adult, child = text.index("Adult, age 40"), text.index("Child, age 7")
    assert adult < child
    assert f"Doctor: {chosen['Adult, age 40']}" in text[adult:child]
    assert f"Doctor: {chosen['Child, age 7']}" in text[child:]
    assert "none yet: no doctor chosen" not in text
    # No network: not a single socket was created, bound, connected or looked up on the
    # whole path (Python's socket module raises an audit event for each).
    assert events == []


def test_without_screenshots_the_summary_is_checked_then_deleted(
    hmo_small_directory: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    made: list[Path] = []
    real = tempfile.TemporaryDirectory

    def watched(*args: Any, **kw: Any) -> tempfile.TemporaryDirectory[str]:
        folder = real(*args, **kw)
        made.append(Path(folder.name))
        return folder

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(tempfile, "TemporaryDirectory", watched)
    lines: list[str] = []
    assert self_test(hmo_small_directory, say=lines.append) == 0, lines
    assert lines[7].startswith("ok   summary: enrollment-summary.pdf: ")
    assert lines[7].endswith("Adult and Child each with their PCP")
    assert [p.parent for p in made] == [tmp_path]  # the summary's folder was made here
    assert not made[0].exists()  # and deleted after the check
    assert list(tmp_path.iterdir()) == []


def test_a_member_without_a_pcp_in_the_summary_fails_it(
    hmo_small_directory: Path, tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hmo_desktop.ui.household_dialog import HouseholdDialog

    real = HouseholdDialog.summary

    def without_the_child(self: HouseholdDialog) -> str:
        # The summary written from a copy of the household whose child has no doctor.
        child = next(m.id for m in self.household.members if m.name == "Child")
        kept = copy.deepcopy(self.household.choices)
        self.household.choices = {k: v for k, v in kept.items() if k != child}
        try:
            return real(self)
        finally:
            self.household.choices = kept

    monkeypatch.setattr(HouseholdDialog, "summary", without_the_child)
    lines: list[str] = []
    code = self_test(hmo_small_directory, tmp_path / "shots", say=lines.append)
    assert code == exitcodes.SELF_TEST_FAILED
    assert lines[6].startswith("ok   household: ")
    assert lines[7] == "FAIL summary: enrollment-summary.pdf: Child has no PCP in the summary"
    assert lines[-1] == "self-test failed: 1 step(s)"
    # The check read the file as written: a PDF library sees the same.
    text = pdf_text(tmp_path / "shots" / "enrollment-summary.pdf")
    assert "Child, age 7" in text
    assert members_and_doctors(lines)["Child, age 7"] not in text[text.index("Child, age 7") :]


def test_a_member_not_given_a_doctor_fails_the_household_step(
    hmo_small_directory: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hmo_desktop.ui.household_dialog import HouseholdDialog

    real = HouseholdDialog.use_current_doctor

    def only_the_first(self: HouseholdDialog, backup: bool = False) -> bool:
        member = self.selected_member()
        if member is not None and member.name == "Child":
            return True  # says it did, did nothing
        return real(self, backup)

    monkeypatch.setattr(HouseholdDialog, "use_current_doctor", only_the_first)
    lines: list[str] = []
    assert self_test(hmo_small_directory, say=lines.append) == exitcodes.SELF_TEST_FAILED
    assert lines[6] == "FAIL household: Child was not given the doctor shown"
    assert len(lines) == 8  # the summary needs the household: not walked


def test_the_socket_audit_would_see_a_socket() -> None:
    import socket

    global _recording
    _recording = []
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
        seen = list(_recording)
    finally:
        _recording = None
    assert seen
    assert seen[0][0] == "socket.__new__"


def test_self_test_fails_cleanly_on_a_damaged_directory(
    hmo_small_directory: Path, tmp_path: Path, qapp: Any
) -> None:
    bad = tmp_path / "bad.sqlite"
    shutil.copyfile(hmo_small_directory, bad)
    shutil.copyfile(manifest_path_for(hmo_small_directory), manifest_path_for(bad))
    data = bytearray(bad.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(data)
    lines: list[str] = []
    assert self_test(bad, None, say=lines.append) == exitcodes.DIRECTORY_UNAVAILABLE
    assert lines == [
        "FAIL open directory: The directory file is damaged (its checksum does not match)."
    ]


def test_self_test_of_a_directory_without_the_usual_zips_uses_a_county(
    tmp_path: Path, qapp: Any
) -> None:
    from hmo_desktop.datapack.build import BuildOptions, build_directory
    from hmo_desktop.paths import sources_dir

    out = tmp_path / "lassen.sqlite"  # none of the preferred ZIPs' counties is in it
    build_directory(
        BuildOptions(out=out, sources=sources_dir(), scale=0.02, seed=3, counties=("Lassen",))
    )
    lines: list[str] = []
    assert self_test(out, say=lines.append) == 0, lines
    assert lines[1].startswith("ok   plan: ")
    assert lines[1].endswith(" plans for Lassen")


def test_an_error_inside_a_step_fails_that_step_by_name(
    hmo_small_directory: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hmo_desktop.directory

    def broken(*_args: object) -> None:
        raise RuntimeError("the ZIP index is unreadable")

    monkeypatch.setattr(hmo_desktop.directory, "find_place", broken)
    lines: list[str] = []
    assert self_test(hmo_small_directory, say=lines.append) == exitcodes.SELF_TEST_FAILED
    assert lines[1] == "FAIL plan: RuntimeError: the ZIP index is unreadable"
    assert lines[-1] == "self-test failed: 1 step(s)"
    assert len(lines) == 3  # the steps after it need it: not walked, not passed


def test_an_error_inside_the_window_during_a_step_fails_it(
    hmo_small_directory: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hmo_desktop.ui.area_bar import AreaBar

    def broken(self: AreaBar, text: str) -> None:
        raise LookupError(f"no place for {text}")

    # Raised in a Qt slot (the ZIP field's textChanged): Qt hands it to sys.excepthook,
    # and the step goes on; it must still fail.
    monkeypatch.setattr(AreaBar, "_look_up", broken)
    lines: list[str] = []
    assert self_test(hmo_small_directory, say=lines.append) == exitcodes.SELF_TEST_FAILED
    assert lines[1] == "FAIL plan: LookupError: no place for 94110 (inside the window)"


def test_no_fonts_fails_the_fonts_step(
    hmo_small_directory: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hmo_desktop.selftest

    monkeypatch.setattr(hmo_desktop.selftest, "fonts_problem", lambda: "no fonts at all")
    lines: list[str] = []
    assert self_test(hmo_small_directory, say=lines.append) == exitcodes.SELF_TEST_FAILED
    assert lines[0] == "FAIL fonts: no fonts at all"
    assert [line.split()[0] for line in lines[1:6]] == ["ok"] * 5  # the walk still ran
    assert lines[-1] == "self-test failed: 1 step(s)"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_the_font_check_sees_a_machine_without_fonts(tmp_path: Path) -> None:
    # fontconfig told to look in an empty folder: Qt still lists its generic aliases
    # ("Sans Serif"), but the default font has no glyph for "A".
    (tmp_path / "fonts").mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{tmp_path / 'fonts'}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from hmo_desktop.selftest import fonts_problem\n"
        "app = QApplication(['x'])\n"
        "print(fonts_problem())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    seen = {}
    for name, extra in {"none": {"FONTCONFIG_FILE": str(config)}, "usual": {}}.items():
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**env, **extra},
            check=True,
            timeout=60,
        )
        seen[name] = out.stdout.strip()
    assert "every letter would be a box" in seen["none"]
    assert seen["usual"] == "None"


@pytest.fixture(scope="module")
def compiled_languages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.ui.language_check import compile_all

    return compile_all(tmp_path_factory.mktemp("translations"))


@pytest.mark.parametrize(
    "code",
    ["es", "zh_Hant", "zh_Hans", "vi", "ko", "tl", "hy", "ru", "fa", "ar", "km", "hmn", "uk"],
)
def test_the_self_test_passes_in_every_language(
    hmo_small_directory: Path,
    compiled_languages: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    code: str,
) -> None:
    """hmo-desktop --lang CODE --self-test: the same walk, in that language; the summary
    is written in it with its English copy, which the check reads."""
    from hmo_desktop.ui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled_languages)
    monkeypatch.setattr(i18n, "requested", code)
    lines: list[str] = []
    try:
        result = self_test(hmo_small_directory, tmp_path / "shots", say=lines.append)
        assert i18n.in_use.code == code
    finally:
        i18n.in_use.switch("en")
    assert result == exitcodes.OK, lines
    assert [line.split()[1].rstrip(":") for line in lines[:-1]] == STEPS
    text = pdf_text(tmp_path / "shots" / "enrollment-summary.pdf")
    assert "English copy, for the doctor's office and the plan" in text
