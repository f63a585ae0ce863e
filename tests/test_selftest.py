"""The self-test the frozen app runs, and the promise that nothing touches the network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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
    assert [line.split()[1].rstrip(":") for line in lines[:6]] == [
        "fonts",
        "plan",
        "group",
        "doctor",
        "profile",
        "confirm",
    ]
    assert lines[-1] == "self-test passed"
    shots = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert shots == ["1-plan.png", "2-group.png", "3-doctor.png", "4-profile.png", "5-confirm.png"]
    # No network: not a single socket was created, bound, connected or looked up on the
    # whole path (Python's socket module raises an audit event for each).
    assert events == []


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
