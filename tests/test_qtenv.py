"""The environment Qt starts in: bus addresses that would reach the network, settings Qt
would crash on, and the argv Qt gets (hmo_desktop.qtenv; subprocess tests in
tests/test_startup.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from hmo_desktop.qtenv import (
    available_platforms,
    drop_remote_bus_addresses,
    is_local_bus_address,
    qt_argv,
    qt_environment_problem,
)


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("unix:path=/run/user/1000/bus", True),
        ("unix:abstract=/tmp/dbus-XXXX,guid=0123abcd", True),
        ("unix:path=/run/user/1000/bus;unix:abstract=/tmp/x", True),
        ("unix:path=/run/user/1000/bus;", True),
        ("launchd:env=DBUS_LAUNCHD_SESSION_BUS_SOCKET", True),
        ("tcp:host=127.0.0.1,port=9", False),
        ("nonce-tcp:host=localhost,port=4000,noncefile=/tmp/n", False),
        ("unix:path=/run/user/1000/bus;tcp:host=10.0.0.1,port=5", False),
        ("unix:host=example.org,path=/x", False),
        ("unixexec:path=/usr/bin/ssh,argv1=server", False),
        ("autolaunch:", False),
        ("UNIX:path=/x", False),  # not a transport libdbus knows
        ("", False),
        ("nonsense", False),
    ],
)
def test_bus_address_classifier(address: str, local: bool) -> None:
    assert is_local_bus_address(address) is local


def test_only_remote_bus_addresses_are_dropped() -> None:
    env = {
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus",
        "DBUS_SYSTEM_BUS_ADDRESS": "tcp:host=127.0.0.1,port=9",
        "AT_SPI_BUS_ADDRESS": "nonce-tcp:host=a11y.example,port=1",
        "HOME": "/root",
    }
    assert drop_remote_bus_addresses(env) == ["DBUS_SYSTEM_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS"]
    assert env == {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus", "HOME": "/root"}
    assert drop_remote_bus_addresses(env) == []


def test_qt_gets_the_program_name_only_as_utf8() -> None:
    assert qt_argv(["/opt/hmo/hmo-desktop", "--directory", "x"]) == ["/opt/hmo/hmo-desktop"]
    name = os.fsdecode(b"/opt/caf\xe9/hmo-desktop")
    assert qt_argv([name]) == ["/opt/caf?/hmo-desktop"]
    qt_argv([name])[0].encode("utf-8")
    assert qt_argv([]) == ["hmo-desktop"]


SCREEN = {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.parametrize("value", ["0", "-1", "abc", "nan", "inf", "100", "0.01"])
def test_a_scale_factor_qt_cannot_draw_with_is_named(value: str) -> None:
    problem = qt_environment_problem({**SCREEN, "QT_SCALE_FACTOR": value})
    assert problem is not None
    assert problem.startswith(f"QT_SCALE_FACTOR is {value!r}")
    assert "from 0.1 to 10" in problem


@pytest.mark.parametrize("value", ["1", "1.5", " 2 ", "0.5", "10", ""])
def test_a_sane_scale_factor_passes(value: str) -> None:
    assert qt_environment_problem({**SCREEN, "QT_SCALE_FACTOR": value}) is None


def test_the_platforms_found_are_pyside6s() -> None:
    found = available_platforms({})
    assert {"offscreen", "minimal"} <= found
    if sys.platform.startswith("linux"):
        assert "xcb" in found


@pytest.mark.parametrize(
    "value", ["offscreen", "minimal", "offscreen:fontengine=freetype", "nonsense;offscreen"]
)
def test_a_platform_qt_has_passes(value: str) -> None:
    assert qt_environment_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": value}) is None


def test_an_unknown_platform_is_named_with_those_there_are() -> None:
    problem = qt_environment_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "nonsense"})
    assert problem is not None
    assert problem.startswith("QT_QPA_PLATFORM is 'nonsense'")
    assert "offscreen" in problem


def test_platform_plugins_are_found_where_qt_is_told_to_look(tmp_path: Path) -> None:
    (tmp_path / "platforms").mkdir()
    (tmp_path / "platforms" / "libqmyscreen.so").write_bytes(b"")
    env = {"DISPLAY": ":0", "QT_QPA_PLATFORM": "myscreen", "QT_PLUGIN_PATH": str(tmp_path)}
    assert qt_environment_problem(env) is None
    env = {"DISPLAY": ":0", "QT_QPA_PLATFORM": "myscreen"}
    assert qt_environment_problem(env) is not None
    env["QT_QPA_PLATFORM_PLUGIN_PATH"] = str(tmp_path / "platforms")
    assert qt_environment_problem(env) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_no_screen_for_the_window() -> None:
    problem = qt_environment_problem({})
    assert problem is not None
    assert "DISPLAY is not set" in problem
    assert qt_environment_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"})
    assert qt_environment_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert qt_environment_problem({"DISPLAY": ":0"}) is None
    assert qt_environment_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
