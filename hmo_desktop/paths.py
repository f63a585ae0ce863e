"""Where files live: bundled files (checkout or PyInstaller bundle) and the user's data.

The one place that knows about ``sys._MEIPASS``; everything else asks here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DIRECTORY_FILE_NAME = "directory.sqlite"
MANIFEST_SUFFIX = ".manifest.json"

#: Environment variable that points the app at another directory file.
DIRECTORY_ENV = "HMO_DESKTOP_DIRECTORY"
#: Environment variable that points a kiosk at another staff configuration file.
KIOSK_CONFIG_ENV = "HMO_DESKTOP_KIOSK_CONFIG"
KIOSK_CONFIG_NAME = "kiosk.toml"


def bundle_root() -> Path:
    """The folder holding ``db/`` and ``resources/``: the bundle or the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def db_dir() -> Path:
    return bundle_root() / "db"


def sources_dir() -> Path:
    return db_dir() / "sources"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def default_directory_path() -> Path:
    """The directory database the app opens unless told otherwise."""
    override = os.environ.get(DIRECTORY_ENV)
    if override:
        return Path(override)
    return db_dir() / DIRECTORY_FILE_NAME


def manifest_path_for(directory: Path) -> Path:
    """The manifest written beside a directory file: ``x.sqlite`` -> ``x.manifest.json``."""
    return directory.with_name(directory.stem + MANIFEST_SUFFIX)


#: Environment variable that puts the member's own files (a kept household) elsewhere.
USER_DATA_ENV = "HMO_DESKTOP_DATA"


def user_data_dir() -> Path:
    """Where the member's own settings live (never used in kiosk mode)."""
    override = os.environ.get(USER_DATA_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("HMO Desktop", appauthor=False)


def kiosk_config_path() -> Path:
    """The kiosk's staff configuration file (``hmo_desktop.kiosk.config``): the file
    ``HMO_DESKTOP_KIOSK_CONFIG`` names, else ``kiosk.toml`` in the user's configuration
    folder (on Linux ``~/.config/HMO Desktop/kiosk.toml``). Only staff write it."""
    override = os.environ.get(KIOSK_CONFIG_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("HMO Desktop", appauthor=False) / KIOSK_CONFIG_NAME
