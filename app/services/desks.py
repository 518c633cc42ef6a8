"""Several desks on one event: an edit made on what this desk saw is refused when another desk changed that
part of the event meanwhile (``ConflictError``, saying what changed), so that nothing is lost.

Edits of single rows check those rows (``edits.change_meetings``, ``edits.change_organisation``); edits
that write a whole part of the event (the registrations, the settings, an undo, a plan) check that part here,
in the transaction that writes it. On an event file, which one desk holds, nothing is read for this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

from app.domain import Event, Organisation, Participant
from app.errors import ConflictError
from app.storage import EventFile, repository

Part = Literal["settings", "registrations", "timetable", "locked", "notes", "day"]
"""The parts of an event an edit writes whole: compared as sets, so that row order never matters."""

PARTS: dict[Part, Callable[[Event], object]] = {
    "settings": lambda e: e.settings,
    "registrations": lambda e: (
        frozenset(e.organisations),
        frozenset(e.participants),
        frozenset(e.requests),
        frozenset(e.apart),
        frozenset(e.precedences),
        frozenset(e.interpreters),
    ),
    "timetable": lambda e: (frozenset(e.meetings), e.last_run),
    "locked": lambda e: frozenset(m for m in e.meetings if m.locked),
    "notes": lambda e: frozenset(e.notes),
    "day": lambda e: (frozenset(e.attendance), frozenset(e.outcomes)),
}

AGAIN = (
    "Nothing was changed here; the window now shows the event as it is, so make the change again if it "
    "still applies."
)


def parts_changed(before: Event, after: Event, parts: Iterable[Part] = tuple(PARTS)) -> list[Part]:
    """The parts of the event that differ between two snapshots of it."""
    return [part for part in parts if PARTS[part](before) != PARTS[part](after)]


def check_unchanged(
    event_file: EventFile,
    session: Any,
    before: Event,
    parts: Sequence[Part],
    *,
    when: str = "a moment ago",
    then: str = AGAIN,
) -> None:
    """Refuse (``ConflictError``) to write over ``parts`` of the event when another desk changed them since
    ``before``, the snapshot this desk's edit was made on.

    Read in the writing transaction, so nothing can come between the check and the write; the event is read
    whole, since ``before`` may be older than this desk's last reading (a plan computed while the window
    kept up with the other desks, a dialog left open). The message says what changed, ``when``, and
    ``then`` what happens now.
    """
    if not event_file.several_desks:
        return
    now = repository.load_event(session)
    changed = parts_changed(before, now, parts)
    if changed:
        raise ConflictError(f"{what_changed(before, now, changed[0])} at another desk {when}. {then}")


def what_changed(before: Event, now: Event, part: Part) -> str:
    """The first thing that differs in ``part``, in the organiser's words ("Nordic Ports was changed")."""
    if part == "settings":
        return "The event's setup (times, tables, goals) was changed"
    if part == "timetable":
        moved = len(set(before.meetings) ^ set(now.meetings))
        return f"The timetable was changed ({moved} meeting{'s' if moved != 1 else ''} differ)"
    if part == "locked":
        return "Meetings were locked or unlocked"
    if part == "notes":
        return "The import's notes (the registrations as last imported, the plan's record) were changed"
    if part == "day":
        return "The day's record (arrivals, absences, outcomes) was changed"
    return _registrations_changed(before, now)


def _registrations_changed(before: Event, now: Event) -> str:
    organisations = _row_changed(before.organisations, now.organisations)
    if organisations:
        return organisations
    people = _row_changed(before.participants, now.participants)
    if people:
        return people
    if set(before.requests) != set(now.requests):
        names = {o.id: o.name for o in (*before.organisations, *now.organisations)}
        differ = set(before.requests) ^ set(now.requests)
        first = min(differ, key=lambda r: (names.get(r.requester_id, ""), r.requested_id))
        return f"The wishes of {names.get(first.requester_id, 'an organisation')} were changed"
    if set(before.interpreters) != set(now.interpreters):
        return "The interpreters were changed"
    return "The pairs kept apart or the meetings' order were changed"


def _row_changed(
    before: Sequence[Organisation | Participant], now: Sequence[Organisation | Participant]
) -> str:
    old = {row.id: row for row in before}
    new = {row.id: row for row in now}
    for key in sorted(old.keys() | new.keys()):
        if key not in old:
            return f"{new[key].name} was added"
        if key not in new:
            return f"{old[key].name} was taken out of the event"
        if old[key] != new[key]:
            return f"{new[key].name} was changed"
    return ""
