"""Check-in codes: short, unique within an event, and made of characters nobody misreads.

A code is printed under the QR code of every badge and agenda, scanned or typed at the check-in desk, and
shown in schedule.json. Six characters from 31 (no 0/O, 1/I/L, U/V) give nearly a billion codes, so a new
one is found at the first draw on any real event.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
"""Digits and capitals without the ones read as another: 0 and O, 1, I and L, U and V."""
CODE_LENGTH = 6


def new_code(taken: Collection[str], draw: Callable[[str], str] = secrets.choice) -> str:
    """A code not in ``taken``; ``draw`` picks one character of the alphabet (a seeded one in tests)."""
    while True:
        code = "".join(draw(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def normalise_code(text: str) -> str:
    """A code as typed or scanned, in the form stored: capitals, without spaces, dashes or a scanner's
    prefix; returns '' when the text cannot be a code."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        return ""
    return cleaned


def is_code(text: str) -> bool:
    return len(text) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in text)
