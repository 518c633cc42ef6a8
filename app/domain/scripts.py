"""Names in two scripts: '王海涛 Wang Haitao' is registered as one name but printed as two lines."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_BRACKETS = re.compile(r"[()（）\[\]【】/|,，]")


@cache
def _is_local_letter(char: str) -> bool:
    """A letter of a script other than Latin (Chinese, Japanese, Korean, Cyrillic, Greek, Arabic, ...)."""
    if not char.isalpha():
        return False
    return not unicodedata.name(char, "").startswith("LATIN")


def has_local_script(text: str) -> bool:
    return any(_is_local_letter(ch) for ch in text)


def two_scripts(name: str, local_name: str = "") -> tuple[str, str]:
    """The name in Latin letters and in its local script, as two strings ('' where there is none).

    With ``local_name`` given (an organisation's local name, a person's name in Chinese) the two are kept as
    given. Otherwise a name written in both scripts is split by word: '王海涛 Wang Haitao' and
    'Wang Haitao (王海涛)' both give ('Wang Haitao', '王海涛'). A name in one script is returned whole in
    its place.
    """
    name = " ".join(name.split())
    if local_name.strip():
        return name, " ".join(local_name.split())
    words = _BRACKETS.sub(" ", name).split()
    local = [w for w in words if has_local_script(w)]
    latin = [w for w in words if not has_local_script(w)]
    if not local:
        return name, ""
    if not latin:
        return "", " ".join(local)
    joiner = "" if _all_cjk(local) else " "  # Chinese and Japanese write no spaces between words
    return " ".join(latin), joiner.join(local)


def _all_cjk(words: list[str]) -> bool:
    return all(ord(ch) >= 0x2E80 for word in words for ch in word)
