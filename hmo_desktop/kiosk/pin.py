"""The staff PIN: digits only (the kiosk's number pad types it), kept as a salted scrypt
hash, compared in constant time. The PIN itself is never stored or logged.

A stored hash reads ``scrypt$16384$8$1$<salt>$<key>`` (salt and key in base64): the cost
parameters travel with the hash, so a later, costlier setting still reads older hashes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import time
from collections.abc import Callable

#: scrypt's cost (n), block size (r) and parallelism (p): about 50 ms and 16 MB per try.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_DIGITS, MAX_DIGITS = 4, 12
#: Costs a stored hash may ask for (a file could otherwise ask for gigabytes of memory).
_MAX_N = 2**17


def valid_pin(pin: str) -> bool:
    """4 to 12 ASCII digits."""
    return MIN_DIGITS <= len(pin) <= MAX_DIGITS and pin.isascii() and pin.isdigit()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The stored form of ``pin``, with a new random salt unless one is given (tests).
    Raises ValueError for a PIN that is not 4 to 12 digits."""
    if not valid_pin(pin):
        raise ValueError("a staff PIN is 4 to 12 digits")
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_BYTES
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def well_formed(stored: str) -> bool:
    """Whether ``stored`` is a hash ``verify_pin`` can check."""
    return _parse(stored) is not None


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4):
        return None
    if len(salt) < 8 or len(key) < 16:
        return None
    return n, r, p, salt, key


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the PIN ``stored`` was made from (False for a malformed hash)."""
    parsed = _parse(stored)
    if parsed is None or not valid_pin(pin):
        return False
    n, r, p, salt, key = parsed
    tried = hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=len(key))
    return hmac.compare_digest(tried, key)


class PinGuard:
    """Checks PINs typed at the kiosk against the stored hash, and after ``MAX_TRIES``
    wrong ones in a row refuses every PIN for ``LOCK_SECONDS`` (a member trying numbers).
    ``clock``: seconds, monotonic (tests give their own)."""

    MAX_TRIES = 5
    LOCK_SECONDS = 60.0

    def __init__(self, stored: str | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.stored = stored
        self.clock = clock
        self.wrong = 0
        self.locked_until = 0.0

    def seconds_locked(self) -> int:
        """Whole seconds until a PIN is checked again (0: now)."""
        return max(0, math.ceil(self.locked_until - self.clock()))

    def check(self, pin: str) -> bool:
        """Whether ``pin`` unlocks (never while locked, never without a stored hash)."""
        if self.stored is None or self.seconds_locked():
            return False
        if verify_pin(pin, self.stored):
            self.wrong = 0
            return True
        self.wrong += 1
        if self.wrong >= self.MAX_TRIES:
            self.wrong = 0
            self.locked_until = self.clock() + self.LOCK_SECONDS
        return False
