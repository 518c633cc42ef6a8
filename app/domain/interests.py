"""Interests as organisations write them, matched loosely.

Interests are free text: 'Offshore-wind energy', 'offshore wind' and 'Offshore Wind' are one interest to an
organiser. Case, accents, punctuation, a plural 's' and a few small words are set aside (``interest_key``);
what remains is compared word by word with rapidfuzz's ``token_set_ratio``, so one interest whose words are
all in the other matches it ('offshore wind' ~ 'offshore wind energy'), and so do small spelling differences
('digitalisation' ~ 'digitalization'), while interests that only share a word do not ('energy storage' is not
'energy transition').
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from app.domain.model import Organisation, OrgId, Pair

SIMILAR = 90
"""``token_set_ratio`` (0-100) from which two interests count as the same; 'port' and 'sport' score 89."""

STOP_WORDS = frozenset({"and", "or", "of", "the", "for", "in", "on", "with", "og", "i", "und", "y", "e"})
"""Words that say nothing of an interest ('ports and logistics' shares nothing with 'oil and gas')."""

_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th"})
_NOT_A_WORD = re.compile(r"[\W_]+")
_BLOCK = 1024
"""Interests compared at once; bounds the memory of the comparison to _BLOCK x vocabulary bytes."""


def folded(text: str) -> str:
    """Text without case or accents, to compare what people type: 'Sørvest Énergie' -> 'sorvest energie'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def interest_key(text: str) -> str:
    """The words of an interest as compared: 'Offshore-Wind Énergies' -> 'offshore wind energie'."""
    words = (_singular(w) for w in _NOT_A_WORD.split(folded(text)) if w and w not in STOP_WORDS)
    return " ".join(w for w in words if w)


def _singular(word: str) -> str:
    """A plural 's' dropped ('ports' -> 'port'); both sides are treated alike, so 'logistic' does no harm."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class SharedInterest:
    """An interest two organisations share, in each one's own words."""

    first: str
    second: str
    similarity: float
    """1.0 when both wrote the same words, less for a near match."""

    def __str__(self) -> str:
        if interest_key(self.first) == interest_key(self.second):
            return self.first
        return f"{self.first} ~ {self.second}"


class InterestMatcher:
    """Who shares interests with whom in one event, the interests compared once for all organisations.

    Each distinct interest (after ``interest_key``) is compared with every other once; organisations are
    then paired through the interests they hold, so the work grows with the pairs that share something, not
    with all pairs of organisations.
    """

    def __init__(self, organisations: Iterable[Organisation], similar: int = SIMILAR) -> None:
        vocabulary: dict[str, int] = {}
        self._own: dict[OrgId, dict[int, str]] = {}
        """Each organisation's interests: key index -> the first wording it gave for that key."""
        holders: dict[int, list[OrgId]] = {}
        for org in organisations:
            own: dict[int, str] = {}
            for text in org.interests:
                key = interest_key(text)
                if not key:
                    continue
                index = vocabulary.setdefault(key, len(vocabulary))
                if index not in own:
                    own[index] = text.strip()
                    holders.setdefault(index, []).append(org.id)
            if own:
                self._own[org.id] = own
        self._holders: Mapping[int, Sequence[OrgId]] = holders
        self._similar = _similar_keys(list(vocabulary), similar)

    def has_interests(self) -> bool:
        """At least two organisations gave an interest, so there is something to compare."""
        return len(self._own) >= 2

    def pairs(self) -> dict[Pair, float]:
        """Every pair of organisations that shares an interest, with a bound its ``score`` never exceeds."""
        found: dict[Pair, float] = {}
        for org, own in self._own.items():
            for key in own:
                for other_key, similarity in self._similar[key].items():
                    for other in self._holders[other_key]:
                        if other > org:
                            found[(org, other)] = found.get((org, other), 0.0) + similarity / 100
        return {pair: round(bound, 2) for pair, bound in found.items()}

    def shared(self, first: OrgId, second: OrgId) -> tuple[SharedInterest, ...]:
        """The interests ``first`` and ``second`` share, each interest matched at most once, closest first."""
        mine, theirs = self._own.get(first, {}), self._own.get(second, {})
        matches = sorted(
            (
                (score, text, theirs[other])
                for key, text in mine.items()
                for other, score in self._similar[key].items()
                if other in theirs
            ),
            key=lambda m: -m[0],
        )
        used_mine: set[str] = set()
        used_theirs: set[str] = set()
        shared = []
        for score, text, other_text in matches:
            if text not in used_mine and other_text not in used_theirs:
                used_mine.add(text)
                used_theirs.add(other_text)
                shared.append(SharedInterest(text, other_text, score / 100))
        return tuple(shared)

    @staticmethod
    def score(shared: Iterable[SharedInterest]) -> float:
        """How much two organisations share: 1 for each interest in the same words, a little less for a near
        match."""
        return round(sum(s.similarity for s in shared), 2)

    def interest_count(self, org: OrgId) -> int:
        """How many distinct interests the organisation gave."""
        return len(self._own.get(org, {}))


def _similar_keys(keys: Sequence[str], similar: int) -> list[dict[int, float]]:
    """For each key, the keys (itself included) at least ``similar`` alike, with their score."""
    found: list[dict[int, float]] = [{i: 100.0} for i in range(len(keys))]
    for start in range(0, len(keys), _BLOCK):
        scores = process.cdist(
            keys[start : start + _BLOCK],
            keys,
            scorer=fuzz.token_set_ratio,
            score_cutoff=similar,
            dtype=np.uint8,
            workers=1,
        )
        for row, column in zip(*np.nonzero(scores), strict=True):
            first, second = start + int(row), int(column)
            if first != second:
                found[first][second] = float(scores[row, column])
    return found
