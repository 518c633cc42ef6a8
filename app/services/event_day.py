"""The check-in desk on the day: finding a person by badge code or a few letters of a name, checking them in,
absences and late arrivals, walk-ins, the counts and each person's next meeting.

A check-in writes one attendance row and returns the event snapshot with that row changed
(``dataclasses.replace``) without reading the whole event back: on a 1,500-person event the desk marks a
person arrived in milliseconds. The new snapshot shares the registrations of the one before, so the search
index built for that one (``find_people``) serves it too.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from rapidfuzz import fuzz, process

from app.domain import (
    Attendance,
    Event,
    Interpreter,
    Meeting,
    MeetingRequest,
    Organisation,
    OrgId,
    Participant,
)
from app.domain.codes import normalise_code
from app.domain.scripts import has_local_script
from app.errors import InputError
from app.pacing import checkpoint
from app.reading.names import folded, fuzzy_key
from app.services.edits import next_id, registrations_of
from app.storage import EventFile, repository

SHARED_LOOKUPS = (
    "organisation_by_id",
    "participant_by_id",
    "slot_by_id",
    "table_by_id",
    "interpreter_by_id",
    "participants_by_organisation",
    "requested_pairs",
    "outcome_by_pair",
    "_meetings_by_organisation",
)
"""The ``Event`` lookups (cached properties) that do not depend on attendance."""

MOST_FOUND = 50
"""Results of a search beyond which the desk should type more letters."""


# -- finding people ---------------------------------------------------------------------------------------


class _Index:
    """Every person's code and folded names, built once per set of registrations: the words of the names in
    sorted lists, so that a prefix is found by bisection, and the names in local script by their first
    character."""

    def __init__(self, event: Event) -> None:
        self.by_code = {p.code: p for p in event.participants if p.code}
        people = sorted(event.participants, key=lambda p: (folded(p.names[0] or p.names[1]), p.id))
        self.people = tuple(people)
        own: list[tuple[str, int]] = []
        of_org: list[tuple[str, int]] = []
        self.local: list[str] = []
        self.org_local: list[str] = []
        self.by_char: dict[str, set[int]] = {}
        self.org_by_char: dict[str, set[int]] = {}
        for n, person in enumerate(people):
            if n % 256 == 0:
                checkpoint()  # built in the window's background: gives way to the organiser (``pacing``)
            org = event.organisation_by_id.get(person.organisation_id)
            latin, local = person.names
            org_latin, org_local = org.names if org is not None else ("", "")
            own += ((word, n) for word in _words(latin))
            of_org += ((word, n) for word in _words(org_latin))
            self.local.append("".join(folded(local).split()))
            self.org_local.append("".join(folded(org_local).split()))
            for char in self.local[-1]:
                self.by_char.setdefault(char, set()).add(n)
            for char in self.org_local[-1]:
                self.org_by_char.setdefault(char, set()).add(n)
        self.own = sorted(own)
        self.of_org = sorted(of_org)

    def named(self, token: str) -> set[int]:
        """The people (by position) whose own name has a word starting with ``token``, or, for a token in a
        local script, contains it."""
        return self._find(token, self.own, self.by_char, self.local)

    def by_organisation(self, token: str) -> set[int]:
        return self._find(token, self.of_org, self.org_by_char, self.org_local)

    @staticmethod
    def _find(
        token: str, words: list[tuple[str, int]], by_char: dict[str, set[int]], local: list[str]
    ) -> set[int]:
        if has_local_script(token):
            return {n for n in by_char.get(token[0], ()) if token in local[n]}
        found = set()
        for word, n in itertools.islice(words, bisect.bisect_left(words, (token, -1)), None):
            if not word.startswith(token):
                break
            found.add(n)
        return found


def _words(text: str) -> tuple[str, ...]:
    return tuple(folded(text).replace("-", " ").replace(".", " ").split())


_cache_lock = threading.Lock()
_cached: tuple[tuple[Participant, ...], tuple[Organisation, ...], _Index] | None = None


def _index_of(event: Event) -> _Index:
    """The search index of the event's registrations; snapshots that share them (a check-in) share it."""
    global _cached
    with _cache_lock:
        if _cached is not None and _cached[0] is event.participants and _cached[1] is event.organisations:
            return _cached[2]
    index = _Index(event)
    with _cache_lock:
        _cached = (event.participants, event.organisations, index)
    return index


def prepare_search(event: Event) -> None:
    """Build the search index of the event's registrations now (the window does it in the background, so
    that the check-in desk's page is shown without building it)."""
    _index_of(event)


def find_people(event: Event, text: str) -> list[Participant]:
    """The people a scanned or typed check-in code, or a few letters of a name (either script, any order,
    without case or accents) or of their organisation's name, point at: the code's owner alone (a badge
    leaves no doubt), else those whose own name matches, then those found by their organisation."""
    index = _index_of(event)
    code = normalise_code(text)
    owner = index.by_code.get(code) if code else None
    if owner is not None:
        return [owner]
    tokens = folded(text).replace("-", " ").split()
    if not tokens:
        return []
    named: set[int] | None = None
    either: set[int] | None = None
    for token in tokens:
        own = index.named(token)
        named = own if named is None else named & own
        wider = own | index.by_organisation(token)
        either = wider if either is None else either & wider
    assert named is not None and either is not None
    order = sorted(named) + sorted(either - named)
    return [index.people[n] for n in order[:MOST_FOUND]]


def find_one(event: Event, text: str) -> Participant:
    """The one person ``text`` names (a code, or a name only one person has); an ``InputError`` naming the
    candidates when it names nobody or several."""
    people = find_people(event, text)
    code = normalise_code(text)
    if people and code and people[0].code == code:
        return people[0]
    exact = [p for p in people if folded(" ".join(p.name.split())) == folded(" ".join(text.split()))]
    if len(exact) == 1:
        return exact[0]
    if len(people) == 1:
        return people[0]
    if not people:
        raise InputError(f"nobody has the check-in code or name '{text}'{_closest_people(event, text)}")
    shown = ", ".join(describe(event, p) for p in people[:8])
    more = f" and {len(people) - 8} more" if len(people) > 8 else ""
    raise InputError(f"'{text}' fits {len(people)} people: {shown}{more}; give the check-in code")


def describe(event: Event, person: Participant) -> str:
    """'Wang Haitao 王海涛 (Qingdao Harbour Engineering, code ABC234)', for lists of candidates."""
    org = event.organisation_by_id.get(person.organisation_id)
    name = " ".join(n for n in person.names if n)
    return f"{name} ({org.name if org else '?'}, code {person.code or '-'})"


def _closest_people(event: Event, text: str) -> str:
    names = [" ".join(n for n in p.names if n) for p in event.participants]
    hits = process.extract(
        folded(text), [folded(n) for n in names], scorer=fuzz.WRatio, processor=None, limit=3
    )
    alike = [names[i] for _, score, i in hits if score >= 60]
    return "; did you mean " + " or ".join(f"'{n}'" for n in alike) + "?" if alike else ""


def find_organisation(event: Event, name: str) -> Organisation:
    """The organisation called ``name`` (or its local name), without case or accents; an ``InputError``
    with the closest names otherwise."""
    key = folded(" ".join(name.split()))
    for org in event.organisations:
        if key in {folded(" ".join(n.split())) for n in (org.name, org.local_name) if n}:
            return org
    names = [org.name for org in event.organisations]
    hits = process.extract(key, [folded(n) for n in names], scorer=fuzz.WRatio, processor=None, limit=3)
    alike = [names[i] for _, score, i in hits if score >= 50]
    hint = "; did you mean " + " or ".join(f"'{n}'" for n in alike) + "?" if alike else ""
    raise InputError(f"no organisation is called '{name}'{hint}")


# -- storing the day ------------------------------------------------------------------------------------


def set_attendance(event_file: EventFile, entries: Iterable[Attendance], event: Event | None = None) -> Event:
    """Store these people's attendance in one transaction and return the event with it. With ``event`` (the
    snapshot as last stored) nothing else is read back; that is how the desk stays fast."""
    entries = tuple(entries)
    with event_file.transaction() as session:
        repository.write_attendance(session, entries)
    if event is None:
        return event_file.load()
    known = dict(event.attendance_by_participant)
    for entry in entries:
        if entry.arrived_at is None and entry.expected_from is None and entry.absent_from is None:
            known.pop(entry.participant_id, None)
        else:
            known[entry.participant_id] = entry
    after = dataclasses.replace(event, attendance=tuple(known[pid] for pid in sorted(known)))
    # The lookups worked out for the snapshot before (people by id, meetings by organisation, ...) hold for
    # this one, which differs only in attendance: worked out again they would cost more than the write.
    derived = vars(event)
    vars(after).update({name: derived[name] for name in SHARED_LOOKUPS if name in derived})
    vars(after)["attendance_by_participant"] = known
    return after


def _current(event_file: EventFile, event: Event | None) -> Event:
    return event if event is not None else event_file.load()


def _person(event: Event, person_id: int) -> Participant:
    person = event.participant_by_id.get(person_id)
    if person is None:
        raise InputError("that person is no longer in the event; reopen it to see the changes")
    return person


def check_in(event_file: EventFile, person_id: int, at: datetime, event: Event | None = None) -> Event:
    """Mark a person arrived at ``at``; one marked absent until then is taken as having come after all."""
    event = _current(event_file, event)
    _person(event, person_id)
    before = event.attendance_of(person_id)
    absent = before.absent_from if before.absent_from is not None and before.absent_from > at else None
    entry = dataclasses.replace(before, arrived_at=at, absent_from=absent)
    return set_attendance(event_file, [entry], event)


def undo_check_in(
    event_file: EventFile, person_id: int, before: Attendance | None = None, event: Event | None = None
) -> Event:
    """Take a wrong check-in back: the person's record as it was (``before``), or not arrived."""
    event = _current(event_file, event)
    entry = before or dataclasses.replace(event.attendance_of(person_id), arrived_at=None)
    return set_attendance(event_file, [entry], event)


def day_start(event: Event, at: datetime) -> datetime:
    """When the event's day of ``at`` starts (the first day's start when ``at`` is on no day of it)."""
    days = event.settings.days
    day = next((d for d in days if d.date == at.date()), days[0])
    return datetime.combine(day.date, day.start)


def mark_absent(
    event_file: EventFile, person_ids: Iterable[int], from_time: datetime, event: Event | None = None
) -> Event:
    """Mark people absent from ``from_time`` (gone then; a no-show from the day's start, ``day_start``)."""
    event = _current(event_file, event)
    entries = [
        dataclasses.replace(event.attendance_of(_person(event, pid).id), absent_from=from_time)
        for pid in person_ids
    ]
    return set_attendance(event_file, entries, event)


def mark_organisation_absent(
    event_file: EventFile, org_id: OrgId, from_time: datetime, event: Event | None = None
) -> Event:
    """Mark all of an organisation's people absent from ``from_time``."""
    event = _current(event_file, event)
    people = event.participants_by_organisation.get(org_id, ())
    return mark_absent(event_file, [p.id for p in people], from_time, event)


def mark_late(
    event_file: EventFile, person_id: int, expected_from: datetime, event: Event | None = None
) -> Event:
    """Mark a late arrival: the person is expected from ``expected_from``, not before."""
    event = _current(event_file, event)
    entry = dataclasses.replace(
        event.attendance_of(_person(event, person_id).id), expected_from=expected_from
    )
    return set_attendance(event_file, [entry], event)


def register_walk_in(
    event_file: EventFile,
    organisation: Organisation,
    people: Sequence[Participant],
    wishes: Iterable[str] = (),
) -> Event:
    """Register at the desk an organisation that walks in (or people of one registered already), with the
    organisations it wishes to meet by name, all in one transaction. People and a new organisation are
    marked ``walk_in``; ids and check-in codes are given here. Refused (nothing stored) when a name is
    missing or a wish names no organisation of the event."""
    event = event_file.load()
    name = " ".join(organisation.name.split())
    if not name:
        raise InputError("a walk-in needs the name of its organisation")
    if not people:
        raise InputError("name at least one person of the walk-in organisation")
    if any(not p.name.strip() for p in people):
        raise InputError("every person needs a name; type one, or leave the person out")
    existing = next((o for o in event.organisations if fuzzy_key(o.name) == fuzzy_key(name)), None)
    registrations = registrations_of(event)
    if existing is None:
        org = dataclasses.replace(organisation, id=next_id(event.organisations), name=name, walk_in=True)
        organisations = (*registrations.organisations, org)
    else:
        org, organisations = existing, registrations.organisations
    wanted = [find_organisation(event, wish) for wish in wishes]
    if any(w.id == org.id for w in wanted):
        raise InputError(f"{org.name} cannot wish to meet itself")
    asked = {(r.requester_id, r.requested_id) for r in registrations.requests}
    requests = registrations.requests + tuple(
        dict.fromkeys(MeetingRequest(org.id, w.id) for w in wanted if (org.id, w.id) not in asked)
    )
    first = next_id(event.participants)
    newcomers = tuple(
        dataclasses.replace(
            p, id=first + n, organisation_id=org.id, name=" ".join(p.name.split()), walk_in=True
        )
        for n, p in enumerate(people)
    )
    changed = dataclasses.replace(
        registrations,
        organisations=organisations,
        participants=(*registrations.participants, *newcomers),
        requests=requests,
    )
    with event_file.transaction() as session:
        repository.update_registrations(session, changed)
    return event_file.load()


# -- what the desk shows --------------------------------------------------------------------------------


class State:
    """Where a person stands at a time, in the desk's words (data, not shown text: the faces translate)."""

    ARRIVED = "arrived"
    EXPECTED = "expected"
    LATE = "late"
    ABSENT = "absent"


def state_of(event: Event, person_id: int, at: datetime) -> str:
    """``State`` of the person at ``at``: absent (from then on), arrived, late or expected."""
    entry = event.attendance_of(person_id)
    # Absent from the day's start is a no-show: absent already at the desk before the day begins.
    if entry.absent_from is not None and entry.absent_from <= max(at, day_start(event, at)):
        return State.ABSENT
    if entry.arrived_at is not None:
        return State.ARRIVED
    if entry.expected_from is not None:
        return State.LATE
    return State.EXPECTED


@dataclass(frozen=True, slots=True)
class Counts:
    """People arrived, still expected (late arrivals included) and absent at a time."""

    arrived: int = 0
    expected: int = 0
    absent: int = 0

    @property
    def people(self) -> int:
        return self.arrived + self.expected + self.absent

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.arrived + other.arrived, self.expected + other.expected, self.absent + other.absent
        )


_COLUMN = {State.ARRIVED: 0, State.EXPECTED: 1, State.LATE: 1, State.ABSENT: 2}


def attendance_counts(event: Event, at: datetime) -> tuple[dict[OrgId, Counts], Counts]:
    """Per organisation and in total, how many people have arrived, are still expected and are absent."""
    per_org = counts_of(event, [o.id for o in event.organisations], at)
    return per_org, sum(per_org.values(), Counts())


def counts_of(event: Event, org_ids: Iterable[OrgId], at: datetime) -> dict[OrgId, Counts]:
    """The counts of these organisations only (after a check-in, the one whose person came)."""
    counted = {}
    for org in org_ids:
        tally = [0, 0, 0]
        for person in event.participants_by_organisation.get(org, ()):
            tally[_COLUMN[state_of(event, person.id, at)]] += 1
        counted[org] = Counts(*tally)
    return counted


@dataclass(frozen=True, slots=True)
class NextMeeting:
    """A person's next meeting, as the desk tells them: when, where, with whom, and who interprets."""

    meeting: Meeting
    start: datetime
    end: datetime
    table: str
    partner: Organisation
    partner_people: tuple[Participant, ...]
    interpreter: Interpreter | None
    running: bool
    """The meeting had started at the time asked about (the person is late for it)."""


def _sits_in(event: Event, person: Participant, meeting: Meeting) -> bool:
    """The person is named on the meeting, or nobody of their organisation is (then all of them go)."""
    if person.id in meeting.participant_ids:
        return True
    by_id = event.participant_by_id
    return not any(
        by_id[pid].organisation_id == person.organisation_id
        for pid in meeting.participant_ids
        if pid in by_id
    )


def next_meeting(event: Event, person_id: int, at: datetime) -> NextMeeting | None:
    """The person's meeting running at ``at`` or, when none is, the next one; None when none is left."""
    person = _person(event, person_id)
    for meeting in event.meetings_of(person.organisation_id):
        slot = event.slot_by_id[meeting.slot_id]
        if slot.end <= at or not _sits_in(event, person, meeting):
            continue
        partner = event.partner_of(meeting, person.organisation_id)
        table = event.table_by_id.get(meeting.table_id)
        people = tuple(
            event.participant_by_id[pid]
            for pid in meeting.participant_ids
            if pid in event.participant_by_id and event.participant_by_id[pid].organisation_id == partner.id
        )
        interpreter = event.interpreter_by_id.get(meeting.interpreter_id) if meeting.interpreter_id else None
        return NextMeeting(
            meeting,
            slot.start,
            slot.end,
            table.name if table is not None else "",
            partner,
            people,
            interpreter,
            running=slot.start <= at,
        )
    return None


def at_time(event: Event, clock: time, now: datetime) -> datetime:
    """A clock time (the desk's '14:30') on the event's day of ``now``."""
    days = event.settings.days
    day = next((d.date for d in days if d.date == now.date()), days[0].date)
    return datetime.combine(day, clock)
