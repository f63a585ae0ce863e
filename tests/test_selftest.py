"""The self-test the frozen app runs, and the promise that nothing touches the network."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from hmo_desktop.paths import manifest_path_for
from hmo_desktop.selftest import EXIT_FAILED, self_test

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
    assert [line.split()[1].rstrip(":") for line in lines[:5]] == [
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
    assert self_test(bad, None, say=lines.append) == EXIT_FAILED
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
    assert lines[0].startswith("ok   plan: ")
    assert lines[0].endswith(" plans for Lassen")
