"""Rebuilding never destroys the working directory: a build that fails, is interrupted or
is killed leaves the previous file and manifest byte for byte, and nothing behind it
that the next build does not remove."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import hmo_desktop
from hmo_desktop.datapack import output
from hmo_desktop.datapack.__main__ import (
    EXIT_CHECK_FAILED,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NO_PERMISSION,
    EXIT_NO_ROOM,
)
from hmo_desktop.datapack.__main__ import main as datapack_main
from hmo_desktop.datapack.build import BuildOptions, build_directory
from hmo_desktop.datapack.write import write_database
from hmo_desktop.filehash import sha256_of
from hmo_desktop.paths import manifest_path_for, sources_dir

SMALL: dict[str, Any] = {"scale": 0.05, "counties": ("San Francisco",)}
CLI_SMALL = ["--scale", "0.05", "--county", "San Francisco", "--seed", "2"]
WRITE = "hmo_desktop.datapack.build.write_database"  # as the build calls it
REPO = Path(hmo_desktop.__file__).resolve().parent.parent
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and limits")


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    """A working directory (file and manifest) that a new build is about to replace."""
    out = tmp_path / "directory.sqlite"
    build_directory(BuildOptions(out=out, sources=sources_dir(), seed=1, **SMALL))
    return out


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (out, manifest_path_for(out))}


def leftovers(out: Path) -> set[str]:
    return {p.name for p in out.parent.iterdir()} - {out.name, manifest_path_for(out).name}


def cli(out: Path, *extra: str, **kwargs: Any) -> subprocess.Popen[str]:
    """``python -m hmo_desktop.datapack build`` in a new process, on this checkout."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hmo_desktop.datapack",
            "build",
            *CLI_SMALL,
            "--out",
            str(out),
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kwargs,
    )


def signal_after_writing_starts(proc: subprocess.Popen[str], sig: int) -> str:
    """Sends ``sig`` right after the progress line "Writing the database"; the rest of stderr."""
    assert proc.stderr is not None
    line = ""
    for line in proc.stderr:
        if "Writing the database" in line:
            proc.send_signal(sig)
            break
    _, rest = proc.communicate(timeout=60)
    assert "Writing the database" in line, f"exit code {proc.returncode}: {rest}"
    return rest


def assert_current(out: Path) -> None:
    """The file and manifest belong together and nothing else is beside them."""
    manifest = json.loads(manifest_path_for(out).read_text(encoding="utf-8"))
    assert manifest["sha256"] == sha256_of(out)
    assert manifest["size_bytes"] == out.stat().st_size
    assert leftovers(out) == set()


@unix_only
def test_a_killed_build_keeps_the_previous_directory_and_the_next_build_cleans_up(
    previous: Path,
) -> None:
    before = snapshot(previous)
    proc = cli(previous)
    signal_after_writing_starts(proc, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(previous) == before
    left = leftovers(previous)
    assert left, "the killed build's temporary file"
    assert all(output.temp_pattern(previous).fullmatch(name) for name in left), left

    result = build_directory(BuildOptions(out=previous, sources=sources_dir(), seed=3, **SMALL))
    assert result.sha256 != sha256_of_bytes(before[previous.name])
    assert_current(previous)


def sha256_of_bytes(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


@unix_only
def test_sigterm_is_an_interruption(previous: Path) -> None:
    before = snapshot(previous)
    proc = cli(previous)
    rest = signal_after_writing_starts(proc, signal.SIGTERM)
    assert proc.returncode == EXIT_INTERRUPTED
    assert rest.strip() == "The build was interrupted; the previous directory is unchanged."
    assert snapshot(previous) == before
    assert leftovers(previous) == set()


@unix_only
def test_the_file_size_limit_keeps_the_previous_directory(previous: Path) -> None:
    before = snapshot(previous)
    limit = 1_000_000  # below the new file (1.7 MB), above everything else it writes

    def limited() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes fail with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = cli(previous, "--quiet", preexec_fn=limited)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_NO_ROOM, err
    assert err.strip() == (
        "The new directory hit the file size limit (1.0 MB, see `ulimit -f`): raise the limit "
        "and build again; the previous directory is unchanged."
    )
    assert snapshot(previous) == before
    assert leftovers(previous) == set()


def failing_write(exc: BaseException) -> Callable[..., dict[str, int]]:
    """``write_database`` that writes the file, then fails with ``exc``."""
    real = write_database

    def write(path: Path, *args: Any) -> dict[str, int]:
        real(path, *args)
        assert path.stat().st_size > 0
        raise exc

    return write


def run_cli(out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = datapack_main(["build", *CLI_SMALL, "--quiet", "--out", str(out)])
    return code, capsys.readouterr().err.strip()


def test_a_full_disk_keeps_the_previous_directory(
    previous: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(previous)
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(WRITE, failing_write(full))
    code, err = run_cli(previous, capsys)
    assert code == EXIT_NO_ROOM
    assert err.startswith("The disk is full: ")
    assert err.endswith(" and build again; the previous directory is unchanged.")
    assert snapshot(previous) == before
    assert leftovers(previous) == set()


# Imported before the child drops root: /root's Python is out of an unprivileged user's reach.
AS_NOBODY = """
import os, resource, sys
from hmo_desktop.datapack import __main__ as datapack, build
os.setgid(65534); os.setuid(65534)
sys.exit(datapack.main(sys.argv[1:]))
"""


@unix_only
def test_a_folder_without_write_permission(
    previous: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() != 0:
        previous.parent.chmod(0o555)
        try:
            code, err = run_cli(previous, capsys)
        finally:
            previous.parent.chmod(0o755)
        assert code == EXIT_NO_PERMISSION
        assert err.startswith(f"No permission to write in {previous.parent}: ")
        return
    # Root may write anywhere: build as an unprivileged user in a child, into root's folder.
    shared = Path(tempfile.mkdtemp())
    try:
        shared.chmod(0o755)
        out = shared / previous.name
        for name in snapshot(previous):
            shutil.copy2(previous.parent / name, shared / name)
        before = snapshot(out)
        args = ["build", *CLI_SMALL, "--quiet", "--out", str(out)]
        child = subprocess.run(
            [sys.executable, "-c", AS_NOBODY, *args],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert child.returncode == EXIT_NO_PERMISSION, child.stderr
        assert child.stderr.strip() == (
            f"No permission to write in {shared}: build as a user who may, or choose another "
            f"--out; the previous directory is unchanged."
        )
        assert snapshot(out) == before
        assert leftovers(out) == set()
    finally:
        shutil.rmtree(shared)


def test_no_permission_to_replace_the_file(
    previous: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(previous)

    def refuse(src: Any, dst: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    code, err = run_cli(previous, capsys)
    monkeypatch.undo()
    assert code == EXIT_NO_PERMISSION
    assert err == (
        f"No permission to write in {previous.parent}: build as a user who may, or choose "
        f"another --out; the previous directory is unchanged."
    )
    assert snapshot(previous) == before
    assert leftovers(previous) == set()


def test_an_interrupted_build_keeps_the_previous_directory(
    previous: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(previous)
    monkeypatch.setattr(WRITE, failing_write(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        build_directory(BuildOptions(out=previous, sources=sources_dir(), seed=3, **SMALL))
    assert snapshot(previous) == before
    assert leftovers(previous) == set()

    code, err = run_cli(previous, capsys)
    assert code == EXIT_INTERRUPTED
    assert err == "The build was interrupted; the previous directory is unchanged."
    assert snapshot(previous) == before
    assert leftovers(previous) == set()


def test_a_file_that_fails_its_check_is_not_put_in_place(
    previous: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(previous)
    real = write_database

    def unstamped(path: Path, *args: Any) -> dict[str, int]:
        counts = real(path, *args)
        con = sqlite3.connect(path)
        con.execute("PRAGMA user_version=0")
        con.close()
        return counts

    monkeypatch.setattr(WRITE, unstamped)
    code, err = run_cli(previous, capsys)
    assert code == EXIT_CHECK_FAILED
    assert err.startswith("The new directory failed its check (application_id 0x484d4f44, ")
    assert snapshot(previous) == before
    assert leftovers(previous) == set()


def test_a_rebuild_replaces_the_file_and_its_manifest(previous: Path) -> None:
    before = snapshot(previous)
    result = build_directory(BuildOptions(out=previous, sources=sources_dir(), seed=3, **SMALL))
    after = snapshot(previous)
    assert after.keys() == before.keys()
    assert all(after[name] != before[name] for name in before)
    assert result.sha256 == sha256_of(previous)
    assert oct(previous.stat().st_mode & 0o777) == oct(0o644 & ~current_umask())
    assert_current(previous)


def current_umask() -> int:
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


def test_a_signal_between_the_two_renames_waits_for_the_second(
    previous: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = os.replace
    calls: list[str] = []

    def replace_then_interrupt(src: Any, dst: Any) -> None:
        real(src, dst)
        calls.append(Path(dst).name)
        if len(calls) == 1:
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(os, "replace", replace_then_interrupt)
    # Ctrl+C as the command line has it (Python's own handler), whatever an earlier test
    # or library in this process left in its place.
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        code, err = run_cli(previous, capsys)
    except KeyboardInterrupt:
        pytest.fail("the interruption escaped the CLI")
    finally:
        monkeypatch.undo()
        signal.signal(signal.SIGINT, before)
    assert calls == [previous.name, manifest_path_for(previous).name]
    assert code == EXIT_INTERRUPTED
    assert err == "The build was interrupted as it finished: the new directory is in place."
    assert_current(previous)


def test_a_manifest_that_cannot_follow_its_file_says_so(
    previous: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = os.replace

    def second_fails(src: Any, dst: Any) -> None:
        if Path(dst) == manifest_path_for(previous):
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", second_fails)
    code, err = run_cli(previous, capsys)
    monkeypatch.undo()
    assert code == EXIT_FAILED
    assert err.startswith("The new directory is in place but its manifest could not be written")
    assert leftovers(previous) == set()


@unix_only
def test_stale_temporaries_go_and_a_running_build_keeps_its_own(tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "directory.sqlite"
    stale = [
        ".directory-0123abcd.building",
        ".directory-0123abcd.building-journal",
        ".directory-0123abcd.manifest.building",
        ".directory-4567cdef.building-journal",  # its database is gone
        "directory.sqlite.building",  # what builders before this one left
    ]
    running = [".directory-89abcdef.building", ".directory-89abcdef.building-journal"]
    others = [".other-0123abcd.building", ".directory-old-0123abcd.building", "notes.txt"]
    for name in stale + running + others:
        (tmp_path / name).write_bytes(b"x")
    with (tmp_path / running[0]).open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        removed = output.remove_stale(out)
    assert sorted(p.name for p in removed) == sorted(stale)
    assert {p.name for p in tmp_path.iterdir()} == set(running + others)
