"""The organiser's world as frozen, validated values: who comes, who wants to meet whom, when and where.

Everything above the storage layer works on these values; ORM objects never leave ``app.storage``.

Over 400 lines because the domain values refer to each other; one module keeps them together for every layer.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import IntEnum, StrEnum
from functools import cached_property

from app.domain.languages import language_key, language_keys
from app.domain.scripts import two_scripts

OrgId = int
ParticipantId = int
SlotId = int
TableId = int
MeetingId = int
Pair = tuple[OrgId, OrgId]


def pair_of(a: OrgId, b: OrgId) -> Pair:
    """The unordered pair {a, b} in its canonical order."""
    return (a, b) if a < b else (b, a)


class Priority(IntEnum):
    """How much a requester wants a meeting; lower numbers matter more."""

    MUST_MEET = 1
    WOULD_LIKE = 2
    IF_TIME_ALLOWS = 3


DEFAULT_PRIORITY = Priority.WOULD_LIKE


@dataclass(frozen=True, slots=True)
class Period:
    """A span of the day in which someone is away (every day of the event)."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start >= self.end:
            raise ValueError(f"{self.start:%H:%M}-{self.end:%H:%M} must end after it starts")

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return start.time() < self.end and self.start < end.time()

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def away_during(periods: tuple[Period, ...], start: datetime, end: datetime) -> bool:
    return any(p.overlaps(start, end) for p in periods)


class DaySession(StrEnum):
    """Part of the day a meeting is wished for."""

    ANY = ""
    MORNING = "morning"
    AFTERNOON = "afternoon"

    def allows(self, start: datetime) -> bool:
        if self is DaySession.MORNING:
            return start.time() < MIDDAY
        if self is DaySession.AFTERNOON:
            return start.time() >= MIDDAY
        return True


MIDDAY = time(12)
"""Meetings starting before it are in the morning session, the others in the afternoon."""


@dataclass(frozen=True, slots=True)
class Organisation:
    id: OrgId
    name: str
    local_name: str = ""
    group: str = ""
    country: str = ""
    interests: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    available_from: time | None = None
    available_until: time | None = None
    max_meetings: int | None = None
    min_meetings: int | None = None
    """Meetings the organisation must have at least; planning fails, naming it, when that is impossible."""
    away: tuple[Period, ...] = ()
    """Spans of the day when the whole organisation is away (a site visit, a plenary talk of its own)."""
    table: str = ""
    """The table the organisation keeps all day (a host's own table; the others come to it), by name."""
    walk_in: bool = False
    """Registered at the desk on the day, not beforehand."""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an organisation needs a name")
        if self.max_meetings is not None and self.max_meetings < 0:
            raise ValueError(f"{self.name}: max meetings cannot be negative")
        if self.min_meetings is not None and self.min_meetings < 0:
            raise ValueError(f"{self.name}: min meetings cannot be negative")
        if (
            self.min_meetings is not None
            and self.max_meetings is not None
            and self.min_meetings > self.max_meetings
        ):
            raise ValueError(
                f"{self.name}: min meetings ({self.min_meetings}) is above max meetings ({self.max_meetings})"
            )
        if (
            self.available_from is not None
            and self.available_until is not None
            and self.available_from >= self.available_until
        ):
            raise ValueError(f"{self.name}: 'available from' must be before 'available until'")

    @property
    def names(self) -> tuple[str, str]:
        """The name in Latin letters and in the local script ('' where there is none)."""
        return two_scripts(self.name, self.local_name)

    def available_during(self, start: datetime, end: datetime) -> bool:
        """True when the whole span [start, end) lies inside the organisation's window."""
        if self.available_from is not None and start.time() < self.available_from:
            return False
        if self.available_until is not None and end.time() > self.available_until:
            return False
        return not away_during(self.away, start, end)


@dataclass(frozen=True, slots=True)
class Participant:
    id: ParticipantId
    organisation_id: OrgId
    name: str
    title: str = ""
    email: str = ""
    languages: tuple[str, ...] = ()
    away: tuple[Period, ...] = ()
    """Spans of the day when this person is away; the organisation meets with its other people then."""
    local_name: str = ""
    """The name in the person's own script, when registered apart from ``name``."""
    code: str = ""
    """The check-in code on the badge and agenda ('' until the event file gives one)."""
    walk_in: bool = False
    """Registered at the desk on the day, not beforehand."""

    @property
    def names(self) -> tuple[str, str]:
        """The name in Latin letters and in the local script ('' where there is none)."""
        return two_scripts(self.name, self.local_name)


@dataclass(frozen=True, slots=True)
class Attendance:
    """What the desk knows of one person on the day: when they arrived, from when they are expected (a late
    arrival) and from when they are absent (gone, or not coming at all: the day's start)."""

    participant_id: ParticipantId
    arrived_at: datetime | None = None
    expected_from: datetime | None = None
    absent_from: datetime | None = None

    def present(self, start: datetime, end: datetime) -> bool:
        """Whether the person can sit in a meeting from ``start`` to ``end`` as far as the desk knows."""
        if self.absent_from is not None and self.absent_from < end:
            return False
        return not (self.expected_from is not None and start < self.expected_from and self.arrived_at is None)


class MeetingResult(StrEnum):
    """What became of a meeting, as the desk or the feedback says."""

    UNKNOWN = ""
    HELD = "held"
    NOT_HELD = "not held"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What came of a meeting between two organisations: held or not (and who was missing), whether they
    want to follow up, and a rating of 1 to 5."""

    organisation_ids: Pair
    result: MeetingResult = MeetingResult.UNKNOWN
    missing: str = ""
    follow_up: bool = False
    rating: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "organisation_ids", pair_of(*self.organisation_ids))
        if self.rating is not None and not 1 <= self.rating <= 5:
            raise ValueError("a rating is from 1 to 5")


@dataclass(frozen=True, slots=True)
class MeetingRequest:
    """One organisation's wish to meet another."""

    requester_id: OrgId
    requested_id: OrgId
    priority: Priority = DEFAULT_PRIORITY
    session: DaySession = DaySession.ANY
    agreed: bool = False
    """Both sides agreed to the meeting before the day (on a matchmaking platform): it must take place."""

    def __post_init__(self) -> None:
        if self.requester_id == self.requested_id:
            raise ValueError("an organisation cannot request a meeting with itself")


InterpreterId = int


def share_a_language(first: Sequence[str], second: Sequence[str]) -> bool:
    """Two sides can talk without help; a side with no languages listed is assumed to need none."""
    if not first or not second:
        return True
    return bool(language_keys(first) & language_keys(second))


@dataclass(frozen=True, slots=True)
class Interpreter:
    """An interpreter: the languages they work between and when they are there. One meeting at a time."""

    id: InterpreterId
    name: str
    languages: tuple[str, ...]
    available_from: time | None = None
    available_until: time | None = None
    away: tuple[Period, ...] = ()
    code: str = ""
    """The check-in code on the interpreter's badge ('' until the event file gives one)."""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an interpreter needs a name")
        if len(language_keys(self.languages)) < 2:
            raise ValueError(f"interpreter {self.name} needs at least two languages")

    def available_during(self, start: datetime, end: datetime) -> bool:
        if self.available_from is not None and start.time() < self.available_from:
            return False
        if self.available_until is not None and end.time() > self.available_until:
            return False
        return not away_during(self.away, start, end)

    @property
    def names(self) -> tuple[str, str]:
        return two_scripts(self.name)

    def bridges(self, first: Sequence[str], second: Sequence[str]) -> bool:
        """Speaks a language of each side."""
        mine = language_keys(self.languages)
        return bool(mine & language_keys(first)) and bool(mine & language_keys(second))


@dataclass(frozen=True, slots=True)
class Precedence:
    """Meeting ``first`` happens before meeting ``then`` when both take place."""

    first: Pair
    then: Pair

    def __post_init__(self) -> None:
        object.__setattr__(self, "first", pair_of(*self.first))
        object.__setattr__(self, "then", pair_of(*self.then))
        if self.first == self.then:
            raise ValueError("a meeting cannot come before itself")


@dataclass(frozen=True, slots=True)
class Registrations:
    """What an import yields: organisations, their people and their wishes, with provisional ids."""

    organisations: tuple[Organisation, ...] = ()
    participants: tuple[Participant, ...] = ()
    requests: tuple[MeetingRequest, ...] = ()
    apart: tuple[Pair, ...] = ()
    """Pairs the organiser never wants to meet (competitors, a known dispute)."""
    precedences: tuple[Precedence, ...] = ()
    interpreters: tuple[Interpreter, ...] = ()


@dataclass(frozen=True, slots=True)
class Break:
    """A pause in the meeting grid (lunch, coffee, a plenary session)."""

    start: time
    end: time
    label: str = "Break"

    def __post_init__(self) -> None:
        if self.start >= self.end:
            raise ValueError(f"break {self.start:%H:%M}-{self.end:%H:%M} must end after it starts")


@dataclass(frozen=True, slots=True)
class EventDay:
    date: date
    start: time
    end: time
    breaks: tuple[Break, ...] = ()

    def __post_init__(self) -> None:
        if self.start >= self.end:
            raise ValueError(f"{self.date}: the first meeting must start before the last one ends")


@dataclass(frozen=True, slots=True)
class Table:
    id: TableId
    name: str
    seats: int = 6


class Tier(StrEnum):
    """One goal of the timetable; the organiser ranks them, and a lower tier never costs a higher one."""

    FAIRNESS = "fairness"
    """Every organisation that asked for meetings gets some, the worst-off first."""
    REQUESTS = "requests"
    """Mutual requests first, then one-way requests, by priority."""
    IDLE_GAPS = "gaps"
    """Few runs of idle slots between two meetings of an organisation, fairly spread."""
    INTERPRETING = "interpreting"
    """Meetings whose sides share no language get an interpreter where one can be there (when
    interpreting is only preferred; when it is required, such a meeting has one or does not happen)."""

    @classmethod
    def parse(cls, text: str) -> tuple[Tier, ...]:
        """Tiers from a comma-separated list such as ``requests,fairness,gaps``."""
        words = [w.strip().casefold() for w in text.split(",") if w.strip()]
        known = {t.value: t for t in cls} | {
            "idle gaps": cls.IDLE_GAPS,
            "meetings": cls.REQUESTS,
            "interpreters": cls.INTERPRETING,
        }
        unknown = [w for w in words if w not in known]
        if unknown:
            raise ValueError(
                f"unknown objective tier '{unknown[0]}'; use {', '.join(t.value for t in cls)} in your order"
            )
        return tuple(known[w] for w in words)


DEFAULT_TIERS = (Tier.FAIRNESS, Tier.REQUESTS, Tier.INTERPRETING, Tier.IDLE_GAPS)
"""Fairness first, then the requests, then interpreters on the meetings that need them, then compact days.
Table changes are always minimised last, once the times are fixed."""


class Interpreting(StrEnum):
    """What a meeting whose sides share no language needs from the registered interpreters."""

    PREFERRED = "preferred"
    """Planned like any other; an interpreter is named where one can be, the rest are marked as needing
    interpreting (the organiser books more, or the delegation brings its own)."""
    REQUIRED = "required"
    """No interpreter free, no meeting."""

    @classmethod
    def parse(cls, text: str) -> Interpreting:
        word = text.strip().casefold()
        for mode in cls:
            if mode.value == word:
                return mode
        raise ValueError(f"unknown interpreting rule '{text}'; use 'required' or 'preferred'")


@dataclass(frozen=True, slots=True)
class EventSettings:
    name: str
    days: tuple[EventDay, ...]
    venue: str = ""
    meeting_minutes: int = 20
    pause_minutes: int = 5
    table_count: int = 10
    seats_per_table: int = 6
    max_meetings: int | None = None
    across_groups_only: bool = False
    """Plan only meetings between organisations of different groups (e.g. delegation and hosts)."""
    min_meetings: int | None = None
    """Every organisation with wishes gets at least this many meetings (or as many as it asked for)."""
    max_in_a_row: int | None = None
    """After this many meetings in a row, a participant gets at least one slot's pause."""
    custom_tables: tuple[tuple[str, int], ...] = ()
    """Tables by name and seats, when they differ; empty: ``table_count`` tables of ``seats_per_table``."""
    host_group: str = ""
    """Fixed host tables: every organisation of this group keeps a table of its own all day and the
    others come to it. Empty: tables are shared, and people change tables as little as possible."""
    tiers: tuple[Tier, ...] = DEFAULT_TIERS
    """The objective's tiers, most important first; a tier left out is not pursued."""
    interpreting: Interpreting = Interpreting.PREFERRED
    """Whether a meeting whose sides share no language must have a registered interpreter. Without any
    interpreter registered, such meetings are always planned and marked as needing interpreting."""
    time_zone: str = ""
    """The IANA time zone of the venue ('Europe/Oslo') for calendar files; '' is the computer's own."""
    badge_colours: tuple[tuple[str, str], ...] = ()
    """The colour of the badge band per group ('Delegation', '#C0392B'), where the organiser chose one;
    the others get MeetGrid's colours."""
    badge_offsets: tuple[tuple[str, float, float], ...] = ()
    """Per badge layout, how far (mm, right and up) the printer puts the page off where it should be."""
    logo: bytes = b""
    """The event's logo (PNG or SVG) printed on badges and signs; empty for none."""
    agreed: bool = False
    """Agreed meetings: every request is a meeting both sides agreed to, and each must take place; the
    timetable then has the fewest idle gaps. Without it, only requests marked agreed must take place."""

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("an event needs at least one day")
        if self.meeting_minutes <= 0:
            raise ValueError("meetings must last at least one minute")
        if self.pause_minutes < 0:
            raise ValueError("the pause between meetings cannot be negative")
        if self.table_count <= 0:
            raise ValueError("an event needs at least one table")
        if self.seats_per_table < 2:
            raise ValueError("a table needs at least two seats")
        if self.max_meetings is not None and self.max_meetings < 0:
            raise ValueError("max meetings cannot be negative")
        if self.min_meetings is not None and self.min_meetings < 0:
            raise ValueError("min meetings cannot be negative")
        if self.max_in_a_row is not None and self.max_in_a_row < 1:
            raise ValueError("meetings in a row must be at least 1")
        if self.custom_tables:
            names = [name.strip().casefold() for name, _ in self.custom_tables]
            if any(not name for name in names) or len(set(names)) != len(names):
                raise ValueError("every table needs a name of its own")
            if any(seats < 2 for _, seats in self.custom_tables):
                raise ValueError("a table needs at least two seats")
            object.__setattr__(self, "table_count", len(self.custom_tables))
        if len(set(self.tiers)) != len(self.tiers):
            raise ValueError("each objective tier may be named once")
        if Tier.REQUESTS not in self.tiers:
            raise ValueError("the objective needs the 'requests' tier, or no meeting would be planned")
        dates = [d.date for d in self.days]
        if len(set(dates)) != len(dates):
            raise ValueError("each day of the event may be given once")
        for group, colour in self.badge_colours:
            if not re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
                raise ValueError(f"the colour of {group} must be written like #1F4E79")
        for layout, dx, dy in self.badge_offsets:
            if not (math.isfinite(dx) and math.isfinite(dy)) or abs(dx) > 50 or abs(dy) > 50:
                raise ValueError(f"the offset of layout {layout} must stay within 50 mm")

    def badge_offset(self, layout: str) -> tuple[float, float]:
        """How far (mm, right and up) a page of ``layout`` is shifted so that the printer hits the labels."""
        return next(((dx, dy) for name, dx, dy in self.badge_offsets if name == layout), (0.0, 0.0))


@dataclass(frozen=True, slots=True)
class Slot:
    id: SlotId
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Meeting:
    id: MeetingId
    slot_id: SlotId
    table_id: TableId
    organisation_ids: Pair
    participant_ids: tuple[ParticipantId, ...] = ()
    locked: bool = False
    interpreter_id: InterpreterId | None = None

    def __post_init__(self) -> None:
        a, b = self.organisation_ids
        if a == b:
            raise ValueError("a meeting needs two different organisations")
        if a > b:
            object.__setattr__(self, "organisation_ids", (b, a))


PLANNED_NOTE = "planned_timetable"
"""The note (meta entry) holding ``timetable_digest`` of the meetings as the last plan saved them."""


def timetable_digest(meetings: Iterable[Meeting]) -> str:
    """A short fingerprint of a timetable: who meets whom, when, where, with whom of their people and
    which interpreter; whether a meeting is locked does not count."""
    rows = sorted(
        (m.slot_id, m.table_id, m.organisation_ids, tuple(sorted(m.participant_ids)), m.interpreter_id or 0)
        for m in meetings
    )
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


class SolveStatus:
    """Outcome of a solve, in CP-SAT's words so organisers and logs agree."""

    OPTIMAL = "OPTIMAL"
    FEASIBLE = "FEASIBLE"
    INFEASIBLE = "INFEASIBLE"
    UNKNOWN = "UNKNOWN"
    MODEL_INVALID = "MODEL_INVALID"
    CANCELLED = "CANCELLED"


@dataclass(frozen=True, slots=True)
class SolverRun:
    status: str
    objective: float | None
    bound: float | None
    seconds: float
    finished_at: datetime


@dataclass(frozen=True, slots=True)
class UnmetRequest:
    """A requested pair that has no meeting, and why: a short reason code and a sentence for people."""

    organisation_ids: Pair
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class TimetableFigures:
    """How a timetable does on the tiers beyond the requests, recomputed from its meetings."""

    idle_gaps: int
    """Runs of idle slots between two meetings of an organisation on one day, summed."""
    most_idle_gaps: int
    """The most idle gaps any one organisation has."""
    table_changes: int
    """Times a person sits at another table than at their previous meeting of the day."""
    fairness_level: int
    """Every organisation with a wish holds at least min(level, all it could hold) meetings."""


@dataclass(frozen=True)
class Event:
    """A whole event as one consistent snapshot, as loaded from its file."""

    settings: EventSettings
    organisations: tuple[Organisation, ...] = ()
    participants: tuple[Participant, ...] = ()
    requests: tuple[MeetingRequest, ...] = ()
    slots: tuple[Slot, ...] = ()
    tables: tuple[Table, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    last_run: SolverRun | None = None
    apart: tuple[Pair, ...] = ()
    """Pairs never to meet, in canonical order."""
    precedences: tuple[Precedence, ...] = ()
    interpreters: tuple[Interpreter, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    """What the desk recorded on the day, one entry per person it knows something of."""
    outcomes: tuple[Outcome, ...] = ()
    """What came of the meetings, per pair of organisations."""
    notes: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)
    """What the file keeps beside the event that an undo must put back too (the registrations as last
    imported, the column mapping and name answers of that import, the plan's fingerprint), by key."""

    @property
    def planned_digest(self) -> str:
        """``timetable_digest`` of the meetings as the last plan saved them ('' before any plan)."""
        return dict(self.notes).get(PLANNED_NOTE, "")

    @cached_property
    def changed_since_planned(self) -> bool:
        """True when the timetable was changed by hand (moved, removed) after the last plan saved it, so
        the planner's verdict on it no longer holds. Locking and unlocking change nothing here."""
        return bool(self.planned_digest) and self.planned_digest != timetable_digest(self.meetings)

    @cached_property
    def attendance_by_participant(self) -> Mapping[ParticipantId, Attendance]:
        return {a.participant_id: a for a in self.attendance}

    def attendance_of(self, participant: ParticipantId) -> Attendance:
        return self.attendance_by_participant.get(participant, Attendance(participant))

    @cached_property
    def outcome_by_pair(self) -> Mapping[Pair, Outcome]:
        return {o.organisation_ids: o for o in self.outcomes}

    @cached_property
    def interpreter_by_id(self) -> Mapping[InterpreterId, Interpreter]:
        return {i.id: i for i in self.interpreters}

    def languages_of(self, org: OrgId) -> tuple[str, ...]:
        """The organisation's languages and those of its people."""
        spoken = list(self.organisation_by_id[org].languages)
        for person in self.participants_by_organisation.get(org, ()):
            spoken += [
                x for x in person.languages if language_key(x) not in {language_key(y) for y in spoken}
            ]
        return tuple(spoken)

    def meeting_languages(self, meeting: Meeting) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The languages each side brings to a meeting: the organisation's own and those of its people
        there (all its people's when the meeting names nobody of that side)."""
        sides = []
        for org in meeting.organisation_ids:
            there = [
                self.participant_by_id[pid]
                for pid in meeting.participant_ids
                if pid in self.participant_by_id and self.participant_by_id[pid].organisation_id == org
            ]
            if not there:
                sides.append(self.languages_of(org))
                continue
            spoken = list(self.organisation_by_id[org].languages)
            for person in there:
                known = {language_key(y) for y in spoken}
                spoken += [x for x in person.languages if language_key(x) not in known]
            sides.append(tuple(spoken))
        return sides[0], sides[1]

    def needs_interpreting(self, meeting: Meeting) -> bool:
        """The meeting's sides share no language and no registered interpreter is named on it."""
        return meeting.interpreter_id is None and not share_a_language(*self.meeting_languages(meeting))

    @cached_property
    def organisation_by_id(self) -> Mapping[OrgId, Organisation]:
        return {o.id: o for o in self.organisations}

    @cached_property
    def participant_by_id(self) -> Mapping[ParticipantId, Participant]:
        return {p.id: p for p in self.participants}

    @cached_property
    def slot_by_id(self) -> Mapping[SlotId, Slot]:
        return {s.id: s for s in self.slots}

    @cached_property
    def table_by_id(self) -> Mapping[TableId, Table]:
        return {t.id: t for t in self.tables}

    @cached_property
    def participants_by_organisation(self) -> Mapping[OrgId, tuple[Participant, ...]]:
        grouped: dict[OrgId, list[Participant]] = {o.id: [] for o in self.organisations}
        for p in self.participants:
            grouped.setdefault(p.organisation_id, []).append(p)
        return {org: tuple(people) for org, people in grouped.items()}

    @cached_property
    def requested_pairs(self) -> Mapping[Pair, tuple[MeetingRequest, ...]]:
        """Every pair with at least one request, mapped to its requests (one, or two when mutual)."""
        pairs: dict[Pair, list[MeetingRequest]] = {}
        for r in self.requests:
            pairs.setdefault(pair_of(r.requester_id, r.requested_id), []).append(r)
        return {pair: tuple(rs) for pair, rs in pairs.items()}

    @cached_property
    def agreed_pairs(self) -> frozenset[Pair]:
        """Pairs whose meeting must take place: every requested pair in agreed mode, else those with a
        request marked agreed."""
        return frozenset(
            pair
            for pair, requests in self.requested_pairs.items()
            if self.settings.agreed or any(r.agreed for r in requests)
        )

    def is_mutual(self, pair: Pair) -> bool:
        """Both organisations asked to meet each other."""
        return len({r.requester_id for r in self.requested_pairs.get(pair_of(*pair), ())}) == 2

    def meetings_of(self, org: OrgId) -> tuple[Meeting, ...]:
        """The organisation's meetings in time order."""
        return self._meetings_by_organisation.get(org, ())

    @cached_property
    def _meetings_by_organisation(self) -> Mapping[OrgId, tuple[Meeting, ...]]:
        """Every organisation's meetings in time order, found in one pass (documents ask for all of them)."""
        ordered = sorted(self.meetings, key=lambda m: (self.slot_by_id[m.slot_id].start, m.table_id))
        grouped: dict[OrgId, list[Meeting]] = {}
        for meeting in ordered:
            for org in meeting.organisation_ids:
                grouped.setdefault(org, []).append(meeting)
        return {org: tuple(meetings) for org, meetings in grouped.items()}

    def partner_of(self, meeting: Meeting, org: OrgId) -> Organisation:
        a, b = meeting.organisation_ids
        return self.organisation_by_id[b if a == org else a]
