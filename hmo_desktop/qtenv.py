"""The environment Qt starts in, checked in plain Python before Qt loads.

- ``qt_environment_problem``: a setting Qt would crash on (``QT_SCALE_FACTOR=0``,
  ``QT_QPA_PLATFORM=nonsense``), or no screen for the window, in plain words.
- ``drop_remote_bus_addresses``: Qt's xcb plugin talks to D-Bus (QtDBus); a bus address
  that is not a local socket would make it open a network connection, which the app
  never does. Such addresses are removed before Qt starts; a local session bus stays
  (screen readers reach the app through AT-SPI over it).
- ``qt_argv``: what ``QApplication`` gets instead of ``sys.argv`` (PySide6 crashes on an
  argument that is not UTF-8, and the app's own options are not Qt's).
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path

#: Variables that name a D-Bus bus for Qt (QtDBus, and Qt's AT-SPI bridge).
BUS_ADDRESS_VARIABLES = (
    "DBUS_SESSION_BUS_ADDRESS",
    "DBUS_SYSTEM_BUS_ADDRESS",
    "DBUS_STARTER_ADDRESS",
    "AT_SPI_BUS_ADDRESS",
)
#: D-Bus transports that never leave the machine: a Unix socket (a path or abstract name)
#: and macOS's launchd. tcp:, nonce-tcp:, unixexec: (a program, e.g. ssh) and any
#: address naming a host are not.
LOCAL_TRANSPORTS = ("unix", "launchd")

#: ``QT_SCALE_FACTOR`` values Qt draws with; 0, negative, huge or NaN crash it.
SCALE_FACTOR_RANGE = (0.1, 10.0)


def is_local_bus_address(value: str) -> bool:
    """True when every address in a D-Bus address list (``a;b``) is a local socket."""
    addresses = [a.strip() for a in value.split(";") if a.strip()]
    if not addresses:
        return False
    for address in addresses:
        transport, colon, params = address.partition(":")
        if not colon or transport not in LOCAL_TRANSPORTS:
            return False
        keys = {pair.partition("=")[0].strip() for pair in params.split(",")}
        if "host" in keys:
            return False
    return True


def drop_remote_bus_addresses(environ: MutableMapping[str, str]) -> list[str]:
    """Remove every bus address variable that is not all local; return their names."""
    dropped = [
        name
        for name in BUS_ADDRESS_VARIABLES
        if name in environ and not is_local_bus_address(environ[name])
    ]
    for name in dropped:
        del environ[name]
    return dropped


def qt_argv(argv: list[str]) -> list[str]:
    """The program name only, as text Qt can take (a byte that is not UTF-8 becomes '?')."""
    name = argv[0] if argv and argv[0] else "hmo-desktop"
    return [name.encode("utf-8", "replace").decode("utf-8")]


def _platform_dirs(environ: Mapping[str, str]) -> Iterator[Path]:
    """Where Qt looks for its platform plugins (those that may exist here)."""
    for part in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep):
        if part:
            yield Path(part)
    for part in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if part:
            yield Path(part) / "platforms"
    if getattr(sys, "frozen", False):
        from hmo_desktop.paths import bundle_root

        yield bundle_root() / "PySide6" / "Qt" / "plugins" / "platforms"
    import importlib.util

    try:
        spec = importlib.util.find_spec("PySide6")  # finds the package, does not import it
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        yield Path(location) / "Qt" / "plugins" / "platforms"  # Linux and macOS wheels
        yield Path(location) / "plugins" / "platforms"  # Windows wheels
    yield Path(sys.executable).parent / "platforms"


def available_platforms(environ: Mapping[str, str]) -> set[str]:
    """Names of the Qt platform plugins found (``libqxcb.so`` -> ``xcb``)."""
    names = set()
    for folder in _platform_dirs(environ):
        try:
            files = os.listdir(folder)
        except OSError:
            continue
        for file in files:
            stem = file.split(".")[0].lower()
            stem = stem.removeprefix("lib")
            if stem.startswith("q") and file.lower().endswith((".so", ".dll", ".dylib")):
                names.add(stem[1:])
    return names


def _platform_known(name: str, available: set[str]) -> bool:
    # One plugin may serve several names: libqwayland.so is also wayland-egl.
    name = name.lower()
    return name in available or name.split("-")[0] in available


def qt_environment_problem(environ: Mapping[str, str]) -> str | None:
    """What would keep Qt from starting, in plain words naming the variable and what to
    do; None when nothing known is wrong."""
    scale = environ.get("QT_SCALE_FACTOR", "").strip()
    if scale:
        low, high = SCALE_FACTOR_RANGE
        try:
            factor = float(scale)
        except ValueError:
            factor = math.nan
        if not low <= factor <= high:  # NaN fails this too
            return (
                f"QT_SCALE_FACTOR is {scale!r}, but it must be a number from {low:g} to "
                f"{high:g} (1 is normal size, 1.5 half as large again). Unset it or set a "
                "number in that range, then start HMO Desktop again."
            )
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    names = [e.split(":")[0].strip() for e in platform.split(";") if e.split(":")[0].strip()]
    if names:
        available = available_platforms(environ)
        if available and not any(_platform_known(n, available) for n in names):
            return (
                f"QT_QPA_PLATFORM is {platform!r}, a Qt platform HMO Desktop does not have "
                f"(it has: {', '.join(sorted(available))}). Unset QT_QPA_PLATFORM, or set "
                "it to one of those, then start HMO Desktop again."
            )
    if sys.platform.startswith("linux") and not environ.get("DISPLAY"):
        wants_x11 = all(n.lower() == "xcb" for n in names) if names else True
        if wants_x11 and (names or not environ.get("WAYLAND_DISPLAY")):
            return (
                "HMO Desktop has no screen to show its window on: DISPLAY is not set. "
                "Start it from a desktop session (X11, or Wayland with XWayland); to check "
                "an installed copy without a screen, run 'hmo-desktop --self-test'."
            )
    return None
