"""The fault matrix: every way the directory can be unusable, through every command (the
window, ``--about-directory``, ``--self-test``), ends the same way: the plain explanation
on stderr (and in the window's dialog), no traceback, and the one documented exit code
(``exitcodes.DIRECTORY_UNAVAILABLE``). In-process for every case; as real processes, run
side by side, for the new cases."""

from __future__ import annotations

import errno
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hmo_desktop import exitcodes
from hmo_desktop.app import unavailable_messages
from hmo_desktop.cli import main
from hmo_desktop.paths import DIRECTORY_FILE_NAME, manifest_path_for
from tests.directory.damage import MORE_FAULTS, unsearchable
from tests.directory.test_open import FAULTS
from tests.procs import Finished, app_env, hmo_desktop, run_all

Damage = Callable[[Path, pytest.MonkeyPatch], Path]


def manifest_may_not_be_read(copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A manifest the member may not read (root reads every file: simulated)."""
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kw: Any) -> Any:
        if self == manifest_path_for(copy):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kw)

    monkeypatch.setattr(Path, "open", guarded_open)
    return copy


def folder_may_not_be_searched(copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    unsearchable(monkeypatch, copy.parent)
    return copy


def plain(damage: Callable[[Path], Path]) -> Damage:
    return lambda copy, _monkeypatch: damage(copy)


#: Every case: its name -> (the code open_directory gives, how to cause it on a copy).
CASES: dict[str, tuple[str, Damage]] = {
    **{code: (code, plain(damage)) for code, damage in FAULTS.items()},
    **{name: (code, plain(damage)) for name, (code, damage) in MORE_FAULTS.items()},
    "a folder that cannot be searched": ("unreadable", folder_may_not_be_searched),
    "a manifest that may not be read": ("manifest_unreadable", manifest_may_not_be_read),
}

COMMANDS = {"window": [], "about": ["--about-directory"], "self-test": ["--self-test"]}


@pytest.fixture
def copy(hmo_small_directory: Path, tmp_path: Path) -> Iterator[Path]:
    dst = tmp_path / "copy.sqlite"
    shutil.copyfile(hmo_small_directory, dst)
    shutil.copyfile(manifest_path_for(hmo_small_directory), manifest_path_for(dst))
    yield dst
    dst.chmod(0o644)


def run_window(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    """``hmo-desktop ARGV`` in this process: the window, whose unavailable-directory dialog
    the member reads and closes. The exit code, and the dialogs' headlines."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the app's
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(QApplication.topLevelWidgets())
    seen: list[str] = []

    def close_the_dialog() -> None:
        for w in QApplication.topLevelWidgets():
            if (
                isinstance(w, QMessageBox)
                and w.objectName() == "directoryUnavailableDialog"
                and w.isVisible()
            ):
                seen.append(w.text())
                w.close()

    poll, deadline = QTimer(), QTimer()
    poll.timeout.connect(close_the_dialog)
    poll.start(10)
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: app.exit(99))  # never reached when the app leaves
    deadline.start(20_000)
    try:
        code = main(argv)
    finally:
        poll.stop()
        deadline.stop()
        for w in set(QApplication.topLevelWidgets()) - before:
            w.close()
            w.deleteLater()
    return code, seen


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", CASES)
def test_every_fault_through_every_command(
    copy: Path,
    case: str,
    command: str,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    code, damage = CASES[case]
    if case == "unreadable" and os.geteuid() == 0:
        pytest.skip("root reads every file (the simulated unsearchable folder stands in)")
    path = damage(copy, monkeypatch)
    argv = [*COMMANDS[command], "--directory", str(path)]
    if command == "window":
        exit_code, dialogs = run_window(argv, monkeypatch)
        assert dialogs == [unavailable_messages(bundled=False)[code]]
    else:
        exit_code = main(argv)
    err = capfd.readouterr().err
    assert exit_code == exitcodes.DIRECTORY_UNAVAILABLE, err
    assert "Traceback" not in err, err
    headline = unavailable_messages(bundled=False)[code]
    assert err.splitlines()[0] == headline, err
    assert "came with HMO Desktop" not in err


def test_the_bundled_directory_is_called_the_one_that_came_with_the_app(
    copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    qapp: QApplication,
) -> None:
    import hmo_desktop.paths

    bundled = copy.parent / "db"
    bundled.mkdir()
    (bundled / DIRECTORY_FILE_NAME).write_bytes(b"")  # empty: damaged
    monkeypatch.setattr(hmo_desktop.paths, "db_dir", lambda: bundled)
    monkeypatch.delenv("HMO_DESKTOP_DIRECTORY", raising=False)
    expected = "The doctor directory that came with HMO Desktop is damaged."
    assert main(["--about-directory"]) == exitcodes.DIRECTORY_UNAVAILABLE
    assert capfd.readouterr().err.splitlines()[0] == expected
    assert run_window([], monkeypatch) == (exitcodes.DIRECTORY_UNAVAILABLE, [expected])
    # The same file named with --directory is still the one that came with the app.
    assert main(["--self-test", "--directory", str(bundled / DIRECTORY_FILE_NAME)]) == 3
    assert capfd.readouterr().err.splitlines()[0] == expected


# ------------------------------------------------------------- as real processes

#: The cases new to the matrix, run as real processes (they once gave tracebacks).
PROCESS_CASES = [
    "manifest schema_version 'two'",
    "manifest without schema_version",
    "manifest nested 100,000 deep",
    "pcp_search without a column",
    "plan without care_model",
    "a file name of 300 characters",
    "a name that is not UTF-8",
    "manifest_unreadable",
]


@pytest.fixture(scope="module")
def process_runs(
    hmo_small_directory: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Finished]:
    commands = {}
    for i, case in enumerate(PROCESS_CASES):
        folder = tmp_path_factory.mktemp(f"case{i}")
        dst = folder / "copy.sqlite"
        shutil.copyfile(hmo_small_directory, dst)
        shutil.copyfile(manifest_path_for(hmo_small_directory), manifest_path_for(dst))
        path = CASES[case][1](dst, pytest.MonkeyPatch())  # no simulated case here
        for command in ("about", "self-test"):
            argv = hmo_desktop(*COMMANDS[command], "--directory", str(path))
            commands[f"{command}: {case}"] = (argv, app_env())
    return run_all(commands)


@pytest.mark.parametrize("command", ["about", "self-test"])
@pytest.mark.parametrize("case", PROCESS_CASES)
def test_every_new_fault_as_a_real_process(
    process_runs: dict[str, Finished], case: str, command: str
) -> None:
    run = process_runs[f"{command}: {case}"]
    assert run.returncode == exitcodes.DIRECTORY_UNAVAILABLE, run
    assert "Traceback" not in run.stderr, run.stderr
    headline = unavailable_messages(bundled=False)[CASES[case][0]]
    assert run.stderr.splitlines()[0] == headline, run.stderr


def test_after_leaving_with_the_error_qt_still_runs_event_loops(
    copy: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dialog's close once counted as the last window's: Qt posted a quit that ended
    # the next event loop at once (in the same process: tests, an embedding tool).
    copy.write_bytes(b"")
    assert run_window(["--directory", str(copy)], monkeypatch)[0] == 3
    qapp.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(0, lambda: loop.exit(7))
    assert loop.exec() == 7
    assert qapp.quitOnLastWindowClosed()
