"""HMO Desktop: choose a California HMO primary care physician, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hmo-desktop")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.1.0"
