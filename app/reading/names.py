"""Organisation names as people type them: one key for the same name, and close matches for typing slips.

A name typed in a wish list ("Sorvest Havn", "Equinr") is resolved in this order: the same name ignoring
case, spacing, punctuation and legal suffix; an organisation's local name; a shortened name that only one
organisation starts with; and last a fuzzy comparison (rapidfuzz). A fuzzy match is applied only when it is
confident; close but uncertain ones are returned with their candidates for the organiser to confirm.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

CONFIDENT_SCORE = 90.0
"""A wished-for name at least this alike (0-100, rapidfuzz's token sort ratio of the names without accents,
case, punctuation or legal suffix) to one organisation is read as that organisation..."""
CLEAR_LEAD = 5.0
"""...provided the next closest organisation is at least this many points further away."""
POSSIBLE_SCORE = 75.0
"""Organisations at least this alike are named as candidates when no match is confident."""
MOST_CANDIDATES = 3
"""Most candidates named for one uncertain name."""

_LEGAL_SUFFIXES = frozenset(
    {"as", "asa", "ltd", "limited", "co", "inc", "incorporated", "gmbh", "sl", "slu", "sa", "ab", "oy"}
    | {"llc", "corp", "corporation", "plc", "bv", "nv", "srl", "spa", "ag", "kg", "sarl", "pte"}
)
# Chinese names carry their legal form without a space: 青岛港湾工程有限公司.
_JOINED_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司")


def name_key(name: str) -> str:
    """Compares organisation names ignoring case, spacing, punctuation and legal suffixes (AS, Ltd., S.L.)."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
    words = re.sub(r"[^\w]+", " ", text).split()
    while len(words) > 1:
        if words[-1] in _LEGAL_SUFFIXES:
            words.pop()
        elif len(words) > 2 and len(words[-1]) == 1 and words[-2] + words[-1] in _LEGAL_SUFFIXES:
            del words[-2:]  # "A/S" -> "a s", "S.L." -> "s l"
        else:
            break
    if words:
        for suffix in _JOINED_SUFFIXES:
            if words[-1].endswith(suffix) and len(words[-1]) > len(suffix):
                words[-1] = words[-1].removesuffix(suffix)
                break
    return " ".join(words)


_FOLDED = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ß": "ss", "đ": "d", "ł": "l", "œ": "oe"})


def fuzzy_key(name: str) -> str:
    """The name key without accents, so that 'Sorvest' and 'Sørvest' compare as the same word."""
    decomposed = unicodedata.normalize("NFKD", name_key(name).translate(_FOLDED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class How(StrEnum):
    """How a typed name was matched."""

    SAME = "same name"
    LOCAL = "local name"
    SHORTENED = "shortened name"
    ALIKE = "alike"
    UNCERTAIN = "uncertain"
    NONE = "no match"


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """What a typed name was resolved to; ``candidates`` (name, score), best first, when matched only
    approximately (alike or uncertain)."""

    found: T | None
    how: How
    score: float = 100.0
    candidates: tuple[tuple[str, float], ...] = ()

    @property
    def applied(self) -> bool:
        return self.found is not None

    def describe_candidates(self) -> str:
        shown = [f"'{name}' ({score:.0f} % alike)" for name, score in self.candidates]
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


class Directory(Generic[T]):
    """Finds an organisation by a name as someone else typed it."""

    def __init__(self, entries: Iterable[tuple[str, str, T]]) -> None:
        """``entries``: (name, local name or '', organisation) for each organisation."""
        self._by_key: dict[str, T] = {}
        self._local: dict[str, T] = {}
        self._names: dict[int, str] = {}
        self._choices: list[str] = []
        self._owners: list[T] = []
        for name, local, item in entries:
            self._by_key.setdefault(name_key(name), item)
            self._names[id(item)] = name
            words = fuzzy_key(name).split()
            # Every leading part of the name too, so that a slip in a shortened name is still found.
            for end in range(len(words), 0, -1):
                part = " ".join(words[:end])
                if end == len(words) or len(part) >= 4:
                    self._choices.append(part)
                    self._owners.append(item)
            if local:
                self._local.setdefault(name_key(local), item)
                self._choices.append(fuzzy_key(local))
                self._owners.append(item)
        self._keys = sorted(self._by_key)
        self._cache: dict[str, Match[T]] = {}

    def known(self, text: str) -> T | None:
        """The organisation when the name leaves no doubt (same, local or shortened name, or confident)."""
        return self.find(text).found

    def find(self, text: str) -> Match[T]:
        key = name_key(text)
        if not key:
            return Match(None, How.NONE, 0.0)
        if key not in self._cache:
            self._cache[key] = self._find(key)
        return self._cache[key]

    def _find(self, key: str) -> Match[T]:
        if key in self._by_key:
            return Match(self._by_key[key], How.SAME)
        if key in self._local:
            return Match(self._local[key], How.LOCAL)
        # A shortened name ("Equinor" for "Equinor Energy AS") matches when only one name starts with it.
        prefix = key + " "
        starts = []
        for k in self._keys[bisect.bisect_left(self._keys, prefix) :]:
            if not k.startswith(prefix):
                break
            starts.append(k)
        if len(starts) == 1:
            return Match(self._by_key[starts[0]], How.SHORTENED)
        ranked = self._ranked(fuzzy_key(key))
        if len(starts) > 1:
            folded = fuzzy_key(key)
            candidates = [(self._by_key[k], fuzz.token_sort_ratio(folded, fuzzy_key(k))) for k in starts]
            ranked = sorted({id(i): (i, s) for i, s in [*ranked, *candidates]}.values(), key=lambda c: -c[1])
            return Match(None, How.UNCERTAIN, ranked[0][1], self._named(ranked))
        if not ranked:
            return Match(None, How.NONE, 0.0)
        best, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if score >= CONFIDENT_SCORE and score - runner_up >= CLEAR_LEAD:
            return Match(best, How.ALIKE, score, self._named(ranked))
        return Match(None, How.UNCERTAIN, score, self._named(ranked))

    def _ranked(self, folded: str) -> list[tuple[T, float]]:
        """Organisations at least possibly meant, best first, each once (by name or local name)."""
        hits = process.extract(
            folded,
            self._choices,
            scorer=fuzz.token_sort_ratio,
            processor=None,
            limit=2 * MOST_CANDIDATES + 2,
            score_cutoff=POSSIBLE_SCORE,
        )
        best: dict[int, tuple[T, float]] = {}
        for _, score, index in hits:
            owner = self._owners[index]
            if id(owner) not in best or best[id(owner)][1] < score:
                best[id(owner)] = (owner, float(score))
        return sorted(best.values(), key=lambda hit: -hit[1])

    def _named(self, ranked: list[tuple[T, float]]) -> tuple[tuple[str, float], ...]:
        return tuple((self._names[id(item)], score) for item, score in ranked[:MOST_CANDIDATES])


@functools.lru_cache(maxsize=1 << 16)
def folded(text: str) -> str:
    """Text to search in, or to search for, without case or accents: 'tromso' finds 'Tromsø', 'sorvest'
    finds 'Sørvest', 'inigo' finds 'Íñigo'. Remembered, as a window folds the same names after every edit."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold().translate(_FOLDED))
    return text if text.isascii() else "".join(c for c in text if not unicodedata.combining(c))
