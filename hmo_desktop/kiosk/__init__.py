"""Kiosk mode's plain side, with no Qt: the staff configuration file, the staff PIN
(stored only as a salted hash), the languages the start screen offers and the staff PDF
folder emptied at every reset.

The screens of a kiosk are in ``hmo_desktop.ui.kiosk_*``; ``ui.kiosk_shell`` connects
them. Nothing here, nor there, writes anything about a member to disk.
"""

from hmo_desktop.kiosk.config import (
    CONFIG_ENV,
    DEFAULT_IDLE_SECONDS,
    DEFAULT_WARNING_SECONDS,
    KioskConfig,
    KioskConfigProblem,
    load_config,
)
from hmo_desktop.kiosk.pin import hash_pin, valid_pin, verify_pin

__all__ = [
    "CONFIG_ENV",
    "DEFAULT_IDLE_SECONDS",
    "DEFAULT_WARNING_SECONDS",
    "KioskConfig",
    "KioskConfigProblem",
    "hash_pin",
    "load_config",
    "valid_pin",
    "verify_pin",
]
