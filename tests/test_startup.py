"""Starting the real app in an unusual environment: a path that is not UTF-8, Qt settings
Qt would crash on, no screen, a D-Bus address that would reach the network. Each run is
a real process (what crashed was Qt itself); they run side by side."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hmo_desktop import exitcodes
from hmo_desktop.paths import manifest_path_for
from tests.procs import Finished, app_env, hmo_desktop, run_all

NOT_UTF8 = os.fsdecode(b"caf\xe9")  # a Latin-1 byte: not UTF-8, as a name from elsewhere
TCP_BUS = "tcp:host=127.0.0.1,port=9"

#: Qt settings Qt crashes on (0 and -1: a segfault while painting) or cannot use.
BAD_SETTINGS = {
    "scale 0": ("QT_SCALE_FACTOR", "0"),
    "scale -1": ("QT_SCALE_FACTOR", "-1"),
    "scale abc": ("QT_SCALE_FACTOR", "abc"),
    "platform nonsense": ("QT_QPA_PLATFORM", "nonsense"),
}


@pytest.fixture(scope="module")
def runs(
    hmo_small_directory: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Finished]:
    folder = tmp_path_factory.mktemp("startup") / NOT_UTF8
    folder.mkdir()
    good = folder / f"{NOT_UTF8}.sqlite"
    shutil.copyfile(hmo_small_directory, good)
    shutil.copyfile(manifest_path_for(hmo_small_directory), manifest_path_for(good))
    missing = str(folder / f"missing {NOT_UTF8}.sqlite")
    commands = {
        "self-test, missing, not UTF-8": (
            hmo_desktop("--self-test", "--directory", missing),
            app_env(),
        ),
        "about, good, not UTF-8": (
            hmo_desktop("--about-directory", "--directory", str(good)),
            app_env({"PYTHONIOENCODING": "utf-8"}),
        ),
        "window, no screen": (
            hmo_desktop("--directory", str(good)),
            app_env({"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None}),
        ),
        "window, no arguments, no screen": (
            hmo_desktop(),
            app_env({"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None}),
        ),
    }
    for case, (name, value) in BAD_SETTINGS.items():
        commands[f"self-test, {case}"] = (
            hmo_desktop("--self-test", "--directory", str(good)),
            app_env({name: value}),
        )
        commands[f"window, {case}"] = (
            hmo_desktop(),
            app_env({name: value, "DISPLAY": ":0", "HMO_DESKTOP_DIRECTORY": str(good)}),
        )
    return run_all(commands)


def no_traceback(run: Finished) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert "Traceback" not in run.stdout, run.stdout


def test_a_path_that_is_not_utf8_does_not_crash_qt(runs: dict[str, Finished]) -> None:
    run = runs["self-test, missing, not UTF-8"]
    assert run.returncode == exitcodes.DIRECTORY_UNAVAILABLE, run  # it was -11 (SIGSEGV)
    assert run.stderr.startswith(
        "The doctor directory file given to HMO Desktop does not exist.\n"
    ), run.stderr
    assert "caf\ufffd" in run.stderr
    no_traceback(run)


def test_a_directory_under_a_path_that_is_not_utf8_is_described(runs: dict[str, Finished]) -> None:
    run = runs["about, good, not UTF-8"]
    assert run.returncode == exitcodes.OK, run
    assert run.stdout.splitlines()[0].endswith(f"caf\ufffd{os.sep}caf\ufffd.sqlite")


@pytest.mark.parametrize("case", BAD_SETTINGS)
@pytest.mark.parametrize("command", ["self-test", "window"])
def test_a_qt_setting_qt_would_crash_on_is_named(
    runs: dict[str, Finished], case: str, command: str
) -> None:
    name, value = BAD_SETTINGS[case]
    run = runs[f"{command}, {case}"]
    assert run.returncode == exitcodes.ENVIRONMENT, run
    assert run.stderr.startswith(f"{name} is {value!r}"), run.stderr
    assert "start HMO Desktop again" in run.stderr
    no_traceback(run)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
@pytest.mark.parametrize("case", ["window, no screen", "window, no arguments, no screen"])
def test_no_screen_is_said_plainly(runs: dict[str, Finished], case: str) -> None:
    run = runs[case]
    assert run.returncode == exitcodes.ENVIRONMENT, run  # Qt aborted (-6)
    assert "DISPLAY is not set" in run.stderr
    assert "--self-test" in run.stderr
    no_traceback(run)


# ------------------------------------------------------------------ no network


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    """A private X server (its DISPLAY), for Qt's xcb platform: the one that uses D-Bus."""
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    if not number:
        server.kill()
        server.wait()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait()


@pytest.fixture(params=["offscreen", "xcb"])
def platform_env(request: pytest.FixtureRequest) -> dict[str, str]:
    if request.param == "offscreen":
        return app_env({"DISPLAY": None, "WAYLAND_DISPLAY": None})
    display = request.getfixturevalue("xvfb")
    return app_env({"QT_QPA_PLATFORM": None, "DISPLAY": display, "WAYLAND_DISPLAY": None})


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_a_network_bus_address_opens_no_network_socket(
    hmo_small_directory: Path, tmp_path: Path, platform_env: dict[str, str]
) -> None:
    # The xcb plugin pulls in QtDBus, which connected to this address over TCP.
    trace = tmp_path / "trace.txt"
    env = {**platform_env, "DBUS_SESSION_BUS_ADDRESS": TCP_BUS, "AT_SPI_BUS_ADDRESS": TCP_BUS}
    argv = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace)]
    argv += hmo_desktop("--self-test", "--directory", str(hmo_small_directory))
    run = run_all({"self-test": (argv, env)})["self-test"]
    if "ptrace" in run.stderr and not trace.exists():
        pytest.skip(f"strace cannot trace here: {run.stderr.strip()}")
    assert run.returncode == exitcodes.OK, run
    calls = trace.read_text(encoding="utf-8", errors="replace")
    assert "AF_INET" not in calls, calls  # AF_INET6 too
    assert "ignores DBUS_SESSION_BUS_ADDRESS" in run.stderr
    if "DISPLAY" in platform_env:
        assert "X11-unix" in calls  # the trace saw the app's sockets (the X server's)
