"""Re-import: the changes an updated workbook makes, merged without losing the organiser's own edits."""

from __future__ import annotations

import dataclasses
from datetime import time

import factories as f

from app.domain import (
    Event,
    Interpreter,
    Meeting,
    MeetingRequest,
    Participant,
    Period,
    Precedence,
    Priority,
    Registrations,
)
from app.reading.changes import (
    ADDED,
    CHANGED,
    KEPT,
    REMOVED,
    Change,
    merge,
    registrations_from_json,
    registrations_to_json,
)


def imported() -> Registrations:
    """The delegation day as its workbook gave it (ids as the import numbers them)."""
    event = f.delegation_day()
    return Registrations(
        event.organisations,
        event.participants,
        event.requests,
        apart=((2, 6),),
        precedences=(Precedence((1, 5), (1, 4)),),
        interpreters=(Interpreter(1, "Liu Mei", ("Chinese", "Norwegian")),),
    )


def stored(registrations: Registrations, **changes: object) -> Event:
    event = f.delegation_day()
    return dataclasses.replace(
        event,
        organisations=registrations.organisations,
        participants=registrations.participants,
        requests=registrations.requests,
        apart=registrations.apart,
        precedences=registrations.precedences,
        interpreters=registrations.interpreters,
        **changes,  # type: ignore[arg-type]
    )


def renumbered(registrations: Registrations, shift: int = 100) -> Registrations:
    """The same registrations with other ids, as a second import would number them."""
    return Registrations(
        tuple(dataclasses.replace(o, id=o.id + shift) for o in registrations.organisations),
        tuple(
            dataclasses.replace(p, id=p.id + shift, organisation_id=p.organisation_id + shift)
            for p in registrations.participants
        ),
        tuple(
            dataclasses.replace(r, requester_id=r.requester_id + shift, requested_id=r.requested_id + shift)
            for r in registrations.requests
        ),
        tuple((a + shift, b + shift) for a, b in registrations.apart),
        tuple(
            Precedence((p.first[0] + shift, p.first[1] + shift), (p.then[0] + shift, p.then[1] + shift))
            for p in registrations.precedences
        ),
        tuple(dataclasses.replace(i, id=i.id + shift) for i in registrations.interpreters),
    )


def test_the_same_workbook_changes_nothing_whatever_its_numbering() -> None:
    base = imported()
    result = merge(stored(base), renumbered(base), base)
    assert result.changes == ()
    assert set(result.registrations.requests) == set(base.requests)
    assert dataclasses.replace(result.registrations, requests=base.requests) == base


def test_the_workbooks_changes_are_taken_and_the_organisers_edits_kept() -> None:
    base = imported()
    # The organiser has since capped Sørvest Havn at 3 meetings; the workbook now gives its country anew.
    edited = tuple(dataclasses.replace(o, max_meetings=3) if o.id == 4 else o for o in base.organisations)
    event = stored(dataclasses.replace(base, organisations=edited))
    update = tuple(dataclasses.replace(o, country="Noreg") if o.id == 4 else o for o in base.organisations)
    result = merge(event, renumbered(dataclasses.replace(base, organisations=update)), base)
    (org,) = [o for o in result.registrations.organisations if o.id == 4]
    assert (org.country, org.max_meetings) == ("Noreg", 3)
    assert result.changes == (Change(CHANGED, "organisation", "Sørvest Havn AS", "country Norway → Noreg"),)


def test_new_organisations_people_and_requests_get_ids_after_the_events_own() -> None:
    base = imported()
    newcomer = dataclasses.replace(base.organisations[0], id=8, name="Weihai Marine Co., Ltd.", local_name="")
    incoming = dataclasses.replace(
        base,
        organisations=(*base.organisations, newcomer),
        participants=(*base.participants, Participant(9, 8, "Sun Li", email="sun@weihai.example")),
        requests=(*base.requests, MeetingRequest(8, 4, Priority.MUST_MEET)),
    )
    result = merge(stored(base), renumbered(incoming), base)
    assert {(c.action, c.kind) for c in result.changes} == {
        (ADDED, "organisation"),
        (ADDED, "participant"),
        (ADDED, "request"),
    }
    (added,) = [o for o in result.registrations.organisations if o.name.startswith("Weihai")]
    assert added.id == 8
    assert MeetingRequest(8, 4, Priority.MUST_MEET) in result.registrations.requests
    assert [p.organisation_id for p in result.registrations.participants if p.name == "Sun Li"] == [8]


def test_an_organisation_that_left_is_removed_unless_it_has_meetings() -> None:
    base = imported()
    without_6_and_7 = dataclasses.replace(
        base,
        organisations=tuple(o for o in base.organisations if o.id not in (6, 7)),
        participants=tuple(p for p in base.participants if p.organisation_id not in (6, 7)),
        requests=tuple(r for r in base.requests if not {r.requester_id, r.requested_id} & {6, 7}),
        apart=(),
    )
    event = stored(base, meetings=(Meeting(1, 1, 1, (3, 6), (4, 7)),))
    result = merge(event, renumbered(without_6_and_7), base)
    kept = {o.id for o in result.registrations.organisations}
    assert 6 in kept and 7 not in kept
    assert Change(
        KEPT, "organisation", "Ryfylke Vind AS", "no longer in the workbook but has meetings; kept"
    ) in (result.changes)
    assert Change(REMOVED, "organisation", "Energía Levante S.L.") in result.changes
    assert all(7 not in (r.requester_id, r.requested_id) for r in result.registrations.requests)


def test_what_the_organiser_added_by_hand_stays() -> None:
    base = imported()
    own_request = MeetingRequest(3, 5, Priority.IF_TIME_ALLOWS)
    event = stored(dataclasses.replace(base, requests=(*base.requests, own_request)))
    result = merge(event, renumbered(base), base)
    assert own_request in result.registrations.requests
    assert result.changes == ()


def test_without_a_base_every_difference_is_taken_from_the_workbook() -> None:
    base = imported()
    edited = tuple(dataclasses.replace(o, max_meetings=3) if o.id == 4 else o for o in base.organisations)
    result = merge(stored(dataclasses.replace(base, organisations=edited)), renumbered(base), None)
    assert [o.max_meetings for o in result.registrations.organisations if o.id == 4] == [None]


def test_a_person_in_a_locked_meeting_is_kept_and_flagged() -> None:
    base = imported()
    incoming = dataclasses.replace(base, participants=tuple(p for p in base.participants if p.id != 2))
    event = stored(base, meetings=(Meeting(1, 1, 1, (1, 4), (2, 5), locked=True),))
    result = merge(event, renumbered(incoming), base)
    assert 2 in {p.id for p in result.registrations.participants}
    assert [c.kind for c in result.flagged] == ["participant"]


def test_registrations_survive_json() -> None:
    base = imported()
    busy = dataclasses.replace(
        base,
        organisations=tuple(
            dataclasses.replace(o, available_from=time(13), away=(Period(time(14), time(14, 30)),))
            for o in base.organisations
        ),
    )
    assert registrations_from_json(registrations_to_json(busy)) == busy


def test_a_meeting_agreed_since_the_last_import_is_taken_and_said_in_words() -> None:
    base = imported()
    agreed = tuple(
        dataclasses.replace(r, agreed=True) if (r.requester_id, r.requested_id) == (1, 4) else r
        for r in base.requests
    )
    result = merge(stored(base), renumbered(dataclasses.replace(base, requests=agreed)), base)
    assert MeetingRequest(1, 4, Priority.MUST_MEET, agreed=True) in result.registrations.requests
    assert [change.detail for change in result.changes] == ["agreed no → yes"]
