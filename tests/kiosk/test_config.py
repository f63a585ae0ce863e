"""The kiosk's staff configuration file and its PDF folder."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from hmo_desktop.kiosk.config import (
    DEFAULT_IDLE_SECONDS,
    KioskConfig,
    load_config,
    override_times,
    set_pin_hash,
)
from hmo_desktop.kiosk.files import empty_folder
from hmo_desktop.kiosk.pin import hash_pin, verify_pin


def test_no_file_gives_the_defaults_and_no_pin(tmp_path: Path) -> None:
    config = load_config(tmp_path / "kiosk.toml")
    assert config == KioskConfig(path=tmp_path / "kiosk.toml")
    assert not config.has_pin
    assert config.idle_seconds == DEFAULT_IDLE_SECONDS == 120
    assert config.warning_seconds >= 20
    assert config.problem is None


def test_every_setting_is_read(tmp_path: Path) -> None:
    stored = hash_pin("97531")
    path = tmp_path / "kiosk.toml"
    path.write_text(
        "# staff only\n[kiosk]\nenabled = true\n"
        f'pin_hash = "{stored}"\nidle_seconds = 90\nwarning_seconds = 45\n'
        f'pdf_folder = "{tmp_path / "pdfs"}"\ntext_scale = 1.5\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.problem is None
    assert config.enabled
    assert config.pin_hash == stored
    assert (config.idle_seconds, config.warning_seconds, config.text_scale) == (90, 45, 1.5)
    assert config.pdf_folder == tmp_path / "pdfs"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[kiosk\n", "not a TOML file"),
        ("kiosk = 3\n", "must be a table"),
        ("[kiosk]\nidle = 5\n", "unknown setting 'idle'"),
        ("[kiosk]\nidle_seconds = 5\n", "idle_seconds must be a number from 30 to 3600"),
        ("[kiosk]\nwarning_seconds = 10\n", "warning_seconds must be a number from 20"),
        ("[kiosk]\ntext_scale = true\n", "text_scale must be a number"),
        ("[kiosk]\nenabled = 'yes'\n", "enabled must be true or false"),
        ('[kiosk]\npin_hash = "2468"\n', "pin_hash is not a hash"),
        ('[kiosk]\npdf_folder = "pdfs"\n', "pdf_folder must be an absolute path"),
    ],
)
def test_a_file_that_cannot_be_used_gives_the_defaults_and_says_why(
    tmp_path: Path, text: str, reason: str
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    assert config.problem is not None
    assert reason in config.problem
    assert not config.has_pin  # exit stays locked
    assert not config.enabled
    assert config.idle_seconds == DEFAULT_IDLE_SECONDS


def test_setting_the_pin_writes_only_its_hash_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "staff" / "kiosk.toml"
    set_pin_hash(path, hash_pin("1357"))  # no file yet: made, for its owner only
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "1357" not in path.read_text(encoding="utf-8")
    first = load_config(path)
    assert first.pin_hash is not None
    assert verify_pin("1357", first.pin_hash)
    path.write_text(
        path.read_text(encoding="utf-8") + "idle_seconds = 300  # long forms\n", encoding="utf-8"
    )
    set_pin_hash(path, hash_pin("8642"))
    text = path.read_text(encoding="utf-8")
    assert text.count("pin_hash") == 1
    assert "idle_seconds = 300  # long forms" in text
    again = load_config(path)
    assert again.pin_hash is not None
    assert verify_pin("8642", again.pin_hash)
    assert not verify_pin("1357", again.pin_hash)
    assert again.idle_seconds == 300
    other = tmp_path / "other.toml"
    other.write_text('# notes\n[kiosk]\npdf_folder = "/srv/x"\n', encoding="utf-8")
    set_pin_hash(other, hash_pin("8642"))
    assert load_config(other).has_pin
    assert load_config(other).pdf_folder == Path("/srv/x")
    assert not list(tmp_path.glob("**/.*.tmp"))


def test_the_testing_variables_shorten_the_times(tmp_path: Path) -> None:
    config = KioskConfig()
    short = override_times(
        config, {"HMO_KIOSK_IDLE_SECONDS": "2", "HMO_KIOSK_WARNING_SECONDS": "0.5"}
    )
    assert (short.idle_seconds, short.warning_seconds) == (2, 0.5)
    assert override_times(config, {"HMO_KIOSK_IDLE_SECONDS": "soon"}) == config
    assert override_times(config, {}) is config


def test_emptying_the_pdf_folder_deletes_every_file_but_keeps_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    (folder / "sub").mkdir(parents=True)
    for p in (folder / "a.pdf", folder / ".a.pdf.1234.tmp", folder / "sub" / "b.pdf"):
        p.write_bytes(b"%PDF")
    assert empty_folder(folder) == 3
    assert folder.is_dir()
    assert list(folder.iterdir()) == []
    assert empty_folder(tmp_path / "missing") == 0
