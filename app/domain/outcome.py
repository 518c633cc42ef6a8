"""What a timetable leaves to the organiser: meetings that need interpreting, and the unmet requests by
reason with what to do about them.

Pure values and functions over an ``Event``; ``app.services.reports`` adds the advice and the warnings, the
exports and the two faces show them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.languages import language_name
from app.domain.model import Event, Meeting, MeetingId, SlotId


def interpreting_languages(event: Event, meeting: Meeting) -> tuple[str, str] | None:
    """The languages to book an interpreter between, for a meeting that needs interpreting (its sides share
    no language, no interpreter is named): the first language each side lists, in alphabetical order, so
    that a Chinese–Norwegian meeting is one whichever side comes first. None when it needs none."""
    if not event.needs_interpreting(meeting):
        return None
    first, second = (language_name(side[0]) for side in event.meeting_languages(meeting))
    return (first, second) if (first.casefold(), first) <= (second.casefold(), second) else (second, first)


@dataclass(frozen=True, slots=True)
class InterpretingNeed:
    """Meetings that need interpreting between one pair of languages: what to book interpreters for."""

    languages: tuple[str, str]
    meetings: int
    most_at_once: int
    """The most of these meetings in one slot: how many interpreters the pair needs at the busiest time."""

    def line(self) -> str:
        """'12 meetings need Chinese–Norwegian interpreting, at most 4 at the same time'."""
        first, second = self.languages
        count = f"{self.meetings} meeting needs" if self.meetings == 1 else f"{self.meetings} meetings need"
        return f"{count} {first}–{second} interpreting, at most {self.most_at_once} at the same time"


def interpreting_needs(
    event: Event, needed: Mapping[MeetingId, tuple[str, str]]
) -> tuple[InterpretingNeed, ...]:
    """``needed`` (meeting id -> its languages, from ``interpreting_languages``) grouped by pair of
    languages, the pair with the most meetings first, each with the most at once in one slot."""
    slot_of: dict[MeetingId, SlotId] = {m.id: m.slot_id for m in event.meetings}
    meetings: Counter[tuple[str, str]] = Counter()
    at_once: Counter[tuple[tuple[str, str], SlotId]] = Counter()
    for meeting_id, languages in needed.items():
        meetings[languages] += 1
        at_once[(languages, slot_of[meeting_id])] += 1
    peak: Counter[tuple[str, str]] = Counter()
    for (languages, _slot), count in at_once.items():
        peak[languages] = max(peak[languages], count)
    ordered = sorted(meetings, key=lambda pair: (-meetings[pair], pair[0].casefold(), pair[1].casefold()))
    return tuple(InterpretingNeed(pair, meetings[pair], peak[pair]) for pair in ordered)


def most_needing_at_once(event: Event, needed: Mapping[MeetingId, tuple[str, str]]) -> int:
    """The most meetings needing interpreting in one slot, whatever their languages."""
    slot_of: dict[MeetingId, SlotId] = {m.id: m.slot_id for m in event.meetings}
    return max(Counter(slot_of[meeting_id] for meeting_id in needed).values(), default=0)


@dataclass(frozen=True, slots=True)
class UnmetCount:
    """How many requests one reason leaves unmet, and what the organiser can do about it."""

    reason: str
    """The reason code of ``UnmetRequest.reason`` ('tables full', 'cap reached', …)."""
    requests: int
    """Requests, not pairs: a mutual pair left unmet counts twice, as it counts twice among those met."""
    advice: str

    def line(self) -> str:
        """'tables full: 40 requests; add tables or a slot'."""
        noun = "request" if self.requests == 1 else "requests"
        return f"{self.reason}: {self.requests} {noun}; {self.advice}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the summary says beyond the counts, for the exports: the summary as lines, the unmet requests by
    reason, the meetings needing interpreting and the warnings."""

    lines: tuple[str, ...] = ()
    unmet_by_reason: tuple[UnmetCount, ...] = ()
    interpreting: tuple[InterpretingNeed, ...] = ()
    warnings: tuple[str, ...] = ()
