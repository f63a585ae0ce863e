"""The kiosk's staff configuration: one small TOML file that staff write, the app only
reads (but for ``--set-kiosk-pin``, which writes the PIN's hash into it).

```toml
[kiosk]
enabled = true            # start as a kiosk even without --kiosk
pin_hash = "scrypt$16384$8$1$..."   # hmo-desktop --set-kiosk-pin writes it
idle_seconds = 120        # quiet time before the warning (30 to 3600)
warning_seconds = 30      # the warning's countdown (20 to 300)
pdf_folder = "/srv/kiosk-summaries"  # summaries as PDFs here, not on the printer
text_scale = 1.25         # text size for each new member (1.0 to 2.0)
```

Where it lives: ``hmo_desktop.paths.kiosk_config_path``. A file that is missing gives the
defaults (and no PIN: exit stays locked); a file that cannot be read or has a wrong value
gives the defaults too, with the problem in ``KioskConfig.problem`` for the staff screen.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hmo_desktop.kiosk.pin import well_formed
from hmo_desktop.paths import KIOSK_CONFIG_ENV

__all__ = [
    "CONFIG_ENV",
    "DEFAULT_IDLE_SECONDS",
    "DEFAULT_WARNING_SECONDS",
    "IDLE_ENV",
    "WARNING_ENV",
    "KioskConfig",
    "KioskConfigProblem",
    "load_config",
    "override_times",
    "set_pin_hash",
]

CONFIG_ENV = KIOSK_CONFIG_ENV
DEFAULT_IDLE_SECONDS = 120
#: WCAG 2.2.1 asks for at least 20 s to answer a time-out warning.
DEFAULT_WARNING_SECONDS = 30
MIN_WARNING_SECONDS = 20
DEFAULT_TEXT_SCALE = 1.25
#: For tests and the bundle check only: shorter times than staff may set.
IDLE_ENV = "HMO_KIOSK_IDLE_SECONDS"
WARNING_ENV = "HMO_KIOSK_WARNING_SECONDS"


class KioskConfigProblem(Exception):
    """The configuration file cannot be used; ``reason`` says why, in English, for staff."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class KioskConfig:
    """What staff set; the defaults when they set nothing."""

    path: Path | None = None
    enabled: bool = False
    pin_hash: str | None = None
    idle_seconds: float = DEFAULT_IDLE_SECONDS
    warning_seconds: float = DEFAULT_WARNING_SECONDS
    pdf_folder: Path | None = None
    text_scale: float = DEFAULT_TEXT_SCALE
    problem: str | None = None  # why the file was not used, for the staff screen

    @property
    def has_pin(self) -> bool:
        return self.pin_hash is not None


_RANGES: dict[str, tuple[float, float]] = {
    "idle_seconds": (30, 3600),
    "warning_seconds": (MIN_WARNING_SECONDS, 300),
    "text_scale": (1.0, 2.0),
}


def _number(table: Mapping[str, Any], key: str, default: float) -> float:
    value = table.get(key, default)
    low, high = _RANGES[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValueError(f"{key} must be a number from {low:g} to {high:g}")
    return float(value)


def parse_config(text: str, path: Path) -> KioskConfig:
    """The configuration in ``text`` (TOML). Raises KioskConfigProblem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KioskConfigProblem(path, f"not a TOML file ({exc})") from None
    table = data.get("kiosk", {})
    if not isinstance(table, dict):
        raise KioskConfigProblem(path, "[kiosk] must be a table")
    unknown = sorted(set(table) - {"enabled", "pin_hash", *_RANGES, "pdf_folder"})
    if unknown:
        raise KioskConfigProblem(path, f"unknown setting {unknown[0]!r}")
    try:
        enabled = table.get("enabled", False)
        if not isinstance(enabled, bool):
            raise ValueError("enabled must be true or false")
        pin_hash = table.get("pin_hash")
        if pin_hash is not None and (not isinstance(pin_hash, str) or not well_formed(pin_hash)):
            raise ValueError("pin_hash is not a hash written by hmo-desktop --set-kiosk-pin")
        folder = table.get("pdf_folder")
        if folder is not None and (not isinstance(folder, str) or not folder.strip()):
            raise ValueError("pdf_folder must be the path of a folder")
        folder_path = Path(folder).expanduser() if folder else None
        if folder_path is not None and not folder_path.is_absolute():
            raise ValueError("pdf_folder must be an absolute path")
        return KioskConfig(
            path=path,
            enabled=enabled,
            pin_hash=pin_hash,
            idle_seconds=_number(table, "idle_seconds", DEFAULT_IDLE_SECONDS),
            warning_seconds=_number(table, "warning_seconds", DEFAULT_WARNING_SECONDS),
            pdf_folder=folder_path,
            text_scale=_number(table, "text_scale", DEFAULT_TEXT_SCALE),
        )
    except ValueError as exc:
        raise KioskConfigProblem(path, str(exc)) from None


def load_config(path: Path) -> KioskConfig:
    """The configuration at ``path``: the defaults when there is no file; the defaults
    with ``problem`` set when the file cannot be used (a kiosk still starts)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return KioskConfig(path=path)
    except (OSError, UnicodeDecodeError) as exc:
        return KioskConfig(path=path, problem=f"{path}: cannot be read ({exc})")
    try:
        return parse_config(text, path)
    except KioskConfigProblem as exc:
        return KioskConfig(path=path, problem=str(exc))


def override_times(config: KioskConfig, environ: Mapping[str, str]) -> KioskConfig:
    """``HMO_KIOSK_IDLE_SECONDS`` and ``HMO_KIOSK_WARNING_SECONDS`` (tests and the bundle
    check: any time from 0.1 s), over what the file says."""
    changes: dict[str, float] = {}
    for env, key in ((IDLE_ENV, "idle_seconds"), (WARNING_ENV, "warning_seconds")):
        value = environ.get(env)
        if value:
            try:
                seconds = float(value)
            except ValueError:
                continue
            if 0.1 <= seconds <= 3600:
                changes[key] = seconds
    return replace(config, **changes) if changes else config  # type: ignore[arg-type]


_PIN_LINE = re.compile(r"^\s*pin_hash\s*=.*$", re.M)
_TABLE = re.compile(r"^\s*\[kiosk\]\s*(#.*)?$", re.M)


def set_pin_hash(path: Path, stored: str) -> None:
    """Write ``stored`` (``pin.hash_pin``) as the file's ``pin_hash``, keeping every other
    line; the file is created (readable by its owner only) when missing. Atomic: a file
    beside it, then a rename. Raises KioskConfigProblem when the result would not read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    line = f'pin_hash = "{stored}"'
    if _PIN_LINE.search(text):
        new = _PIN_LINE.sub(lambda _m: line, text, count=1)
    elif (table := _TABLE.search(text)) is not None:
        new = text[: table.end()] + "\n" + line + text[table.end() :]
    else:
        new = (text.rstrip("\n") + "\n\n" if text.strip() else "") + "[kiosk]\n" + line + "\n"
    parse_config(new, path)  # never write a file the kiosk could not read
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(new)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
