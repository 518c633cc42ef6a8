"""The organiser's edits of a stored event (registrations, the timetable), and undo (``restore``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from app.domain import Event, Meeting, Organisation, Participant, Registrations, away_during
from app.errors import ConflictError, InputError
from app.reading.cells import split_list
from app.reading.names import folded, fuzzy_key
from app.scheduler import validate
from app.services import desks
from app.services.cache import instance_of
from app.storage import EventFile, repository


def registrations_of(event: Event) -> Registrations:
    """The event's registrations as one value, to edit and store with ``change_registrations``."""
    return Registrations(
        organisations=event.organisations,
        participants=event.participants,
        requests=event.requests,
        apart=event.apart,
        precedences=event.precedences,
        interpreters=event.interpreters,
    )


def change_registrations(
    event_file: EventFile, registrations: Registrations, before: Event | None = None
) -> Event:
    """Store edited registrations row by row, by id: the meetings of those who stay keep their place; those of
    an organisation that is removed go with it.

    With ``before`` (the event the edit was made on), refused when another desk changed the registrations
    meanwhile (``ConflictError``, see ``desks``)."""
    with event_file.transaction() as session:
        if before is None:
            repository.update_registrations(session, registrations)
            stored = None
        else:
            desks.check_unchanged(event_file, session, before, ["registrations"])
            stored = repository.write_registration_changes(session, registrations_of(before), registrations)
    if before is None or stored is None:
        return event_file.load()
    # The event as the edit left it, without reading it all again: only the rows written differ.
    return _with_registrations(before, stored)


def _with_registrations(event: Event, registrations: Registrations) -> Event:
    return dataclasses.replace(
        event,
        organisations=registrations.organisations,
        participants=registrations.participants,
        requests=registrations.requests,
        apart=registrations.apart,
        precedences=registrations.precedences,
        interpreters=registrations.interpreters,
    )


def change_organisation(
    event_file: EventFile,
    org_id: int,
    field: str,
    text: str,
    seen: Organisation | None = None,
    before: Event | None = None,
) -> Event:
    """Store one field of an organisation as the organiser typed it (``name``, ``local_name``, ``group``,
    ``country``, or ``interests`` separated by commas or semicolons).

    With ``seen`` (the organisation as the desk shows it) only its row is written, and only if it is still
    stored so: changed at another desk meanwhile, the change is refused (``ConflictError`` with the new
    value) and nothing is stored. With ``before`` too (the event the desk shows), the event returned is
    ``before`` with the change, not read again.
    """
    if seen is not None:
        changed = _organisation_with(seen, field, text)
        _stored_if_unchanged(
            event_file, seen, field, lambda s: repository.update_organisation(s, seen, changed)
        )
        if before is None:
            return event_file.load()
        stored = repository.organisation_as_stored(changed)
        return dataclasses.replace(
            before, organisations=tuple(stored if o.id == org_id else o for o in before.organisations)
        )
    event = event_file.load()
    org = event.organisation_by_id.get(org_id)
    if org is None:
        raise InputError("that organisation is no longer in the event; reopen it to see the changes")
    changed = _organisation_with(org, field, text)
    registrations = registrations_of(event)
    organisations = tuple(changed if o.id == org_id else o for o in registrations.organisations)
    return change_registrations(
        event_file, dataclasses.replace(registrations, organisations=organisations), event
    )


def _organisation_with(org: Organisation, field: str, text: str) -> Organisation:
    text = " ".join(text.split())
    if field == "name":
        if not text:
            raise InputError("an organisation needs a name; type one, or press Esc to keep the old one")
        return dataclasses.replace(org, name=text)
    if field == "local_name":
        return dataclasses.replace(org, local_name=text)
    if field == "group":
        return dataclasses.replace(org, group=text)
    if field == "country":
        return dataclasses.replace(org, country=text)
    if field == "interests":
        return dataclasses.replace(org, interests=split_list(text))
    raise ValueError(f"organisations have no editable field {field!r}")


def change_participant(
    event_file: EventFile,
    participant_id: int,
    field: str,
    text: str,
    seen: Participant | None = None,
    before: Event | None = None,
) -> Event:
    """Store one field of a participant as the organiser typed it (``name``, ``local_name`` (the name in
    the person's own script), ``title``, ``email``, or ``languages`` separated by commas or semicolons).
    With ``seen`` (and ``before``), checked against another desk's change as ``change_organisation`` is."""
    if seen is not None:
        edited = _participant_with(seen, field, text)
        _stored_if_unchanged(
            event_file, seen, field, lambda s: repository.update_participant(s, seen, edited)
        )
        if before is None:
            return event_file.load()
        stored = repository.participant_as_stored(edited)
        return dataclasses.replace(
            before, participants=tuple(stored if p.id == participant_id else p for p in before.participants)
        )
    event = event_file.load()
    person = event.participant_by_id.get(participant_id)
    if person is None:
        raise InputError("that person is no longer in the event; reopen it to see the changes")
    changed = _participant_with(person, field, text)
    registrations = registrations_of(event)
    participants = tuple(changed if p.id == participant_id else p for p in registrations.participants)
    return change_registrations(
        event_file, dataclasses.replace(registrations, participants=participants), event
    )


def _participant_with(person: Participant, field: str, text: str) -> Participant:
    text = " ".join(text.split())
    if field == "name":
        if not text:
            raise InputError("a person needs a name; type one, or press Esc to keep the old one")
        return dataclasses.replace(person, name=text)
    if field == "title":
        return dataclasses.replace(person, title=text)
    if field == "email":
        return dataclasses.replace(person, email=text)
    if field == "local_name":
        return dataclasses.replace(person, local_name=text)
    if field == "languages":
        return dataclasses.replace(person, languages=split_list(text))
    raise ValueError(f"participants have no editable field {field!r}")


def _stored_if_unchanged(
    event_file: EventFile,
    seen: Organisation | Participant,
    field: str,
    update: Callable[[Any], dict[str, object] | None],
) -> None:
    """Run ``update`` (a repository write that checks the row is still as ``seen``); ConflictError, with the
    value another desk stored meanwhile, when it was not."""
    with event_file.transaction() as session:
        now = update(session)
    if now is None:
        return
    if not now:
        raise ConflictError(
            f"{seen.name} was taken out of the event at another desk a moment ago. Nothing was changed here."
        )
    # The fields stored as typed, the one being changed first; lists are stored joined, so not compared.
    texts = ("name", "local_name", "group", "country", "title", "email")
    shown = [
        key
        for key in sorted(texts, key=lambda key: key != field)
        if key in now and hasattr(seen, key) and now[key] != getattr(seen, key)
    ]
    value = f": its {shown[0].replace('_', ' ')} is now “{now[shown[0]]}”" if shown else ""
    raise ConflictError(
        f"{seen.name} was changed at another desk a moment ago{value}. Nothing was changed here; the page "
        "now shows it as it is, so type the change again if it still applies."
    )


def add_registration(
    event_file: EventFile,
    organisation: Organisation,
    participants: Sequence[Participant],
    before: Event | None = None,
) -> Event:
    """Register an organisation and its people after the import (a late registration). Their ids are
    given here, whatever ``organisation`` and ``participants`` carry; the new organisation has no requests
    and no meetings yet. Refused when an organisation of the same name is already registered.

    ``before``, here and in the other edits of the registrations: the event as the desk saw it when the
    organiser made the edit (read again when not given); see ``change_registrations``."""
    event = before if before is not None else event_file.load()
    name = " ".join(organisation.name.split())
    if not name:
        raise InputError("an organisation needs a name; type the name it registers under")
    taken = next((o for o in event.organisations if fuzzy_key(o.name) == fuzzy_key(name)), None)
    if taken is not None:
        raise InputError(f"{taken.name} is already registered; add the people to it instead")
    if any(not p.name.strip() for p in participants):
        raise InputError("every person needs a name; type one, or leave the person out")
    org_id = next_id(event.organisations)
    first_person = next_id(event.participants)
    new_org = dataclasses.replace(organisation, id=org_id, name=name)
    people = tuple(
        dataclasses.replace(p, id=first_person + n, organisation_id=org_id, name=" ".join(p.name.split()))
        for n, p in enumerate(participants)
    )
    registrations = registrations_of(event)
    return change_registrations(
        event_file,
        dataclasses.replace(
            registrations,
            organisations=(*registrations.organisations, new_org),
            participants=(*registrations.participants, *people),
        ),
        event,
    )


def add_participant(
    event_file: EventFile, org_id: int, participant: Participant, before: Event | None = None
) -> Event:
    """Add a person to an organisation; the id is given here. The timetable is left as it is."""
    event = before if before is not None else event_file.load()
    if org_id not in event.organisation_by_id:
        raise InputError("that organisation is no longer in the event; reopen it to see the changes")
    name = " ".join(participant.name.split())
    if not name:
        raise InputError("a person needs a name; type the name they registered under")
    person_id = next_id(event.participants)
    person = dataclasses.replace(participant, id=person_id, organisation_id=org_id, name=name)
    registrations = registrations_of(event)
    return change_registrations(
        event_file,
        dataclasses.replace(registrations, participants=(*registrations.participants, person)),
        event,
    )


def remove_participant(event_file: EventFile, participant_id: int, before: Event | None = None) -> Event:
    """Take a person out of the event. Their meetings stay where they are, without them; where they were
    the only one of their organisation there, a colleague free at that time (not in another meeting then,
    not away) goes in their place, so that the organisation is still represented. Otherwise the meeting waits
    for the organiser (or the next plan) to settle who goes."""
    event = before if before is not None else event_file.load()
    gone = event.participant_by_id.get(participant_id)
    if gone is None:
        raise InputError("that person is no longer in the event; reopen it to see the changes")
    registrations = registrations_of(event)
    people = tuple(p for p in registrations.participants if p.id != participant_id)
    meetings = _without_person(event, gone)
    with event_file.transaction() as session:
        desks.check_unchanged(event_file, session, event, ["registrations", "timetable"])
        repository.update_registrations(session, dataclasses.replace(registrations, participants=people))
        repository.save_schedule(session, meetings, None)
    return event_file.load()


def _without_person(event: Event, gone: Participant) -> tuple[Meeting, ...]:
    colleagues = [
        p for p in event.participants_by_organisation.get(gone.organisation_id, ()) if p.id != gone.id
    ]
    busy = {(pid, m.slot_id) for m in event.meetings for pid in m.participant_ids}
    meetings = []
    for meeting in event.meetings:
        if gone.id not in meeting.participant_ids:
            meetings.append(meeting)
            continue
        people = tuple(pid for pid in meeting.participant_ids if pid != gone.id)
        represented = any(
            event.participant_by_id[pid].organisation_id == gone.organisation_id for pid in people
        )
        slot = event.slot_by_id[meeting.slot_id]
        if not represented:
            stand_in = next(
                (
                    p
                    for p in colleagues
                    if (p.id, meeting.slot_id) not in busy and not away_during(p.away, slot.start, slot.end)
                ),
                None,
            )
            if stand_in is not None:
                people = (*people, stand_in.id)
                busy.add((stand_in.id, meeting.slot_id))
        meetings.append(dataclasses.replace(meeting, participant_ids=people))
    return tuple(meetings)


def remove_organisation(event_file: EventFile, org_id: int, before: Event | None = None) -> Event:
    """Take an organisation out of the event with everything that is only about it: its people, the
    requests to and from it, the pairs and orders it is in, and its meetings."""
    event = before if before is not None else event_file.load()
    if org_id not in event.organisation_by_id:
        raise InputError("that organisation is no longer in the event; reopen it to see the changes")
    r = registrations_of(event)
    kept = dataclasses.replace(
        r,
        organisations=tuple(o for o in r.organisations if o.id != org_id),
        participants=tuple(p for p in r.participants if p.organisation_id != org_id),
        requests=tuple(q for q in r.requests if org_id not in (q.requester_id, q.requested_id)),
        apart=tuple(pair for pair in r.apart if org_id not in pair),
        precedences=tuple(p for p in r.precedences if org_id not in (*p.first, *p.then)),
    )
    # Its people and meetings go with it in the file (their rows cascade from the organisation's).
    return change_registrations(event_file, kept, event)


def meetings_of(event: Event, *, organisation: int | None = None, participant: int | None = None) -> int:
    """How many meetings an organisation holds, or a person is in: what goes or changes when removed."""
    return sum(
        1
        for m in event.meetings
        if (organisation is not None and organisation in m.organisation_ids)
        or (participant is not None and participant in m.participant_ids)
    )


def search_texts(event: Event) -> dict[int, str]:
    """What the organisations page searches in, per organisation id: the name, local name, country,
    interests and the names of its people, without case or accents (see ``folded``)."""
    texts = {}
    people = event.participants_by_organisation
    for org in event.organisations:
        parts = [org.name, org.local_name, org.country, *org.interests]
        parts += [p.name for p in people.get(org.id, ())]
        texts[org.id] = folded("\n".join(parts))
    return texts


def change_meetings(event_file: EventFile, meetings: Sequence[Meeting], before: Event | None = None) -> Event:
    """Store the timetable as the organiser edited it (moved, swapped, locked meetings).

    With ``before`` (the event the edit was made on) only the meetings that differ from it are written, and
    only if each is still stored as ``before`` had it: a meeting another desk changed meanwhile, or a place
    another desk filled, refuses the change (``ConflictError``, saying what happened) and nothing is stored;
    the event returned is ``before`` with the change. Without it, the timetable is stored whole and read
    back.
    """
    if before is None:
        with event_file.transaction() as session:
            repository.save_schedule(session, meetings, None)
        return event_file.load()
    old = {m.id: m for m in before.meetings}
    new = {m.id: m for m in meetings}
    changed = [m for m in meetings if old.get(m.id) != m]
    removed = [mid for mid in old if mid not in new]
    with event_file.transaction() as session:
        now = repository.read_meetings(session, [*(m.id for m in changed), *removed])
        for mid in [*(m.id for m in changed), *removed]:
            if now.get(mid) != old.get(mid):
                raise ConflictError(_changed_elsewhere(before, old.get(mid) or new[mid], now.get(mid)))
        # What another desk did to other meetings of the same slots since: someone booked twice is refused.
        writing = {m.id for m in changed}
        others = [
            m
            for m in repository.read_meetings_in_slots(session, {m.slot_id for m in changed})
            if m.id not in writing and m.id not in removed
        ]
        for meeting in changed:
            clash = _double_booked(meeting, others)
            if clash is not None:
                raise ConflictError(_booked_elsewhere(before, meeting, clash))
        repository.write_meetings(session, changed, removed)
    # The event as the edit left it, without reading it all again (a second on a large event): the rest is
    # as ``before`` had it, which is what the write just checked for every meeting it touched.
    ordered = sorted(meetings, key=lambda m: (m.slot_id, m.table_id))
    return dataclasses.replace(before, meetings=tuple(ordered))


def _double_booked(meeting: Meeting, others: Sequence[Meeting]) -> Meeting | None:
    """Another meeting of the same slot with one of this one's people or its interpreter (an organisation
    with several people may hold meetings side by side)."""
    for other in others:
        if other.slot_id != meeting.slot_id:
            continue
        if set(other.participant_ids) & set(meeting.participant_ids) or (
            meeting.interpreter_id is not None and other.interpreter_id == meeting.interpreter_id
        ):
            return other
    return None


def _booked_elsewhere(event: Event, meeting: Meeting, other: Meeting) -> str:
    a, b = (event.organisation_by_id[o].name for o in meeting.organisation_ids)
    c, d = (
        event.organisation_by_id[o].name if o in event.organisation_by_id else f"organisation {o}"
        for o in other.organisation_ids
    )
    return (
        f"At another desk a moment ago, {c} and {d} were given a meeting at the time the meeting of {a} and "
        f"{b} was to move to, with someone in both. Nothing was changed here; look at the timetable again "
        "and choose another place."
    )


def _changed_elsewhere(event: Event, meeting: Meeting, now: Meeting | None) -> str:
    a, b = (event.organisation_by_id[o].name for o in meeting.organisation_ids)
    if now is None:
        state = "it has been taken out of the timetable"
    else:
        slot = event.slot_by_id.get(now.slot_id)
        table = next((t.name for t in event.tables if t.id == now.table_id), str(now.table_id))
        when = f"{slot.start:%H:%M}" if slot is not None else f"slot {now.slot_id}"
        state = f"it is now at {when}, {table}" + (", locked" if now.locked else "")
    return (
        f"The meeting of {a} and {b} was changed at another desk a moment ago: {state}. Nothing was changed "
        "here; look at the timetable again and redo the change."
    )


def restore(
    event_file: EventFile, snapshot: Event, current: Event | None = None, shown: Event | None = None
) -> Event:
    """Put the event back as ``snapshot`` was (settings, registrations, meetings, the day's record) in one
    transaction: undo and redo.

    With ``current`` (the event as the edit left it) only the parts that differ from it are written, row
    by row, and only if no other desk changed them meanwhile (``ConflictError``): an undo at one desk never
    takes back what another desk did. With ``shown`` too (the event the desk shows now), the event returned
    is ``shown`` with those parts put back, not read again."""
    parts = desks.parts_changed(current, snapshot) if current is not None else list(desks.PARTS)
    registrations: Registrations | None = None
    with event_file.transaction() as session:
        if current is not None:
            desks.check_unchanged(event_file, session, current, parts)
        if "settings" in parts:
            repository.write_settings(session, snapshot.settings)
        if "registrations" in parts:
            if current is None:
                repository.update_registrations(session, registrations_of(snapshot))
            else:
                registrations = repository.write_registration_changes(
                    session, registrations_of(current), registrations_of(snapshot)
                )
        if "timetable" in parts:
            if current is None:
                repository.save_schedule(session, snapshot.meetings, None)
            else:
                was = {m.id: m for m in current.meetings}
                wanted = {m.id for m in snapshot.meetings}
                repository.write_meetings(
                    session,
                    [m for m in snapshot.meetings if was.get(m.id) != m],
                    [mid for mid in was if mid not in wanted],
                )
            repository.restore_last_run(session, snapshot.last_run)
        if "notes" in parts:
            repository.restore_notes(session, snapshot.notes)
        if "day" in parts:
            repository.restore_attendance(session, snapshot.attendance)
            repository.restore_outcomes(session, snapshot.outcomes)
    if (
        current is None
        or shown is None
        or "settings" in parts  # the slots and tables are made again from the setup
        or ("registrations" in parts and registrations is None)  # people taken out, and their meetings
    ):
        return event_file.load()
    if registrations is not None:
        # A part put back as the snapshot had it is the snapshot's own value: what was worked out for
        # that event (its scheduling instance) is found again, not worked out anew.
        stored = registrations
        registrations = Registrations(
            **{
                name: theirs
                if (mine := getattr(stored, name)) == (theirs := getattr(snapshot, name))
                else mine
                for name in (f.name for f in dataclasses.fields(Registrations))
            }
        )
    event = _with_registrations(shown, registrations) if registrations is not None else shown
    if "timetable" in parts:
        ordered = tuple(sorted(snapshot.meetings, key=lambda m: (m.slot_id, m.table_id)))
        meetings = snapshot.meetings if ordered == snapshot.meetings else ordered
        event = dataclasses.replace(event, meetings=meetings, last_run=snapshot.last_run)
    if "notes" in parts:
        event = dataclasses.replace(event, notes=snapshot.notes)
    if "day" in parts:
        event = dataclasses.replace(event, attendance=snapshot.attendance, outcomes=snapshot.outcomes)
    return event


def next_id(items: Iterable[Organisation | Participant | Meeting]) -> int:
    return max((item.id for item in items), default=0) + 1


def moved(event: Event, meeting_id: int, slot_id: int, table_id: int) -> tuple[Meeting, ...]:
    """The timetable with one meeting moved to another slot and table; a meeting already there swaps into the
    moved one's place, so the organiser can exchange two meetings by dropping one on the other."""
    meeting = next(m for m in event.meetings if m.id == meeting_id)
    there = next(
        (m for m in event.meetings if m.slot_id == slot_id and m.table_id == table_id and m.id != meeting_id),
        None,
    )
    result = []
    for m in event.meetings:
        if m.id == meeting_id:
            result.append(dataclasses.replace(m, slot_id=slot_id, table_id=table_id))
        elif there is not None and m.id == there.id:
            result.append(dataclasses.replace(m, slot_id=meeting.slot_id, table_id=meeting.table_id))
        else:
            result.append(m)
    return tuple(result)


def new_problems(event: Event, meetings: Sequence[Meeting], moving: int | None = None) -> list[str]:
    """The rules an edited timetable breaks that the event's timetable did not: the live check of a move.
    ``moving``: the meeting the organiser moves by hand, which may leave the place it is locked at (a move
    locks it at its new place); any other locked meeting stays where it is.

    Only the meetings an edit can affect are checked, before and after: every meeting of the organisations
    in a meeting it changed, every meeting at the times it changed, and the meetings that must come before
    or after a changed one. A rule broken elsewhere is broken (or not) in both, so the difference is the
    same as the whole timetable's, in a few milliseconds instead of a second on a large event."""
    instance = instance_of(event)
    old = {m.id: m for m in event.meetings}
    if moving is not None and moving in old and old[moving].locked:
        pair = old[moving].organisation_ids
        instance = dataclasses.replace(instance, fixed=tuple(f for f in instance.fixed if f.pair != pair))
    kept = {m.id for m in meetings}
    changed = [m for m in meetings if old.get(m.id) != m]
    touched = [
        *changed,
        *(old[m.id] for m in changed if m.id in old),
        *(m for m in event.meetings if m.id not in kept),
    ]
    if not touched:
        return []
    organisations = {org for m in touched for org in m.organisation_ids}
    slots = {m.slot_id for m in touched}
    pairs = {m.organisation_ids for m in touched}
    ordered = {
        p for first, then in instance.precedences if first in pairs or then in pairs for p in (first, then)
    }

    def related(meeting: Meeting) -> bool:
        a, b = meeting.organisation_ids
        return meeting.slot_id in slots or a in organisations or b in organisations or (a, b) in ordered

    before = set(validate(instance, [m for m in event.meetings if related(m)]))
    return [
        problem
        for problem in validate(instance, [m for m in meetings if related(m)])
        if problem not in before
    ]
