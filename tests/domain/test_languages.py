"""Language names as organisers type them."""

from __future__ import annotations

import pytest

from app.domain import Interpreter, language_key, language_keys, language_name, share_a_language


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Chinese", "chinese"),
        ("Mandarin", "chinese"),
        ("zh", "chinese"),
        ("中文", "chinese"),
        ("普通话", "chinese"),
        ("Chinese (Mandarin)", "chinese"),
        ("Norwegian", "norwegian"),
        ("Bokmål", "norwegian"),
        ("bokmal", "norwegian"),
        ("no", "norwegian"),
        ("nb", "norwegian"),
        ("Norsk", "norwegian"),
        ("Spanish", "spanish"),
        ("es", "spanish"),
        ("Español", "spanish"),
        ("castellano", "spanish"),
        ("Valencian", "catalan"),
        ("Valencià", "catalan"),
        ("Català", "catalan"),
        ("ca", "catalan"),
        ("  ENGLISH ", "english"),
        ("英文", "english"),
        ("Davvisámegiella", "davvisamegiella"),
    ],
)
def test_a_language_is_known_by_its_other_names(typed: str, key: str) -> None:
    assert language_key(typed) == key


def test_one_entry_may_name_several_languages() -> None:
    assert language_keys(["Chinese and English"]) == {"chinese", "english"}
    assert language_keys(["norsk og engelsk"]) == {"norwegian", "english"}
    assert language_keys(["中文、英文"]) == {"chinese", "english"}
    assert language_keys(["Chinese (Mandarin)"]) == {"chinese"}, "a hint in brackets is no second language"


def test_sides_that_typed_a_language_differently_share_it() -> None:
    assert share_a_language(["中文"], ["Mandarin", "Norsk"])
    assert share_a_language(["Valencià", "castellano"], ["Spanish"])
    assert share_a_language(["Chinese and English"], ["engelsk"])
    assert not share_a_language(["中文"], ["Norsk", "Español"])
    assert share_a_language([], ["Norsk"]), "a side with no languages listed needs no interpreter"


def test_an_interpreter_bridges_sides_whatever_their_spelling() -> None:
    interpreter = Interpreter(1, "Liu Mei", ("zh", "nb"))
    assert interpreter.bridges(["中文"], ["Norwegian (Bokmål)"])
    assert not interpreter.bridges(["中文"], ["Español"])


def test_documents_name_a_language_in_english_or_as_the_organisation_typed_it() -> None:
    assert [language_name(x) for x in ("普通话", "nb", "valenciano", "Davvisámegiella")] == [
        "Chinese",
        "Norwegian",
        "Catalan",
        "Davvisámegiella",
    ]
