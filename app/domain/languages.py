"""Language names as organisers type them: one key a language, whatever its spelling, code or script.

The names are data (``languages.toml``, beside this file), so an organiser or a translator adds one as a
line.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

_BRACKETED = re.compile(r"[(（\[]([^)）\]]*)[)）\]]")
_SEPARATOR = re.compile(r"\s+(?:and|og|y|i|e|und|or|eller|o)\s+|\s*[&+、，,;；/|和及与與]\s*")
"""Between two languages typed in one entry: 'Chinese and English', 'norsk og engelsk', '中文、英文'."""


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@cache
def _known() -> tuple[dict[str, str], dict[str, str]]:
    """Every known spelling (folded) -> its language's key, and each key -> the name documents use."""
    data = tomllib.loads(files("app.domain").joinpath("languages.toml").read_text(encoding="utf-8"))
    spellings: dict[str, str] = {}
    names: dict[str, str] = {}
    for key, entry in data.items():
        names[key] = entry["name"]
        for spelling in (key, entry["name"], *entry.get("other_names", ())):
            spellings[_fold(spelling)] = key
    return spellings, names


def language_key(name: str) -> str:
    """One spelling a language, so 'Mandarin', '中文', 'zh' and 'Chinese (Mandarin)' are the same language.
    A language MeetGrid does not know is its own spelling, folded."""
    spellings, _ = _known()
    folded = _fold(name)
    if folded in spellings:
        return spellings[folded]
    bare = _fold(_BRACKETED.sub(" ", name))
    if bare in spellings:
        return spellings[bare]
    for inner in _BRACKETED.findall(name):
        if _fold(inner) in spellings:
            return spellings[_fold(inner)]
    return bare or folded


def language_keys(names: Iterable[str]) -> frozenset[str]:
    """The languages of a list as typed, each entry perhaps naming several ('Chinese and English')."""
    keys: set[str] = set()
    for name in names:
        whole = language_key(name)
        parts = [p for p in _SEPARATOR.split(_BRACKETED.sub(" ", name)) if p.strip()]
        if whole in _known()[1] or len(parts) < 2:
            keys.add(whole)
        else:
            keys.update(language_key(p) for p in parts)
    keys.discard("")
    return frozenset(keys)


def language_name(name: str) -> str:
    """A language as documents name it: 'Chinese' for 'Mandarin' or '中文'; one MeetGrid does not know keeps
    the organisation's own wording."""
    return _known()[1].get(language_key(name), " ".join(name.split()))
