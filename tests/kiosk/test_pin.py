"""The staff PIN: a salted scrypt hash, checked in constant time, never kept in clear,
and a lock after too many wrong tries."""

from __future__ import annotations

import pytest

from hmo_desktop.kiosk.pin import PinGuard, hash_pin, valid_pin, verify_pin, well_formed


def test_a_pin_is_kept_as_a_salted_hash_and_only_the_right_one_matches() -> None:
    stored = hash_pin("2468")
    assert "2468" not in stored
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("24680", stored)
    assert hash_pin("2468") != stored  # a new random salt each time
    assert hash_pin("2468", salt=b"s" * 16) == hash_pin("2468", salt=b"s" * 16)


@pytest.mark.parametrize("pin", ["", "123", "1234567890123", "12a4", "１２３４", "12 34"])
def test_a_pin_is_4_to_12_ascii_digits(pin: str) -> None:
    assert not valid_pin(pin)
    with pytest.raises(ValueError, match="4 to 12 digits"):
        hash_pin(pin)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "2468",
        "bcrypt$16384$8$1$c2FsdHNhbHQ=$a2V5a2V5a2V5a2V5a2V5a2V5",
        "scrypt$16384$8$1$not base64$a2V5",
        "scrypt$1073741824$8$1$c2FsdHNhbHQ=$a2V5a2V5a2V5a2V5a2V5a2V5",  # a gigabyte of memory
        "scrypt$1000$8$1$c2FsdHNhbHQ=$a2V5a2V5a2V5a2V5a2V5a2V5",  # not a power of two
    ],
)
def test_a_malformed_hash_matches_nothing(stored: str) -> None:
    assert not well_formed(stored)
    assert not verify_pin("2468", stored)


def test_five_wrong_pins_lock_every_pin_for_a_minute() -> None:
    now = [1000.0]
    guard = PinGuard(hash_pin("2468"), clock=lambda: now[0])
    for _ in range(PinGuard.MAX_TRIES - 1):
        assert not guard.check("0000")
    assert guard.check("2468")  # the right one resets the count
    for _ in range(PinGuard.MAX_TRIES):
        assert not guard.check("0000")
    assert guard.seconds_locked() == 60
    assert not guard.check("2468")  # locked: even the right PIN
    now[0] += 59.5
    assert guard.seconds_locked() == 1
    now[0] += 0.5
    assert guard.seconds_locked() == 0
    assert guard.check("2468")


def test_without_a_stored_hash_nothing_unlocks() -> None:
    assert not PinGuard(None).check("2468")
