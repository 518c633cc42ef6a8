"""The words on the paper in English and in the reader's language: agenda headings, labels and sentences,
dates and times.

The translations are gettext catalogues beside this file (``translations/nb.po``, ...), English message ids
with ``{name}`` placeholders, read once per run with babel; plural forms follow each catalogue's own rule
("3 meetings", "3 møter", "3 场会议"). Which organisation reads which language is data too
(``translations/readers.toml``). A message without a translation is printed in English only.
"""

from __future__ import annotations

import gettext
import io
import tomllib
import unicodedata
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from importlib.resources import files

from babel.dates import format_date, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app.domain import Event, OrgId, language_key, language_keys, language_name

ENGLISH = ""
"""The locale of a reader who reads English: the paper speaks English only."""


def _fold(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@cache
def _readers() -> tuple[dict[str, str], dict[str, str]]:
    """Language key -> locale, and folded country name -> locale."""
    data = tomllib.loads(files("app.documents").joinpath("translations", "readers.toml").read_text("utf-8"))
    countries = {_fold(name): locale for locale, names in data["countries"].items() for name in names}
    return dict(data["languages"]), countries


def locales() -> tuple[str, ...]:
    """Every reader's locale MeetGrid has a translation for, in a stable order."""
    languages, countries = _readers()
    return tuple(sorted(set(languages.values()) | set(countries.values())))


def reader_locale(event: Event, org_id: OrgId) -> str:
    """The language the organisation reads besides English: the first of its languages with a translation;
    when it registered no language at all, its country's; else ``ENGLISH`` (English only)."""
    languages, countries = _readers()
    spoken_here = event.languages_of(org_id)
    for spoken in spoken_here:
        for key in (language_key(spoken), *sorted(language_keys([spoken]))):
            if key in languages:
                return languages[key]
    if spoken_here:  # it said which languages it reads, and none is one MeetGrid translates into
        return ENGLISH
    return countries.get(_fold(event.organisation_by_id[org_id].country), ENGLISH)


@cache
def catalogue(locale: str) -> gettext.NullTranslations:
    """The translations into ``locale`` (read once), or none for English."""
    if locale == ENGLISH:
        return gettext.NullTranslations()
    source = files("app.documents").joinpath("translations", f"{locale}.po")
    with source.open("rb") as po:
        messages = read_po(po, locale=locale)
    compiled = io.BytesIO()
    write_mo(compiled, messages)  # fuzzy entries are left out, so they print in English
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


Pair = tuple[str, str]
"""A text in English and in the reader's language ('' when the reader reads English, or the two agree)."""


def both(pair: Pair, joiner: str = " · ") -> str:
    """The two texts of a pair on one line ('Meetings · Møter'), or the English alone."""
    english, theirs = pair
    return f"{english}{joiner}{theirs}" if theirs else english


def _theirs(value: object) -> object:
    if isinstance(value, tuple):
        return value[1] or value[0]
    return value


@dataclass(frozen=True)
class Words:
    """The words of one reader: each message in English and in the reader's language."""

    locale: str = ENGLISH

    @property
    def bilingual(self) -> bool:
        return self.locale != ENGLISH

    def _pair(self, english: str, translated: str, values: dict[str, object]) -> Pair:
        first = english.format(**{k: v[0] if isinstance(v, tuple) else v for k, v in values.items()})
        if not self.bilingual:
            return first, ""
        second = translated.format(**{k: _theirs(v) for k, v in values.items()})
        return first, ("" if second == first else second)

    def text(self, message: str, **values: object) -> Pair:
        """A message with its ``{placeholders}`` filled in; a value that is itself a ``Pair`` (a language's
        name) fills each language's message with its own words."""
        return self._pair(message, catalogue(self.locale).gettext(message), values)

    def plural(self, singular: str, plural: str, count: int, **values: object) -> Pair:
        """A message counting something, in the plural form each language needs; ``{count}`` is the count."""
        english = singular if count == 1 else plural
        translated = catalogue(self.locale).ngettext(singular, plural, count)
        return self._pair(english, translated, {"count": count, **values})

    def label(self, context: str, message: str) -> Pair:
        """A word known by context ('break': 'Lunch'; 'language': 'Chinese'); the organiser's own words,
        which have no translation, stay as they are."""
        return self._pair(message, catalogue(self.locale).pgettext(context, message), {})

    def language(self, name: str) -> Pair:
        """A language as documents name it ('Chinese'), and in the reader's language ('kinesisk')."""
        return self.label("language", language_name(name))

    def date(self, day: date) -> Pair:
        """'Tuesday 9 June 2026' and the reader's 'tirsdag 9. juni 2026'."""
        english = f"{day:%A} {day.day} {day:%B %Y}"
        if not self.bilingual:
            return english, ""
        theirs = format_date(day, format="full", locale=self.locale)
        return english, ("" if theirs == english else theirs)

    def time_span(self, start: time, end: time) -> Pair:
        """'13:00–13:20', and the reader's way when it differs."""
        english = f"{start:%H:%M}–{end:%H:%M}"
        if not self.bilingual:
            return english, ""
        short = [format_time(moment, format="short", locale=self.locale) for moment in (start, end)]
        theirs = "–".join(short)
        # '9:00' is '09:00' without its zero: the same time, written once.
        unpadded = "–".join(f"{moment.hour}:{moment:%M}" for moment in (start, end))
        return english, ("" if theirs in (english, unpadded) else theirs)


def words_for(event: Event, org_id: OrgId) -> Words:
    """The words of the organisation's reader."""
    return Words(reader_locale(event, org_id))
