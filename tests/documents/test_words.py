"""The words on the paper: every message the agenda and the calendars use is translated into every language,
placeholders kept, plurals by each language's rule, dates in the reader's convention, and each organisation
reads the language its registration says."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from datetime import date, time
from importlib.resources import files
from pathlib import Path

import factories as f
import pytest
from babel.messages.extract import extract
from babel.messages.pofile import read_po

from app.documents.words import ENGLISH, Words, both, catalogue, locales, reader_locale
from app.domain import Organisation, Participant

TRANSLATIONS = Path(str(files("app.documents").joinpath("translations")))
SOURCES = [Path(str(files("app.documents").joinpath(name))) for name in ("agenda_pdf.py", "calendar_ics.py")]
KEYWORDS = {
    "text": None,
    "plural": (1, 2),
    "label": ((1, "c"), 2),
    "_heading": (2,),
    "_label": (2,),
    "_head_cell": (2,),
}
"""The calls through which the documents pass English words on to ``Words``."""
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def used_messages() -> set[tuple[str | None, str | tuple[str, str]]]:
    """(context, message id) of every literal message the agenda and calendar code pass to ``Words``; a
    plural message's id is its (singular, plural)."""
    found: set[tuple[str | None, str | tuple[str, str]]] = set()
    for source in SOURCES:
        with source.open("rb") as code:
            for _line, message, _comments, context in extract("python", code, keywords=KEYWORDS):
                found.add((context, message if isinstance(message, str) else (message[0], message[1])))
    return found


def language_names() -> list[str]:
    text = Path(str(files("app.domain").joinpath("languages.toml"))).read_text(encoding="utf-8")
    return [entry["name"] for entry in tomllib.loads(text).values()]


def po_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.po"))


def test_there_is_a_translation_file_for_every_readers_language() -> None:
    assert {path.stem for path in po_files()} == set(locales()) == {"nb", "es", "zh_Hans"}


def test_the_documents_use_the_messages_the_extraction_finds() -> None:
    messages = used_messages()
    for expected in ("Meetings", "Participants", "Time", "Attendees", "Interests", "Partner", "Interpreter"):
        assert (None, expected) in messages
    assert len(messages) >= 16
    assert (None, ("{count} meeting", "{count} meetings")) in messages
    assert any(isinstance(m, tuple) and "{count} minutes" in m[1] for _, m in messages)
    assert (None, "Page {number} of {total}") in messages


@pytest.mark.parametrize("po", po_files(), ids=lambda p: p.stem)
def test_every_message_is_translated_with_its_placeholders_and_plural_forms(po: Path) -> None:
    with po.open("rb") as source:
        catalog = read_po(source)
    entries = {(m.context, m.id): m for m in catalog if m.id}
    wanted = used_messages() | {("language", name) for name in language_names()}
    for context, message in wanted:
        entry = entries.get((context, message))
        assert entry is not None, f"{po.name} lacks {message!r}"
        assert not entry.fuzzy, f"{po.name}: {message!r} is fuzzy"
        if isinstance(message, tuple):
            forms = entry.string
            assert isinstance(forms, tuple) and len(forms) == catalog.num_plurals, (po.name, message)
        else:
            forms = (entry.string,)
        originals = [message] if isinstance(message, str) else list(message)
        for form in forms:
            assert form.strip(), f"{po.name}: {message!r} has an empty translation"
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(originals[-1])), (
                f"{po.name}: {form!r} must keep the placeholders of {originals[-1]!r}"
            )


@pytest.mark.parametrize("po", po_files(), ids=lambda p: p.stem)
def test_every_translation_file_has_the_same_messages(po: Path) -> None:
    def ids(path: Path) -> set[tuple[str | None, object]]:
        with path.open("rb") as source:
            return {(m.context, m.id) for m in read_po(source) if m.id}

    assert ids(po) == ids(po_files()[0])


@pytest.mark.parametrize(
    ("locale", "one", "three"),
    [
        ("nb", "1 møte", "3 møter"),
        ("es", "1 reunión", "3 reuniones"),
        ("zh_Hans", "1 场会议", "3 场会议"),
        (ENGLISH, "", ""),
    ],
)
def test_counts_follow_each_languages_plural_rule(locale: str, one: str, three: str) -> None:
    words = Words(locale)
    assert words.plural("{count} meeting", "{count} meetings", 1) == ("1 meeting", one)
    assert words.plural("{count} meeting", "{count} meetings", 3) == ("3 meetings", three)


@pytest.mark.parametrize(
    ("locale", "day", "span"),
    [
        ("nb", "tirsdag 9. juni 2026", ""),
        ("zh_Hans", "2026年6月9日星期二", ""),
        ("es", "martes, 9 de junio de 2026", ""),
        (ENGLISH, "", ""),
    ],
)
def test_dates_and_times_in_the_readers_convention(locale: str, day: str, span: str) -> None:
    words = Words(locale)
    assert words.date(date(2026, 6, 9)) == ("Tuesday 9 June 2026", day)
    assert words.time_span(time(13), time(13, 20)) == ("13:00–13:20", span), "24-hour clocks agree"


def test_a_language_name_is_a_value_each_language_fills_in_with_its_own_word() -> None:
    words = Words("nb")
    note = words.text(
        "Interpreting needed ({first}–{second})",
        first=words.language("Mandarin"),
        second=words.language("Bokmål"),
    )
    assert note == ("Interpreting needed (Chinese–Norwegian)", "Trenger tolk (kinesisk–norsk)")
    assert Words("zh_Hans").language("Klingon") == ("Klingon", ""), "an unknown language stays as typed"
    assert both(Words("es").label("break", "Lunch")) == "Lunch · Almuerzo"
    assert both(Words("es").label("break", "Visit to the harbour")) == "Visit to the harbour"


def test_a_message_without_translation_prints_in_english_only() -> None:
    assert Words("nb").text("A sentence no translator has seen yet") == (
        "A sentence no translator has seen yet",
        "",
    )
    assert catalogue("nb") is catalogue("nb"), "each catalogue is read once"


def reader(org: Organisation, *people_languages: tuple[str, ...]) -> str:
    people = tuple(
        Participant(i, org.id, f"Person {i}", languages=spoken)
        for i, spoken in enumerate(people_languages, 1)
    )
    return reader_locale(f.event((org,), people or (Participant(1, org.id, "Person 1"),)), org.id)


@pytest.mark.parametrize(
    ("languages", "country", "expected"),
    [
        (("Chinese (Simplified)",), "", "zh_Hans"),
        (("Mandarin",), "", "zh_Hans"),
        (("中文",), "", "zh_Hans"),
        (("Bokmål",), "", "nb"),
        (("nb",), "", "nb"),
        (("no",), "", "nb"),
        (("norsk",), "", "nb"),
        (("Español",), "", "es"),
        (("Catalan",), "", "es"),
        (("Valencià",), "", "es"),
        (("English", "Norwegian"), "", "nb"),
        (("English",), "", ENGLISH),
        (("German",), "", ENGLISH),
        ((), "Norge", "nb"),
        ((), "People's Republic of China", "zh_Hans"),
        ((), "España", "es"),
        ((), "Germany", ENGLISH),
        ((), "", ENGLISH),
        (("Spanish",), "Norway", "es"),
        (("English",), "Norway", ENGLISH),
    ],
)
def test_each_organisation_reads_its_own_language(
    languages: tuple[str, ...], country: str, expected: str
) -> None:
    assert reader(Organisation(1, "Org", country=country, languages=languages)) == expected


def test_the_languages_of_its_people_count_too() -> None:
    org = Organisation(1, "Org")
    assert reader(org, ("English",), ("Chinese and English",)) == "zh_Hans"
    # Registered as reading English only: English only, wherever the organisation is from.
    assert reader(dataclasses.replace(org, country="Spain"), ("English",)) == ENGLISH
    assert reader(dataclasses.replace(org, country="Spain"), ()) == "es"


@pytest.mark.parametrize("locale", ["es", "nb", "zh_Hans"])
def test_a_time_the_reader_writes_the_same_way_is_printed_once(locale: str) -> None:
    assert Words(locale).time_span(time(9), time(9, 20)) == ("09:00–09:20", "")
    assert Words(locale).time_span(time(13, 5), time(13, 25)) == ("13:05–13:25", "")
