"""The kiosk's command line: --set-kiosk-pin, --kiosk-config, and the staff file that
turns kiosk mode on."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from hmo_desktop import exitcodes
from hmo_desktop.cli import _kiosk_enabled, kiosk_config, main
from hmo_desktop.kiosk.config import load_config
from hmo_desktop.kiosk.pin import verify_pin


def typed(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """What the person types at the (echo-less) prompts; returns the prompts shown."""
    prompts: list[str] = []
    left = list(answers)

    def ask(prompt: str = "") -> str:
        prompts.append(prompt)
        return left.pop(0)

    monkeypatch.setattr(getpass, "getpass", ask)
    return prompts


def test_set_kiosk_pin_asks_twice_and_writes_only_the_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "staff" / "kiosk.toml"
    prompts = typed(monkeypatch, "864213", "864213")
    assert main(["--set-kiosk-pin", "--kiosk-config", str(path)]) == exitcodes.OK
    assert len(prompts) == 2
    out = capsys.readouterr().out
    assert str(path) in out
    assert "864213" not in out
    assert "864213" not in path.read_text(encoding="utf-8")
    stored = load_config(path).pin_hash
    assert stored is not None
    assert verify_pin("864213", stored)


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [("1234", "1235", "differ"), ("12", "12", "4 to 12 digits"), ("12ab", "12ab", "digits")],
)
def test_a_pin_that_is_not_confirmed_or_not_digits_is_not_set(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    first: str,
    second: str,
    said: str,
) -> None:
    path = tmp_path / "kiosk.toml"
    typed(monkeypatch, first, second)
    assert main(["--set-kiosk-pin", "--kiosk-config", str(path)]) == exitcodes.USAGE
    assert said in capsys.readouterr().err
    assert not path.exists()


def test_a_staff_file_turns_kiosk_mode_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.toml"
    monkeypatch.setenv("HMO_DESKTOP_KIOSK_CONFIG", str(path))
    assert _kiosk_enabled() is None  # no file: the everyday window
    path.write_text("[kiosk]\nenabled = false\n", encoding="utf-8")
    assert _kiosk_enabled() is None
    path.write_text("[kiosk]\nenabled = true\nidle_seconds = 60\n", encoding="utf-8")
    config = _kiosk_enabled()
    assert config is not None
    assert config.idle_seconds == 60
    monkeypatch.setenv("HMO_KIOSK_IDLE_SECONDS", "2")  # for tests and the bundle check
    assert kiosk_config().idle_seconds == 2
    path.write_text("[kiosk]\nidle_seconds = 1\n", encoding="utf-8")
    assert kiosk_config(path).problem is not None
    assert "Kiosk configuration not used" in capsys.readouterr().err


def test_the_kiosk_options_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--kiosk", "--kiosk-config", "--set-kiosk-pin"):
        assert option in out
